import type { Insertable, Updateable } from 'kysely';
import type { DbOrTx } from '../db/handle';
import type { ExpectedAgencyTable } from '../db/schema';

// The agencies a review expects a chronology from (issue #16). Here, beside the uploads, and
// not with the invitations in server/reviews/, because an upload that is refused marks its
// expected agency (markUploadRefused) and the upload route may not reach above its own layer.

/**
 * A review's expected agencies, by name, each with its current chronology's version and date
 * when one is in (matched by the name's key, as a submitter's membership is).
 */
export async function findExpectedAgencies(db: DbOrTx, reviewId: string) {
  return db
    .selectFrom('expected_agencies as e')
    .leftJoin('agencies as a', (join) =>
      join.onRef('a.review_id', '=', 'e.review_id').onRef('a.name_key', '=', 'e.name_key'),
    )
    .leftJoin('submissions as s', (join) =>
      join.onRef('s.agency_id', '=', 'a.id').on('s.superseded_at', 'is', null),
    )
    .selectAll('e')
    .select((eb) => [
      's.version as current_version',
      's.created_at as current_at',
      // On time or late is judged by the first version that came, not a later correction.
      eb
        .selectFrom('submissions as f')
        .whereRef('f.agency_id', '=', 'a.id')
        .select((f) => f.fn.min('f.created_at').as('first'))
        .as('first_at'),
    ])
    .where('e.review_id', '=', reviewId)
    .orderBy('e.name')
    .execute();
}

export async function findExpectedAgency(db: DbOrTx, reviewId: string, id: string) {
  return db
    .selectFrom('expected_agencies')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findExpectedAgencyByKey(db: DbOrTx, reviewId: string, nameKey: string) {
  return db
    .selectFrom('expected_agencies')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('name_key', '=', nameKey)
    .executeTakeFirst();
}

export async function insertExpectedAgency(
  db: DbOrTx,
  row: Insertable<ExpectedAgencyTable>,
): Promise<void> {
  await db.insertInto('expected_agencies').values(row).execute();
}

/**
 * Takes the agency's row lock for the rest of the transaction (PostgreSQL; SQLite runs one
 * write at a time anyway), so that two links issued at once for it are one after the other,
 * each revoking the one before.
 */
export async function lockExpectedAgency(db: DbOrTx, id: string): Promise<void> {
  await db
    .updateTable('expected_agencies')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', id)
    .execute();
}

/** Changes an expected agency; false when the review holds no such row. */
export async function updateExpectedAgency(
  db: DbOrTx,
  reviewId: string,
  id: string,
  changes: Updateable<ExpectedAgencyTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('expected_agencies')
    .set(changes)
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Removes an expected agency and its links (cascade); false when there was none. */
export async function deleteExpectedAgency(
  db: DbOrTx,
  reviewId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('expected_agencies')
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Notes that an upload for the agency with this key was refused (no row: nothing happens). */
export async function markUploadRefused(
  db: DbOrTx,
  reviewId: string,
  nameKey: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('expected_agencies')
    .set({ upload_refused_at: at })
    .where('review_id', '=', reviewId)
    .where('name_key', '=', nameKey)
    .execute();
}
