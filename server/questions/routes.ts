import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { access, agencyScope } from '../access/access';
import { asWritten, questionAsSeen, questionsAsSeen } from '../anonymise/as-seen';
import { viewFor } from '../anonymise/view-request';
import { ErrorResponse, ReviewParams } from '../contract/common';
import {
  AnswerQuestionBody,
  AskQuestionBody,
  QuestionParams,
  QuestionSchema,
  QuestionsResponse,
} from '../contract/questions';
import { ViewQuery } from '../contract/walkthrough';
import {
  answerQuestion,
  askQuestion,
  getQuestion,
  listQuestions,
  withdrawQuestion,
  type QuestionReader,
} from './questions.service';

/**
 * What the request's viewer may read of the questions: a submitter their own agency's (another
 * agency's question is a 404 to them, as its events are), the panel answered ones only.
 */
function readerOf(request: FastifyRequest): QuestionReader {
  return {
    agencyKey: agencyScope(request.viewer),
    answeredOnly: request.viewer?.membership?.role === 'panel',
  };
}

/** Questions to an agency on its records or its whole chronology, and their answers (#16). */
export const questionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/questions',
    {
      config: { access: access.to('readQuestions'), asSeen: 'questions' },
      schema: {
        tags: ['questions'],
        summary: 'Questions to the agencies, open first, with counts per agency',
        description:
          'A submitter reads their own agency’s questions only; the panel reads answered questions, with people as role labels. A question on a record follows it into a new version as a note does.',
        params: ReviewParams,
        querystring: ViewQuery,
        response: { 200: QuestionsResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId } = request.params;
      const view = await viewFor(app, request, reviewId, request.query.view);
      return questionsAsSeen(await listQuestions(app.db, reviewId, readerOf(request)), view);
    },
  );

  app.get(
    '/api/reviews/:reviewId/questions/:questionId',
    {
      config: { access: access.to('readQuestions'), asSeen: 'question' },
      schema: {
        tags: ['questions'],
        summary: 'One question and its answer',
        params: QuestionParams,
        querystring: ViewQuery,
        response: { 200: QuestionSchema, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId, questionId } = request.params;
      const view = await viewFor(app, request, reviewId, request.query.view);
      const question = await getQuestion(app.db, reviewId, questionId, readerOf(request));
      return questionAsSeen(question, view);
    },
  );

  app.post(
    '/api/reviews/:reviewId/questions',
    {
      config: { access: access.to('askQuestions'), asSeen: 'as-written' },
      schema: {
        tags: ['questions'],
        summary: 'Ask an agency about one of its records (eventId) or its whole chronology',
        params: ReviewParams,
        body: AskQuestionBody,
        response: { 201: QuestionSchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId } = request.params;
      const question = await askQuestion(app.db, reviewId, request.body, request.viewer!.userId);
      // Ids only: the question's words may name people.
      await app.audit(request, {
        action: 'question.asked',
        reviewId,
        target: question.id,
        detail: { on: question.on, eventId: question.eventId },
      });
      return reply.code(201).send(asWritten(question));
    },
  );

  app.post(
    '/api/reviews/:reviewId/questions/:questionId/answer',
    {
      // Reviewers and submitters only: the panel never calls it, so it answers as written (a
      // submitter reads their own agency's records with names anyway).
      config: { access: access.to('answerQuestions'), asSeen: 'as-written' },
      schema: {
        tags: ['questions'],
        summary: 'Answer a question in words, or by the agency’s latest upload',
        description:
          'byUpload: the agency’s current version, uploaded after the question was asked, is the answer; a question on a record moves to that record in it. A question is answered once (409 after).',
        params: QuestionParams,
        body: AnswerQuestionBody,
        response: {
          200: QuestionSchema,
          400: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { reviewId, questionId } = request.params;
      const question = await answerQuestion(app.db, reviewId, questionId, request.body, {
        userId: request.viewer!.userId,
        agencyKey: agencyScope(request.viewer),
      });
      await app.audit(request, {
        action: 'question.answered',
        reviewId,
        target: questionId,
        detail: {
          byUpload: question.answerSubmissionId !== null,
          submissionId: question.answerSubmissionId,
        },
      });
      return asWritten(question);
    },
  );

  app.delete(
    '/api/reviews/:reviewId/questions/:questionId',
    {
      config: { access: access.to('askQuestions') },
      schema: {
        tags: ['questions'],
        summary: 'Withdraw a question',
        params: QuestionParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, questionId } = request.params;
      await withdrawQuestion(app.db, reviewId, questionId);
      await app.audit(request, { action: 'question.withdrawn', reviewId, target: questionId });
      return reply.code(204).send(null);
    },
  );
};
