import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type Kysely,
  type QueryResult,
  SqliteDialect,
  type SqliteDatabase,
  sql,
} from 'kysely';
import { isDatabaseBusy, mayWait } from './busy';
import { dialectOf } from './dialect';

/**
 * How this process waits for SQLite's write lock, which another connection (the upload
 * worker, a backup, an admin's sqlite3 shell) may hold.
 */
export interface LockWait {
  /** How long, in all, a statement or a transaction's start waits before giving up (BUSY). */
  waitMs: number;
}

/**
 * Kysely's SQLite dialect with three changes, because better-sqlite3 is synchronous and a
 * busy timeout blocks the whole event loop while it waits:
 *
 * - Transactions start with BEGIN IMMEDIATE, taking the write lock first. Kysely's plain
 *   BEGIN reads under a snapshot and then upgrades; in WAL mode that upgrade fails at once
 *   (SQLITE_BUSY_SNAPSHOT, no waiting) if another connection wrote in between.
 * - When the lock is held elsewhere, it is waited for with timers, not in SQLite's busy
 *   handler: the connection is released between tries, so reads go on meanwhile. After
 *   `waitMs` the BUSY error is thrown (a 503 with Retry-After at the edge).
 * - ROLLBACK is skipped when SQLite has already rolled back by itself (it does on SQLITE_FULL
 *   and some I/O errors): Kysely's own rollback then failed with "cannot rollback - no
 *   transaction is active", which hid the real error.
 */
export class LockAwareSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;
  readonly #inTransaction: () => boolean;
  readonly #wait: LockWait;

  constructor(database: SqliteDatabase, inTransaction: () => boolean, wait: LockWait) {
    super({ database });
    this.#database = database;
    this.#inTransaction = inTransaction;
    this.#wait = wait;
  }

  override createDriver(): Driver {
    return new LockAwareDriver(this.#database, this.#inTransaction, this.#wait);
  }
}

class LockAwareDriver implements Driver {
  readonly #mutex = new ConnectionMutex();
  readonly #connection: LockAwareConnection;
  readonly #database: SqliteDatabase;
  readonly #inTransaction: () => boolean;

  constructor(database: SqliteDatabase, inTransaction: () => boolean, wait: LockWait) {
    this.#database = database;
    this.#inTransaction = inTransaction;
    this.#connection = new LockAwareConnection(database, inTransaction, this.#mutex, wait);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    // One connection, so one query or transaction at a time, as in Kysely's own driver.
    await this.#mutex.lock();
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#inTransaction()) await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quote(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quote(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quote(name)}`));
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    this.#database.close();
  }
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

class LockAwareConnection implements DatabaseConnection {
  constructor(
    private readonly database: SqliteDatabase,
    private readonly inTransaction: () => boolean,
    private readonly mutex: ConnectionMutex,
    private readonly wait: LockWait,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Inside a transaction the lock is already ours (BEGIN IMMEDIATE): nothing to wait for.
    if (this.inTransaction()) return this.run<R>(query);
    const deadline = Date.now() + (mayWait() ? this.wait.waitMs : 0);
    let delay = 5;
    for (;;) {
      try {
        return this.run<R>(query);
      } catch (error) {
        if (!isDatabaseBusy(error) || Date.now() + delay > deadline) throw error;
      }
      // Let other queries (reads, which WAL never blocks) use the connection meanwhile.
      this.mutex.unlock();
      await new Promise((resolve) => setTimeout(resolve, delay));
      await this.mutex.lock();
      delay = Math.min(delay * 2, 100);
    }
  }

  private run<R>(query: CompiledQuery): QueryResult<R> {
    const statement = this.database.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return {
      numAffectedRows: BigInt(changes),
      insertId: lastInsertRowid === undefined ? undefined : BigInt(lastInsertRowid),
      rows: [],
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not used with SQLite here.');
  }
}

/** Kysely's own: one holder at a time, waiters in turn. */
class ConnectionMutex {
  #promise: Promise<void> | undefined;
  #resolve: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#promise) await this.#promise;
    this.#promise = new Promise((resolve) => (this.#resolve = resolve));
  }

  unlock(): void {
    const resolve = this.#resolve;
    this.#promise = undefined;
    this.#resolve = undefined;
    resolve?.();
  }
}

/**
 * Runs `work` on one connection inside BEGIN IMMEDIATE … COMMIT, which takes SQLite's write
 * lock before the first read: for a read-then-write that must see the latest row (the audit
 * chain's last hash) even when another connection writes at the same time.
 */
export async function inImmediateTransaction<DB, T>(
  db: Kysely<DB>,
  work: (connection: Kysely<DB>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      // On SQLITE_FULL (and some I/O errors) SQLite has already rolled back; a second ROLLBACK
      // would fail with "no transaction is active" and hide the real cause, which is thrown.
      await sql`rollback`.execute(connection).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * A transaction for a read-then-write that must see the latest row, on either dialect. SQLite:
 * BEGIN IMMEDIATE (above). PostgreSQL: a transaction, which takes the write lock first
 * (postgres.ts), so the writers go one at a time there too.
 */
export async function inWriteTransaction<DB, T>(
  db: Kysely<DB>,
  work: (connection: Kysely<DB>) => Promise<T>,
): Promise<T> {
  if (dialectOf(db) === 'postgres') return db.transaction().execute(work);
  return inImmediateTransaction(db, work);
}
