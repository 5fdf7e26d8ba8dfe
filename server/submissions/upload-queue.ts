import type { Db } from '../db/handle';
import { AppError } from '../errors';
import { BUSY_RETRY_AFTER_SECONDS } from '../http-errors';
import { submitChronology, type SubmitInput, type SubmitResult } from './submissions.service';
import { uploadThread } from './upload-thread';

/**
 * Uploads waiting their turn. Each holds its file in memory (up to the upload limit), so the
 * queue is bounded; past it, a 503 asks the uploader to try again shortly.
 */
export const MAX_WAITING_UPLOADS = 40;

interface Waiting {
  input: SubmitInput;
  resolve: (result: SubmitResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs submitChronology off the event loop: parsing a file and inserting its rows once held
 * every other request for seconds (issue #11, items 4 and 14). The upload thread, with its own
 * connection, takes one upload at a time, as SQLite takes one writer at a time anyway; the
 * all-or-nothing transaction, the report and the errors are submitChronology's own.
 * An in-memory database cannot be shared with a thread, so it is served in process.
 */
export class UploadQueue {
  private readonly waiting: Waiting[] = [];
  private running: Promise<unknown> | null = null;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly options: { database: string; maxMegabytes: number | null },
  ) {}

  submit(input: SubmitInput): Promise<SubmitResult> {
    if (this.options.database === ':memory:') return submitChronology(this.db, input);
    if (this.closed || this.waiting.length >= MAX_WAITING_UPLOADS) {
      return Promise.reject(
        new AppError(
          'DATABASE_BUSY',
          this.closed
            ? 'The server is stopping. Nothing was changed; upload again in a minute.'
            : `${MAX_WAITING_UPLOADS} uploads are already waiting to be stored. Nothing was changed; try again in a few seconds.`,
        ).retryAfter(BUSY_RETRY_AFTER_SECONDS),
      );
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  /** Lets the upload being stored finish, refuses the waiting ones, closes the connection. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) {
      w.reject(new AppError('DATABASE_BUSY', 'The server is stopping; upload again shortly.'));
    }
    await this.running;
    await uploadThread.closeDatabase(this.options.database);
  }

  private dispatch(): void {
    if (this.running || this.waiting.length === 0) return;
    const next = this.waiting.shift()!;
    const job = uploadThread.run({ ...this.options, input: next.input });
    this.running = job.then(next.resolve, next.reject).finally(() => {
      this.running = null;
      this.dispatch();
    });
  }
}
