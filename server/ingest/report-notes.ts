import type { RowIssue } from '../errors';
import { normaliseDate } from './dates';

/**
 * What report tools and templates write around the table that is not an event. Pure: no I/O.
 *
 * Report tools print notes under the table they export: a count ("Total records: 12"), who ran
 * the report and when ("Report run 07/12/2026 14:02 by jsmith"), "End of report", a page
 * number, a protective marking ("OFFICIAL-SENSITIVE"). Each is one text in the first column,
 * or one text merged across the row. Read as events they would refuse the whole file (a date
 * column holding "Total records: 12"), so the rows after the table's last event that hold only
 * such a note are left out, and the upload says which, with their words.
 *
 * Only rows at the end, only one text, and never a text that reads as a date alone: a last
 * event missing its other cells ("12/03/2021") is still an error to fix, and an event whose
 * only text is in its description column is not in the first column.
 */

/**
 * Templates put a row of guidance for filling them in right under the header: how to write
 * the date, the time, which words to use ("(dd/mm/yyyy)", "(24hr)", "e.g. Home visit"). It is
 * not an event, and read as one it would refuse the whole file. Only the first row under the
 * header, only when no cell of it reads as a date, and only when it names a date's or time's
 * form (`dd/mm/yyyy`, `hh:mm`) or every cell of it is in brackets.
 */
function isGuidance(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0 || filled.some((c) => normaliseDate(c).ok)) return false;
  return filled.some((c) => FORM.test(c)) || filled.every((c) => BRACKETED.test(c));
}
// A date's or a time's written form: dd/mm/yyyy, DD.MM.YY, mm/yyyy, hh:mm.
const FORM = /\b(?:dd?[/.-]mm?(?:[/.-]yy(?:yy)?)?|mm?[/.-]yy(?:yy)?|hh[:.]mm)\b/i;
const BRACKETED = /^[([].*[)\]]$/s;

/** The warning for a guidance row left out. */
function guidanceWarning(row: FooterCandidate): RowIssue {
  return {
    row: row.row,
    column: null,
    code: 'table.guidance',
    message: `Row ${row.row}, right under the header, is guidance for filling in the template (“${cutShort(noteText(row.cells))}”), not an event, and was left out.`,
  };
}

/** A row of cells as a reader holds it, with the row number messages use. */
export interface FooterCandidate {
  row: number;
  cells: readonly string[];
}

/**
 * Takes out of `rows` (a table's rows under its header, blank rows already skipped) a guidance
 * row at the top and the report's notes at the end, and gives the warnings that say so.
 */
export function leaveOutNotes<T extends FooterCandidate>(rows: T[], width: number): RowIssue[] {
  const warnings: RowIssue[] = [];
  if (rows.length > 1 && isGuidance(rows[0]!.cells)) warnings.push(guidanceWarning(rows.shift()!));
  const footer = footerLength(rows, width);
  if (footer > 0) warnings.push(footerWarning(rows.splice(rows.length - footer, footer)));
  return warnings;
}

/** How many rows at the end of `rows` are report notes; at least one row is always left. */
function footerLength(rows: readonly FooterCandidate[], width: number): number {
  if (width < 2) return 0;
  let count = 0;
  for (let i = rows.length - 1; i >= 1 && isNote(rows[i]!.cells); i--) count++;
  return count;
}

/** The warning for the notes left out, quoting each (cut short). */
function footerWarning(notes: readonly FooterCandidate[]): RowIssue {
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
  // A totals row: "Total" (or a count's name) first, and only numbers after it.
  if (filled[0]!.i === 0 && TOTAL.test(text) && filled.slice(1).every((c) => NUMBER.test(c.text)))
    return true;
  if (filled.some((c) => c.text !== text)) return false;
  // In the first column, or one text merged across the row (repeated in each of its cells).
  if (filled[0]!.i !== 0 && filled.length < 2) return false;
  return !normaliseDate(text).ok;
}

const TOTAL =
  /^(?:grand |sub-?)?totals?\b|^count\b|^(?:number|no\.?) of (?:records|rows|entries|events)\b/i;
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;

function noteText(cells: readonly string[]): string {
  return cells.find((c) => c.trim() !== '')?.trim() ?? '';
}

function cutShort(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
