/**
 * Whole-request failures. Each code has one HTTP status and a default message; the error
 * handler in app.ts is the only place that turns them into responses. Row-level problems in
 * an upload are not errors but data (`RowIssue`), gathered and returned together.
 */
export const ERROR_CODES = {
  BAD_REQUEST: { status: 400, message: 'The request is not valid.' },
  FILE_UNREADABLE: { status: 400, message: 'The file could not be read.' },
  UNAUTHENTICATED: { status: 401, message: 'Sign in to continue.' },
  FORBIDDEN: { status: 403, message: 'Your role in this review does not allow that.' },
  CROSS_SITE_REQUEST: {
    status: 403,
    message: 'The request did not come from this app (cross-site request refused).',
  },
  NOT_FOUND: { status: 404, message: 'Not found.' },
  REVIEW_NOT_FOUND: { status: 404, message: 'No review with that id.' },
  REFERENCE_TAKEN: { status: 409, message: 'A review with that reference already exists.' },
  CONFLICT: { status: 409, message: 'That conflicts with what is already stored.' },
  /** A one-time link already used, revoked or past its time: it existed, and is no more. */
  GONE: { status: 410, message: 'This link can no longer be used.' },
  FILE_TOO_WIDE: {
    status: 400,
    message: 'The file has more columns than a chronology can have.',
  },
  FILE_TOO_LARGE: { status: 413, message: 'The file is larger than the upload limit.' },
  REQUEST_TOO_LARGE: { status: 413, message: 'The request is larger than the server accepts.' },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    message: 'Upload a CSV file (comma, semicolon or tab separated) or a JSON file.',
  },
  ROWS_INVALID: { status: 422, message: 'Some rows are not valid; nothing was stored.' },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    message: 'Too many failed sign-ins. Wait a few minutes, then try again.',
  },
  TOO_MANY_UPLOADS: {
    status: 429,
    message: 'Too many uploads from this session in a short time. Wait a little, then try again.',
  },
  INTERNAL: { status: 500, message: 'Something went wrong on the server.' },
  DATABASE_BUSY: {
    status: 503,
    message:
      'The database is busy (another program is writing to it). Nothing was changed; try again in a few seconds.',
  },
  STORAGE_FULL: {
    status: 507,
    message:
      'The server has run out of storage space, so nothing was stored. Tell your administrator.',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface RowIssue {
  /** The spreadsheet row a person would look for: header = row 1. For JSON, the 1-based item. */
  row: number | null;
  /** The column as the file names it (the header), or null for a whole-row problem. */
  column: string | null;
  code: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: RowIssue[] | undefined;
  /** Extra fields for the response body (e.g. the mapping that was tried). */
  readonly details: Record<string, unknown> | undefined;
  /** Sent as Retry-After (seconds) with a 429 or 503: when trying again can succeed. */
  retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    issues?: RowIssue[],
    details?: Record<string, unknown>,
  ) {
    super(message ?? ERROR_CODES[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.issues = issues;
    this.details = details;
  }

  /** The same error, telling the client how long to wait before trying again. */
  retryAfter(seconds: number): this {
    this.retryAfterSeconds = Math.max(1, Math.ceil(seconds));
    return this;
  }
}
