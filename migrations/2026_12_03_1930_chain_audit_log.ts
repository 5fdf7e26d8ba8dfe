import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { byDialect, dialectOf } from '../server/db/dialect';

// Frozen once landed. The audit log becomes a hash chain (issue #11): each row stores the
// SHA-256 of its columns and the previous row's hash, so an edit made with the database file
// in hand is found by `npm run audit:verify`. And REPLACE can no longer rewrite a row: INSERT
// OR REPLACE deletes the old row without firing delete triggers (recursive_triggers is off),
// so a BEFORE INSERT trigger refuses any insert whose id is already taken. PostgreSQL has no
// REPLACE (its ON CONFLICT DO UPDATE fires the update trigger), so there it needs none.
//
// node:crypto is imported for the rows already there; the hash below is a frozen copy of
// server/core/audit-chain.ts's rowHash, which must keep giving the same answer.

const GENESIS = '0'.repeat(64);

function rowHash(previous: string, row: Record<string, unknown>): string {
  const columns = [
    row.id,
    row.at,
    row.user_id,
    row.user_email,
    row.action,
    row.review_id,
    row.target,
    row.detail_json,
    row.ip,
  ];
  return createHash('sha256')
    .update(`${previous}\n${JSON.stringify(columns)}`)
    .digest('hex');
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('hash', 'text').execute();

  // Rows written before the chain get their hashes now, in order. The update trigger is
  // lifted for this one pass and put back as it was.
  const noUpdate = byDialect(db, {
    sqlite: () => ({
      drop: sql`drop trigger audit_log_no_update`,
      create: sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`,
    }),
    postgres: () => ({
      drop: sql`drop trigger audit_log_no_update on audit_log`,
      create: sql`create trigger audit_log_no_update before update on audit_log
    for each row execute function audit_log_append_only()`,
    }),
  });
  await noUpdate.drop.execute(db);
  let previous = GENESIS;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      previous = rowHash(previous, row);
      await db.updateTable('audit_log').set({ hash: previous }).where('id', '=', row.id).execute();
      after = row.id as number;
    }
  }
  await noUpdate.create.execute(db);
  if (dialectIsPostgres(db)) return;
  await sql`create trigger audit_log_no_replace before insert on audit_log
    when new.id is not null and exists (select 1 from audit_log where id = new.id)
    begin select raise(abort, 'audit_log is append-only: that id is taken'); end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!dialectIsPostgres(db)) await sql`drop trigger audit_log_no_replace`.execute(db);
  await db.schema.alterTable('audit_log').dropColumn('hash').execute();
}

const dialectIsPostgres = (db: Kysely<any>) => dialectOf(db) === 'postgres';
