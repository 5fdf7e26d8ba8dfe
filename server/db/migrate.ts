import { type Kysely, Migrator, type MigrationProvider, sql } from 'kysely';
import { migrations } from '../../migrations/index';
import { dialectOf } from './dialect';

const staticProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

/**
 * PostgreSQL: the advisory lock key two instances starting at once both take, so only one
 * migrates and the other finds the schema up to date. Any constant; this one spells "tape".
 */
export const MIGRATION_LOCK_KEY = 0x7461_7065;

/**
 * Applies every pending migration; throws with the failing migration's name. On PostgreSQL it
 * holds a session advisory lock on one connection for the whole run, creating Kysely's own
 * migration tables included (those could race between two instances before its lock is taken).
 * SQLite needs none: its write lock already serialises two processes on one file.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  if (dialectOf(db) === 'sqlite') return migrate(db);
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(connection);
    try {
      return await migrate(connection);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(connection);
    }
  });
}

async function migrate(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: staticProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Database migration failed${name}: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
