import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access, agencyScope } from '../access/access';
import { ErrorResponse } from '../contract/common';
import { EventParams, EventWithRawSchema } from '../contract/events';
import { viewFor } from '../anonymise/view-request';
import { eventDetailAsSeen } from '../anonymise/as-seen';
import { AuditThrottle } from '../core/audit-throttle';
import { ViewQuery } from '../contract/walkthrough';
import { getEvent } from './events.service';

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const recordViews = new AuditThrottle();
  app.get(
    '/api/reviews/:reviewId/events/:eventId',
    {
      config: { access: access.to('readEvents'), asSeen: 'eventDetail' },
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
      const once = recordViews.due(`${request.viewer!.sessionId}:${eventId}`);
      if (once)
        await app.audit(request, { action: 'record.viewed', reviewId, target: eventId }, once);
      return eventDetailAsSeen(event, view);
    },
  );
};
