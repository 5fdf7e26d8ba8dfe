import { AppError, type ErrorCode, type RowIssue } from '../errors';
import type { SubmitInput, SubmitResult } from './submissions.service';

// What passes between the server and the upload worker. Errors cross as plain data (a thread
// boundary drops classes) and are rebuilt on the server side, so the route and the error
// handler see exactly what an in-process call would have thrown.

export interface UploadJob {
  id: number;
  /** The database to store into (a SQLite file or a PostgreSQL URL), and its size cap (DATABASE_MAX_MB). */
  database: string;
  maxMegabytes: number | null;
  input: SubmitInput;
}

export type WorkerError =
  | {
      kind: 'app';
      code: ErrorCode;
      message: string;
      issues?: RowIssue[];
      details?: Record<string, unknown>;
      retryAfterSeconds?: number;
    }
  | { kind: 'other'; name: string; code?: string; message: string; stack?: string };

export type UploadReply = { id: number; result: SubmitResult } | { id: number; error: WorkerError };

export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof AppError) {
    return {
      kind: 'app',
      code: error.code,
      message: error.message,
      issues: error.issues,
      details: error.details,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  const code = (e as { code?: unknown }).code;
  return {
    kind: 'other',
    name: e.name,
    code: typeof code === 'string' ? code : undefined,
    message: e.message,
    stack: e.stack,
  };
}

export function fromWorkerError(error: WorkerError): Error {
  if (error.kind === 'app') {
    const rebuilt = new AppError(error.code, error.message, error.issues, error.details);
    return error.retryAfterSeconds ? rebuilt.retryAfter(error.retryAfterSeconds) : rebuilt;
  }
  // SqliteError's code (SQLITE_BUSY, SQLITE_FULL) is what the error handler maps.
  return Object.assign(new Error(error.message), {
    name: error.name,
    code: error.code,
    stack: error.stack,
  });
}
