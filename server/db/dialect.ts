import { PostgresAdapter, sql } from 'kysely';

// Which database the app is running on, in one place (issue #14). SQLite is the default (one
// file, nothing to run beside it); DATABASE_URL=postgres://… runs the same code on PostgreSQL.
// Repositories and migrations ask `dialectOf(db)` where the SQL must differ, and say why there.

export type DialectName = 'sqlite' | 'postgres';

/** Any Kysely instance or transaction, whatever its tables. */
interface AnyKysely {
  getExecutor(): { readonly adapter: unknown };
}

/** A DATABASE_URL that names a PostgreSQL server. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The dialect of a connection or a transaction (a transaction shares its connection's adapter). */
export function dialectOf(db: AnyKysely): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Each dialect's version of one step: the single place a migration or a query says how they differ. */
export function byDialect<T>(db: AnyKysely, choices: Record<DialectName, () => T>): T {
  return choices[dialectOf(db)]();
}

/**
 * LIKE as SQLite has it: case-insensitive for ASCII letters. PostgreSQL's LIKE is
 * case-sensitive, so there it is ILIKE. The pattern escapes with a backslash on both.
 */
export function caseInsensitiveLike(db: AnyKysely, column: string, pattern: string) {
  const op = dialectOf(db) === 'postgres' ? sql.raw('ilike') : sql.raw('like');
  return sql<boolean>`${sql.ref(column)} ${op} ${pattern} escape '\\'`;
}

/** A URL fit for a log line: the password is never printed. */
export function describeLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
