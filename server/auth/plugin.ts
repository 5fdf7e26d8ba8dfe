import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';
import { recordAudit, type AuditEntry } from '../core/audit-log';
import type { AuditOnce } from '../core/audit-throttle';
import { AppError } from '../errors';
import { requireReview } from '../core/require-review';
import { access, reviewRuleAllows, type AccessRule, type Viewer } from '../access/access';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  findMembership,
  touchSession,
} from './accounts.service';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    /** The signed-in user, set by the access check; null on public routes without a session. */
    viewer: Viewer | null;
  }
  interface FastifyInstance {
    /**
     * Appends to the audit log; user and address default to the request's. With `once` (from
     * an AuditThrottle), only if no instance recorded the action for its key in the interval.
     */
    audit(request: FastifyRequest, entry: Omit<AuditEntry, 'ip'>, once?: AuditOnce): Promise<void>;
    signIn(reply: FastifyReply, userId: string): Promise<{ csrfToken: string }>;
    signOut(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** How stale last_seen_at may get before a request refreshes it: one write a minute, not per call. */
const TOUCH_AFTER_MS = 60_000;

export function sessionCookieName(config: AppConfig): string {
  // The __Host- prefix makes the browser refuse the cookie unless Secure, Path=/ and no Domain.
  return config.secureCookies ? '__Host-tapestry_session' : 'tapestry_session';
}

/**
 * Sessions, the cross-site check and every route's access rule. Called on the root instance
 * before any route is registered, so its hooks cover them all.
 */
export async function installAuth(app: FastifyInstance, config: AppConfig): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('viewer', null);
  const cookieName = sessionCookieName(config);

  app.addHook('onRoute', (route) => {
    // The API's description (swagger UI, /docs/json) maps every route: for signed-in users
    // unless API_DOCS=public says otherwise. Given a rule here, the check below applies.
    if (route.url === '/docs' || route.url.startsWith('/docs/')) {
      route.config = {
        ...route.config,
        access: config.apiDocs === 'public' ? access.public : access.signedIn,
      };
      return;
    }
    if (!route.url.startsWith('/api')) return;
    if (!route.config?.access) {
      throw new Error(
        `${String(route.method)} ${route.url} has no access rule: add config.access (server/access/access.ts).`,
      );
    }
  });

  app.decorate('audit', async (request: FastifyRequest, entry, once) => {
    // Through sideWrites: a read whose entry meets a locked database is answered, and the
    // entry is written when the lock is free (issue #11, item 2).
    await app.sideWrites.run(() =>
      recordAudit(
        app.db,
        {
          ...entry,
          userId: entry.userId !== undefined ? entry.userId : (request.viewer?.userId ?? null),
          userEmail:
            entry.userEmail !== undefined ? entry.userEmail : (request.viewer?.email ?? null),
          ip: request.ip,
        },
        once,
      ),
    );
  });

  app.decorate('signIn', async (reply: FastifyReply, userId: string) => {
    await deleteExpiredSessions(app.db);
    const { token, csrfToken } = await createSession(app.db, userId, config.sessionHours);
    reply.setCookie(cookieName, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: config.secureCookies,
      maxAge: config.sessionHours * 3600,
    });
    return { csrfToken };
  });

  app.decorate('signOut', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.viewer) await deleteSession(app.db, request.viewer.sessionId);
    // The same attributes it was set with, or a browser keeps a Secure/__Host- cookie.
    reply.clearCookie(cookieName, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: config.secureCookies,
    });
  });

  app.addHook('onRequest', async (request) => {
    const rule = request.routeOptions.config.access;
    // Only /api routes carry data, and each has a rule (checked above); the API docs get one
    // too. The rest is the built web app, which holds none.
    if (!rule) return;
    const unsafe = !SAFE_METHODS.has(request.method);
    if (unsafe) {
      try {
        checkSameOrigin(request, config);
      } catch (error) {
        await app.audit(request, {
          action: 'access.denied',
          detail: { reason: 'cross-site', route: request.routeOptions.url ?? null },
        });
        throw error;
      }
    }

    const token = request.cookies[cookieName];
    const session = token
      ? await findLiveSession(app.db, token, config.sessionIdleMinutes)
      : undefined;
    if (session) {
      request.viewer = {
        userId: session.user_id,
        email: session.email,
        displayName: session.display_name,
        isAdmin: session.is_admin === 1,
        sessionId: session.session_id,
        csrfToken: session.csrf_token,
        membership: null,
      };
      if (Date.now() - Date.parse(session.last_seen_at) > TOUCH_AFTER_MS) {
        await app.sideWrites.run(() => touchSession(app.db, session.session_id));
      }
    }
    if (rule.kind === 'public') return;
    const viewer = request.viewer;
    if (!viewer) throw new AppError('UNAUTHENTICATED');
    // The session cookie is sent with any request the browser makes; the token is only
    // known to pages this server served. Multipart uploads carry it as a header too.
    if (unsafe && request.headers['x-csrf-token'] !== viewer.csrfToken) {
      await app.audit(request, {
        action: 'access.denied',
        detail: { reason: 'no CSRF token', route: request.routeOptions.url ?? null },
      });
      throw new AppError(
        'CROSS_SITE_REQUEST',
        'The request is missing this session’s x-csrf-token header (cross-site request refused).',
      );
    }
    if (rule.kind === 'signedIn') return;
    if (rule.kind === 'admin') {
      if (!viewer.isAdmin) await deny(request, null);
      return;
    }

    const reviewId = (request.params as { reviewId?: string }).reviewId;
    if (!reviewId)
      throw new Error(`${request.routeOptions.url} has a review rule but no :reviewId`);
    const membership = await findMembership(app.db, reviewId, viewer.userId);
    // The rule's roles and admin flag come from the table (server/contract/access.ts), and are
    // read by the one decision every later check makes too (server/access/access.ts).
    const allowed = reviewRuleAllows(rule, membership, viewer.isAdmin);
    if (!membership) {
      // Not a member: the review does not exist as far as this user can tell. Recorded, since
      // someone trying reviews they are not in is what an audit is for.
      if (!allowed) {
        await app.audit(request, {
          action: 'access.denied',
          reviewId: null,
          target: reviewId,
          detail: { reason: 'not a member', route: request.routeOptions.url ?? null },
        });
        throw new AppError('REVIEW_NOT_FOUND');
      }
      await requireReview(app.db, reviewId);
      return;
    }
    viewer.membership = {
      role: membership.role,
      agencyKey: membership.agency_key,
      agencyName: membership.agency_name,
    };
    if (!allowed) await deny(request, reviewId);
  });

  async function deny(request: FastifyRequest, reviewId: string | null): Promise<never> {
    await app.audit(request, {
      action: 'access.denied',
      reviewId,
      detail: { method: request.method, route: request.routeOptions.url ?? null },
    });
    throw new AppError('FORBIDDEN');
  }
}

/**
 * Refuses a state-changing request that a browser says came from another site. Browsers send
 * Origin on every cross-site POST/PUT/DELETE; tools such as curl send neither header, and are
 * held back by the CSRF token instead.
 */
function checkSameOrigin(request: FastifyRequest, config: AppConfig): void {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const expected = config.publicOrigin ?? `${request.protocol}://${request.host}`;
    if (origin !== expected) throw new AppError('CROSS_SITE_REQUEST');
    return;
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new AppError('CROSS_SITE_REQUEST');
  }
}
