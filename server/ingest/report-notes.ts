import type { RowIssue } from '../errors';
import { normaliseDate } from './dates';

/**
 * What report tools and templates write around the table that is not an event. Pure: no I/O.
 *
 * Report tools print notes under the table they export: a count ("Total records: 12", a
 * totals row "Total | | 6"), who ran the report and when ("Report run 07/12/2026 14:02 by
 * jsmith"), "End of report", a page number, a protective marking ("OFFICIAL-SENSITIVE"). Read
 * as events they would refuse the whole file (a date column holding "Total records: 12"), so
 * the rows after the table's last event that hold only such a note are left out, and the
 * upload says which, with their words.
 *
 * Leaving out an agency's event unseen is the worst thing this module could do, so a note is
 * only what report tools print (`NOTE`), one text in the first column or merged across the
 * row, at the end of the table: a last row with only a redaction, a financial year
 * ("2016/17") or a date we cannot read is still an event whose problems are reported.
 */

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

/**
 * Says that the rows above a CSV file's header (a report's title block, `above`, blank rows
 * already left out) were not read as columns or events. A workbook's report names its header
 * row in the sheet's note instead. Excel's "sep=;" line is a hint for Excel, not a title.
 */
export function titleWarning(above: readonly (readonly string[])[], headerRow: number): RowIssue[] {
  const title = above.filter((cells) => !/^sep=.?$/i.test(cells.join('').trim()));
  if (title.length === 0) return [];
  const one = title.length === 1;
  const first = title[0]!.filter((c) => c.trim() !== '').join(' ');
  return [
    {
      row: 1,
      column: null,
      code: 'table.title',
      message: `The header is on row ${headerRow}: the ${one ? 'row' : `${title.length} rows`} above it (“${cutShort(first)}”${one ? '' : ', …'}) ${one ? 'is' : 'are'} the report's title, not columns or events.`,
    },
  ];
}

// What report tools print under a table: a count, the end, who ran it and when, a page, where
// the data came from, a protective marking (Government Security Classifications and the older
// markings police and health exports still carry).
const NOTE =
  /^(?:(?:grand |sub-?)?totals?(?:\s*(?:records?|rows?|entries|events|items|count|number))?\s*(?::|=|$)|(?:record|row|entry|event|item)s? ?count\b|(?:number|no\.?) of (?:records|rows|entries|events|items)\b|end of (?:report|chronology|document|table|data|extract|list)\b|\**\s*end\s*\**$|(?:report|extract|data|list) (?:run|generated|printed|produced|created|extracted|exported)\b|(?:run|printed|generated|produced|extracted|exported) (?:on|by|at|date)\b|page \d+(?: of \d+)?$|(?:source|data as at|as at|filters?|parameters?)\s*:|official(?:[- ]sensitive)?\b|(?:not )?protectively marked\b|(?:restricted|confidential|secret|protect)\b)/i;

/**
 * A totals row: "Total" (or "Total records") in the first column and only numbers after it,
 * as Excel's table and report tools print it.
 */
const TOTAL = /^(?:grand |sub-?)?totals?(?:\s*(?:records?|rows?|entries|events))?\s*:?$/i;
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;

/** How many rows at the end of `rows` are report notes; at least one row is always left. */
function footerLength(rows: readonly FooterCandidate[], width: number): number {
  if (width < 2) return 0;
  let count = 0;
  for (let i = rows.length - 1; i >= 1 && isNote(rows[i]!.cells); i--) count++;
  return count;
}

function isNote(cells: readonly string[]): boolean {
  const filled = cells.map((c, i) => ({ text: c.trim(), i })).filter((c) => c.text !== '');
  const first = filled[0];
  if (!first || first.i !== 0) return false;
  if (TOTAL.test(first.text) && filled.slice(1).every((c) => NUMBER.test(c.text))) return true;
  // One text, in the first column (or repeated along the row, as some exporters fill a merge).
  if (filled.some((c) => c.text !== first.text)) return false;
  return NOTE.test(first.text) && !normaliseDate(first.text).ok;
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

/**
 * Templates put a row of guidance for filling them in right under the header: how to write
 * the date, the time, which words to use ("(dd/mm/yyyy)", "(24hr)", "(choose from the list)").
 * It is not an event, and read as one it would refuse the whole file. Only the first row under
 * the header, only when no cell of it reads as a date (brackets taken off), and only when it
 * names a date's or time's form in letters (`dd/mm/yyyy`, `hh:mm`) or every cell of it is in
 * brackets. A real first event written in brackets ("[12/03/2021]", a redaction) has a date.
 */
function isGuidance(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0) return false;
  if (filled.some((c) => normaliseDate(c.replace(BRACKETS, '')).ok)) return false;
  return filled.some((c) => FORM.test(c)) || filled.every((c) => BRACKETED.test(c));
}
// A date's or a time's written form in letters: dd/mm/yyyy, DD.MM.YY, mm/yyyy, hh:mm.
const FORM = /\b(?:dd[/.-]mm(?:[/.-]yy(?:yy)?)?|mm[/.-]yy(?:yy)?|hh[:.]mm)\b/i;
const BRACKETED = /^[([].*[)\]]$/s;
const BRACKETS = /^[([]|[)\]]$/g;

/** The warning for a guidance row left out. */
function guidanceWarning(row: FooterCandidate): RowIssue {
  return {
    row: row.row,
    column: null,
    code: 'table.guidance',
    message: `Row ${row.row}, right under the header, is guidance for filling in the template (“${cutShort(noteText(row.cells))}”), not an event, and was left out.`,
  };
}

function noteText(cells: readonly string[]): string {
  return cells.find((c) => c.trim() !== '')?.trim() ?? '';
}

function cutShort(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
