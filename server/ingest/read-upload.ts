import { AppError } from '../errors';
import { parseCsv } from './csv';
import { decodeUpload, recogniseBinary, type KnownBinary, type TextEncodingName } from './decode';
import { parseJsonText } from './json-records';
import { scanJson } from './json-scan';
import { readDocx } from './office/docx';
import type { OfficeTable } from './office/grid-table';
import { refuseCompoundFile, refuseMacroExtension } from './office/refusals';
import { readXlsx } from './office/xlsx';
import type { RowIssue } from '../errors';
import type { SourceTable, TableOrigin } from './records';

export interface UploadedFile {
  bytes: Uint8Array;
  fileName: string | null;
  mediaType: string | null;
}

export interface ReadTable {
  table: SourceTable;
  format: 'csv' | 'json' | 'xlsx' | 'docx';
  /** Text files only: Excel and Word files have no text encoding to report. */
  encoding: TextEncodingName | null;
  delimiter: string | null;
  /** Excel and Word: the sheet or tables read. */
  origin?: TableOrigin;
  /** Excel and Word: what the reader noticed (hidden rows, tracked changes). */
  warnings?: RowIssue[];
}

export interface ReadOptions {
  /** Excel only: the sheet to read, by name. */
  sheet?: string;
}

const CSV_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'tab']);
// JSON Lines (one object a line) is read as the list it is (json-records.ts).
const JSON_EXTENSIONS = new Set(['json', 'jsonl', 'ndjson']);
const OFFICE_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xls', 'ods', 'doc', 'docx', 'odt', 'pdf']);
// Read as what they are named: a template (.xltx, .dotx) is laid out like its document.
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xltx']);
const DOCUMENT_EXTENSIONS = new Set(['docx', 'dotx']);
// Types that say "CSV". Not text/plain (any text) and not application/vnd.ms-excel, which
// Windows sends for every .csv when Excel is installed: neither tells CSV from JSON.
const CSV_MEDIA_TYPES = new Set([
  'text/csv',
  'text/x-csv',
  'application/csv',
  'text/tab-separated-values',
]);

/**
 * Reads any uploaded file into a table of cells: an Excel or Word file (unpacked as a stream,
 * hence async), else a text file (readUpload).
 */
export async function readUploadedFile(
  file: UploadedFile,
  options: ReadOptions = {},
): Promise<ReadTable> {
  const extension = extensionOf(file.fileName);
  const office = officeReader(file.bytes, extension, recogniseBinary(file.bytes));
  if (office) return office(options);
  if (options.sheet !== undefined) throw notAWorkbook();
  return readUpload(file);
}

function extensionOf(fileName: string | null): string {
  return fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
}

/**
 * Reads an uploaded text file (CSV or JSON) into a table of cells. Whole-file failures are
 * AppErrors: 415 for a format we do not take (with what to do instead), 400 for a file we
 * cannot read.
 */
export function readUpload(file: UploadedFile): ReadTable {
  const extension = extensionOf(file.fileName);
  const binary = recogniseBinary(file.bytes);
  if (OFFICE_EXTENSIONS.has(extension) || binary) {
    // A zip that names no office format inside is taken at its name's word.
    const kind =
      binary === 'zip' && OFFICE_EXTENSIONS.has(extension) ? extension : (binary ?? extension);
    throw new AppError('UNSUPPORTED_FILE_TYPE', notAChronology(kind));
  }
  const declared = declaredFormat(extension, file.mediaType);
  const decoded = decodeUpload(file.bytes);
  if (!decoded.ok) throw new AppError('FILE_UNREADABLE', decoded.reason);
  const text = decoded.text;
  if (text.trim() === '') throw new AppError('FILE_UNREADABLE', 'The file holds no text.');

  if (declared.format === 'json' || (declared.format === null && /^\s*[[{]/.test(text))) {
    if (declared.format === 'json' && !/^\s*[[{]/.test(text)) {
      throw new AppError(
        'FILE_UNREADABLE',
        `The file was sent as JSON (${declared.because}) but is not JSON: it looks like CSV or other text. Upload a CSV file with a name ending .csv, or a JSON file.`,
      );
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      throw new AppError(
        'FILE_UNREADABLE',
        parsed.reason,
        parsed.issue ? [parsed.issue] : undefined,
      );
    }
    return { table: parsed.table, format: 'json', encoding: decoded.encoding, delimiter: null };
  }
  if (extension && !CSV_EXTENSIONS.has(extension)) {
    throw new AppError(
      'UNSUPPORTED_FILE_TYPE',
      `Files ending ".${extension}" are not read. Upload a .csv (comma, semicolon or tab separated) or a .json file.`,
    );
  }
  // Sent as CSV but the text is JSON. We could read it as JSON anyway (the content decides),
  // but we choose the stricter answer: the file is refused, saying what it is. The uploader
  // said CSV, so something upstream is mislabelled (often the wrong export saved under the
  // expected name); one rule, "a file is read as what it was sent as", never surprises anyone
  // and keeps what is stored true to what was sent; and the fix is one rename. Read as CSV
  // instead, it would fail with a confusing list of unknown columns such as `[{"date":"…"`.
  if (declared.format === 'csv' && looksLikeJson(text)) {
    throw new AppError(
      'FILE_UNREADABLE',
      `The file is JSON but was sent as CSV (${declared.because}). Give it a name ending .json (or send it as application/json) and upload it again.`,
    );
  }
  const csv = parseCsv(text);
  return {
    table: csv,
    format: 'csv',
    encoding: decoded.encoding,
    delimiter: csv.delimiter,
    ...(csv.warnings ? { warnings: csv.warnings } : {}),
  };
}

/**
 * The reader for an Excel or Word file, or null for anything else. A file is read as what its
 * name says (a workbook renamed .csv is refused with the fix, as a JSON file named .csv is);
 * with no name, as what its bytes are.
 */
function officeReader(
  bytes: Uint8Array,
  extension: string,
  binary: KnownBinary,
): ((options: ReadOptions) => Promise<ReadTable>) | null {
  refuseMacroExtension(extension);
  if (binary === 'xls') refuseCompoundFile(bytes, extension);
  const named = WORKBOOK_EXTENSIONS.has(extension)
    ? 'xlsx'
    : DOCUMENT_EXTENSIONS.has(extension)
      ? 'docx'
      : null;
  const kind =
    named ?? (extension === '' && (binary === 'xlsx' || binary === 'docx') ? binary : null);
  if (kind === null) return null;
  if (binary !== 'xlsx' && binary !== 'docx' && binary !== 'zip') {
    throw new AppError(
      'FILE_UNREADABLE',
      `The file's name ends .${extension} but it is not ${kind === 'xlsx' ? 'an Excel workbook' : 'a Word document'}${binary ? ` (it is ${binary.toUpperCase()})` : ' (it holds text)'}. Give it the ending of what it is (.csv for text) and upload it again.`,
    );
  }
  return async (options) => {
    if (kind === 'docx') {
      if (options.sheet !== undefined) throw notAWorkbook();
      return officeResult(await readDocx(bytes), 'docx');
    }
    return officeResult(await readXlsx(bytes, options), 'xlsx');
  };
}

function officeResult(read: OfficeTable, format: 'xlsx' | 'docx'): ReadTable {
  const warnings = [...read.warnings, ...(read.table.warnings ?? [])];
  return { ...read, warnings, format, encoding: null, delimiter: null };
}

function notAWorkbook(): AppError {
  return new AppError(
    'BAD_REQUEST',
    '"sheet" chooses a sheet of an Excel workbook (.xlsx); this upload is not one. Leave "sheet" out.',
  );
}

interface Declared {
  format: 'csv' | 'json' | null;
  /** How it was declared, in words, for messages. */
  because: string;
}

/**
 * What the uploader said the file is. JSON is expected when either its name ends .json or its
 * part's Content-Type is JSON (so a part declared application/json must be JSON, whatever its
 * name); CSV when its name or type says CSV; otherwise the content decides.
 */
function declaredFormat(extension: string, mediaType: string | null): Declared {
  const type = (mediaType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const jsonType = type === 'application/json' || type === 'text/json' || type.endsWith('+json');
  if (JSON_EXTENSIONS.has(extension))
    return { format: 'json', because: `its name ends .${extension}` };
  if (jsonType) return { format: 'json', because: `its type is ${type}` };
  if (CSV_EXTENSIONS.has(extension))
    return { format: 'csv', because: `its name ends .${extension}` };
  if (CSV_MEDIA_TYPES.has(type)) return { format: 'csv', because: `its type is ${type}` };
  return { format: null, because: '' };
}

/**
 * A whole JSON document: starts as a list or object of JSON would ([{, [", [] or {") and
 * scans clean. A CSV whose first header is "[Date]" does not start like that.
 */
function looksLikeJson(text: string): boolean {
  if (!/^\s*(?:\[\s*[[{"\]\d-]|\{\s*["}])/.test(text)) return false;
  return scanJson(text).fatal === null;
}

function notAChronology(kind: Exclude<KnownBinary, null> | string): string {
  switch (kind) {
    case 'docx':
      return 'This is a Word document (docx) whose name does not end .docx. Rename it to end .docx and upload it again.';
    case 'odt':
      return 'This is an OpenDocument text (odt). Save it as "Word Document (*.docx)" and upload that.';
    case 'pdf':
    case 'doc':
    case 'rtf':
      return `This is a ${kind.toUpperCase()} document. Tapestry reads chronologies from Word (.docx), Excel (.xlsx), CSV or JSON: save it as a Word document (.docx) and upload that.`;
    case 'png':
    case 'jpeg':
    case 'gif':
      return `This is a ${kind.toUpperCase()} image, not a chronology. Upload the chronology itself, saved from Excel as "CSV UTF-8".`;
    case 'zip':
    case 'gzip':
      return `This is a compressed archive (${kind}). Unzip it and upload the CSV or JSON file inside.`;
    case 'pptx':
      return 'This is a PowerPoint presentation, not a chronology. Upload the chronology saved from Excel as "CSV UTF-8".';
    case 'xlsx':
      return 'This is a spreadsheet workbook (xlsx) whose name does not end .xlsx. Rename it to end .xlsx and upload it again (or save it from Excel as "CSV UTF-8").';
    default:
      return `This is a spreadsheet workbook (${kind}). In Excel choose File › Save As › "Excel Workbook (*.xlsx)" or "CSV UTF-8 (Comma delimited)" and upload that file.`;
  }
}
