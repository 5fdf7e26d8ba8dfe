import Papa from 'papaparse';
import type { RowIssue } from '../errors';
import { cellProblem, RESERVED_NAMES, shownName } from './cells';
import { findHeader } from './header-row';
import type { SourceRecord, SourceTable } from './records';
import { leaveOutNotes, titleWarning } from './report-notes';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

/**
 * Guesses the delimiter: the candidate that splits the most of the first lines into the same
 * number of cells (two or more), counted outside quotes; on a tie, the one that makes more
 * cells, then comma, semicolon, tab. Agencies send comma CSV, semicolon CSV (Excel in some
 * locales, with unquoted commas in its text) and tab-separated "Unicode text", and a report
 * may print a title line above its header ("Case Note Report"), so no one line decides.
 */
export function detectDelimiter(text: string): Delimiter {
  // Excel's own hint on the first line ("sep=;") says it outright.
  const hinted = SEPARATOR_HINT.exec(text)?.[1];
  if (hinted && DELIMITERS.includes(hinted as Delimiter)) return hinted as Delimiter;
  const lines: Map<Delimiter, number>[] = [];
  let counts = new Map<Delimiter, number>();
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < DELIMITER_LINES; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') {
      if (counts.size > 0) lines.push(counts);
      counts = new Map();
    } else if (!quoted && DELIMITERS.includes(ch as Delimiter)) {
      counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
    }
  }
  if (counts.size > 0 && lines.length < DELIMITER_LINES) lines.push(counts);
  let best: { d: Delimiter; agree: number; cells: number } = { d: ',', agree: 0, cells: 0 };
  for (const d of DELIMITERS) {
    // The commonest count of this delimiter on a line, and on how many lines it is.
    const tally = new Map<number, number>();
    for (const line of lines) {
      const n = line.get(d) ?? 0;
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    for (const [cells, agree] of tally) {
      if (agree > best.agree || (agree === best.agree && cells > best.cells))
        best = { d, agree, cells };
    }
  }
  return best.d;
}
const SEPARATOR_HINT = /^\uFEFF?sep=(.)\r?\n/i;
// Enough lines to see a table under a title block, few enough to cost nothing.
const DELIMITER_LINES = 30;

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
  const headerIndex = headerIndexOf(data);
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

  const body: { row: number; cells: string[] }[] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const cells = data[i] as string[];
    if (isBlank(cells)) continue;
    // In place: a 100,000-row file is not copied for the few cells written as formulas.
    for (let c = 0; c < cells.length; c++) cells[c] = textOf(cells[c]!);
    body.push({ row: i + 1, cells });
  }
  const above = data.slice(0, headerIndex).filter((cells) => !isBlank(cells));
  const warnings = [...titleWarning(above, headerRow), ...leaveOutNotes(body, headers.length)];
  const records: SourceRecord[] = [];
  for (const { row, cells } of body) {
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
  return {
    headers: headers.map(shownName),
    records,
    issues,
    delimiter,
    ...(headerIndex > 0 ? { headerRow } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/**
 * The header row's index: the first row, or the one under a report's title block ("Case Note
 * Report", "Run date:,07/12/2026") found as in a spreadsheet (header-row.ts).
 */
function headerIndexOf(data: readonly string[][]): number {
  const first = new Map<number, string[]>();
  for (let i = 0; i < data.length && first.size < HEADER_LOOK_ROWS; i++)
    if (!isBlank(data[i]!)) first.set(i, data[i]!);
  return findHeader(first)?.headerRow ?? 0;
}
// The title block and enough rows under it to see which row names the columns.
const HEADER_LOOK_ROWS = 80;

/**
 * A cell as text. Exports that stop Excel turning references and dates into numbers write them
 * as a formula of one text (`="PPN/24/0044"`, `="12/06/2018"`): the text is the value.
 */
function textOf(cell: string): string {
  if (cell.charCodeAt(0) !== 61) return cell;
  const text = FORCED_TEXT.exec(cell);
  return text ? text[1]!.replaceAll('""', '"') : cell;
}
const FORCED_TEXT = /^="((?:[^"]|"")*)"$/s;

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
