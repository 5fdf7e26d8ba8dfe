import type { RowIssue } from '../errors';

/**
 * The widest chronology we take. Real exports have 5 to 40 columns; the template has 14. A file
 * with thousands is not a chronology (or was split on the wrong character), and a million
 * header cells once held the server for seconds (issue #11, item 4). Every reader's table is
 * checked against it, and the Excel and Word readers check it before laying rows out, so a
 * few-KB file that names a far column cannot make them allocate rows × width cells.
 */
export const MAX_COLUMNS = 500;

/** What a JSON value was before it became a cell's text; text (the usual case) is left out. */
export type CellKind = 'number' | 'boolean' | 'list';

/** One data row of an upload, whatever its format. */
export interface SourceRecord {
  /** Spreadsheet row (header = 1) for CSV; the 1-based item number for JSON. */
  row: number;
  /** Cells in header order, as text. */
  cells: string[];
  /** JSON only, and only when some value was not text: each cell's kind, in header order. */
  kinds?: Array<CellKind | undefined>;
  /**
   * Excel and Word only: where the row is in the file's own terms ("Sheet 'Chronology', row
   * 14", "Table 2, row 9"); the row reader names it in messages instead of "Row n".
   */
  place?: string;
}

export interface SourceTable {
  headers: string[];
  records: SourceRecord[];
  issues: RowIssue[];
  /** Excel only: each column's letter, in header order, for messages ("column C"). */
  columnLabels?: string[];
  /** The row the headers were read from, where it is not row 1 (a title block above it). */
  headerRow?: number;
  /** What the reader left out and says so (a report's footer notes). */
  warnings?: RowIssue[];
}

/** Which part of an Excel or Word file was read as the chronology, for the upload report. */
export interface TableOrigin {
  kind: 'sheet' | 'table';
  /** The sheet's name, or the Word tables read ("Table 2", "Tables 1–3"). */
  name: string;
  /** The header's row: on the sheet, or within the (first) Word table. */
  headerRow: number;
  /** Excel only: every sheet of the workbook, so the uploader can choose another. */
  sheets: Array<{ name: string; rows: number; hidden: boolean }>;
  /** One sentence: what was read and why it was chosen. */
  note: string;
}
