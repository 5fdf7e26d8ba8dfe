import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../access/access';
import { Type } from 'typebox';
import { ErrorResponse, ReviewParams } from '../contract/common';
import {
  CreateLinkBody,
  DuplicateListResponse,
  DuplicateQuery,
  LinkListResponse,
  LinkParams,
  LinkSchema,
} from '../contract/links';
import { createLink, listDuplicates, listLinks, removeLink } from './duplicates.service';

export const duplicateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/duplicates',
    {
      config: { access: access.to('duplicates') },
      schema: {
        tags: ['duplicates'],
        summary: 'Suggested pairs: two agencies’ records that may be one incident',
        description:
          'Events of different agencies whose dates overlap (± 1 day) and whose words, type, people and times agree; best first, with the reasons.',
        params: ReviewParams,
        querystring: DuplicateQuery,
        response: { 200: DuplicateListResponse, 404: ErrorResponse },
      },
    },
    async (request) => ({
      suggestions: await listDuplicates(app.db, request.params.reviewId, request.query),
    }),
  );

  app.get(
    '/api/reviews/:reviewId/links',
    {
      config: { access: access.to('duplicates') },
      schema: {
        tags: ['duplicates'],
        summary: 'Links a reviewer recorded between events',
        params: ReviewParams,
        response: { 200: LinkListResponse, 404: ErrorResponse },
      },
    },
    async (request) => ({ links: await listLinks(app.db, request.params.reviewId) }),
  );

  app.post(
    '/api/reviews/:reviewId/links',
    {
      config: { access: access.to('duplicates') },
      schema: {
        tags: ['duplicates'],
        summary: 'Record that two events are the same incident, related, or in conflict',
        description:
          'Same-incident events stay visible with their sources; a gap rule counts them once.',
        params: ReviewParams,
        body: CreateLinkBody,
        response: { 201: LinkSchema, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const link = await createLink(app.db, request.params.reviewId, request.body);
      await app.audit(request, {
        action: 'link.created',
        reviewId: request.params.reviewId,
        target: link.id,
        detail: { kind: link.kind },
      });
      return reply.code(201).send(link);
    },
  );

  app.delete(
    '/api/reviews/:reviewId/links/:linkId',
    {
      config: { access: access.to('duplicates') },
      schema: {
        tags: ['duplicates'],
        summary: 'Undo a link',
        params: LinkParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      await removeLink(app.db, request.params.reviewId, request.params.linkId);
      await app.audit(request, {
        action: 'link.deleted',
        reviewId: request.params.reviewId,
        target: request.params.linkId,
      });
      return reply.code(204).send(null);
    },
  );
};
