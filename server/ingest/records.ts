import type { RowIssue } from '../errors';

/** One data row of an upload, whatever its format. */
export interface SourceRecord {
  /** Spreadsheet row (header = 1) for CSV; the 1-based item number for JSON. */
  row: number;
  /** Cells in header order, as text. */
  cells: string[];
}

export interface SourceTable {
  headers: string[];
  records: SourceRecord[];
  issues: RowIssue[];
}
