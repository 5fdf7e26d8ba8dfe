import { type Kysely, sql } from 'kysely';
import { byDialect } from '../server/db/dialect';

// Frozen once landed. Accounts, server-side sessions, per-review memberships and the
// append-only audit log (issue #5).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Stored lower-cased and trimmed, so "Jo@X.org" and "jo@x.org" are one account.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    // "scrypt$<log2 N>$<r>$<p>$<salt>$<key>": the cost travels with the hash.
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute();

  await db.schema
    .createTable('sessions')
    // The SHA-256 of the cookie's token: a copy of the database does not hold live sessions.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('reviewer', 'panel', 'submitter')`),
    )
    // A submitter's agency, by name: the agency row itself appears with its first upload.
    .addColumn('agency_name', 'text')
    .addColumn('agency_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('memberships_review_user', ['review_id', 'user_id'])
    .addCheckConstraint(
      'memberships_submitter_agency',
      sql`(role = 'submitter') = (agency_key is not null)`,
    )
    .execute();
  await db.schema.createIndex('memberships_user').on('memberships').column('user_id').execute();

  // No foreign keys: a row outlives the user, session or review it mentions. No case content:
  // ids, role names, counts and the action; never names, descriptions or search terms.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) =>
      // The same column on both: SQLite's AUTOINCREMENT is PostgreSQL's identity.
      byDialect(db, {
        sqlite: () => c.primaryKey().autoIncrement(),
        postgres: () => c.primaryKey().generatedByDefaultAsIdentity(),
      }),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('user_email', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('review_id', 'text')
    .addColumn('target', 'text')
    .addColumn('detail_json', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_review')
    .on('audit_log')
    .columns(['review_id', 'id'])
    .execute();
  // Append-only, enforced by the database itself rather than by the code's good manners.
  // PostgreSQL's triggers call a function, and it also has TRUNCATE, refused the same way.
  const triggers = byDialect(db, {
    sqlite: () => [
      sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`,
      sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`,
    ],
    postgres: () => [
      sql`create function audit_log_append_only() returns trigger language plpgsql as
    $$ begin raise exception 'audit_log is append-only'; end $$`,
      sql`create trigger audit_log_no_update before update on audit_log
    for each row execute function audit_log_append_only()`,
      sql`create trigger audit_log_no_delete before delete on audit_log
    for each row execute function audit_log_append_only()`,
      sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`,
    ],
  });
  for (const statement of triggers) await statement.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await byDialect(db, {
    sqlite: () => sql`select 1`,
    postgres: () => sql`drop function audit_log_append_only()`,
  }).execute(db);
  await db.schema.dropTable('memberships').execute();
  await db.schema.dropTable('sessions').execute();
  await db.schema.dropTable('users').execute();
}
