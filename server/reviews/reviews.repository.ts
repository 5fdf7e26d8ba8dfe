import { type Insertable, type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import { dialectOf } from '../db/dialect';
import type { Database, ReviewTable } from '../db/schema';
import {
  optimizeSearch,
  removeReviewFromRedactedSearch,
  removeReviewFromSearch,
} from '../events/search.repository';

export interface ReviewRow extends Selectable<ReviewTable> {
  agency_count: number;
  event_count: number;
}

/**
 * Counts of agencies and current events; with `agencyKey`, of that one agency only. The events
 * are counted from their submissions' `event_count`: a submission stores one event per record
 * and events are never added to or taken from one afterwards, so the sum over the current
 * submissions is the count of current events. Counting the events themselves read every event
 * row of the review on each request for it (about 40 ms at 50,000 events, on the first request
 * of every timeline page; docs/benchmarks.md, "2026-12-07, midday").
 */
function selectReviews(db: Kysely<Database>, agencyKey: string | null) {
  return db
    .selectFrom('reviews as r')
    .selectAll('r')
    .select((eb) => [
      eb
        .selectFrom('agencies as a')
        .whereRef('a.review_id', '=', 'r.id')
        .$if(agencyKey !== null, (q) => q.where('a.name_key', '=', agencyKey!))
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('agency_count'),
      eb
        .selectFrom('submissions as s')
        .$if(agencyKey !== null, (q) =>
          q.innerJoin('agencies as a', 'a.id', 's.agency_id').where('a.name_key', '=', agencyKey!),
        )
        .whereRef('s.review_id', '=', 'r.id')
        .where('s.superseded_at', 'is', null)
        .select((e) => e.fn.coalesce(e.fn.sum<number>('s.event_count'), e.lit(0)).as('n'))
        .as('event_count'),
    ]);
}

/** Every review (userId null: an admin's list) or the reviews the user is a member of. */
export async function findReviews(
  db: Kysely<Database>,
  userId: string | null,
): Promise<Array<Selectable<ReviewTable>>> {
  return db
    .selectFrom('reviews as r')
    .selectAll('r')
    .$if(userId !== null, (q) =>
      q.where('r.id', 'in', (eb) =>
        eb.selectFrom('memberships').select('review_id').where('user_id', '=', userId!),
      ),
    )
    .orderBy('r.created_at', 'desc')
    .execute();
}

export async function findReviewById(
  db: Kysely<Database>,
  id: string,
  agencyKey: string | null = null,
): Promise<ReviewRow | undefined> {
  return (await selectReviews(db, agencyKey).where('r.id', '=', id).executeTakeFirst()) as
    ReviewRow | undefined;
}

export async function findReviewByReference(db: Kysely<Database>, reference: string) {
  return db
    .selectFrom('reviews')
    .select('id')
    .where('reference', '=', reference)
    .executeTakeFirst();
}

export async function insertReview(
  db: Kysely<Database> | Transaction<Database>,
  review: Insertable<ReviewTable>,
): Promise<void> {
  await db.insertInto('reviews').values(review).execute();
}

/**
 * Deletes a review and everything recorded under it: its agencies, submissions, events, rules,
 * links and memberships go by ON DELETE CASCADE. The full-text indexes are external content,
 * so their entries are removed first, while the rows still exist: the order matters, which is
 * why it is one function. Call it inside the service's transaction. Returns what was purged, as
 * counts for the audit log, or null when there is no such review (nothing is deleted).
 */
export async function deleteReviewRows(
  trx: Transaction<Database>,
  reviewId: string,
): Promise<{ submissions: number; events: number } | null> {
  const review = await trx
    .selectFrom('reviews')
    .select('id')
    .where('id', '=', reviewId)
    .executeTakeFirst();
  if (!review) return null;
  const counts = await trx
    .selectFrom('submissions')
    .select((eb) => [
      eb.fn.countAll<number>().as('submissions'),
      eb.fn.sum<number>('event_count').as('events'),
    ])
    .where('review_id', '=', reviewId)
    .executeTakeFirstOrThrow();
  await removeReviewFromSearch(trx, reviewId);
  await removeReviewFromRedactedSearch(trx, reviewId);
  await trx.deleteFrom('reviews').where('id', '=', reviewId).execute();
  return { submissions: Number(counts.submissions), events: Number(counts.events ?? 0) };
}

/** After a deletion, outside its transaction: takes what was deleted out of the file too. */
export async function compactSearchAndWal(db: Kysely<Database>): Promise<void> {
  // Out of the file, not just the tables: secure_delete zeroes the freed pages; merging the
  // index drops the old segments that still held the words; the checkpoint empties the WAL.
  // PostgreSQL has no file of ours: autovacuum reuses the space, and wiping freed pages and old
  // WAL segments is the database team's (encrypted storage, the retention of WAL archives).
  if (dialectOf(db) === 'postgres') return;
  await optimizeSearch(db);
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}
