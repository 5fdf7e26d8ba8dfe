import type { Kysely } from 'kysely';

// Frozen once landed. The sign-in throttle and the audit throttle as rows (issue #14): with
// several app instances on one database, counts kept in each process's memory let a guesser
// have five tries per instance, and log a timeline view once per instance.
//
// Times are milliseconds since 1970 in a bigint (an integer on SQLite): the throttles do
// arithmetic on them, and PostgreSQL's integer would overflow. The same SQL on both dialects.

export async function up(db: Kysely<any>): Promise<void> {
  // One row per counted key of a sign-in attempt (the email and address, the email, the
  // address), as the throttle counted them in memory. The key is a SHA-256, never the text: a
  // stranger may type anything, even a password, as the email. Rows older than the window are
  // deleted as new attempts come (server/auth/sign-in-throttle.ts).
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('attempt_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sign_in_failures_pk', ['attempt_id', 'key'])
    .execute();
  await db.schema
    .createIndex('sign_in_failures_key_at')
    .on('sign_in_failures')
    .columns(['key', 'at_ms'])
    .execute();
  await db.schema
    .createIndex('sign_in_failures_at')
    .on('sign_in_failures')
    .column('at_ms')
    .execute();

  // Until when an audited action is not recorded again for one key (a timeline view per
  // session and review): read and written in the audit row's own transaction.
  await db.schema
    .createTable('audit_marks')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('until_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_marks_until').on('audit_marks').column('until_ms').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_marks').execute();
  await db.schema.dropTable('sign_in_failures').execute();
}
