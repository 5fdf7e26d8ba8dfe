/**
 * The annex as CSV (RFC 4180), for Excel first: UTF-8 with a byte-order mark (without it Excel
 * reads the file as Windows-1252 and mangles £, ’ and accented names), CRLF after every record,
 * the last included. A field is quoted when it holds a comma, a double quote, CR or LF, with its
 * quotes doubled; a line break inside a field is kept as written. Every cell, the headers too,
 * goes through escapeSpreadsheetCell first.
 */
import { escapeSpreadsheetCell } from './cells';

export interface CsvColumn {
  readonly key: string;
  readonly header: string;
}

export type AnnexCell = string | null;

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: AnnexCell | undefined): string {
  const text = escapeSpreadsheetCell(value ?? '');
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows are keyed by column key; a null or missing value is an empty field. */
export function toCsv(
  columns: readonly CsvColumn[],
  rows: readonly Readonly<Record<string, AnnexCell>>[],
): string {
  const lines = [columns.map((c) => field(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c.key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
