import type { MeetingDto } from '../contract/walkthrough';
import type { Db } from '../db/handle';
import { newId } from '../db/ids';
import { AppError } from '../errors';
import { findUserById } from '../auth/accounts.repository';
import {
  endRunningMeetings,
  findCurrentMeetingRow,
  findEventInReview,
  findMeetingRow,
  findMeetingStates,
  findRunningMeetingIds,
  insertMeeting,
  setEnded,
  setPosition,
  type MeetingRow,
  type MeetingStateRow,
} from './meetings.repository';

async function toDto(db: Db, row: MeetingRow): Promise<MeetingDto> {
  const chair = await findUserById(db, row.chair_id);
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
    const running = await findRunningMeetingIds(trx, reviewId);
    await endRunningMeetings(trx, reviewId, now);
    await insertMeeting(trx, {
      id,
      review_id: reviewId,
      chair_id: chairId,
      title: input.title?.trim() || 'Panel meeting',
      filter: normaliseFilter(input.filter ?? ''),
      position_event_id: null,
      position_seq: 0,
      started_at: now,
      ended_at: null,
    });
    return running;
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
  const row = await findMeetingRow(db, reviewId, id);
  if (!row) throw new AppError('NOT_FOUND', 'No meeting with that id in this review.');
  return toDto(db, row);
}

/** What a follower's stream shows of a meeting, as stored. */
export interface MeetingState {
  meetingId: string;
  ended: boolean;
  position: { eventId: string | null; seq: number };
}

function toState(row: MeetingStateRow): MeetingState {
  return {
    meetingId: row.id,
    ended: row.ended_at !== null,
    position: { eventId: row.position_event_id, seq: row.position_seq },
  };
}

/**
 * The meeting as stored, or null when it is gone: what an open stream checks as it goes (an
 * end, or a step whose message never arrived).
 */
export async function meetingState(
  db: Db,
  reviewId: string,
  id: string,
): Promise<MeetingState | null> {
  const row = await findMeetingRow(db, reviewId, id);
  return row ? toState(row) : null;
}

/** Several meetings as stored, by id: what an instance reads again after missing messages. */
export async function meetingStates(db: Db, ids: string[]): Promise<MeetingState[]> {
  return (await findMeetingStates(db, ids)).map(toState);
}

/** The meeting running now, or null: none running is an ordinary answer, not an error. */
export async function currentMeeting(db: Db, reviewId: string): Promise<MeetingDto | null> {
  const row = await findCurrentMeetingRow(db, reviewId);
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
  const event = await findEventInReview(db, reviewId, eventId);
  if (!event) throw new AppError('NOT_FOUND', `No event ${eventId} in this review.`);
  await setPosition(db, meetingId, eventId);
  return findMeeting(db, reviewId, meetingId);
}

export async function endMeeting(db: Db, reviewId: string, meetingId: string): Promise<MeetingDto> {
  const meeting = await findMeeting(db, reviewId, meetingId);
  if (!meeting.endedAt) {
    await setEnded(db, meetingId, new Date().toISOString());
  }
  return findMeeting(db, reviewId, meetingId);
}
