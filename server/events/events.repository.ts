import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

function currentEvents(db: Kysely<Database>, reviewId: string) {
  return db
    .selectFrom('events as e')
    .innerJoin('submissions as s', 's.id', 'e.submission_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .where('e.review_id', '=', reviewId)
    .where('s.superseded_at', 'is', null);
}

const EVENT_COLUMNS = [
  'e.id',
  'e.submission_id',
  'e.row_number',
  'e.date_text',
  'e.date_earliest',
  'e.date_latest',
  'e.date_precision',
  'e.date_uncertain',
  'e.time',
  'e.end_date_text',
  'e.end_date_earliest',
  'e.end_date_latest',
  'e.end_date_precision',
  'e.end_date_uncertain',
  'e.end_time',
  'e.type',
  'e.type_text',
  'e.team',
  'e.practitioner',
  'e.subjects_json',
  'e.child_seen',
  'e.seen_alone',
  'e.description',
  'e.outcome',
  'e.analysis',
  'e.source_ref',
  'a.name as agency_name',
  'a.kind as agency_kind',
] as const;

/**
 * The merged view: current versions only, in a stable order: earliest date, time (untimed
 * first), agency, then the agency's own row order.
 */
export async function findCurrentEvents(
  db: Kysely<Database>,
  reviewId: string,
  page: { limit: number; offset: number },
) {
  return currentEvents(db, reviewId)
    .select(EVENT_COLUMNS)
    .orderBy('e.date_earliest')
    .orderBy(sql`coalesce(e.time, '')`)
    .orderBy('a.name')
    .orderBy('e.seq')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export type EventRow = Awaited<ReturnType<typeof findCurrentEvents>>[number];

export async function countCurrentEvents(db: Kysely<Database>, reviewId: string): Promise<number> {
  const row = await currentEvents(db, reviewId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findEventWithSource(db: Kysely<Database>, reviewId: string, id: string) {
  return db
    .selectFrom('events as e')
    .innerJoin('submissions as s', 's.id', 'e.submission_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .select(EVENT_COLUMNS)
    .select(['e.cells_json', 's.headers_json', 's.file_name', 's.version'])
    .where('e.review_id', '=', reviewId)
    .where('e.id', '=', id)
    .executeTakeFirst();
}
