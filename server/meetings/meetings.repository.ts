import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../db/handle';
import type { MeetingTable } from '../db/schema';

export type MeetingRow = Selectable<MeetingTable>;

/** The ids of the review's running meetings: a review has one at most, but all are found. */
export async function findRunningMeetingIds(db: DbOrTx, reviewId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('meetings')
    .select('id')
    .where('review_id', '=', reviewId)
    .where('ended_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** Ends every running meeting of the review at `endedAt`. */
export async function endRunningMeetings(
  db: DbOrTx,
  reviewId: string,
  endedAt: string,
): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ ended_at: endedAt })
    .where('review_id', '=', reviewId)
    .where('ended_at', 'is', null)
    .execute();
}

export async function insertMeeting(db: DbOrTx, row: Insertable<MeetingTable>): Promise<void> {
  await db.insertInto('meetings').values(row).execute();
}

export async function findMeetingRow(
  db: DbOrTx,
  reviewId: string,
  id: string,
): Promise<MeetingRow | undefined> {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The latest-started meeting of the review that has not ended, or undefined. */
export async function findCurrentMeetingRow(
  db: DbOrTx,
  reviewId: string,
): Promise<MeetingRow | undefined> {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('ended_at', 'is', null)
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
}

/** Whether the record is one of the review's, in any version: the chair may step to any of them. */
export async function findEventInReview(
  db: DbOrTx,
  reviewId: string,
  eventId: string,
): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('events')
    .select('id')
    .where('review_id', '=', reviewId)
    .where('id', '=', eventId)
    .executeTakeFirst();
}

/** Moves the meeting to a record, counting the step so followers can tell a newer position. */
export async function setPosition(db: DbOrTx, meetingId: string, eventId: string): Promise<void> {
  await db
    .updateTable('meetings')
    .set((eb) => ({ position_event_id: eventId, position_seq: eb('position_seq', '+', 1) }))
    .where('id', '=', meetingId)
    .execute();
}

export async function setEnded(db: DbOrTx, meetingId: string, endedAt: string): Promise<void> {
  await db.updateTable('meetings').set({ ended_at: endedAt }).where('id', '=', meetingId).execute();
}

export type MeetingStateRow = Pick<
  MeetingRow,
  'id' | 'position_event_id' | 'position_seq' | 'ended_at'
>;

/** The stored position and end of each meeting named: what followers elsewhere are told. */
export async function findMeetingStates(db: DbOrTx, ids: string[]): Promise<MeetingStateRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('meetings')
    .select(['id', 'position_event_id', 'position_seq', 'ended_at'])
    .where('id', 'in', ids)
    .execute();
}
