import { AppError } from '../errors';
import { parseCsv } from './csv';
import { decodeUpload, recogniseBinary, type TextEncodingName } from './decode';
import { parseJsonText } from './json-records';
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

/**
 * Reads an uploaded file into a table of cells. Whole-file failures are AppErrors: 415 for a
 * format we do not take (with what to do instead), 400 for a file we cannot read.
 */
export function readUpload(file: UploadedFile): ReadTable {
  const extension = file.fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const binary = recogniseBinary(file.bytes);
  if (OFFICE_EXTENSIONS.has(extension) || binary) {
    const kind = binary ?? extension;
    throw new AppError(
      'UNSUPPORTED_FILE_TYPE',
      kind === 'pdf' || kind.startsWith('doc') || kind === 'odt'
        ? `This is a ${kind.toUpperCase()} document. Tapestry reads chronologies as CSV or JSON: copy the table into Excel and save it as "CSV UTF-8".`
        : `This is a spreadsheet workbook (${kind}). In Excel choose File › Save As › "CSV UTF-8 (Comma delimited)" and upload that file.`,
    );
  }
  const decoded = decodeUpload(file.bytes);
  if (!decoded.ok) throw new AppError('FILE_UNREADABLE', decoded.reason);
  const text = decoded.text;

  if (isJson(extension, file.mediaType, text)) {
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new AppError('FILE_UNREADABLE', parsed.reason);
    return { table: parsed.table, format: 'json', encoding: decoded.encoding, delimiter: null };
  }
  if (extension && !CSV_EXTENSIONS.has(extension)) {
    throw new AppError(
      'UNSUPPORTED_FILE_TYPE',
      `Files ending ".${extension}" are not read. Upload a .csv (comma, semicolon or tab separated) or a .json file.`,
    );
  }
  if (text.trim() === '') throw new AppError('FILE_UNREADABLE', 'The file holds no text.');
  const csv = parseCsv(text);
  return { table: csv, format: 'csv', encoding: decoded.encoding, delimiter: csv.delimiter };
}

function isJson(extension: string, mediaType: string | null, text: string): boolean {
  if (extension === 'json') return true;
  if (CSV_EXTENSIONS.has(extension)) return false;
  if (mediaType?.includes('json')) return true;
  return /^\s*[[{]/.test(text);
}
