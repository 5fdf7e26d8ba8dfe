import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

// The review row as every feature needs it: to check the review exists before anything else, and
// to count its revision, the number the gap list is cached under. Here, below the features,
// rather than in reviews/, which sits above them all (docs/architecture.md).

/** The review's own columns, without the counts: what every request needs to check first. */
export async function findReviewRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks the review's gaps stale: called in the same transaction as the change. */
export async function bumpRevision(
  db: Kysely<Database> | Transaction<Database>,
  reviewId: string,
): Promise<void> {
  await db
    .updateTable('reviews')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', reviewId)
    .execute();
}

export async function findRevision(db: Kysely<Database>, reviewId: string): Promise<number | null> {
  const row = await db
    .selectFrom('reviews')
    .select('revision')
    .where('id', '=', reviewId)
    .executeTakeFirst();
  return row ? Number(row.revision) : null;
}
