import type { Insertable, Kysely, Transaction } from 'kysely';
import type { AuditLogTable, Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** The newest row's id and hash: what the next row is numbered after and chained to. */
export async function findLastAuditRow(db: Db) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertAuditRow(db: Db, row: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

/** Up to `limit` rows after the id `after`, oldest first: one page of a walk along the chain. */
export async function findAuditPage(db: Db, after: number, limit: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Newest first; with `reviewId`, that review's rows only; with `before`, rows below that id. */
export async function findAuditEntries(
  db: Db,
  query: { reviewId?: string; before?: number; limit: number },
) {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(query.limit);
  if (query.reviewId !== undefined) q = q.where('review_id', '=', query.reviewId);
  if (query.before !== undefined) q = q.where('id', '<', query.before);
  return q.execute();
}

/** Until when (ms) an action is not recorded again for this key, or undefined. */
export async function findAuditMarkUntil(db: Db, key: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('audit_marks')
    .select('until_ms')
    .where('key', '=', key)
    .executeTakeFirst();
  return row ? Number(row.until_ms) : undefined;
}

export async function setAuditMark(db: Db, key: string, until: number): Promise<void> {
  await db
    .insertInto('audit_marks')
    .values({ key, until_ms: until })
    .onConflict((oc) => oc.column('key').doUpdateSet({ until_ms: until }))
    .execute();
}

/** Marks that have run out: the table holds only live ones. */
export async function deleteAuditMarksBefore(db: Db, now: number): Promise<void> {
  await db.deleteFrom('audit_marks').where('until_ms', '<=', now).execute();
}
