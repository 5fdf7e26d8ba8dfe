// GET /api/reviews/:reviewId/gaps: the gap flags, a page at a time. Here with the timeline's
// other answers rather than in gaps/ (the engine and the rules), because a page is tagged and
// held as the timeline's feed is (timeline-tag.ts, held-feeds.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../access/access';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { GapListQuery, GapListResponse } from '../contract/rules';
import { viewFor } from '../anonymise/view-request';
import { panelRuleIds } from '../anonymise/rule-ids';
import { gapPageAsSeen } from '../anonymise/as-seen';
import { listRules } from '../gaps/rules.service';
import { gapPage } from '../gaps/gap-page';
import { reviewGaps } from '../gaps/gaps.service';
import { HeldAnswers, holdAnswer, sendHeld, type HeldAnswer } from './held-feeds';
import { tagReply } from './timeline-tag';

/**
 * How much of the flags' pages is held, in bytes of JSON: a page of 1,000 flags is about 1 MB
 * (each flag carries its rule's name, source and reason), so this is some 30 pages: the five
 * a 50,000-event review's timeline asks for, in both views, for a few reviews.
 */
const GAP_PAGES_HELD_BYTES = 32_000_000;

export const gapRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Held as bytes for their tag, as the timeline's feed is (timeline/held-feeds.ts says why
  // that is safe): the flags are worked out once per revision (gaps.service.ts), but each page
  // was then redacted, written as 1 MB of JSON and compressed on every request, 30-90 ms at
  // 5,000 events, and the timeline's first draw waits for them (docs/benchmarks.md,
  // "2026-12-07"). Off with FEED_CACHE_MB=0, as the feed is, and never more than it allows.
  const heldPages = new HeldAnswers<HeldAnswer>(
    Math.min(GAP_PAGES_HELD_BYTES, app.config.feedCacheBytes),
  );
  app.get(
    '/api/reviews/:reviewId/gaps',
    {
      config: { access: access.to('readMerged'), asSeen: 'gapPage' },
      schema: {
        tags: ['gaps'],
        summary: 'The gaps the review’s rules find in the merged timeline, a page at a time',
        description:
          'Certain flags first, then by start date; at most 1,000 a page (limit, offset). `rules` counts every flag per rule, for lanes and badges without fetching them all. Answers carry an ETag made from the review’s revision, the glossary, the view, the viewer’s role and the query; send it back in If-None-Match to get 304 while it holds.',
        params: ReviewParams,
        querystring: GapListQuery,
        response: {
          200: GapListResponse,
          304: Type.Null({ description: 'The answer the browser holds (If-None-Match)' }),
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { reviewId } = request.params;
      const viewer = request.viewer!;
      const view = await viewFor(app, request, reviewId, request.query.view);
      // The flags are made from the review's revision (events, rules and links bump it) and
      // seen through the glossary, the view and the role: what the timeline's tag is made of.
      const { tag, notModified } = await tagReply(app.db, request, reply, 'gaps', view);
      if (notModified) return reply.code(304).send(null);
      const make = async () => {
        // Rule ids are a reviewer's words: the panel gets them as /rules gives them, and
        // filters by them. gapPageAsSeen redacts the page only, not every flag of the review.
        const panelIds =
          viewer.membership?.role === 'panel'
            ? panelRuleIds(
                (await listRules(app.db, reviewId)).map((r) => r.id),
                view.redact,
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
        return holdAnswer(
          gapPageAsSeen(page, { redact: view.redact, ruleIds: panelIds }),
          'gapPage',
        );
      };
      const held = await heldPages.hold(reviewId, tag, make);
      return sendHeld(request, reply, held);
    },
  );
};
