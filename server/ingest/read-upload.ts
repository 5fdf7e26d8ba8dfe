import { AppError } from '../errors';
import { parseCsv } from './csv';
import { decodeUpload, recogniseBinary, type KnownBinary, type TextEncodingName } from './decode';
import { parseJsonText } from './json-records';
import { scanJson } from './json-scan';
import type { SourceTable } from './records';

export interface UploadedFile {
  bytes: Uint8Array;
  fileName: string | null;
  mediaType: string | null;
}

export interface ReadTable {
  table: SourceTable;
  format: 'csv' | 'json';
  encoding: TextEncodingName;
  delimiter: string | null;
}

const CSV_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'tab']);
const OFFICE_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xls', 'ods', 'doc', 'docx', 'odt', 'pdf']);
// Types that say "CSV". Not text/plain (any text) and not application/vnd.ms-excel, which
// Windows sends for every .csv when Excel is installed: neither tells CSV from JSON.
const CSV_MEDIA_TYPES = new Set([
  'text/csv',
  'text/x-csv',
  'application/csv',
  'text/tab-separated-values',
]);

/**
 * Reads an uploaded file into a table of cells. Whole-file failures are AppErrors: 415 for a
 * format we do not take (with what to do instead), 400 for a file we cannot read.
 */
export function readUpload(file: UploadedFile): ReadTable {
  const extension = file.fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
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
  return { table: csv, format: 'csv', encoding: decoded.encoding, delimiter: csv.delimiter };
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
  if (extension === 'json') return { format: 'json', because: 'its name ends .json' };
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
    case 'pdf':
    case 'doc':
    case 'docx':
    case 'odt':
    case 'rtf':
      return `This is a ${kind.toUpperCase()} document. Tapestry reads chronologies as CSV or JSON: copy the table into Excel and save it as "CSV UTF-8".`;
    case 'png':
    case 'jpeg':
    case 'gif':
      return `This is a ${kind.toUpperCase()} image, not a chronology. Upload the chronology itself, saved from Excel as "CSV UTF-8".`;
    case 'zip':
    case 'gzip':
      return `This is a compressed archive (${kind}). Unzip it and upload the CSV or JSON file inside.`;
    case 'pptx':
      return 'This is a PowerPoint presentation, not a chronology. Upload the chronology saved from Excel as "CSV UTF-8".';
    default:
      return `This is a spreadsheet workbook (${kind}). In Excel choose File › Save As › "CSV UTF-8 (Comma delimited)" and upload that file.`;
  }
}
