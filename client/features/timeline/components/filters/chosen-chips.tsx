// The chosen types, people and themes as chips under the filter bar, each removed by a click.
import type { EventFilters } from '../../../../shared/lib/filters';
import { typeFilterLabel } from '../../lib/filter-choices';

export function ChosenChips({
  filters,
  set,
}: {
  filters: EventFilters;
  set: (patch: Partial<EventFilters>) => void;
}) {
  if (filters.type.length + filters.subject.length + filters.theme.length === 0) return null;
  return (
    <div class="filter-row">
      <div class="chips">
        {filters.type.map((t) => (
          <button
            key={t}
            type="button"
            class="chip chip-on"
            aria-label={`Remove type filter ${t}`}
            onClick={() => set({ type: filters.type.filter((v) => v !== t) })}
          >
            {typeFilterLabel(t)} ×
          </button>
        ))}
        {filters.subject.map((s) => (
          <button
            key={s}
            type="button"
            class="chip chip-on"
            aria-label={`Remove person filter ${s}`}
            onClick={() => set({ subject: filters.subject.filter((v) => v !== s) })}
          >
            {s} ×
          </button>
        ))}
        {filters.theme.map((t) => (
          <button
            key={`theme:${t}`}
            type="button"
            class="chip chip-on chip-theme"
            aria-label={`Remove theme filter ${t}`}
            onClick={() => set({ theme: filters.theme.filter((v) => v !== t) })}
          >
            Theme: {t} ×
          </button>
        ))}
      </div>
    </div>
  );
}
