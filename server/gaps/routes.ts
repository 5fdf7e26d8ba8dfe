import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../access/access';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { GapListQuery, GapListResponse } from '../contract/rules';
import { viewFor } from '../anonymise/view-request';
import { panelRuleIds } from '../anonymise/rule-ids';
import { gapPageAsSeen } from '../anonymise/as-seen';
import { listRules } from './rules.service';
import { gapPage } from './gap-page';
import { reviewGaps } from './gaps.service';

export const gapRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/gaps',
    {
      config: { access: access.to('readMerged'), asSeen: 'gapPage' },
      schema: {
        tags: ['gaps'],
        summary: 'The gaps the review’s rules find in the merged timeline, a page at a time',
        description:
          'Certain flags first, then by start date; at most 1,000 a page (limit, offset). `rules` counts every flag per rule, for lanes and badges without fetching them all.',
        params: ReviewParams,
        querystring: GapListQuery,
        response: { 200: GapListResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId } = request.params;
      const { redact } = await viewFor(app, request, reviewId, request.query.view);
      // Rule ids are a reviewer's words: the panel gets them as /rules gives them, and
      // filters by them. gapPageAsSeen redacts the page only, not every flag of the review.
      const panelIds =
        request.viewer!.membership?.role === 'panel'
          ? panelRuleIds(
              (await listRules(app.db, reviewId)).map((r) => r.id),
              redact,
            )
          : null;
      const asked = request.query.ruleId;
      const realRuleId =
        panelIds && asked
          ? ([...panelIds].find(([, shown]) => shown === asked)?.[0] ?? asked)
          : asked;
      const page = gapPage(await reviewGaps(app.db, reviewId), {
        ...request.query,
        ruleId: realRuleId,
      });
      return gapPageAsSeen(page, { redact, ruleIds: panelIds });
    },
  );
};
