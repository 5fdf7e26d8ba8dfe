import Papa from 'papaparse';
import type { RowIssue } from '../errors';
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
  for (const error of parsed.errors) {
    // Papaparse's own ragged-row codes are re-checked below against the header.
    if (error.type === 'FieldMismatch') continue;
    const row = typeof error.row === 'number' ? error.row + 1 : null;
    issues.push({
      row,
      column: null,
      code: error.code === 'MissingQuotes' ? 'csv.unclosed-quote' : 'csv.malformed',
      message:
        error.code === 'MissingQuotes'
          ? `A quoted cell that starts on row ${row ?? '?'} is never closed: a " is missing, so the rest of the file would be read as one cell.`
          : `The CSV is malformed near row ${row ?? '?'}: ${error.message}.`,
    });
  }

  const data = parsed.data;
  let headerIndex = data.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) headerIndex = 0;
  const headers = (data[headerIndex] ?? []).map((h) => h.trim());
  // Excel pads rows with empty trailing columns (",,,"): they are not columns.
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const headerRow = headerIndex + 1;
  issues.push(...checkHeaders(headers, headerRow));

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
  return { headers, records, issues, delimiter };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

export function checkHeaders(headers: readonly string[], row: number): RowIssue[] {
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  for (const header of headers) {
    const key = header.toLowerCase();
    if (!key) continue;
    if (seen.has(key)) {
      issues.push({
        row,
        column: header,
        code: 'header.duplicate',
        message: `The header "${header}" appears more than once; each column needs its own name.`,
      });
    }
    seen.add(key);
  }
  return issues;
}
