import type { EventFilters } from '../../../../shared/lib/filters';
import type { Abilities } from '../../../../shared/lib/roles';
import {
  CheckLabel,
  DateBoundInput,
  ThemeSelect,
} from '../../../../shared/components/filter-inputs';

/**
 * The walk-through's filter in its setup form: a theme, the period, key or flagged events only,
 * and the timeline's other filters it carries, to drop.
 */
export function SetupFilters({
  can,
  filters,
  keyOnly,
  themes,
  onChange,
}: {
  can: Abilities;
  filters: EventFilters;
  keyOnly: boolean;
  themes: readonly string[];
  onChange: (filters: EventFilters, keyOnly: boolean) => void;
}) {
  const set = (patch: Partial<EventFilters>) => onChange({ ...filters, ...patch }, keyOnly);
  const carried = [
    filters.agency.length ? `agencies: ${filters.agency.join(', ')}` : null,
    filters.agencyKind.length ? `agency kinds: ${filters.agencyKind.join(', ')}` : null,
    filters.type.length ? `types: ${filters.type.join(', ')}` : null,
    filters.subject.length ? `people: ${filters.subject.join(', ')}` : null,
    filters.q ? `words: “${filters.q}”` : null,
    filters.childSeen !== null ? (filters.childSeen ? 'child seen' : 'child not seen') : null,
  ].filter((p): p is string => p !== null);
  return (
    <>
      <div class="setup-grid">
        <label>
          Theme
          <ThemeSelect
            themes={themes}
            chosen={filters.theme}
            onPick={(theme) => {
              if (!filters.theme.includes(theme)) set({ theme: [...filters.theme, theme] });
            }}
          />
        </label>
        <DateBoundInput name="from" value={filters.from} onChange={(from) => set({ from })} />
        <DateBoundInput name="to" value={filters.to} onChange={(to) => set({ to })} />
        <div class="setup-checks">
          {can.readNotes ? (
            <CheckLabel
              class="check"
              name="annotated"
              checked={keyOnly}
              onChange={(checked) => onChange(filters, checked)}
            >
              Key events only
            </CheckLabel>
          ) : null}
          {can.seeGaps ? (
            <CheckLabel
              class="check"
              name="flagged"
              checked={filters.flagged}
              onChange={(flagged) => set({ flagged })}
            >
              Flagged events only
            </CheckLabel>
          ) : null}
        </div>
      </div>
      {filters.theme.length > 0 ? (
        <div class="chips">
          {filters.theme.map((t) => (
            <button
              key={t}
              type="button"
              class="chip chip-on"
              aria-label={`Remove theme ${t}`}
              onClick={() => set({ theme: filters.theme.filter((v) => v !== t) })}
            >
              Theme: {t} ×
            </button>
          ))}
        </div>
      ) : null}
      {carried.length > 0 ? (
        <p class="muted">
          From the timeline’s filters: {carried.join('; ')}.{' '}
          <button
            type="button"
            class="button-link"
            onClick={() =>
              set({ agency: [], agencyKind: [], type: [], subject: [], q: '', childSeen: null })
            }
          >
            Drop these
          </button>
        </p>
      ) : null}
    </>
  );
}
