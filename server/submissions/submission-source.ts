import { AppError } from '../errors';
import { tableFromItems } from '../ingest/json-records';
import { readUpload, type ReadTable, type UploadedFile } from '../ingest/read-upload';

export interface SubmissionSource extends ReadTable {
  bytes: Uint8Array;
  fileName: string | null;
}

/** The chronology as a table, from a multipart file or a JSON body's `events`. */
export function readSubmissionSource(input: {
  file?: UploadedFile;
  events?: unknown[];
}): SubmissionSource {
  if (input.file && input.events) {
    throw new AppError('BAD_REQUEST', 'Send either a file or an events array, not both.');
  }
  if (input.file) {
    return {
      ...readUpload(input.file),
      bytes: input.file.bytes,
      fileName: safeFileName(input.file.fileName),
    };
  }
  if (input.events) {
    return {
      table: tableFromItems(input.events),
      format: 'json',
      encoding: 'utf-8',
      delimiter: null,
      // What the identical-upload check hashes for a JSON body.
      bytes: Buffer.from(JSON.stringify(input.events)),
      fileName: null,
    };
  }
  throw new AppError(
    'BAD_REQUEST',
    'No chronology: attach a file (multipart) or send "events" (JSON).',
  );
}

// C0 controls, DEL, and the bidi marks and overrides that can disguise "evil\u202Evsc.exe".
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAMES = /[\u0000-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The name the uploader's computer gave the file, kept only as a label, never used as a path:
 * path parts, control characters and bidi overrides are removed.
 */
export function safeFileName(name: string | null | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[/\\]/).pop() ?? '';
  return base.replace(UNSAFE_IN_NAMES, '').trim().slice(0, 255) || null;
}
