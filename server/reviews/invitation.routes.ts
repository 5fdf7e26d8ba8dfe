import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../access/access';
import {
  AcceptInvitationBody,
  InvitationLookupSchema,
  InvitationTokenBody,
} from '../contract/agencies';
import { ErrorResponse } from '../contract/common';
import { AppError } from '../errors';
import { acceptNewPassword } from '../auth/new-password';
import { BusyGate } from '../shared/busy-gate';
import { acceptInvitation, lookUpInvitation } from './invitations.service';

/**
 * The two public routes of a one-time link (`/invite#token=…`): what it is for, and using it.
 * The token travels in a JSON body, never a URL, so it is not in any access log. A token never
 * issued is 404; one used, revoked or expired is 410, audited (without the token).
 */
/** New accounts' passwords hashed at once; more are told to try again in a second. */
const MAX_CONCURRENT_JOINS = 4;

export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const cost = app.config.passwordCostLog2;
  // scrypt takes 32 MiB and about 0.1 s a hash: many requests with one live link at once must
  // not take the server's memory, as sign-ins may not (auth/routes.ts). Only the first can use
  // the link anyway.
  const joins = new BusyGate(MAX_CONCURRENT_JOINS);
  async function hashNew(password: string): Promise<string> {
    const hashed = joins.tryRun(() => acceptNewPassword(password, cost, 'password'));
    if (!hashed) {
      throw new AppError(
        'TOO_MANY_ATTEMPTS',
        'Too many people are joining at this moment: try again in a second.',
      ).retryAfter(1);
    }
    return hashed;
  }

  async function refused(request: Parameters<typeof app.audit>[0], error: unknown) {
    if (error instanceof AppError && error.status !== 404) {
      await app.audit(request, {
        action: 'invitation.refused',
        detail: { status: error.status, code: error.code },
      });
    }
    return error;
  }

  app.post(
    '/api/invitations/look',
    {
      config: { access: access.public },
      schema: {
        tags: ['agencies'],
        summary: 'What an invitation link is for: the review’s reference, the agency, the email',
        body: InvitationTokenBody,
        response: { 200: InvitationLookupSchema, 404: ErrorResponse, 410: ErrorResponse },
      },
    },
    async (request) => {
      try {
        return await lookUpInvitation(app.db, request.body.token);
      } catch (error) {
        throw await refused(request, error);
      }
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { access: access.public },
      schema: {
        tags: ['agencies'],
        summary: 'Use an invitation link: join the review as the agency’s submitter',
        description:
          'Signed in as the account with the invitation’s email: that account joins. Not signed in, and no account has that email: give displayName and password, and a new account is made and signed in. The link then cannot be used again.',
        body: AcceptInvitationBody,
        response: {
          201: Type.Object({ reviewId: Type.String() }),
          400: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
          410: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { token, displayName, password } = request.body;
      const viewer = request.viewer;
      // Public, so the plugin does not ask for the session's CSRF token; but a signed-in user
      // accepts for their own account, so the token is asked for here, as on any signed-in
      // change (the cookie alone could be sent by another site's form).
      if (viewer && request.headers['x-csrf-token'] !== viewer.csrfToken) {
        throw new AppError(
          'CROSS_SITE_REQUEST',
          'The request is missing this session’s x-csrf-token header (cross-site request refused).',
        );
      }
      try {
        const newAccount =
          !viewer && password !== undefined ? { displayName: displayName ?? '', password } : null;
        const accepted = await acceptInvitation(app.db, token, viewer, newAccount, hashNew);
        if (accepted.newAccount) await app.signIn(reply, accepted.userId);
        await app.audit(request, {
          userId: accepted.userId,
          // Who acted, as for a sign-in: their own account's email, never in the detail.
          userEmail: accepted.email,
          action: 'invitation.accepted',
          reviewId: accepted.reviewId,
          target: accepted.invitationId,
          detail: { agency: accepted.expectedAgencyId, newAccount: accepted.newAccount },
        });
        return reply.code(201).send({ reviewId: accepted.reviewId });
      } catch (error) {
        throw await refused(request, error);
      }
    },
  );
};
