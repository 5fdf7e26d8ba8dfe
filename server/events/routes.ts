import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse, ReviewParams } from '../contract/common';
import {
  EventListQuery,
  EventListResponse,
  EventParams,
  EventWithRawSchema,
} from '../contract/events';
import { getEvent, listEvents } from './events.service';

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/events',
    {
      schema: {
        tags: ['events'],
        summary: 'The merged timeline: current versions of every agency, in time order',
        params: ReviewParams,
        querystring: EventListQuery,
        response: { 200: EventListResponse, 404: ErrorResponse },
      },
    },
    async (request) => listEvents(app.db, request.params.reviewId, request.query),
  );

  app.get(
    '/api/reviews/:reviewId/events/:eventId',
    {
      schema: {
        tags: ['events'],
        summary: 'One event with its provenance: file, version, row and every raw cell',
        params: EventParams,
        response: { 200: EventWithRawSchema, 404: ErrorResponse },
      },
    },
    async (request) => getEvent(app.db, request.params.reviewId, request.params.eventId),
  );
};
