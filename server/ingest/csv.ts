import Papa from 'papaparse';
import type { RowIssue } from '../errors';
import { cellProblem, RESERVED_NAMES, shownName } from './cells';
import type { SourceRecord, SourceTable } from './records';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

/**
 * Guesses the delimiter from the header line: the candidate that occurs most often outside
 * quotes. Agencies send comma CSV, semicolon CSV (Excel in some locales) and tab-separated
 * "Unicode text"; a header line always has several columns, so it decides cleanly.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) {
      counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
    }
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

export interface CsvTable extends SourceTable {
  delimiter: Delimiter;
}

/**
 * Parses CSV text into a header and records. A record's `row` is the spreadsheet row a
 * person would look for: a quoted cell with line breaks still counts as one row. Blank rows
 * are skipped but still counted, so later row numbers stay true.
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const issues: RowIssue[] = [];
  const data = parsed.data;
  let headerIndex = data.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) headerIndex = 0;
  const headers = (data[headerIndex] ?? []).map((h) => h.trim());
  for (const error of parsed.errors) {
    // Papaparse's own ragged-row codes are re-checked below against the header.
    if (error.type === 'FieldMismatch') continue;
    const row = typeof error.row === 'number' ? error.row + 1 : null;
    // An unclosed quote swallows the rest of the file into the row's last cell: that cell is
    // where the quote opened, so its header names the column.
    const cellsOfRow = typeof error.row === 'number' ? data[error.row] : undefined;
    const column =
      error.code === 'MissingQuotes' &&
      cellsOfRow &&
      typeof error.row === 'number' &&
      error.row > headerIndex
        ? (headers[cellsOfRow.length - 1] ?? null)
        : null;
    issues.push({
      row,
      column,
      code: error.code === 'MissingQuotes' ? 'csv.unclosed-quote' : 'csv.malformed',
      message:
        error.code === 'MissingQuotes'
          ? `A quoted cell that starts on row ${row ?? '?'} is never closed: a " is missing, so the rest of the file would be read as one cell.`
          : `The CSV is malformed near row ${row ?? '?'}: ${error.message}.`,
    });
  }

  // Excel pads rows with empty trailing columns (",,,"): they are not columns.
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const headerRow = headerIndex + 1;
  issues.push(...checkHeaders(headers, () => headerRow, 'csv'));

  const records: SourceRecord[] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const cells = data[i] as string[];
    if (isBlank(cells)) continue;
    const row = i + 1;
    if (cells.length > headers.length) {
      const extra = cells.slice(headers.length);
      if (extra.some((c) => c.trim() !== '')) {
        issues.push({
          row,
          column: null,
          code: 'row.too-many-cells',
          message: `Row ${row} has ${cells.length} cells but the header has ${headers.length} columns: a delimiter inside a cell may need quotes.`,
        });
        continue;
      }
      cells.length = headers.length;
    } else if (cells.length < headers.length) {
      issues.push({
        row,
        column: headers[cells.length] ?? null,
        code: 'row.too-few-cells',
        message: `Row ${row} has ${cells.length} cells but the header has ${headers.length} columns; it ends before "${headers[cells.length]}".`,
      });
      continue;
    }
    records.push({ row, cells });
  }
  return { headers: headers.map(shownName), records, issues, delimiter };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Column names must be distinct (ignoring case, as the mapping does) and, like every cell, free
 * of control characters and of a sensible length. In a CSV file a name that means something to
 * JavaScript itself ("__proto__") is refused here; a JSON file's are refused item by item.
 * `rowOf` gives the row to report for the header at an index: the header row for CSV, the
 * first item with that field for JSON.
 */
export function checkHeaders(
  headers: readonly string[],
  rowOf: (index: number) => number,
  format: 'csv' | 'json',
): RowIssue[] {
  const issues: RowIssue[] = [];
  const seen = new Map<string, string>();
  headers.forEach((header, index) => {
    const row = rowOf(index);
    const problem = cellProblem(header, 'The column name');
    if (problem) {
      issues.push({ row, column: shownName(header), ...problem });
      return;
    }
    if (format === 'csv' && RESERVED_NAMES.has(header)) {
      issues.push({
        row,
        column: header,
        code: 'header.reserved',
        message: `"${header}" is a column name that is reserved: it has a special meaning to the programs that read the data and is never a chronology column. Rename or remove the column.`,
      });
    }
    const key = header.toLowerCase();
    if (!key) return;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        row,
        column: header,
        code: 'header.duplicate',
        message:
          format === 'csv'
            ? `The header "${header}" appears more than once; each column needs its own name.`
            : `The field "${header}" is also written "${earlier}"; field names are matched ignoring capitals, so each needs its own name.`,
      });
    }
    seen.set(key, header);
  });
  return issues;
}
