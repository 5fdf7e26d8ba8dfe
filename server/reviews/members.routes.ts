import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../access/access';
import {
  deleteMembership,
  findMembership,
  findMembersOfReview,
  findUserById,
  upsertMembership,
} from '../auth/accounts.service';
import { MemberParams, MemberSchema, PutMemberBody } from '../contract/auth';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { AppError } from '../errors';
import { cleanName, NAME_LIMITS } from '../names/clean-name';
import { headerKey } from '../shared/phrases';
import { requireReview } from '../core/require-review';

/** Who is in a review and as what. Admins change it; the review's reviewers can read it. */
export const memberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/members',
    {
      config: { access: access.to('seeMembers') },
      schema: {
        tags: ['accounts'],
        summary: "The review's members and their roles",
        params: ReviewParams,
        response: { 200: Type.Object({ members: Type.Array(MemberSchema) }), 404: ErrorResponse },
      },
    },
    async (request) => {
      const rows = await findMembersOfReview(app.db, request.params.reviewId);
      return {
        members: rows.map((r) => ({
          userId: r.user_id,
          email: r.email,
          displayName: r.display_name,
          disabled: r.disabled_at !== null,
          role: r.role,
          agencyName: r.agency_name,
          since: r.created_at,
        })),
      };
    },
  );

  app.put(
    '/api/reviews/:reviewId/members/:userId',
    {
      config: { access: access.to('manageMembers') },
      schema: {
        tags: ['accounts'],
        summary: 'Add a user to the review, or change their role (admin)',
        description: 'A submitter is bound to one agency: give its name as uploads will.',
        params: MemberParams,
        body: PutMemberBody,
        response: { 204: Type.Null(), 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, userId } = request.params;
      await requireReview(app.db, reviewId);
      if (!(await findUserById(app.db, userId))) {
        throw new AppError('NOT_FOUND', 'No account with that id.');
      }
      const { role } = request.body;
      const agencyName = request.body.agency
        ? cleanName(request.body.agency, 'body/agency', NAME_LIMITS.agency)
        : '';
      if (role === 'submitter' && !headerKey(agencyName)) {
        throw new AppError(
          'BAD_REQUEST',
          'body/agency: a submitter needs the agency they upload for.',
        );
      }
      if (role !== 'submitter' && agencyName) {
        throw new AppError('BAD_REQUEST', 'body/agency: only a submitter is bound to an agency.');
      }
      const before = await findMembership(app.db, reviewId, userId);
      await upsertMembership(app.db, {
        reviewId,
        userId,
        role,
        agencyName: role === 'submitter' ? agencyName : null,
        agencyKey: role === 'submitter' ? headerKey(agencyName) : null,
      });
      await app.audit(request, {
        action: before ? 'member.changed' : 'member.added',
        reviewId,
        target: userId,
        // An admin adding themselves gains the case data: flagged for whoever reads the log.
        detail: {
          role,
          ...(before ? { from: before.role } : {}),
          ...(userId === request.viewer!.userId ? { self: true } : {}),
        },
      });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/reviews/:reviewId/members/:userId',
    {
      config: { access: access.to('manageMembers') },
      schema: {
        tags: ['accounts'],
        summary: 'Remove a user from the review: their next request is refused (admin)',
        params: MemberParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, userId } = request.params;
      await requireReview(app.db, reviewId);
      if (!(await deleteMembership(app.db, reviewId, userId))) {
        throw new AppError('NOT_FOUND', 'That user is not a member of this review.');
      }
      await app.audit(request, { action: 'member.removed', reviewId, target: userId });
      return reply.code(204).send(null);
    },
  );
};
