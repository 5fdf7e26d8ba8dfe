import type { RowIssue } from '../../errors';
import { shownName } from '../cells';
import { checkHeaders } from '../csv';
import type { SourceRecord, SourceTable, TableOrigin } from '../records';

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
  rows: GridRow[];
  width: number;
  /** Each column's own name in the file (Excel's letters), when it has one. */
  columnLabels?: string[];
}

/**
 * Lays out a sheet's or Word table's rows as the same table a CSV file gives, so mapping,
 * normalising and storing are unchanged. Blank rows are skipped (their numbers still count),
 * and so is a row that repeats the header: a table printed over pages repeats it.
 */
export function tableFromGrid(grid: Grid): SourceTable & { columnLabels?: string[] } {
  const { header, width, columnLabels } = grid;
  const hasData = new Array<boolean>(width).fill(false);
  for (const { cells } of grid.rows) {
    cells.forEach((c, i) => {
      if (c !== undefined && c.trim() !== '') hasData[i] = true;
    });
  }
  // A header cell split over lines ("Date of\ncontact") is one name; a column with data but no
  // header is named after its place, so its cells are kept and it can be mapped.
  const headers: string[] = [];
  for (let i = 0; i < width; i++) {
    const name = (header.cells[i] ?? '').replace(/\s+/g, ' ').trim();
    headers.push(name || (hasData[i] ? `Column ${columnLabels?.[i] ?? i + 1}` : ''));
  }
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const issues: RowIssue[] = checkHeaders(headers, () => header.row, 'csv').map((issue) => ({
    ...issue,
    message: `${header.place}${columnOf(headers, issue.column, columnLabels)}: ${issue.message}`,
  }));

  const headerKey = headers.join('\u0000').toLowerCase();
  const records: SourceRecord[] = [];
  for (const { row, place, cells } of grid.rows) {
    const texts = headers.map((_, i) => cells[i] ?? '');
    if (texts.every((t) => t.trim() === '')) continue;
    if (
      texts
        .map((t) => t.replace(/\s+/g, ' ').trim())
        .join('\u0000')
        .toLowerCase() === headerKey
    )
      continue;
    records.push({ row, cells: texts, place });
  }
  return {
    headers: headers.map(shownName),
    records,
    issues,
    columnLabels: columnLabels?.slice(0, headers.length),
  };
}

function columnOf(
  headers: readonly string[],
  column: string | null,
  labels: readonly string[] | undefined,
): string {
  const index = column === null ? -1 : headers.indexOf(column);
  return index >= 0 && labels?.[index] ? `, column ${labels[index]}` : '';
}
