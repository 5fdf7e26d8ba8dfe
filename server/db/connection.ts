import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type SqliteDatabase } from 'kysely';
import { isPostgresUrl } from './dialect';
import type { DatabaseHandle } from './handle';
import { openPostgres } from './postgres';
import type { Database } from './schema';
import { LockAwareSqliteDialect } from './sqlite-driver';

export type { DatabaseHandle };

export interface OpenOptions {
  /**
   * How long a write waits for the lock another connection holds, in ms, before the request
   * is answered 503. On the server's event loop it is waited for with timers (never blocking).
   */
  lockWaitMs?: number;
  /**
   * Off the event loop (the upload worker), waiting inside SQLite's busy handler is harmless
   * and fairer: the lock is taken the moment it is free.
   */
  blockingWait?: boolean;
  /**
   * DATABASE_MAX_MB: the file may not grow past this; a write that would is SQLITE_FULL.
   * SQLite only: on PostgreSQL the database team sets quotas and watches the disk.
   */
  maxMegabytes?: number | null;
  /** PostgreSQL only: connections in the pool (the upload thread needs one or two). */
  poolSize?: number;
}

/** A write waits this long for a lock held elsewhere (a backup, a second process), then 503. */
export const LOCK_WAIT_MS = 2000;

/**
 * Opens the database at `location`: a PostgreSQL URL (DATABASE_URL) or a SQLite file path
 * (DATABASE_PATH, or ':memory:'). Lock waits, pragmas and the size cap are SQLite's; PostgreSQL
 * waits for row locks itself and has none of them.
 */
export function openDatabase(location: string, options: OpenOptions = {}): DatabaseHandle {
  if (isPostgresUrl(location)) return openPostgres(location, options.poolSize);
  return openSqlite(location, options);
}

function openSqlite(databasePath: string, options: OpenOptions): DatabaseHandle {
  const { lockWaitMs = LOCK_WAIT_MS, blockingWait = false, maxMegabytes = null } = options;
  const inMemory = databasePath === ':memory:';
  if (!inMemory) fs.mkdirSync(path.dirname(databasePath), { recursive: true });
  const sqlite = new SQLite(databasePath);
  sqlite.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, not left in free pages: deleting a review must
  // remove its records from the file, not just from the tables.
  sqlite.pragma('secure_delete = ON');
  if (!inMemory) {
    // WAL lets readers continue while an upload commits; FULL makes a committed upload
    // survive a power cut, which matters more here than write speed.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
  }
  // SQLite's busy handler sleeps on this thread. On the event loop it may only do so briefly
  // (a 5 s timeout once froze every request while another process held the lock); longer
  // waits are timers in LockAwareSqliteDialect.
  sqlite.pragma(`busy_timeout = ${blockingWait ? lockWaitMs : 10}`);
  if (maxMegabytes !== null) {
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
    // Per connection, not stored in the file: every connection sets it.
    sqlite.pragma(`max_page_count = ${Math.floor((maxMegabytes * 1024 * 1024) / pageSize)}`);
  }
  const db = new Kysely<Database>({
    dialect: new LockAwareSqliteDialect(withStatementCache(sqlite), () => sqlite.inTransaction, {
      waitMs: blockingWait ? 0 : lockWaitMs,
    }),
  });
  return { db, dialect: 'sqlite', sqlite };
}

const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver prepares every query afresh. Preparing a 500-row INSERT costs more
 * than running it, so the connection Kysely sees keeps the most recently used statements.
 * Safe because Kysely never runs two queries on one connection at once.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
  };
}
