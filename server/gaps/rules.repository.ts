import type { Kysely, Transaction } from 'kysely';
import type { Database, ReviewRuleTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function findRules(db: Db, reviewId: string) {
  return db
    .selectFrom('review_rules')
    .selectAll()
    .where('review_id', '=', reviewId)
    .orderBy('position')
    .execute();
}

export async function findRule(db: Db, reviewId: string, ruleKey: string) {
  return db
    .selectFrom('review_rules')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('rule_key', '=', ruleKey)
    .executeTakeFirst();
}

export async function insertRules(db: Db, rules: ReviewRuleTable[]): Promise<void> {
  if (rules.length > 0) await db.insertInto('review_rules').values(rules).execute();
}

export async function updateRule(
  db: Db,
  id: string,
  change: Pick<ReviewRuleTable, 'document_json' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('review_rules').set(change).where('id', '=', id).execute();
}

export async function deleteRule(db: Db, id: string): Promise<void> {
  await db.deleteFrom('review_rules').where('id', '=', id).execute();
}

export async function nextRulePosition(db: Db, reviewId: string): Promise<number> {
  const row = await db
    .selectFrom('review_rules')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('review_id', '=', reviewId)
    .executeTakeFirst();
  return Number(row?.position ?? -1) + 1;
}
