import type { RowIssue } from '../errors';

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
}

export interface SourceTable {
  headers: string[];
  records: SourceRecord[];
  issues: RowIssue[];
}
