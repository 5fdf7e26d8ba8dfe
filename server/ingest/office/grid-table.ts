import { AppError, type RowIssue } from '../../errors';
import { shownName } from '../cells';
import { checkHeaders } from '../csv';
import { leaveOutNotes } from '../report-notes';
import { MAX_COLUMNS, type SourceRecord, type SourceTable, type TableOrigin } from '../records';

/** What an Excel or Word reader gives: the table, which part it came from, and warnings. */
export interface OfficeTable {
  table: SourceTable;
  origin: TableOrigin;
  warnings: RowIssue[];
}

/** A row of a sheet or Word table, its cells by column from the table's first column. */
export interface GridRow {
  /** The row number messages use (SourceRecord.row). */
  row: number;
  /** Where it is, in the file's own words: "Sheet 'Chronology', row 14", "Table 2, row 9". */
  place: string;
  cells: string[];
}

export interface Grid {
  header: GridRow;
  rows: Iterable<GridRow>;
  width: number;
  /** Each column's own name in the file (Excel's letters), when it has one. */
  columnLabels?: string[];
}

/**
 * Lays out a sheet's or Word table's rows as the same table a CSV file gives, so mapping,
 * normalising and storing are unchanged. Blank rows are skipped (their numbers still count),
 * and so is a row that repeats the header: a table printed over pages repeats it. The rows
 * are taken one at a time, so a reader can let each go as it is laid out.
 */
export function tableFromGrid(grid: Grid): SourceTable & { columnLabels?: string[] } {
  const { header, width, columnLabels } = grid;
  if (width > MAX_COLUMNS) {
    throw new AppError(
      'FILE_TOO_WIDE',
      `${header.place} has cells in ${width.toLocaleString('en-GB')} columns; a chronology can have at most ${MAX_COLUMNS}. Check that this is the chronology, and clear any stray cells far to its right.`,
    );
  }
  // A header cell split over lines ("Date of\ncontact") is one name.
  const names = Array.from({ length: width }, (_, i) => normalised(header.cells[i] ?? ''));
  const keys = names.map((n) => n.toLowerCase());
  const hasData = new Array<boolean>(width).fill(false);
  const records: SourceRecord[] = [];
  for (const { row, place, cells } of grid.rows) {
    const texts = new Array<string>(width);
    let blank = true;
    for (let i = 0; i < width; i++) {
      const text = cells[i] ?? '';
      texts[i] = text;
      if (text !== '' && text.trim() !== '') blank = false;
    }
    if (blank || repeatsHeader(texts, keys)) continue;
    records.push({ row, cells: texts, place });
  }
  // A template's guidance row, and notes a report prints under its table, are not events.
  const warnings = leaveOutNotes(records, width);
  for (const { cells } of records)
    cells.forEach((t, i) => {
      if (t !== '') hasData[i] = true;
    });
  // A column with data but no header is named after its place, so its cells are kept and it
  // can be mapped; a column with neither is no column (empty columns at the end, and those
  // under the rest of a header merged across columns).
  const named = names.map(
    (name, i) => name || (hasData[i] ? `Column ${columnLabels?.[i] ?? i + 1}` : ''),
  );
  const kept = named.flatMap((name, i) => (name === '' ? [] : [i]));
  const headers = kept.map((i) => named[i]!);
  const labels = columnLabels && kept.map((i) => columnLabels[i]!);
  if (kept.length < width)
    for (const record of records) record.cells = kept.map((i) => record.cells[i] ?? '');
  const issues: RowIssue[] = checkHeaders(headers, () => header.row, 'csv').map((issue) => ({
    ...issue,
    message: `${header.place}${columnOf(headers, issue.column, labels)}: ${issue.message}`,
  }));
  return {
    headers: headers.map(shownName),
    records,
    issues,
    columnLabels: labels,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Compared cell by cell, so a row of data stops at its first cell. */
function repeatsHeader(texts: readonly string[], keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    if (normalised(texts[i] ?? '').toLowerCase() !== keys[i]) return false;
  }
  return keys.some((k) => k !== '');
}

function columnOf(
  headers: readonly string[],
  column: string | null,
  labels: readonly string[] | undefined,
): string {
  const index = column === null ? -1 : headers.indexOf(column);
  return index >= 0 && labels?.[index] ? `, column ${labels[index]}` : '';
}
