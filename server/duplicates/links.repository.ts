import type { Kysely, Transaction } from 'kysely';
import type { Database, EventLinkTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function findLinks(db: Db, reviewId: string) {
  return db
    .selectFrom('event_links')
    .selectAll()
    .where('review_id', '=', reviewId)
    .orderBy('created_at')
    .execute();
}

export async function findLink(db: Db, reviewId: string, a: string, b: string) {
  return db
    .selectFrom('event_links')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('event_a', '=', a)
    .where('event_b', '=', b)
    .executeTakeFirst();
}

export async function insertLink(db: Db, link: EventLinkTable): Promise<void> {
  await db.insertInto('event_links').values(link).execute();
}

export async function deleteLink(db: Db, reviewId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom('event_links')
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countEventsInReview(
  db: Db,
  reviewId: string,
  ids: string[],
): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('review_id', '=', reviewId)
    .where('id', 'in', ids)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
