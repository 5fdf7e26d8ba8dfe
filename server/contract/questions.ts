import { Type, type Static } from 'typebox';
import { Id, Nullable } from './common';
import { ANCHOR_STATUSES } from './walkthrough';

// Questions on records (issue #16): a reviewer asks an agency about one of its records, or its
// whole chronology; the agency's submitter answers in words, or by uploading a new version.

export const QUESTION_STATUSES = ['open', 'answered'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const QuestionParams = Type.Object({ reviewId: Id, questionId: Id });

export const AskQuestionBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 5000 }),
    /** A current record of the review: the question is on it, and to its agency. */
    eventId: Type.Optional(Id),
    /** Or an agency's name, as its uploads give it: a question on its whole chronology. */
    agency: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type AskQuestionInput = Static<typeof AskQuestionBody>;

export const AnswerQuestionBody = Type.Object(
  {
    text: Type.Optional(Type.String({ maxLength: 5000 })),
    /**
     * Answered by the agency's latest upload, made after the question was asked: the answer
     * names that version, and a question on a record moves to the record in it.
     */
    byUpload: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type AnswerQuestionInput = Static<typeof AnswerQuestionBody>;

export const QuestionSchema = Type.Object({
  id: Id,
  /** The agency asked, by its name. */
  agency: Type.String(),
  status: Type.Enum(QUESTION_STATUSES),
  /** On one record, or on the agency's whole chronology. */
  on: Type.Enum(['event', 'chronology'] as const),
  /** The current record it is on; null on the whole chronology, or when its record is gone. */
  eventId: Nullable(Type.String()),
  /** How it holds on to its record, as a note does; null on the whole chronology. */
  anchor: Nullable(Type.Enum(ANCHOR_STATUSES)),
  /** The record it was asked on (or moved to by its answer): perhaps in an earlier version. */
  originalEventId: Nullable(Type.String()),
  sourceRef: Nullable(Type.String()),
  text: Type.String(),
  /** Who asked and who answered: users of the app, by their display names. */
  askedBy: Nullable(Type.String()),
  askedAt: Type.String(),
  answerText: Nullable(Type.String()),
  answeredBy: Nullable(Type.String()),
  answeredAt: Nullable(Type.String()),
  /** The version that answered it, and its number; null for an answer in words only. */
  answerSubmissionId: Nullable(Type.String()),
  answerVersion: Nullable(Type.Integer()),
});
export type QuestionDto = Static<typeof QuestionSchema>;

export const QuestionCountSchema = Type.Object({
  agency: Type.String(),
  open: Type.Integer(),
  answered: Type.Integer(),
});
export type QuestionCountDto = Static<typeof QuestionCountSchema>;

export const QuestionsResponse = Type.Object({
  /** Open first, then answered; each oldest first. */
  questions: Type.Array(QuestionSchema),
  /** Per agency, of the questions listed (a submitter: their agency's only). */
  counts: Type.Array(QuestionCountSchema),
});
export type QuestionsDto = Static<typeof QuestionsResponse>;
