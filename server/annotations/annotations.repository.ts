import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTx } from '../db/handle';
import type { AnnotationTable, EpisodeTable } from '../db/schema';

export type AnnotationRow = Selectable<AnnotationTable>;
export type EpisodeRow = Selectable<EpisodeTable>;

/**
 * A review's current records, with what a note's anchor is made of. One query for the index
 * (every record) and for anchoring a new note (one record).
 */
function currentRecords(db: DbOrTx, reviewId: string) {
  return db
    .selectFrom('events as e')
    .innerJoin('submissions as s', 's.id', 'e.submission_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .select([
      'e.id',
      'a.name_key',
      'e.source_ref',
      'e.date_text',
      'e.date_earliest',
      'e.time',
      'e.end_date_text',
      'e.type',
      'e.type_text',
      'e.description',
      'e.outcome',
      'e.subjects_json',
    ])
    .where('e.review_id', '=', reviewId)
    .where('s.superseded_at', 'is', null);
}

export type RecordRow = Awaited<
  ReturnType<ReturnType<typeof currentRecords>['executeTakeFirstOrThrow']>
>;

/** Every current record of the review, for the anchor index. */
export async function findCurrentRecords(db: DbOrTx, reviewId: string): Promise<RecordRow[]> {
  return currentRecords(db, reviewId).execute();
}

/** One current record of the review, for anchoring a note made now; undefined if none. */
export async function findCurrentRecord(
  db: DbOrTx,
  reviewId: string,
  eventId: string,
): Promise<RecordRow | undefined> {
  return currentRecords(db, reviewId).where('e.id', '=', eventId).executeTakeFirst();
}

export async function findAnnotations(db: DbOrTx, reviewId: string): Promise<AnnotationRow[]> {
  return db
    .selectFrom('annotations')
    .selectAll()
    .where('review_id', '=', reviewId)
    .orderBy('created_at')
    .execute();
}

export async function findEpisodes(db: DbOrTx, reviewId: string): Promise<EpisodeRow[]> {
  return db
    .selectFrom('episodes')
    .selectAll()
    .where('review_id', '=', reviewId)
    .orderBy('created_at')
    .execute();
}

export async function insertAnnotation(
  db: DbOrTx,
  row: Insertable<AnnotationTable>,
): Promise<void> {
  await db.insertInto('annotations').values(row).execute();
}

export async function updateAnnotationRow(
  db: DbOrTx,
  reviewId: string,
  id: string,
  changes: Updateable<AnnotationTable>,
): Promise<void> {
  await db
    .updateTable('annotations')
    .set(changes)
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .execute();
}

/** Deletes one of the review's notes; the number deleted (0: none with that id). */
export async function deleteAnnotationRow(
  db: DbOrTx,
  reviewId: string,
  id: string,
): Promise<number> {
  const result = await db
    .deleteFrom('annotations')
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes one of the review's episodes; the number deleted (0: none with that id). */
export async function deleteEpisodeRow(db: DbOrTx, reviewId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom('episodes')
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Updates one of the review's episodes; the number updated (0: none with that id). */
export async function updateEpisodeRow(
  db: DbOrTx,
  reviewId: string,
  id: string,
  changes: Updateable<EpisodeTable>,
): Promise<number> {
  const result = await db
    .updateTable('episodes')
    .set(changes)
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertEpisode(db: DbOrTx, row: Insertable<EpisodeTable>): Promise<void> {
  await db.insertInto('episodes').values(row).execute();
}

/**
 * The review's current records dated within the span from one record to another: from the
 * start's earliest date to the end's latest. Empty if either record is missing.
 */
export async function findEventIdsBetween(
  db: DbOrTx,
  reviewId: string,
  startId: string,
  endId: string,
): Promise<string[]> {
  const bounds = await db
    .selectFrom('events')
    .select(['id', 'date_earliest', 'date_latest'])
    .where('id', 'in', [startId, endId])
    .execute();
  const start = bounds.find((b) => b.id === startId);
  const end = bounds.find((b) => b.id === endId);
  if (!start || !end) return [];
  const rows = await db
    .selectFrom('events as e')
    .innerJoin('submissions as s', 's.id', 'e.submission_id')
    .select('e.id')
    .where('e.review_id', '=', reviewId)
    .where('s.superseded_at', 'is', null)
    .where('e.date_earliest', '>=', start.date_earliest)
    .where('e.date_earliest', '<=', end.date_latest)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * What changes when a note or an episode is added, edited or deleted: their counts and latest
 * change. Notes do not bump the review's revision, so a cached answer that depends on them
 * (the timeline's notes and themes filters) is keyed by this too.
 */
export async function findNotesSignature(db: DbOrTx, reviewId: string): Promise<string> {
  const [notes, episodes] = await Promise.all(
    (['annotations', 'episodes'] as const).map((table) =>
      db
        .selectFrom(table)
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('latest')])
        .where('review_id', '=', reviewId)
        .executeTakeFirstOrThrow(),
    ),
  );
  return `${Number(notes!.n)}:${notes!.latest ?? ''}:${Number(episodes!.n)}:${episodes!.latest ?? ''}`;
}
