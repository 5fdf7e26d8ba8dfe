import { normaliseDate } from '../dates';
import type { SourceRecord } from '../records';

/** How one date column's values stand against another's, row by row. */
export type DateOrder = 'before' | 'after' | 'same' | 'mixed' | 'unknown';

// Enough rows to see the habit; a 100,000-row file costs no more than a 500-row one.
const ROWS_COMPARED = 500;

/**
 * Compares two date columns on the rows where both read as dates: `before` when a is on or
 * before b in every such row (and strictly before in one), `after` the other way round,
 * `same` when every row is equal, `mixed` when rows disagree, `unknown` when no row has both.
 * A date-time is compared with its time; a date without one stands for the start of its day, so
 * a record typed the same day (`06/09/2021`) is not "before" an event at 10:12 that day.
 */
export function compareDateColumns(
  records: readonly SourceRecord[],
  a: number,
  b: number,
): DateOrder {
  let before = 0;
  let after = 0;
  let equal = 0;
  for (const record of records.slice(0, ROWS_COMPARED)) {
    const x = instant(record.cells[a]);
    const y = instant(record.cells[b]);
    if (x === null || y === null) continue;
    // Days first: a time only decides between two cells that both carry one.
    const dayX = x.slice(0, 10);
    const dayY = y.slice(0, 10);
    const cmp =
      dayX !== dayY
        ? dayX < dayY
          ? -1
          : 1
        : x.length > 10 && y.length > 10
          ? x.localeCompare(y)
          : 0;
    if (cmp < 0) before++;
    else if (cmp > 0) after++;
    else equal++;
  }
  if (before + after + equal === 0) return 'unknown';
  if (before > 0 && after > 0) return 'mixed';
  if (before > 0) return 'before';
  if (after > 0) return 'after';
  return 'same';
}

function instant(cell: string | undefined): string | null {
  const text = cell?.trim();
  if (!text) return null;
  const parsed = normaliseDate(text);
  if (!parsed.ok) return null;
  return parsed.time ? `${parsed.value.earliest}T${parsed.time}` : parsed.value.earliest;
}
