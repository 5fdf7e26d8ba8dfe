import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { Database } from './schema';

export interface DatabaseHandle {
  db: Kysely<Database>;
  /** The underlying connection, for benchmarks' floors and tests; app code uses `db`. */
  sqlite: SQLite.Database;
}

export function openDatabase(databasePath: string): DatabaseHandle {
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
  // A second process (a migration, the demo loader) may hold the write lock briefly.
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, sqlite };
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
