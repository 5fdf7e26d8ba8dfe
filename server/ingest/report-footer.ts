import type { RowIssue } from '../errors';
import { normaliseDate } from './dates';

/**
 * Report tools print notes under the table they export: a count ("Total records: 12"), who ran
 * the report and when ("Report run 07/12/2026 14:02 by jsmith"), "End of report", a page
 * number, a protective marking ("OFFICIAL-SENSITIVE"). Each is one text in the first column,
 * or one text merged across the row. Read as events they would refuse the whole file (a date
 * column holding "Total records: 12"), so the rows after the table's last event that hold only
 * such a note are left out, and the upload says which, with their words.
 *
 * Only rows at the end, only one text, and never a text that reads as a date alone: a last
 * event missing its other cells ("12/03/2021") is still an error to fix, and an event whose
 * only text is in its description column is not in the first column. Pure: no I/O.
 */

/** A row of cells as a reader holds it, with the row number messages use. */
export interface FooterCandidate {
  row: number;
  cells: readonly string[];
}

/** How many rows at the end of `rows` are report notes; at least one row is always left. */
export function footerLength(rows: readonly FooterCandidate[], width: number): number {
  if (width < 2) return 0;
  let count = 0;
  for (let i = rows.length - 1; i >= 1 && isNote(rows[i]!.cells); i--) count++;
  return count;
}

/** The warning for the notes left out, quoting each (cut short). */
export function footerWarning(notes: readonly FooterCandidate[]): RowIssue {
  const quoted = notes.map((n) => `row ${n.row} (“${cutShort(noteText(n.cells))}”)`);
  const one = notes.length === 1;
  return {
    row: notes[0]?.row ?? null,
    column: null,
    code: 'table.footer',
    message: `${one ? 'One row' : `${notes.length} rows`} after the last event ${one ? 'holds' : 'hold'} only a note of the report, not an event, and ${one ? 'was' : 'were'} left out: ${quoted.join(', ')}.`,
  };
}

function isNote(cells: readonly string[]): boolean {
  const filled = cells.map((c, i) => ({ text: c.trim(), i })).filter((c) => c.text !== '');
  if (filled.length === 0) return false;
  const text = filled[0]!.text;
  if (filled.some((c) => c.text !== text)) return false;
  // In the first column, or one text merged across the row (repeated in each of its cells).
  if (filled[0]!.i !== 0 && filled.length < 2) return false;
  return !normaliseDate(text).ok;
}

function noteText(cells: readonly string[]): string {
  return cells.find((c) => c.trim() !== '')?.trim() ?? '';
}

function cutShort(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
