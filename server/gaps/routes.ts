import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access, CAN } from '../auth/access';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { GapListResponse } from '../contract/rules';
import { viewFor } from '../anonymise/view-request';
import { ViewQuery } from '../contract/walkthrough';
import { withPanelRuleIds } from '../anonymise/rule-ids';
import { listRules } from '../rules/rules.service';
import { reviewGaps } from './gaps.service';

export const gapRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/gaps',
    {
      config: { access: access.review(CAN.readMerged) },
      schema: {
        tags: ['gaps'],
        summary: 'Every gap the review’s rules find in the merged timeline, certain ones first',
        params: ReviewParams,
        querystring: ViewQuery,
        response: { 200: GapListResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId } = request.params;
      const { redact } = await viewFor(app, request, reviewId, request.query.view);
      // Messages quote dates and agencies, but rules are free text a reviewer may have
      // written a name into: they pass through the same redactor as the records.
      const gaps = (await reviewGaps(app.db, reviewId)).map((g) => ({
        ...g,
        message: redact(g.message),
        why: redact(g.why),
        ruleName: redact(g.ruleName),
        source: redact(g.source),
      }));
      const certain = gaps.filter((g) => g.certainty === 'certain').length;
      // Rule ids are a reviewer's words too: the panel gets them as /rules gives them.
      if (request.viewer!.membership?.role === 'panel') {
        const ruleIds = (await listRules(app.db, reviewId)).map((r) => r.id);
        const shown = withPanelRuleIds(gaps, ruleIds, redact);
        return { gaps: shown, counts: { certain, possible: gaps.length - certain } };
      }
      return { gaps, counts: { certain, possible: gaps.length - certain } };
    },
  );
};
