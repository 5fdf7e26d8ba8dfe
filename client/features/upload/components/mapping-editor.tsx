import type { CanonicalField } from '../../../../server/contract/fields';

export const FIELD_LABELS: Record<CanonicalField, string> = {
  date: 'Date (required)',
  time: 'Time',
  endDate: 'End date',
  endTime: 'End time',
  agency: 'Agency (per row)',
  team: 'Team or service',
  practitioner: 'Practitioner role',
  type: 'Event type',
  subjects: 'Who was involved',
  childSeen: 'Child seen',
  seenAlone: 'Seen alone',
  description: 'Description',
  outcome: 'Outcome / next steps',
  analysis: 'Analysis',
  sourceRef: 'Source reference',
};

const FIELDS = Object.keys(FIELD_LABELS) as CanonicalField[];

/**
 * Which column of the file feeds each of our fields. Changing one re-runs the dry run with the
 * choice sent as `mapping`, so the preview below always shows what would be stored.
 */
export function MappingEditor({
  mapping,
  headers,
  disabled,
  onChange,
}: {
  mapping: Record<string, string | null>;
  headers: readonly string[];
  disabled: boolean;
  onChange: (field: CanonicalField, header: string | null) => void;
}) {
  const used = new Set(Object.values(mapping).filter(Boolean));
  const unused = headers.filter((h) => !used.has(h));
  return (
    <div class="mapping">
      <div class="mapping-grid">
        {FIELDS.map((field) => {
          const value = mapping[field] ?? '';
          return (
            <label key={field} class="mapping-field">
              <span>{FIELD_LABELS[field]}</span>
              <select
                id={`map-${field}`}
                name={`map-${field}`}
                value={value}
                disabled={disabled}
                class={value ? '' : 'unset'}
                onChange={(e) => onChange(field, e.currentTarget.value || null)}
              >
                <option value="">— none —</option>
                {headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      {unused.length > 0 ? (
        <p class="muted small">
          Columns kept as written with each event (not mapped to a field):{' '}
          {unused.map((h) => `“${h}”`).join(', ')}
        </p>
      ) : null}
    </div>
  );
}
