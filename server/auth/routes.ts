import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ChangePasswordBody,
  SessionResponse,
  SetupBody,
  SetupStatus,
  SignInBody,
  type SessionDto,
} from '../contract/auth';
import { ErrorResponse } from '../contract/common';
import { AppError } from '../errors';
import { cleanName, NAME_LIMITS } from '../names/clean-name';
import { access } from '../access/access';
import {
  changeOwnPassword,
  countUsers,
  findMembershipsOfUser,
  findUserByEmail,
  findUserById,
  insertFirstAdmin,
  normaliseEmail,
} from './accounts.service';
import { acceptNewPassword } from './new-password';
import { hashPassword, verifyPassword } from './password';
import { BusyGate } from '../shared/busy-gate';
import { SignInThrottle } from './sign-in-throttle';

/** Sign-ins checking a password at once; more are told to try again in a second. */
const MAX_CONCURRENT_SIGN_INS = 8;

export interface AuthRoutesOptions {
  /** The one-time token printed by `npm start` when no user exists yet, or null. */
  setupToken: string | null;
  throttle?: SignInThrottle;
}

export const authRoutes: FastifyPluginAsyncTypebox<AuthRoutesOptions> = async (app, options) => {
  const throttle = options.throttle ?? new SignInThrottle(app.db);
  // Password hashing is deliberately slow; a flood of sign-ins must not starve everyone else.
  const signIns = new BusyGate(MAX_CONCURRENT_SIGN_INS);
  const auditableEmail = async (email: string) =>
    (await findUserByEmail(app.db, email)) ? email : null;
  const cost = app.config.passwordCostLog2;
  // Checked against when the email is unknown, so a wrong email takes as long as a wrong password.
  const decoyHash = await hashPassword('not a real password', cost);

  async function sessionOf(userId: string, csrfToken: string): Promise<SessionDto> {
    const user = await findUserById(app.db, userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    const memberships = await findMembershipsOfUser(app.db, userId);
    return {
      user: {
        id: user.id,
        email: user.email,
        displayName: user.display_name,
        isAdmin: user.is_admin === 1,
      },
      csrfToken,
      memberships: memberships.map((m) => ({
        reviewId: m.review_id,
        role: m.role,
        agencyName: m.agency_name,
      })),
    };
  }

  app.get(
    '/api/setup',
    {
      config: { access: access.public },
      schema: {
        tags: ['accounts'],
        summary: 'Whether the first administrator still has to be created',
        response: { 200: SetupStatus },
      },
    },
    async () => ({ needed: (await countUsers(app.db)) === 0 }),
  );

  app.post(
    '/api/setup',
    {
      config: { access: access.public },
      schema: {
        tags: ['accounts'],
        summary: 'Create the first administrator with the one-time link `npm start` printed',
        body: SetupBody,
        response: {
          201: SessionResponse,
          400: ErrorResponse,
          403: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      if ((await countUsers(app.db)) > 0) {
        throw new AppError('CONFLICT', 'Tapestry is already set up: sign in instead.');
      }
      if (!options.setupToken || !sameSecret(request.body.token, options.setupToken)) {
        throw new AppError(
          'FORBIDDEN',
          'This setup link is not valid. Use the link the server printed when it started.',
        );
      }
      const passwordHash = await acceptNewPassword(request.body.password, cost, 'password');
      // Five requests with the link at once all pass the checks above (hashing yields): only
      // the write decides, and it lands only while no account exists.
      const userId = await insertFirstAdmin(app.db, {
        email: request.body.email,
        displayName: cleanName(
          request.body.displayName,
          'body/displayName',
          NAME_LIMITS.displayName,
        ),
        passwordHash,
      });
      if (!userId) throw new AppError('CONFLICT', 'Tapestry is already set up: sign in instead.');
      const { csrfToken } = await app.signIn(reply, userId);
      await app.audit(request, {
        userId: userId,
        userEmail: request.body.email,
        action: 'auth.setup',
        target: userId,
      });
      return reply.code(201).send(await sessionOf(userId, csrfToken));
    },
  );

  app.post(
    '/api/session',
    {
      config: { access: access.public },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in',
        body: SignInBody,
        response: { 200: SessionResponse, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      const refuse = async (wait: number) => {
        await app.audit(request, {
          userId: null,
          userEmail: await auditableEmail(email),
          action: 'auth.sign-in-failed',
          detail: { reason: wait > 0 ? 'throttled' : 'busy' },
        });
        reply.header('retry-after', String(Math.max(1, Math.ceil(wait / 1000))));
        return new AppError('TOO_MANY_ATTEMPTS');
      };
      // Busy is decided before the throttle's write, so a flood does not queue on the lock.
      const checking = signIns.tryRun(async () => {
        // Checked and counted in one write, on every instance's count (sign-in-throttle.ts).
        const verdict = await throttle.begin(email, request.ip);
        if ('wait' in verdict) throw await refuse(verdict.wait);
        const user = await findUserByEmail(app.db, email);
        const passwordRight = await verifyPassword(
          request.body.password,
          user?.password_hash ?? decoyHash,
        );
        return { attempt: verdict.attempt, user, passwordRight };
      });
      if (!checking) throw await refuse(0);
      const { attempt, user, passwordRight } = await checking;
      if (!user || !passwordRight || user.disabled_at !== null) {
        await app.audit(request, {
          userId: user?.id ?? null,
          // Only an account's own email: a stranger may type anything (even a password) here.
          userEmail: user ? user.email : null,
          action: 'auth.sign-in-failed',
          detail: {
            reason: !user
              ? 'no such account'
              : !passwordRight
                ? 'wrong password'
                : 'account disabled',
          },
        });
        // One message for every case: which emails have accounts is not for strangers.
        throw new AppError('UNAUTHENTICATED', 'That email and password do not match an account.');
      }
      await throttle.succeeded(attempt);
      // A new sign-in replaces the session this browser had, rather than leaving it live.
      if (request.viewer) await app.signOut(request, reply);
      const { csrfToken } = await app.signIn(reply, user.id);
      await app.audit(request, {
        userId: user.id,
        userEmail: user.email,
        action: 'auth.signed-in',
      });
      return sessionOf(user.id, csrfToken);
    },
  );

  app.get(
    '/api/session',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in, their reviews and roles, and the CSRF token',
        response: { 200: SessionResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      const viewer = request.viewer!;
      return sessionOf(viewer.userId, viewer.csrfToken);
    },
  );

  app.delete(
    '/api/session',
    {
      config: { access: access.signedIn },
      schema: { tags: ['accounts'], summary: 'Sign out: the session ends at once' },
    },
    async (request, reply) => {
      await app.audit(request, { action: 'auth.signed-out' });
      await app.signOut(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/session/password',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['accounts'],
        summary: 'Change your own password; every other session of yours ends',
        body: ChangePasswordBody,
        response: { 200: SessionResponse, 400: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request, reply) => {
      const viewer = request.viewer!;
      const user = await findUserById(app.db, viewer.userId);
      if (!user) throw new AppError('UNAUTHENTICATED');
      // The same throttle as signing in: a borrowed session must not guess the password.
      const verdict = await throttle.begin(user.email, request.ip);
      if ('wait' in verdict) {
        reply.header('retry-after', String(Math.ceil(verdict.wait / 1000)));
        throw new AppError('TOO_MANY_ATTEMPTS');
      }
      const { attempt } = verdict;
      if (!(await verifyPassword(request.body.currentPassword, user.password_hash))) {
        await app.audit(request, {
          action: 'user.changed',
          target: user.id,
          detail: { password: false, reason: 'wrong current password' },
        });
        throw new AppError('FORBIDDEN', 'Your current password is not right.');
      }
      await throttle.succeeded(attempt);
      const passwordHash = await acceptNewPassword(request.body.newPassword, cost, 'newPassword');
      await changeOwnPassword(app.db, user.id, passwordHash);
      const { csrfToken } = await app.signIn(reply, user.id);
      await app.audit(request, {
        action: 'user.changed',
        target: user.id,
        detail: { password: true },
      });
      return sessionOf(user.id, csrfToken);
    },
  );
};

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
