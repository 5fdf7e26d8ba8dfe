import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../access/access';
import { AuditQuery, AuditResponse } from '../contract/auth';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { listAudit } from '../core/audit-log';

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/audit',
    {
      config: { access: access.to('audit') },
      schema: {
        tags: ['accounts'],
        summary: "The review's audit log, newest first (reviewers; admins)",
        params: ReviewParams,
        querystring: AuditQuery,
        response: { 200: AuditResponse, 404: ErrorResponse },
      },
    },
    async (request) => ({
      entries: await listAudit(app.db, {
        reviewId: request.params.reviewId,
        before: request.query.before,
        limit: request.query.limit ?? 100,
      }),
    }),
  );

  app.get(
    '/api/audit',
    {
      config: { access: access.admin },
      schema: {
        tags: ['accounts'],
        summary: 'The whole audit log, newest first (admin)',
        querystring: AuditQuery,
        response: { 200: AuditResponse },
      },
    },
    async (request) => ({
      entries: await listAudit(app.db, {
        before: request.query.before,
        limit: request.query.limit ?? 100,
      }),
    }),
  );
};
