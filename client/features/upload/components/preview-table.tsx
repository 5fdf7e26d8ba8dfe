import type { Static } from 'typebox';
import type { PreviewEventSchema } from '../../../../server/contract/submissions';
import { formatInterval } from '../../../shared/lib/dates';
import { eventType } from '../../../shared/lib/event-types';

type PreviewEvent = Static<typeof PreviewEventSchema>;

/** The first rows as the server read them: each value as written beside what it became. */
export function PreviewTable({ rows, total }: { rows: readonly PreviewEvent[]; total: number }) {
  return (
    <div class="table-scroll preview-scroll">
      <table class="grid grid-compact preview" aria-label="Preview of the parsed rows">
        <thead>
          <tr>
            <th class="num">Row</th>
            <th>Date as written</th>
            <th>Read as</th>
            <th>Precision</th>
            <th>Time</th>
            <th>Type as written</th>
            <th>Type code</th>
            <th>Who</th>
            <th>Description</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const type = eventType(row.type);
            return (
              <tr key={row.row}>
                <td class="num">{row.row}</td>
                <td class="quoted nowrap">{row.date.text}</td>
                <td class="nowrap">{formatInterval(row.date)}</td>
                <td class={row.date.precision === 'day' ? 'muted' : 'approx-text'}>
                  {row.date.precision}
                  {row.date.uncertain ? ' · uncertain' : ''}
                </td>
                <td class="nowrap">{row.time ?? ''}</td>
                <td class="quoted">{row.typeText ?? ''}</td>
                <td class={row.type === 'other' ? 'warn-text' : ''} title={type.label}>
                  {row.type}
                </td>
                <td>{row.subjects.join(', ')}</td>
                <td class="clip">{row.description ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {total > rows.length ? (
        <p class="muted small">
          Showing the first {rows.length} of {total.toLocaleString('en-GB')} rows; every row has
          been checked.
        </p>
      ) : null}
    </div>
  );
}
