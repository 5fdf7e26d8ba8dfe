import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../access/access';
import { Type } from 'typebox';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { RuleDocumentSchema, RuleListResponse, RuleParams, RuleSchema } from '../contract/rules';
import { viewFor } from '../anonymise/view-request';
import { panelRuleIds } from '../anonymise/rule-ids';
import { AS_WRITTEN, asWritten, rulesAsSeen } from '../anonymise/as-seen';
import { addRule, listRules, removeRule, replaceRule, ruleRowId } from './rules.service';

export const ruleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/rules',
    {
      config: { access: access.to('readRules'), asSeen: 'rules' },
      schema: {
        tags: ['rules'],
        summary:
          'The review’s gap rules (copied from the packs of its jurisdiction and kind when it was created)',
        params: ReviewParams,
        response: { 200: RuleListResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId } = request.params;
      const rules = await listRules(app.db, reviewId);
      // Reviewers edit rules as written: labels saved back over names would change them.
      if (request.viewer!.membership?.role !== 'panel') return rulesAsSeen({ rules }, AS_WRITTEN);
      // Their text, and their ids, may name someone: the panel reads them by label.
      const { redact } = await viewFor(app, request, reviewId, undefined);
      const ruleIds = panelRuleIds(
        rules.map((r) => r.id),
        redact,
      );
      return rulesAsSeen({ rules }, { redact, ruleIds });
    },
  );

  app.post(
    '/api/reviews/:reviewId/rules',
    {
      config: { access: access.to('editRules'), asSeen: 'as-written' },
      schema: {
        tags: ['rules'],
        summary: 'Add a rule',
        params: ReviewParams,
        body: RuleDocumentSchema,
        response: { 201: RuleSchema, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const rule = await addRule(app.db, request.params.reviewId, request.body);
      await app.audit(request, {
        action: 'rule.created',
        reviewId: request.params.reviewId,
        target: await ruleRowId(app.db, request.params.reviewId, rule.id),
      });
      return reply.code(201).send(asWritten(rule));
    },
  );

  app.put(
    '/api/reviews/:reviewId/rules/:ruleId',
    {
      config: { access: access.to('editRules'), asSeen: 'as-written' },
      schema: {
        tags: ['rules'],
        summary: 'Replace a rule (set "enabled": false to switch it off)',
        params: RuleParams,
        body: RuleDocumentSchema,
        response: { 200: RuleSchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId, ruleId } = request.params;
      const rule = await replaceRule(app.db, reviewId, ruleId, request.body);
      await app.audit(request, {
        action: 'rule.changed',
        reviewId,
        target: await ruleRowId(app.db, reviewId, ruleId),
        detail: { enabled: request.body.enabled !== false },
      });
      return asWritten(rule);
    },
  );

  app.delete(
    '/api/reviews/:reviewId/rules/:ruleId',
    {
      config: { access: access.to('editRules') },
      schema: {
        tags: ['rules'],
        summary: 'Delete a rule',
        params: RuleParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, ruleId } = request.params;
      // Read before it goes: the audit names the rule by its stored id, never its words.
      const target = await ruleRowId(app.db, reviewId, ruleId);
      await removeRule(app.db, reviewId, ruleId);
      await app.audit(request, { action: 'rule.deleted', reviewId, target });
      return reply.code(204).send(null);
    },
  );
};
