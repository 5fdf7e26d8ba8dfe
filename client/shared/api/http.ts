import type { SessionDto } from '../../../server/contract/auth';
import { csrfToken, endSession, sessionFailed, sessionState, setSession } from '../lib/session';
import { takeEarly } from './early';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown,
    /** From a 429's Retry-After header: how long to wait before trying again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A part of the API that this server does not have yet (404 on the route itself). */
export function isUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === 'ROUTE_NOT_FOUND';
}

/** Refused because of the user's role in the review (403, not a cross-site refusal). */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.code === 'FORBIDDEN';
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions extends RequestInit {
  /**
   * A route that works without a session (sign-in, setup): a 401 there is its answer (wrong
   * password), not a sign that the session ended.
   */
  public?: boolean;
}

/**
 * Every call to the API goes through here: it adds the session's CSRF token to unsafe methods,
 * and a 401 from a signed-in route ends the session, which puts the sign-in page in front of
 * whatever page made the call (the URL stays, so signing in returns there).
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { public: isPublic = false, ...init } = options;
  const send = () => {
    const method = (init.method ?? 'GET').toUpperCase();
    const token = UNSAFE.has(method) ? csrfToken() : null;
    return fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(token ? { 'x-csrf-token': token } : {}),
        ...init.headers,
      },
    });
  };
  // The page's first script may have asked for this already (early.ts): a good answer to the
  // same GET stands in, once.
  const early = (init.method ?? 'GET').toUpperCase() === 'GET' ? await takeEarly(path) : null;
  let response = early ?? (await send());
  let body = await readBody(response);
  // Another tab may have signed in again (a new session, a new token) since this page last
  // asked: fetch the current token once and try again.
  if (
    !isPublic &&
    response.status === 403 &&
    errorCode(body) === 'CROSS_SITE_REQUEST' &&
    (await refreshSession())
  ) {
    response = await send();
    body = await readBody(response);
  }
  if (response.status === 401 && !isPublic) endSession('expired');
  if (!response.ok) throw toApiError(response.status, body, response.headers.get('retry-after'));
  return body as T;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

function errorCode(body: unknown): string | null {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return error && typeof error.code === 'string' ? error.code : null;
}

/**
 * Asks the server who is signed in and keeps the answer (with its CSRF token). True when a
 * session is live; false (and the sign-in page shows) when there is none.
 */
export async function refreshSession(): Promise<boolean> {
  try {
    setSession(await request<SessionDto>('/api/session', { public: true }));
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      endSession(sessionState().status === 'signed-in' ? 'expired' : 'none');
    } else if (sessionState().status === 'unknown') {
      // The first question went unanswered (server down, network): say so, with a retry.
      sessionFailed(error);
    }
    return false;
  }
}

export function toApiError(
  status: number,
  body: unknown,
  retryAfter: string | null = null,
): ApiError {
  const seconds =
    retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
  const error = (body as { error?: unknown } | null)?.error;
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return new ApiError(
      status,
      typeof code === 'string' ? code : 'ERROR',
      typeof message === 'string' ? message : `Request failed (${status}).`,
      body,
      seconds,
    );
  }
  // Fastify's own 404 for a route that does not exist: { message: 'Route GET:… not found' }.
  if (status === 404)
    return new ApiError(404, 'ROUTE_NOT_FOUND', 'Not available on this server.', body);
  return new ApiError(status, 'ERROR', `Request failed (${status}).`, body, seconds);
}

export const json = (value: unknown): RequestInit => ({
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json' },
});

export const reviewBase = (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}`;
export const userBase = (userId: string) => `/api/users/${encodeURIComponent(userId)}`;
export const auditQuery = (before?: number, limit = AUDIT_PAGE) =>
  new URLSearchParams({ limit: String(limit), ...(before ? { before: String(before) } : {}) });

export const AUDIT_PAGE = 100;
