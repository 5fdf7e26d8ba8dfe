import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { access, agencyScope } from '../access/access';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { EventListQuery, EventListResponse } from '../contract/events';
import { viewFor } from '../anonymise/view-request';
import { eventListAsSeen, timelineFeedAsSeen } from '../anonymise/as-seen';
import {
  TimelineFeedQuery,
  TimelineFeedSchema,
  TimelineWeeksQuery,
  TimelineWeeksSchema,
} from '../contract/feed';
import { AuditThrottle } from '../core/audit-throttle';
import type { ViewMode } from '../contract/walkthrough';
import { listTimeline, timelineFeedEvents, timelineWeeks } from './timeline.service';
import { HeldAnswers, HeldFeeds, sendHeld } from './held-feeds';
import { tagReply } from './timeline-tag';

const NotModified = Type.Null({ description: 'The answer the browser holds (If-None-Match)' });
const CACHING =
  'Answers carry an ETag made from the review’s revision, the glossary, the view, the viewer’s scope and the query (and the notes, with the notes filters); send it back in If-None-Match to get 304 while it holds.';

/**
 * The feed is long arrays of small numbers: JSON.stringify writes 100,000 events' feed 4–5
 * times faster than the serializer Fastify compiles from the response schema (0.26 s against
 * 1.14 s, median of 15, on 17 MB). The schema still documents the route and the boundary still
 * sees the object (preSerialization runs before either).
 */
const plainJson = () => (data: unknown) => JSON.stringify(data);

/**
 * An answer already made into bytes (held-feeds.ts). The route's type provider types send()
 * by the response schema, which describes these bytes' JSON, not the bytes.
 */
function sendBytes(reply: FastifyReply, body: string | Buffer): FastifyReply {
  return reply.send(body);
}

/**
 * How much of the overview strip's weekly totals is held, in bytes of JSON (an answer is a few
 * kB; tens of kB for a review of many years and agencies).
 */
const WEEKS_HELD_BYTES = 8_000_000;

/** A weekly-totals answer as sent, and its number of weeks (for the audit). */
interface HeldWeeks {
  json: string;
  weeks: number;
}

/** GET /api/reviews/:reviewId/events: the merged timeline, filtered, as the viewer may see it. */
export const timelineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const timelineViews = new AuditThrottle();
  const heldFeeds = new HeldFeeds(app.config.feedCacheBytes);
  const heldWeeks = new HeldAnswers<HeldWeeks>(
    Math.min(WEEKS_HELD_BYTES, app.config.feedCacheBytes),
    (held) => held.json.length,
  );
  app.get(
    '/api/reviews/:reviewId/events',
    {
      config: { access: access.to('readEvents'), asSeen: 'eventList' },
      schema: {
        tags: ['events'],
        summary: 'The merged timeline: current versions of every agency, in time order',
        params: ReviewParams,
        querystring: EventListQuery,
        response: { 200: EventListResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const viewer = request.viewer!;
      const { reviewId } = request.params;
      const view = await viewFor(app, request, reviewId, request.query.view);
      const result = await listTimeline(app.db, reviewId, request.query, {
        agencyScope: agencyScope(viewer),
        redact: view.redact,
      });
      await auditView(request, { events: result.total });
      return eventListAsSeen(result, view);
    },
  );

  app.get(
    '/api/reviews/:reviewId/timeline/feed',
    {
      config: { access: access.to('readEvents'), asSeen: 'timelineFeed' },
      serializerCompiler: plainJson,
      schema: {
        tags: ['events'],
        summary:
          'The merged timeline in columns: what drawing, sorting and filtering need, no free text',
        description: CACHING,
        params: ReviewParams,
        querystring: TimelineFeedQuery,
        response: { 200: TimelineFeedSchema, 304: NotModified, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId } = request.params;
      const seen = await unlessNotModified(request, reply, 'feed');
      if (!seen) return reply;
      // The answer as bytes, held for its tag (held-feeds.ts says why, and checks it came
      // through timelineFeedAsSeen, as the boundary would).
      const held = await heldFeeds.get(reviewId, seen.tag, async () =>
        timelineFeedAsSeen(
          await timelineFeedEvents(app.db, reviewId, request.query, seen.options),
          seen.view,
        ),
      );
      await auditView(request, { events: held.total });
      return sendHeld(request, reply, held);
    },
  );

  app.get(
    '/api/reviews/:reviewId/timeline/weeks',
    {
      config: { access: access.to('readEvents') },
      serializerCompiler: plainJson,
      schema: {
        tags: ['events'],
        summary: 'The overview strip: per agency per week, how many events the filters keep',
        description: CACHING,
        params: ReviewParams,
        querystring: TimelineWeeksQuery,
        response: { 200: TimelineWeeksSchema, 304: NotModified, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId } = request.params;
      const seen = await unlessNotModified(request, reply, 'weeks');
      if (!seen) return reply;
      // Held for its tag, as the feed is (held-feeds.ts says why that is safe): at 50,000
      // events working the totals out takes the server about 300 ms on every visit, and the
      // gap pages and the table's rows asked for beside it waited behind it (docs/
      // benchmarks.md, "2026-12-06, 23:10"). Counts and agency names only: no free text.
      const make = async () => {
        const weeks = await timelineWeeks(app.db, reviewId, request.query, seen.options);
        return { json: JSON.stringify(weeks), weeks: weeks.weekStarts.length };
      };
      const held = await heldWeeks.hold(reviewId, seen.tag, make);
      await auditView(request, { weeks: held.weeks });
      return sendBytes(reply.type('application/json; charset=utf-8'), held.json);
    },
  );

  /**
   * Audits the view of the timeline, once per session a while (on a 304 too: it was seen).
   * Counts only, never the filters' values: a search term can be a name.
   */
  async function auditView(request: FastifyRequest, detail: Record<string, unknown>) {
    const viewer = request.viewer!;
    const { reviewId } = request.params as { reviewId: string };
    const once = timelineViews.due(`${viewer.sessionId}:${reviewId}`);
    if (!once) return;
    await app.audit(
      request,
      {
        action: 'timeline.viewed',
        reviewId,
        detail: { role: viewer.membership?.role ?? null, ...detail },
      },
      once,
    );
  }

  /**
   * The view and options of a timeline answer and its tag (timeline-tag.ts) on the reply; or,
   * when the browser already holds this answer (If-None-Match), a 304 sent without reading an
   * event, and null.
   */
  async function unlessNotModified(request: FastifyRequest, reply: FastifyReply, resource: string) {
    const { reviewId } = request.params as { reviewId: string };
    const query = request.query as Record<string, unknown>;
    const view = await viewFor(app, request, reviewId, query.view as ViewMode | undefined);
    const scope = agencyScope(request.viewer!);
    const { tag, notModified } = await tagReply(app.db, request, reply, resource, view);
    if (notModified) {
      await auditView(request, { notModified: true });
      reply.code(304).send();
      return null;
    }
    return { view, tag, options: { agencyScope: scope, redact: view.redact } };
  }
};
