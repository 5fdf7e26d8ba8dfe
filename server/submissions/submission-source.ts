import { AppError } from '../errors';
import { nameProblem, NAME_LIMITS } from '../names/clean-name';
import { tableFromItems } from '../ingest/json-records';
import { readUploadedFile, type ReadTable, type UploadedFile } from '../ingest/read-upload';
import { MAX_COLUMNS, type SourceTable } from '../ingest/records';

export { MAX_COLUMNS };

export interface SubmissionSource extends ReadTable {
  bytes: Uint8Array;
  fileName: string | null;
}

/** The chronology as a table, from a multipart file or a JSON body's `events`. */
export async function readSubmissionSource(input: {
  file?: UploadedFile;
  events?: unknown[];
  sheet?: string;
}): Promise<SubmissionSource> {
  if (input.file && input.events) {
    throw new AppError('BAD_REQUEST', 'Send either a file or an events array, not both.');
  }
  if (input.file) {
    checkFileName(input.file.fileName);
    const read = await readUploadedFile(input.file, { sheet: input.sheet });
    checkWidth(read.table);
    return { ...read, bytes: input.file.bytes, fileName: safeFileName(input.file.fileName) };
  }
  if (input.events) {
    if (input.sheet !== undefined) {
      throw new AppError(
        'BAD_REQUEST',
        '"sheet" chooses a sheet of an uploaded Excel workbook; leave it out when sending "events".',
      );
    }
    const table = tableFromItems(input.events);
    checkWidth(table);
    return {
      table,
      format: 'json',
      encoding: 'utf-8',
      delimiter: null,
      // What the identical-upload check hashes for a JSON body. A body with problems is
      // refused before anything is hashed or stored, so it is not serialised at all: an item
      // nested too deep would overflow JSON.stringify's stack.
      bytes: table.issues.length > 0 ? new Uint8Array() : Buffer.from(JSON.stringify(input.events)),
      fileName: null,
    };
  }
  throw new AppError(
    'BAD_REQUEST',
    'No chronology: attach a file (multipart) or send "events" (JSON).',
  );
}

/**
 * Refuses a table wider than MAX_COLUMNS. Rows need no check of their own: every reader refuses
 * a row with more cells than the header has columns (row.too-many-cells, naming the row).
 */
export function checkWidth(table: SourceTable): void {
  if (table.headers.length > MAX_COLUMNS) {
    throw new AppError(
      'FILE_TOO_WIDE',
      `The file has ${table.headers.length.toLocaleString('en-GB')} columns; a chronology can have at most ${MAX_COLUMNS}. Check that this is the chronology, saved with commas, semicolons or tabs between columns.`,
    );
  }
}

/**
 * A browser sends a file's base name only, never a folder path, and no ordinary file name holds
 * a control character, a direction override or a zero-width character, or runs past 255
 * characters. A name that does was made by hand to probe the server (or to disguise "cod.exe"
 * as "exe.doc"), so it is refused rather than cleaned up, by the rule every name follows
 * (server/names/clean-name.ts). File names are never used as paths here: they are kept only as
 * a label (safeFileName).
 */
export function checkFileName(name: string | null | undefined): void {
  if (!name) return;
  const problem = /[/\\]/.test(name)
    ? 'contains a folder path (a / or \\ character)'
    : nameProblem(name, NAME_LIMITS.fileName);
  if (problem) {
    throw new AppError(
      'BAD_REQUEST',
      `The file name ${problem}. Rename the file (letters, numbers, spaces, - and _) and upload it again.`,
    );
  }
}

// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAMES = /[\u0000-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The name the uploader's computer gave the file, kept only as a label, never used as a path:
 * path parts, control characters and bidi overrides are removed (checkFileName refuses them
 * on upload; this is the second line of defence).
 */
export function safeFileName(name: string | null | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[/\\]/).pop() ?? '';
  return base.replace(UNSAFE_IN_NAMES, '').trim().slice(0, 255) || null;
}
