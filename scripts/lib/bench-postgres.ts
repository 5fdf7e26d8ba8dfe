// The benches' PostgreSQL rows (issue #14): with BENCH_DATABASE_URL (or DATABASE_URL) naming a
// PostgreSQL server whose role has CREATEDB, a bench runs its app side and its bare-SQL floor
// on PostgreSQL too, each in a throwaway database copied from the tests' migrated template
// (tests/support/postgres.ts) and dropped after. Without one it says so in one line, never a
// figure it did not measure.
import { isPostgresUrl } from '../../server/db/dialect';
import { createTestDatabase } from '../../tests/support/postgres';

/** The PostgreSQL server the benches' PostgreSQL rows run on, or null: SQLite rows only. */
export const benchDatabaseUrl: string | null = (() => {
  const url = process.env.BENCH_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || '';
  return isPostgresUrl(url) ? url : null;
})();

/** The one line a bench prints in place of its PostgreSQL row when it has no server. */
export function printPostgresNotRun(bench: 'ingest' | 'timeline'): void {
  console.log(
    `PostgreSQL row: not run (no BENCH_DATABASE_URL or DATABASE_URL). As root, \`npm run bench:pg -- ${bench}\` runs it on this machine's cluster; or set BENCH_DATABASE_URL=postgres://user:password@host/db (a role with CREATEDB).`,
  );
}

/** A fresh, migrated database on the bench's server: its URL, and how to drop it. */
export function createBenchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!benchDatabaseUrl) throw new Error('No PostgreSQL server for the bench.');
  return createTestDatabase(benchDatabaseUrl);
}
