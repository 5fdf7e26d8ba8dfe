import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * SQLite's answer when another connection (another process, or the upload worker) holds the
 * write lock longer than we wait. SQLITE_LOCKED is the same within one process. On
 * PostgreSQL, WRITE_LOCK_BUSY: a transaction run withoutWaiting found the write lock held
 * (postgres.ts); nothing else there is "busy", since PostgreSQL waits for its locks.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(SQLITE_(BUSY|LOCKED)|WRITE_LOCK_BUSY$)/.test(code);
}

/** PostgreSQL's busy: the write lock was held and the caller asked not to wait. */
export function writeLockBusy(): Error {
  return Object.assign(new Error('the write lock is held by another transaction'), {
    code: 'WRITE_LOCK_BUSY',
  });
}

const noWaiting = new AsyncLocalStorage<true>();

/**
 * Runs `work` with its statements not waiting for a lock held elsewhere: busy is thrown at
 * once. For side writes that are queued when busy (deferred-writes.ts) rather than waited for.
 */
export function withoutWaiting<T>(work: () => Promise<T>): Promise<T> {
  return noWaiting.run(true, work);
}

/** False inside withoutWaiting: the drivers then fail at once instead of waiting for a lock. */
export function mayWait(): boolean {
  return !noWaiting.getStore();
}
