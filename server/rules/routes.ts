import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { RuleDocumentSchema, RuleListResponse, RuleParams, RuleSchema } from '../contract/rules';
import { addRule, listRules, removeRule, replaceRule } from './rules.service';

export const ruleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/rules',
    {
      schema: {
        tags: ['rules'],
        summary: 'The review’s gap rules (copied from its jurisdiction’s pack when it was created)',
        params: ReviewParams,
        response: { 200: RuleListResponse, 404: ErrorResponse },
      },
    },
    async (request) => ({ rules: await listRules(app.db, request.params.reviewId) }),
  );

  app.post(
    '/api/reviews/:reviewId/rules',
    {
      schema: {
        tags: ['rules'],
        summary: 'Add a rule',
        params: ReviewParams,
        body: RuleDocumentSchema,
        response: { 201: RuleSchema, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addRule(app.db, request.params.reviewId, request.body)),
  );

  app.put(
    '/api/reviews/:reviewId/rules/:ruleId',
    {
      schema: {
        tags: ['rules'],
        summary: 'Replace a rule (set "enabled": false to switch it off)',
        params: RuleParams,
        body: RuleDocumentSchema,
        response: { 200: RuleSchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) =>
      replaceRule(app.db, request.params.reviewId, request.params.ruleId, request.body),
  );

  app.delete(
    '/api/reviews/:reviewId/rules/:ruleId',
    {
      schema: {
        tags: ['rules'],
        summary: 'Delete a rule',
        params: RuleParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      await removeRule(app.db, request.params.reviewId, request.params.ruleId);
      return reply.code(204).send(null);
    },
  );
};
