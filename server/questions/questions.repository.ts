import type { Insertable, Updateable } from 'kysely';
import type { DbOrTx } from '../db/handle';
import type { QuestionTable } from '../db/schema';

/**
 * A review's questions with what a reader needs beside them: the agency's name (from its row,
 * while it has one), who asked and answered (display names) and the answering version's
 * number. `agencyKey` confines it to one agency (a submitter's).
 */
function questionRows(db: DbOrTx, reviewId: string, agencyKey: string | null) {
  return db
    .selectFrom('questions as q')
    .leftJoin('agencies as a', (join) =>
      join.onRef('a.review_id', '=', 'q.review_id').onRef('a.name_key', '=', 'q.agency_key'),
    )
    .leftJoin('users as asker', 'asker.id', 'q.asked_by')
    .leftJoin('users as answerer', 'answerer.id', 'q.answered_by')
    .leftJoin('submissions as s', 's.id', 'q.answer_submission_id')
    .selectAll('q')
    .select([
      'a.name as agency_name',
      'asker.display_name as asked_by_name',
      'answerer.display_name as answered_by_name',
      's.version as answer_version',
    ])
    .where('q.review_id', '=', reviewId)
    .$if(agencyKey !== null, (qb) => qb.where('q.agency_key', '=', agencyKey!))
    .orderBy('q.asked_at')
    .orderBy('q.id');
}

export type QuestionRow = Awaited<
  ReturnType<ReturnType<typeof questionRows>['executeTakeFirstOrThrow']>
>;

/** The review's questions, oldest first; with `agencyKey`, that agency's only. */
export async function findQuestions(
  db: DbOrTx,
  reviewId: string,
  agencyKey: string | null,
): Promise<QuestionRow[]> {
  return questionRows(db, reviewId, agencyKey).execute();
}

/** One question of the review (of that agency, with `agencyKey`); undefined if none. */
export async function findQuestion(
  db: DbOrTx,
  reviewId: string,
  id: string,
  agencyKey: string | null,
): Promise<QuestionRow | undefined> {
  return questionRows(db, reviewId, agencyKey).where('q.id', '=', id).executeTakeFirst();
}

export async function insertQuestion(db: DbOrTx, row: Insertable<QuestionTable>): Promise<void> {
  await db.insertInto('questions').values(row).execute();
}

/**
 * Records an answer on a question still open: the number changed, 0 when it was answered
 * meanwhile (the condition is in the update, so two answers at once cannot both land).
 */
export async function answerQuestionRow(
  db: DbOrTx,
  reviewId: string,
  id: string,
  changes: Updateable<QuestionTable>,
): Promise<number> {
  const result = await db
    .updateTable('questions')
    .set(changes)
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deletes one of the review's questions; the number deleted (0: none with that id). */
export async function deleteQuestionRow(db: DbOrTx, reviewId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom('questions')
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** An agency of the review by its name_key: its name, or undefined when it has sent nothing. */
export async function findAgencyName(
  db: DbOrTx,
  reviewId: string,
  agencyKey: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('agencies')
    .select('name')
    .where('review_id', '=', reviewId)
    .where('name_key', '=', agencyKey)
    .executeTakeFirst();
  return row?.name;
}

/** The agency's current version (id and upload time), or undefined when it has none. */
export async function findCurrentSubmission(
  db: DbOrTx,
  reviewId: string,
  agencyKey: string,
): Promise<{ id: string; created_at: string } | undefined> {
  return db
    .selectFrom('submissions as s')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .select(['s.id', 's.created_at'])
    .where('s.review_id', '=', reviewId)
    .where('a.name_key', '=', agencyKey)
    .where('s.superseded_at', 'is', null)
    .executeTakeFirst();
}
