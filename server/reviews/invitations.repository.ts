import type { Insertable } from 'kysely';
import type { DbOrTx } from '../db/handle';
import type { InvitationTable } from '../db/schema';

// One-time links to join a review as an expected agency's submitter (issue #16). Rows hold the
// token's SHA-256, never the token.

/** Every link of a review, newest first: the service keeps each agency's latest. */
export async function findInvitationsOfReview(db: DbOrTx, reviewId: string) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('review_id', '=', reviewId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/**
 * A new link for an expected agency; every earlier link of it still open is revoked in the
 * same write, so one agency never has two live links. Call it inside a transaction.
 */
export async function insertInvitation(
  db: DbOrTx,
  row: Insertable<InvitationTable> & { created_at: string },
): Promise<void> {
  await revokeOpenInvitations(db, row.expected_agency_id, row.created_at);
  await db.insertInto('invitations').values(row).execute();
}

/** Revokes every link of an agency not yet used (its contact's email changed). */
export async function revokeOpenInvitations(
  db: DbOrTx,
  expectedAgencyId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where('expected_agency_id', '=', expectedAgencyId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revokes a link not yet used; false when there is no such open link. */
export async function revokeInvitation(
  db: DbOrTx,
  where: { reviewId: string; expectedAgencyId: string; invitationId: string },
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where('id', '=', where.invitationId)
    .where('review_id', '=', where.reviewId)
    .where('expected_agency_id', '=', where.expectedAgencyId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The link with this token hash, with its agency's name and key and its review's reference. */
export async function findInvitationByTokenHash(db: DbOrTx, tokenHash: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('expected_agencies as e', 'e.id', 'i.expected_agency_id')
    .innerJoin('reviews as r', 'r.id', 'i.review_id')
    .selectAll('i')
    .select(['e.name as agency_name', 'e.name_key as agency_key', 'e.due_date', 'r.reference'])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Marks a link used by `userId`, only if it is still open at `now`: one statement, so of two
 * requests racing with the same link only one lands. False when it was not open.
 */
export async function claimInvitation(
  db: DbOrTx,
  id: string,
  userId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now, accepted_by: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
