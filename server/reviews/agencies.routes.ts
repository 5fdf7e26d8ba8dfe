import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../access/access';
import {
  ExpectedAgencyBody,
  ExpectedAgencyListResponse,
  ExpectedAgencyParams,
  InvitationIssuedSchema,
  InvitationParams,
} from '../contract/agencies';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { requireReview } from '../core/require-review';
import {
  addExpectedAgency,
  changeExpectedAgency,
  listExpectedAgencies,
  removeExpectedAgency,
} from './agencies.service';
import { issueInvitation, revokeInvitation } from './invitations.service';

/**
 * The agencies a review expects a chronology from, and the links inviting their contacts: the
 * reviewer's and every admin's (access table, `manageAgencies`). The audit rows hold ids and
 * the agency's kind, never a name or an email.
 */
export const expectedAgencyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const rule = { access: access.to('manageAgencies') };

  app.get(
    '/api/reviews/:reviewId/expected-agencies',
    {
      config: rule,
      schema: {
        tags: ['agencies'],
        summary: 'The agencies expected to submit, and where each stands',
        params: ReviewParams,
        response: { 200: ExpectedAgencyListResponse, 404: ErrorResponse },
      },
    },
    async (request) => ({
      agencies: await listExpectedAgencies(app.db, request.params.reviewId),
    }),
  );

  app.post(
    '/api/reviews/:reviewId/expected-agencies',
    {
      config: rule,
      schema: {
        tags: ['agencies'],
        summary: 'Expect a chronology from an agency: its kind, due date and contact',
        params: ReviewParams,
        body: ExpectedAgencyBody,
        response: {
          201: Type.Object({ id: Type.String() }),
          400: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { reviewId } = request.params;
      await requireReview(app.db, reviewId);
      const id = await addExpectedAgency(app.db, reviewId, request.body);
      await app.audit(request, {
        action: 'agency.expected',
        reviewId,
        target: id,
        detail: { kind: request.body.kind },
      });
      return reply.code(201).send({ id });
    },
  );

  app.put(
    '/api/reviews/:reviewId/expected-agencies/:expectedAgencyId',
    {
      config: rule,
      schema: {
        tags: ['agencies'],
        summary: 'Change an expected agency (its name only while nobody has joined or sent for it)',
        description:
          'A new contact email revokes the links still open for the old one: a link works for the email it was sent to.',
        params: ExpectedAgencyParams,
        body: ExpectedAgencyBody,
        response: { 204: Type.Null(), 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, expectedAgencyId } = request.params;
      const { emailChanged } = await changeExpectedAgency(
        app.db,
        reviewId,
        expectedAgencyId,
        request.body,
      );
      await app.audit(request, {
        action: 'agency.changed',
        reviewId,
        target: expectedAgencyId,
        detail: { contactEmailChanged: emailChanged },
      });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/reviews/:reviewId/expected-agencies/:expectedAgencyId',
    {
      config: rule,
      schema: {
        tags: ['agencies'],
        summary: 'No longer expect an agency; its links stop working',
        description:
          'Its uploads and its submitters stay: this is the list of who is expected, not the data.',
        params: ExpectedAgencyParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, expectedAgencyId } = request.params;
      await removeExpectedAgency(app.db, reviewId, expectedAgencyId);
      await app.audit(request, { action: 'agency.removed', reviewId, target: expectedAgencyId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/reviews/:reviewId/expected-agencies/:expectedAgencyId/invitations',
    {
      config: rule,
      schema: {
        tags: ['agencies'],
        summary: 'Issue a one-time link for the agency’s contact; an open earlier one is revoked',
        description:
          'The answer holds the token once: only its SHA-256 is stored, so it cannot be shown again. Send the link to the contact yourself. It lasts INVITATION_DAYS days (7 unless set), and makes its user the agency’s submitter in this review only.',
        params: ExpectedAgencyParams,
        response: { 201: InvitationIssuedSchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, expectedAgencyId } = request.params;
      const issued = await issueInvitation(app.db, reviewId, expectedAgencyId, {
        createdBy: request.viewer!.userId,
        days: app.config.invitationDays,
      });
      await app.audit(request, {
        action: 'invitation.issued',
        reviewId,
        target: issued.invitation.id,
        detail: { agency: expectedAgencyId, days: app.config.invitationDays },
      });
      return reply.code(201).send(issued);
    },
  );

  app.delete(
    '/api/reviews/:reviewId/expected-agencies/:expectedAgencyId/invitations/:invitationId',
    {
      config: rule,
      schema: {
        tags: ['agencies'],
        summary: 'Revoke a link not yet used: it is refused from now on',
        params: InvitationParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, expectedAgencyId, invitationId } = request.params;
      await revokeInvitation(app.db, { reviewId, expectedAgencyId, invitationId });
      await app.audit(request, {
        action: 'invitation.revoked',
        reviewId,
        target: invitationId,
        detail: { agency: expectedAgencyId },
      });
      return reply.code(204).send(null);
    },
  );
};
