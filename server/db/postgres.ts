import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import { mayWait, writeLockBusy } from './busy';
import type { DatabaseHandle } from './handle';
import type { Database } from './schema';

// PostgreSQL (DATABASE_URL=postgres://…, issue #14): Kysely's own dialect over a `pg` pool.
// What SQLite does by hand (the lock-aware driver, busy waits, WAL, DATABASE_MAX_MB) PostgreSQL
// does itself: writers wait on row locks, and the database team owns the disk and the backups.

/**
 * The schema stores counts, ids and flags as integers; `count(*)` and `sum()` are bigint or
 * numeric in PostgreSQL, which `pg` returns as strings. Read as numbers, as SQLite gives them:
 * no count here comes near 2^53.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) {
      return (value: string) => Number(value);
    }
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** How long a side write waits for the write lock before it is queued instead. */
const SIDE_WRITE_WAIT_MS = 250;

/** The advisory lock key every transaction takes first ("writ"). */
export const WRITE_LOCK_KEY = 0x7772_6974;

/**
 * One writing transaction at a time, as on SQLite. The code was written against SQLite, whose
 * transactions (BEGIN IMMEDIATE) run one after another: a check-then-write such as "is there
 * another admin left?" is safe there. Under PostgreSQL's READ COMMITTED two such transactions
 * both pass the check. So each transaction takes one advisory lock before anything else,
 * across every instance on the database; plain reads and single statements are not held up.
 * Inside withoutWaiting it waits SIDE_WRITE_WAIT_MS at most: then busy is thrown, as SQLite's
 * is, and the side write is queued.
 */
class WriteLockedPostgresDriver extends PostgresDriver {
  override async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    await super.beginTransaction(connection, settings);
    try {
      if (!mayWait()) {
        // A side write (deferred-writes.ts): it waits briefly, which the app's own short
        // transactions fit in, and past that is busy and queued, as on SQLite, so a read whose
        // audit entry meets an upload's lock is answered meanwhile.
        await connection.executeQuery(
          CompiledQuery.raw(`set local lock_timeout = '${SIDE_WRITE_WAIT_MS}ms'`),
        );
      }
      await connection
        .executeQuery(CompiledQuery.raw('select pg_advisory_xact_lock($1)', [WRITE_LOCK_KEY]))
        .catch((error: unknown) => {
          // 55P03: lock_not_available, the lock_timeout above.
          throw (error as { code?: unknown }).code === '55P03' ? writeLockBusy() : error;
        });
    } catch (error) {
      // Kysely rolls back only a transaction whose begin succeeded: this one is ended here, or
      // the connection would go back to the pool inside it.
      await connection.executeQuery(CompiledQuery.raw('rollback')).catch(() => undefined);
      throw error;
    }
  }
}

class WriteLockedPostgresDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new WriteLockedPostgresDriver(this.#config);
  }
}

export function openPostgres(url: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection the server drops (a restart, a failover) must not crash the process:
  // the pool discards it and the next query opens another.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new WriteLockedPostgresDialect({ pool }) });
  const handle = { db, dialect: 'postgres' } as const;
  return Object.defineProperty(handle, 'sqlite', {
    get(): SQLite.Database {
      throw new Error('This database is PostgreSQL: there is no SQLite connection to use.');
    },
  }) as DatabaseHandle;
}
