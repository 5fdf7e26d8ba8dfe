import type {
  AnswerQuestionInput,
  AskQuestionInput,
  QuestionCountDto,
  QuestionDto,
  QuestionsDto,
} from '../contract/questions';
import type { Db } from '../db/handle';
import { newId } from '../db/ids';
import { AppError } from '../errors';
import { headerKey } from '../shared/phrases';
import { houseDay } from '../contract/house-date';
import type { AnchorIndex } from '../annotations/anchor';
import { currentAnchorIndex, currentRecordAnchor } from '../annotations/annotations.service';
import {
  answerQuestionRow,
  deleteQuestionRow,
  findAgencyName,
  findCurrentSubmission,
  findQuestion,
  findQuestions,
  insertQuestion,
  type QuestionRow,
} from './questions.repository';

// Questions on records (issue #16). A question is to one agency: on one of its records, held
// as a note holds on (by id, then the agency's source reference, then the record's content, so
// it follows the record into a new version), or on its whole chronology. Who reads which is
// decided here, from the reader: `agencyKey` is a submitter's agency (their own questions only,
// as their own events); `answeredOnly` is the panel's (answers, not open chasing).

export interface QuestionReader {
  /** A submitter's agency, in name_key form; null for the whole review. */
  agencyKey: string | null;
  /** Only answered questions (the panel). */
  answeredOnly: boolean;
}

function toQuestionDto(row: QuestionRow, index: AnchorIndex): QuestionDto {
  const onEvent = Number(row.on_record) === 1;
  const resolved = onEvent
    ? index.resolve({
        eventId: row.event_id,
        agencyKey: row.agency_key,
        sourceRef: row.source_ref,
        contentHash: row.content_hash,
      })
    : null;
  return {
    id: row.id,
    agency: row.agency_name ?? row.agency_key,
    status: row.answered_at === null ? 'open' : 'answered',
    on: onEvent ? 'event' : 'chronology',
    eventId: resolved?.eventId ?? null,
    anchor: resolved?.status ?? null,
    originalEventId: row.event_id,
    sourceRef: row.source_ref,
    text: row.text,
    askedBy: row.asked_by_name ?? null,
    askedAt: row.asked_at,
    answerText: row.answer_text,
    answeredBy: row.answered_by_name ?? null,
    answeredAt: row.answered_at,
    answerSubmissionId: row.answer_submission_id,
    answerVersion: row.answer_version === null ? null : Number(row.answer_version),
  };
}

/** Open and answered, per agency, of the questions given; agencies A–Z. */
function countsOf(questions: readonly QuestionDto[]): QuestionCountDto[] {
  const byAgency = new Map<string, QuestionCountDto>();
  for (const q of questions) {
    const count = byAgency.get(q.agency) ?? { agency: q.agency, open: 0, answered: 0 };
    count[q.status] += 1;
    byAgency.set(q.agency, count);
  }
  return [...byAgency.values()].sort((a, b) => a.agency.localeCompare(b.agency, 'en-GB'));
}

/** The questions a reader may see, open first, then answered; with counts per agency. */
export async function listQuestions(
  db: Db,
  reviewId: string,
  reader: QuestionReader,
): Promise<QuestionsDto> {
  const [index, rows] = await Promise.all([
    currentAnchorIndex(db, reviewId),
    findQuestions(db, reviewId, reader.agencyKey),
  ]);
  const all = rows.map((row) => toQuestionDto(row, index));
  const seen = reader.answeredOnly ? all.filter((q) => q.status === 'answered') : all;
  const questions = [
    ...seen.filter((q) => q.status === 'open'),
    ...seen.filter((q) => q.status === 'answered'),
  ];
  return { questions, counts: countsOf(questions) };
}

/** A question the reader may see, as stored and as given; else a 404, as getQuestion. */
async function readable(db: Db, reviewId: string, id: string, reader: QuestionReader) {
  const row = await findQuestion(db, reviewId, id, reader.agencyKey);
  const question = row ? toQuestionDto(row, await currentAnchorIndex(db, reviewId)) : null;
  if (!row || !question || (reader.answeredOnly && question.status !== 'answered')) {
    throw new AppError('NOT_FOUND', 'No question with that id in this review.');
  }
  return { row, question };
}

/** One question the reader may see, or a 404 that reads the same whether it exists or not. */
export async function getQuestion(
  db: Db,
  reviewId: string,
  id: string,
  reader: QuestionReader,
): Promise<QuestionDto> {
  return (await readable(db, reviewId, id, reader)).question;
}

/** Asks an agency: on a current record (its agency's), or on a named agency's chronology. */
export async function askQuestion(
  db: Db,
  reviewId: string,
  input: AskQuestionInput,
  userId: string,
): Promise<QuestionDto> {
  const text = input.text.trim();
  if (!text) throw new AppError('BAD_REQUEST', 'body/text: a question needs words.');
  if ((input.eventId === undefined) === (input.agency === undefined)) {
    throw new AppError(
      'BAD_REQUEST',
      'body: give eventId (a question on a record) or agency (on its whole chronology), not both.',
    );
  }
  const id = newId();
  const base = { id, review_id: reviewId, text, asked_by: userId, asked_at: now() };
  if (input.eventId !== undefined) {
    const anchor = await currentRecordAnchor(db, reviewId, input.eventId);
    if (!anchor)
      throw new AppError('NOT_FOUND', `No current event ${input.eventId} in this review.`);
    await insertQuestion(db, {
      ...base,
      agency_key: anchor.agencyKey!,
      on_record: 1,
      event_id: anchor.eventId,
      source_ref: anchor.sourceRef,
      content_hash: anchor.contentHash,
    });
  } else {
    const agencyKey = headerKey(input.agency!);
    if ((await findAgencyName(db, reviewId, agencyKey)) === undefined) {
      throw new AppError('NOT_FOUND', `No agency "${input.agency}" has sent this review anything.`);
    }
    await insertQuestion(db, { ...base, agency_key: agencyKey, on_record: 0 });
  }
  return getQuestion(db, reviewId, id, { agencyKey: null, answeredOnly: false });
}

/**
 * Answers a question still open, in words or by the agency's latest upload (with words or
 * without). By upload: the version must have come after the question, or it cannot be the
 * answer; a question on a record then moves to that record as the new version holds it (found
 * as a note finds its record: reference, then content), so it points at the answer's record.
 */
export async function answerQuestion(
  db: Db,
  reviewId: string,
  id: string,
  input: AnswerQuestionInput,
  viewer: { userId: string; agencyKey: string | null },
): Promise<QuestionDto> {
  const reader = { agencyKey: viewer.agencyKey, answeredOnly: false };
  const { row, question } = await readable(db, reviewId, id, reader);
  if (question.status === 'answered') throw alreadyAnswered(question.answeredAt!);
  const text = input.text?.trim() || null;
  if (!input.byUpload && !text) {
    throw new AppError('BAD_REQUEST', 'body: answer in words, or by your latest upload.');
  }
  let submissionId: string | null = null;
  let moved = {};
  if (input.byUpload) {
    const current = await findCurrentSubmission(db, reviewId, row.agency_key);
    if (!current || current.created_at < row.asked_at) {
      throw new AppError(
        'CONFLICT',
        `${question.agency} has uploaded no version since the question was asked (${houseDay(row.asked_at.slice(0, 10))}): upload the new version first, then answer by it.`,
      );
    }
    submissionId = current.id;
    if (question.eventId !== null && question.eventId !== row.event_id) {
      const anchor = await currentRecordAnchor(db, reviewId, question.eventId);
      if (anchor) {
        moved = {
          event_id: anchor.eventId,
          source_ref: anchor.sourceRef,
          content_hash: anchor.contentHash,
        };
      }
    }
  }
  const changed = await answerQuestionRow(db, reviewId, id, {
    answer_text: text,
    answered_by: viewer.userId,
    answered_at: now(),
    answer_submission_id: submissionId,
    ...moved,
  });
  if (changed === 0) {
    throw alreadyAnswered((await getQuestion(db, reviewId, id, reader)).answeredAt!);
  }
  return getQuestion(db, reviewId, id, reader);
}

function alreadyAnswered(at: string): AppError {
  return new AppError(
    'CONFLICT',
    `This question was answered on ${houseDay(at.slice(0, 10))}: an answer is not changed. Ask a new question to follow it up.`,
  );
}

/** Withdraws (deletes) a question, open or answered, or a 404. */
export async function withdrawQuestion(db: Db, reviewId: string, id: string): Promise<void> {
  if ((await deleteQuestionRow(db, reviewId, id)) === 0) {
    throw new AppError('NOT_FOUND', 'No question with that id in this review.');
  }
}

const now = () => new Date().toISOString();
