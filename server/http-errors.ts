import type { FastifyError } from 'fastify';
import { isDatabaseBusy } from './db/busy';
import { AppError } from './errors';

/** What one multipart form may hold: one file and a few small fields (the agency, a mapping). */
export const MULTIPART_LIMITS = {
  files: 1,
  fields: 20,
  /** A field's largest size in bytes. The mapping is the largest field; 1 MB is plenty. */
  fieldBytes: 1024 * 1024,
} as const;

/** How long a client is told to wait after the database was busy: longer than most locks. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/** The disk (or the database's size cap, PRAGMA max_page_count) is full. */
export function isStorageFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // SQLite's full disk (or DATABASE_MAX_MB); PostgreSQL's disk_full (SQLSTATE 53100).
  return code === 'SQLITE_FULL' || code === '53100';
}

const MULTIPART_LIMIT_MESSAGES: Record<string, string> = {
  FST_FILES_LIMIT: `Send one file with each upload (the limit is ${MULTIPART_LIMITS.files}).`,
  FST_FIELDS_LIMIT: `The form has too many fields: the limit is ${MULTIPART_LIMITS.fields} form fields.`,
  FST_PARTS_LIMIT: `The form has too many parts: one file and at most ${MULTIPART_LIMITS.fields} form fields.`,
};

// What busboy throws when a body is cut short or its boundary is not the header's. They carry
// no status, so without this they became 500s.
const UNREADABLE_MULTIPART = /multipart data|boundary/i;

/**
 * Errors thrown below our code (the multipart parser, SQLite) that are not the server's fault,
 * as the AppError a client can act on; null for anything else (a real 500).
 */
export function knownError(error: FastifyError | Error, multipart: boolean): AppError | null {
  const code = (error as FastifyError).code;
  if (isDatabaseBusy(error)) {
    return new AppError('DATABASE_BUSY').retryAfter(BUSY_RETRY_AFTER_SECONDS);
  }
  if (isStorageFull(error)) return new AppError('STORAGE_FULL');
  if (code && MULTIPART_LIMIT_MESSAGES[code]) {
    return new AppError('REQUEST_TOO_LARGE', MULTIPART_LIMIT_MESSAGES[code]);
  }
  if (code === 'FST_INVALID_JSON_FIELD_ERROR') {
    return new AppError('BAD_REQUEST', 'A form field sent as JSON is not valid JSON.');
  }
  if (code === 'FST_PROTO_VIOLATION') {
    return new AppError('BAD_REQUEST', 'A form field uses a reserved name (such as __proto__).');
  }
  const statusless = (error as FastifyError).statusCode === undefined;
  if (multipart && statusless && UNREADABLE_MULTIPART.test(error.message)) {
    return new AppError(
      'BAD_REQUEST',
      'The form could not be read: it was cut short, or its boundary is not the one its Content-Type names. Send it again.',
    );
  }
  return null;
}

/**
 * busboy cuts a field at its size limit without an error, so a large mapping used to arrive
 * cut short and be reported as bad JSON. The parser is given one byte more than the limit:
 * a field longer than the limit was cut, and is refused by name.
 */
export function oversizedField(body: unknown): AppError | null {
  if (!body || typeof body !== 'object') return null;
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string' && Buffer.byteLength(value) > MULTIPART_LIMITS.fieldBytes) {
      return new AppError(
        'REQUEST_TOO_LARGE',
        `The form field "${name.slice(0, 40)}" is larger than the limit of ${MULTIPART_LIMITS.fieldBytes / 1024 / 1024} MB.`,
      );
    }
  }
  return null;
}
