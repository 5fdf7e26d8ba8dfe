import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { newId } from '../db/ids';

type Db = Kysely<Database> | Transaction<Database>;

/** The review's glossary rows in the order the reviewer listed them; names still as JSON. */
export async function findGlossaryEntries(db: Db, reviewId: string) {
  return db
    .selectFrom('glossary_entries')
    .select(['label', 'names_json'])
    .where('review_id', '=', reviewId)
    .orderBy('position')
    .execute();
}

/**
 * Replaces the review's glossary as a whole and marks it confirmed; call it inside the
 * service's transaction so the confirmation and the entries land together.
 */
export async function replaceGlossary(
  trx: Transaction<Database>,
  reviewId: string,
  entries: ReadonlyArray<{ label: string; names: string[] }>,
): Promise<void> {
  // Saving it, even empty ("nobody is named in these records"), is the reviewer's
  // confirmation that the panel may now see the records by label.
  await trx
    .updateTable('reviews')
    .set({ glossary_confirmed_at: new Date().toISOString() })
    .where('id', '=', reviewId)
    .execute();
  await trx.deleteFrom('glossary_entries').where('review_id', '=', reviewId).execute();
  if (entries.length === 0) return;
  await trx
    .insertInto('glossary_entries')
    .values(
      entries.map((e, position) => ({
        id: newId(),
        review_id: reviewId,
        label: e.label,
        names_json: JSON.stringify(e.names),
        position,
      })),
    )
    .execute();
}

/** When a reviewer saved the review's glossary (even an empty one), or null if never. */
export async function findGlossaryConfirmedAt(db: Db, reviewId: string): Promise<string | null> {
  const row = await db
    .selectFrom('reviews')
    .select('glossary_confirmed_at')
    .where('id', '=', reviewId)
    .executeTakeFirst();
  return row?.glossary_confirmed_at ?? null;
}
