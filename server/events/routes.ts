import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access, agencyScope, CAN } from '../access/access';
import { ErrorResponse, ReviewParams } from '../contract/common';
import {
  EventListQuery,
  EventListResponse,
  EventParams,
  EventWithRawSchema,
} from '../contract/events';
import { viewFor } from '../anonymise/view-request';
import { eventDetailAsSeen, eventListAsSeen } from '../anonymise/as-seen';
import { AuditThrottle } from '../core/audit-throttle';
import { ViewQuery } from '../contract/walkthrough';
import { getEvent, listEvents } from './events.service';

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const timelineViews = new AuditThrottle();
  const recordViews = new AuditThrottle();
  app.get(
    '/api/reviews/:reviewId/events',
    {
      config: { access: access.review(CAN.member), asSeen: 'eventList' },
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
      const result = await listEvents(app.db, reviewId, request.query, {
        agencyScope: agencyScope(viewer),
        redact: view.redact,
      });
      if (timelineViews.due(`${viewer.sessionId}:${reviewId}`)) {
        // Which filters were used, never their values: a search term can be a name.
        await app.audit(request, {
          action: 'timeline.viewed',
          reviewId,
          detail: { role: viewer.membership?.role ?? null, events: result.total },
        });
      }
      return eventListAsSeen(result, view);
    },
  );

  app.get(
    '/api/reviews/:reviewId/events/:eventId',
    {
      config: { access: access.review(CAN.member), asSeen: 'eventDetail' },
      schema: {
        tags: ['events'],
        summary: 'One event with its provenance: file, version, row and every raw cell',
        params: EventParams,
        querystring: ViewQuery,
        response: { 200: EventWithRawSchema, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId, eventId } = request.params;
      const view = await viewFor(app, request, reviewId, request.query.view);
      const event = await getEvent(app.db, reviewId, eventId, {
        agencyScope: agencyScope(request.viewer),
      });
      // Who read which record, with its raw cells: once per session and record a while.
      if (recordViews.due(`${request.viewer!.sessionId}:${eventId}`)) {
        await app.audit(request, { action: 'record.viewed', reviewId, target: eventId });
      }
      return eventDetailAsSeen(event, view);
    },
  );
};
