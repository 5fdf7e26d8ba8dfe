import { createHash } from 'node:crypto';
import type { Db } from '../db/handle';
import { newId } from '../db/ids';
import { inWriteTransaction } from '../db/sqlite-driver';
import {
  DEFAULT_LIMITS,
  retryAfter,
  throttleKeys,
  type RecentFailures,
  type ThrottleLimits,
} from './login-throttle';
import {
  deleteAttemptFailures,
  deleteFailuresBefore,
  deleteFailuresOfKey,
  findRecentFailureTimes,
  insertFailures,
} from './sign-in-throttle.repository';

/** An attempt under way: counted as a failure from the moment it starts (see `begin`). */
export interface Attempt {
  readonly id: string;
  /** The hashed keys it was counted under; the first is the account-and-address pair. */
  readonly keys: readonly string[];
}

/**
 * The sign-in throttle, shared by every app instance on the database (issue #14): failures are
 * rows, and the limits are login-throttle.ts's. In memory, each instance counted its own, so
 * two instances gave a guesser ten tries where one gave five.
 */
export class SignInThrottle {
  constructor(
    private readonly db: Db,
    private readonly limits: ThrottleLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Checks the limits and, if the attempt may go ahead, counts it as a failure now, before the
   * password is checked; a right password then takes it back (`succeeded`). Both in one write
   * transaction, which runs one at a time across every instance (SQLite's write lock; on
   * PostgreSQL the advisory lock of postgres.ts): a burst of parallel attempts on several
   * instances cannot all pass the check before any of them is counted.
   *
   * When the database is busy, SQLite's wait ends in a 503 with Retry-After (http-errors.ts)
   * before any password is checked: a busy database never lets an uncounted guess through.
   */
  async begin(email: string, address: string): Promise<{ wait: number } | { attempt: Attempt }> {
    const now = this.now();
    const since = now - this.limits.windowMs;
    const keys = throttleKeys(email, address, this.limits).map((k) => ({
      ...k,
      key: hashed(k.key),
    }));
    return inWriteTransaction(this.db, async (trx) => {
      // Each attempt prunes what no window can count any more: the table holds one window.
      await deleteFailuresBefore(trx, since);
      const recent: RecentFailures = { pair: [], account: [], address: [] };
      for (const k of keys) {
        recent[k.kind] = await findRecentFailureTimes(trx, k.key, since, k.limit);
      }
      const wait = retryAfter(recent, now, this.limits);
      if (wait > 0) return { wait };
      const attempt = { id: newId(), keys: keys.map((k) => k.key) };
      await insertFailures(trx, attempt.id, attempt.keys, now);
      return { attempt };
    });
  }

  /**
   * The attempt was right: it no longer counts, and the account's pair count starts again.
   * Should the database be busy here (a 503), the attempt stays counted: one failure too many
   * for the window, never one too few.
   */
  async succeeded(attempt: Attempt): Promise<void> {
    await inWriteTransaction(this.db, async (trx) => {
      await deleteAttemptFailures(trx, attempt.id, attempt.keys);
      await deleteFailuresOfKey(trx, attempt.keys[0]!);
    });
  }
}

/** A key as stored: a stranger may type anything as the email, even a password. */
function hashed(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
