import type { Kysely, Selectable } from 'kysely';
import type { MeetingDto } from '../contract/walkthrough';
import type { Database, MeetingTable } from '../db/schema';
import { newId } from '../db/ids';
import { AppError } from '../errors';

type Db = Kysely<Database>;

async function toDto(db: Db, row: Selectable<MeetingTable>): Promise<MeetingDto> {
  const chair = await db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', row.chair_id)
    .executeTakeFirst();
  return {
    id: row.id,
    title: row.title,
    chairId: row.chair_id,
    chairName: chair?.display_name ?? 'the chair',
    filter: row.filter,
    position: row.position_event_id,
    seq: row.position_seq,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
}

/** Starts a meeting; a review has one running at a time, so any other running one ends. */
export async function startMeeting(
  db: Db,
  reviewId: string,
  chairId: string,
  input: { title?: string; filter?: string },
): Promise<{ meeting: MeetingDto; ended: string[] }> {
  const now = new Date().toISOString();
  const id = newId();
  const ended = await db.transaction().execute(async (trx) => {
    const running = await trx
      .selectFrom('meetings')
      .select('id')
      .where('review_id', '=', reviewId)
      .where('ended_at', 'is', null)
      .execute();
    await trx
      .updateTable('meetings')
      .set({ ended_at: now })
      .where('review_id', '=', reviewId)
      .where('ended_at', 'is', null)
      .execute();
    await trx
      .insertInto('meetings')
      .values({
        id,
        review_id: reviewId,
        chair_id: chairId,
        title: input.title?.trim() || 'Panel meeting',
        filter: normaliseFilter(input.filter ?? ''),
        position_event_id: null,
        position_seq: 0,
        started_at: now,
        ended_at: null,
      })
      .execute();
    return running.map((r) => r.id);
  });
  return { meeting: await findMeeting(db, reviewId, id), ended };
}

/** The filter as a query string the events list accepts, without paging or view switches. */
function normaliseFilter(filter: string): string {
  const params = new URLSearchParams(filter.replace(/^\?/, ''));
  for (const key of ['limit', 'offset', 'facets', 'view']) params.delete(key);
  return params.toString();
}

export async function findMeeting(db: Db, reviewId: string, id: string): Promise<MeetingDto> {
  const row = await db
    .selectFrom('meetings')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No meeting with that id in this review.');
  return toDto(db, row);
}

/** Whether the meeting exists and has not ended: what an open stream checks as it goes. */
export async function isRunning(db: Db, reviewId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('meetings')
    .select('ended_at')
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined && row.ended_at === null;
}

/** The meeting running now, or null: none running is an ordinary answer, not an error. */
export async function currentMeeting(db: Db, reviewId: string): Promise<MeetingDto | null> {
  const row = await db
    .selectFrom('meetings')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('ended_at', 'is', null)
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
  return row ? toDto(db, row) : null;
}

/** The chair's step to a record of the review; followers are told by the caller. */
export async function moveMeeting(
  db: Db,
  reviewId: string,
  meetingId: string,
  userId: string,
  eventId: string,
): Promise<MeetingDto> {
  const meeting = await findMeeting(db, reviewId, meetingId);
  if (meeting.endedAt) throw new AppError('CONFLICT', 'This meeting has ended.');
  if (meeting.chairId !== userId) {
    throw new AppError('FORBIDDEN', 'Only the meeting’s chair moves the walk-through.');
  }
  const event = await db
    .selectFrom('events')
    .select('id')
    .where('review_id', '=', reviewId)
    .where('id', '=', eventId)
    .executeTakeFirst();
  if (!event) throw new AppError('NOT_FOUND', `No event ${eventId} in this review.`);
  await db
    .updateTable('meetings')
    .set((eb) => ({ position_event_id: eventId, position_seq: eb('position_seq', '+', 1) }))
    .where('id', '=', meetingId)
    .execute();
  return findMeeting(db, reviewId, meetingId);
}

export async function endMeeting(db: Db, reviewId: string, meetingId: string): Promise<MeetingDto> {
  const meeting = await findMeeting(db, reviewId, meetingId);
  if (!meeting.endedAt) {
    await db
      .updateTable('meetings')
      .set({ ended_at: new Date().toISOString() })
      .where('id', '=', meetingId)
      .execute();
  }
  return findMeeting(db, reviewId, meetingId);
}
