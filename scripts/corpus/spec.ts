/**
 * The shape of one corpus file as its author wrote it: how the agency's system lays the file
 * out, the rows in the agency's own words, and what a careful reviewer would read from it.
 * The expected reading (fixtures/corpus/expected/<file>.json) is derived from this, so the file
 * and its expectation cannot drift apart. Nothing here is read from the app's recognition code.
 */
import { CANONICAL_FIELDS } from '../../server/contract/fields';

// The field names are the upload contract's (what the API reports a mapping in), not
// recognition code: one list, so the expectations cannot name a field the app does not have.
export const FIELDS = CANONICAL_FIELDS;
export type Field = (typeof FIELDS)[number];

export type Kind =
  | 'police'
  | 'health'
  | 'children-services'
  | 'adult-services'
  | 'housing'
  | 'education'
  | 'probation'
  | 'ambulance'
  | 'voluntary'
  | 'other';

/**
 * A row: the expected event-type code first, then the cells in header order. Specs keep one
 * row per line (`// prettier-ignore`), so each reads as the table it stands for.
 */
export type Row = [code: string, ...cells: string[]];

export interface XlsxLayout {
  /** Lines above the header row (report title, agency, run date, protective marking). */
  title?: string[];
  /** Sheet holding the chronology, and other sheets around it (a cover, a key, lists). */
  sheet?: string;
  sheetsBefore?: { name: string; lines: string[][] }[];
  sheetsAfter?: { name: string; lines: string[][] }[];
  /** Headers whose cells are written as real dates ('date'), date-times or Excel serials. */
  dateCells?: { header: string; as: 'date' | 'datetime' | 'serial' }[];
  hiddenColumns?: string[];
  /** Records (1-based) whose rows are hidden, as someone tidying the log leaves them. */
  hiddenRecords?: number[];
  /** Columns holding a formula (`{r}` is the row number); the spec's cell is its result. */
  formulas?: { header: string; formula: string }[];
  /** Headers whose runs of equal cells are merged vertically, as people tidy a log by hand. */
  mergeDown?: string[];
  columnWidths?: number;
}

export interface DocxLayout {
  /** Paragraphs above the table (template title, agency, author, period). */
  title?: string[];
  /** A small key/value table before the chronology (document control, IMR details). */
  preface?: string[][];
  /** Rows per page: the table is cut into several tables, each starting with the header row. */
  splitEvery?: number;
  /** Paragraphs after the table (sign-off, declaration). */
  footer?: string[];
}

export interface CorpusFile {
  /** File name, with its extension, under fixtures/corpus/ (or a case's folder). */
  name: string;
  agency: string;
  kind: Kind;
  /** The system or template whose habits the file follows. */
  system: string;
  headers: string[];
  /** Field → header, as a careful reviewer would map it; absent fields are null. */
  fields: Partial<Record<Field, string>>;
  rows: Row[];
  /** What is unusual in this file, in words, for docs and failure reports. */
  quirks: string;
  csv?: { delimiter?: string; bom?: boolean; trailingBlankColumns?: number; crlf?: boolean };
  json?: { wrapper?: Record<string, unknown>; key?: string };
  xlsx?: XlsxLayout;
  docx?: DocxLayout;
}

export interface ExpectedReading {
  file: string;
  agency: string;
  kind: Kind;
  system: string;
  format: string;
  mapping: Record<Field, string | null>;
  eventDateColumn: string;
  events: number;
  rows: { record: number; sourceRef: string | null; code: string }[];
  quirks: string;
}

export function formatOf(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

export function expectedReading(file: CorpusFile): ExpectedReading {
  if (!file.fields.date) throw new Error(`${file.name}: no event date column`);
  for (const header of Object.values(file.fields)) {
    if (header && !file.headers.includes(header)) {
      throw new Error(`${file.name}: mapped header "${header}" is not a header`);
    }
  }
  const refColumn = file.fields.sourceRef ? file.headers.indexOf(file.fields.sourceRef) : -1;
  file.rows.forEach((row, i) => {
    if (row.length !== file.headers.length + 1) {
      throw new Error(
        `${file.name} row ${i + 1}: ${row.length - 1} cells, ${file.headers.length} headers`,
      );
    }
  });
  return {
    file: file.name,
    agency: file.agency,
    kind: file.kind,
    system: file.system,
    format: formatOf(file.name),
    mapping: Object.fromEntries(FIELDS.map((f) => [f, file.fields[f] ?? null])) as Record<
      Field,
      string | null
    >,
    eventDateColumn: file.fields.date,
    events: file.rows.length,
    rows: file.rows.map((row, i) => ({
      record: i + 1,
      sourceRef: refColumn >= 0 ? (row[refColumn + 1] ?? null) || null : null,
      code: row[0],
    })),
    quirks: file.quirks,
  };
}
