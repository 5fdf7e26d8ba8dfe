import type SQLite from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { DialectName } from './dialect';
import type { Database } from './schema';

// The database handles services pass around. Services name these types and call repositories;
// only `*.repository.ts` files and `server/db/` import Kysely itself (docs/architecture.md), so
// that a query has one home and the PostgreSQL dialect is a change to repositories alone.

/** The app's connection: what routes and services receive. */
export type Db = Kysely<Database>;
/** A transaction begun by a service, passed to each repository call it makes. */
export type Tx = Transaction<Database>;
/** Either: repository functions that may run inside or outside a service's transaction. */
export type DbOrTx = Db | Tx;

/** What openDatabase returns (connection.ts). */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /**
   * SQLite only: the underlying connection, for benchmarks' floors and SQLite-only tests; app
   * code uses `db`. On PostgreSQL reading it throws: there is no file to reach past Kysely.
   */
  sqlite: SQLite.Database;
}
