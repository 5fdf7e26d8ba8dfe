// The filter bar's Type field: add a group of types, or a type found in the events in view (with its count).
import type { EventFacets } from '../../../../shared/api/api-types';
import { eventType, TYPE_PREFIXES } from '../../../../shared/lib/event-types';

export function TypeSelect({
  chosen,
  facets,
  onPick,
}: {
  chosen: readonly string[];
  facets: EventFacets['type'];
  onPick: (type: string) => void;
}) {
  return (
    <label class="filter-field">
      <span class="filter-label">Type</span>
      <select
        name="type"
        value=""
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value) onPick(value);
        }}
      >
        <option value="">Add a type…</option>
        <optgroup label="Groups">
          {TYPE_PREFIXES.map((p) => (
            <option key={p.prefix} value={p.prefix} disabled={chosen.includes(p.prefix)}>
              {p.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Types in this view">
          {facets.map((f) => (
            <option key={f.value} value={f.value} disabled={chosen.includes(f.value)}>
              {eventType(f.value).label} ({f.count})
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
