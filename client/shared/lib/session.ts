import { useEffect, useState } from 'preact/hooks';
import type { SessionDto } from '../../../server/contract/auth';
import { forgetEarly } from '../api/early';

export type { SessionDto };

/**
 * Who is signed in: the one place the app keeps the session and its CSRF token. The session
 * cookie itself is HttpOnly and never seen here; the token is sent back as `x-csrf-token` on
 * every POST, PUT, PATCH and DELETE (shared/api/http.ts, features/upload/lib/upload.ts).
 *
 * - unknown: not asked yet (the first GET /api/session is on its way);
 * - signed-out: no session. `reason` says why, for the sign-in page's wording: `expired` when a
 *   request came back 401 mid-use (the page stays where it was and returns there after
 *   signing in), `signed-out` after "Sign out", `none` on arrival;
 * - signed-in: the session as the server last described it;
 * - error: the server could not be asked (down, or a network failure).
 */
export type SessionState =
  | { status: 'unknown' }
  | { status: 'signed-out'; reason: 'none' | 'expired' | 'signed-out' }
  | { status: 'signed-in'; session: SessionDto }
  | { status: 'error'; error: unknown };

let state: SessionState = { status: 'unknown' };
const listeners = new Set<(next: SessionState) => void>();

function publish(next: SessionState): void {
  state = next;
  for (const listener of [...listeners]) listener(next);
}

export function sessionState(): SessionState {
  return state;
}

export function setSession(session: SessionDto): void {
  publish({ status: 'signed-in', session });
}

/** The session is over (or never began). A second 401 while already signed out changes nothing. */
export function endSession(reason: 'none' | 'expired' | 'signed-out'): void {
  if (state.status === 'signed-out' && reason === 'expired') return;
  // Answers asked for as the page started were asked as this user: none stands in for the next.
  forgetEarly();
  publish({ status: 'signed-out', reason });
}

export function sessionFailed(error: unknown): void {
  publish({ status: 'error', error });
}

/** Back to "not asked yet", so the app asks the server again. */
export function resetSession(): void {
  publish({ status: 'unknown' });
}

export function csrfToken(): string | null {
  return state.status === 'signed-in' ? state.session.csrfToken : null;
}

export function subscribeSession(listener: (next: SessionState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    // A change between the first render and this effect would otherwise be missed.
    setCurrent(state);
    return subscribeSession(setCurrent);
  }, []);
  return current;
}
