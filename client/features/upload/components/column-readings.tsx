import { chooseColumnField, type ColumnReading, columnRows } from '../lib/column-readings';
import { FIELD_LABELS } from './mapping-editor';

const FIELDS = Object.keys(FIELD_LABELS) as Array<keyof typeof FIELD_LABELS>;

/**
 * Every column of the file: what it was read as, how sure, and why (header words, what its
 * cells look like). Changing "Read as" re-runs the dry run with that choice in the mapping.
 * Headers and reasons come from the file: rendered as text only.
 */
export function ColumnReadings({
  readings,
  disabled,
  onChange,
}: {
  readings: readonly ColumnReading[];
  disabled: boolean;
  onChange: (changes: Record<string, string | null>) => void;
}) {
  return (
    <div class="table-scroll">
      <table class="grid grid-compact column-readings" aria-label="How each column was read">
        <thead>
          <tr>
            <th>Column</th>
            <th>Read as</th>
            <th>How sure</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {columnRows(readings).map((row, i) => (
            <tr key={`${i}:${row.header}`}>
              <td class="quoted nowrap">{row.header}</td>
              <td>
                <select
                  id={`column-${i}`}
                  aria-label={`Read column ${row.header} as`}
                  value={row.field}
                  disabled={disabled || readings[i]!.header === ''}
                  class={row.field ? '' : 'unset'}
                  onChange={(e) =>
                    onChange(
                      chooseColumnField(readings, readings[i]!.header, e.currentTarget.value),
                    )
                  }
                >
                  <option value="">— kept as written —</option>
                  {FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {FIELD_LABELS[f]}
                    </option>
                  ))}
                </select>
              </td>
              <td class={`nowrap sure-${row.confidence}`}>{row.sureness}</td>
              <td class="small">{row.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
