import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, refreshSession } from '../../client/shared/api/api';
import {
  auditActionLabel,
  auditDetailText,
  auditTargetText,
} from '../../client/features/review/lib/audit';
import {
  abilities,
  minutesToWait,
  newPasswordProblem,
  reviewTabs,
  roleLabel,
  signInProblem,
  suggestPassword,
} from '../../client/shared/lib/roles';
import { parseRoute, reviewPath, tokenFromHash } from '../../client/shared/lib/routes';
import {
  csrfToken,
  endSession,
  resetSession,
  sessionState,
  setSession,
  subscribeSession,
  type SessionDto,
} from '../../client/shared/lib/session';

const SESSION: SessionDto = {
  user: { id: 'u1', email: 'r@example.org', displayName: 'R', isAdmin: false },
  csrfToken: 'token-1',
  memberships: [],
};

const tabsOf = (myRole: 'reviewer' | 'panel' | 'submitter' | null, isAdmin = false) =>
  reviewTabs(abilities({ myRole }, isAdmin)).map((t) => t.label);

describe('what each role is offered', () => {
  it('gives a reviewer every tab and the audit log, but not the members (administrators)', () => {
    expect(tabsOf('reviewer')).toEqual([
      'Overview',
      'Upload',
      'Timeline',
      'Notes',
      'Questions',
      'Duplicates',
      'Gap rules',
      'People',
      'Audit',
    ]);
    expect(tabsOf('reviewer', true)).toContain('Members');
  });

  it('gives a panel member the timeline and the rules to read, nothing to change', () => {
    expect(tabsOf('panel')).toEqual(['Overview', 'Timeline', 'Notes', 'Gap rules']);
    const can = abilities({ myRole: 'panel' }, false);
    expect(can.editRules).toBe(false);
    expect(can.seeSubmissions).toBe(false);
    expect(can.seeGaps).toBe(true);
  });

  it('gives a submitter uploads, their own events and their questions, and no gap flags', () => {
    expect(tabsOf('submitter')).toEqual(['Overview', 'Upload', 'Timeline', 'Questions']);
    expect(abilities({ myRole: 'submitter' }, false).seeGaps).toBe(false);
  });

  it('gives an administrator outside the review its members and audit log, no case data', () => {
    expect(tabsOf(null, true)).toEqual(['Overview', 'Audit', 'Members']);
    expect(abilities({ myRole: null }, true).readEvents).toBe(false);
  });

  it('names the role in words', () => {
    expect(roleLabel({ myRole: 'submitter', myAgency: 'Dyfed-Powys Police' }, false)).toBe(
      'Submitter for Dyfed-Powys Police',
    );
    expect(roleLabel({ myRole: 'panel', myAgency: null }, true)).toBe('Panel member');
    expect(roleLabel({ myRole: null, myAgency: null }, true)).toBe('Administrator (not a member)');
  });
});

describe('sign-in messages and passwords', () => {
  it('says how many minutes to wait after too many attempts', () => {
    expect(signInProblem({ status: 429, retryAfterSeconds: 840 })).toBe(
      'Too many failed sign-ins. Try again in 14 minutes.',
    );
    expect(signInProblem({ status: 429, retryAfterSeconds: 30 })).toBe(
      'Too many failed sign-ins. Try again in 1 minute.',
    );
    expect(signInProblem({ status: 429, retryAfterSeconds: null })).toMatch(/few minutes/);
    expect(minutesToWait(61)).toBe(2);
  });

  it('gives one message for a wrong email or password, and names a network failure', () => {
    expect(signInProblem({ status: 401, message: 'x' })).toBe(
      'That email and password do not match an account.',
    );
    expect(signInProblem({ status: 0 })).toMatch(/could not be reached/);
  });

  it('checks a new password’s length and its repetition before sending', () => {
    expect(newPasswordProblem('short')).toMatch(/12 characters/);
    expect(newPasswordProblem('long enough password', 'long enough passw0rd')).toBe(
      'The two passwords differ.',
    );
    expect(newPasswordProblem('long enough password', 'long enough password')).toBeNull();
  });

  it('suggests random passwords the server accepts', () => {
    const a = suggestPassword();
    expect(a).toHaveLength(18);
    expect(newPasswordProblem(a)).toBeNull();
    expect(suggestPassword()).not.toBe(a);
  });
});

describe('routes of accounts and administration', () => {
  it('reads the new pages', () => {
    expect(parseRoute('/setup')).toEqual({ page: 'setup' });
    expect(parseRoute('/account')).toEqual({ page: 'account' });
    expect(parseRoute('/admin/users')).toEqual({ page: 'admin-users' });
    expect(parseRoute('/admin/audit')).toEqual({ page: 'admin-audit' });
    expect(parseRoute('/admin')).toEqual({ page: 'not-found' });
    expect(parseRoute('/reviews/r1/members')).toEqual({ page: 'members', reviewId: 'r1' });
    expect(parseRoute('/reviews/r1/audit')).toEqual({ page: 'audit', reviewId: 'r1' });
    expect(reviewPath('r 1', 'members')).toBe('/reviews/r%201/members');
  });

  it('takes the setup token from the fragment only', () => {
    expect(tokenFromHash('#token=abc-DEF_1')).toBe('abc-DEF_1');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
  });
});

describe('the audit log as text', () => {
  it('writes actions, details and targets in words where it can', () => {
    expect(auditActionLabel('member.added')).toBe('added a member');
    expect(auditActionLabel('something.new')).toBe('something.new');
    expect(auditDetailText({ role: 'panel', from: 'reviewer', n: 3, ok: true })).toBe(
      'role: panel · from: reviewer · n: 3 · ok: true',
    );
    expect(auditDetailText(null)).toBe('');
    expect(auditTargetText('u1', new Map([['u1', 'Pat (p@x)']]))).toBe('Pat (p@x)');
    expect(auditTargetText('sub-9', new Map())).toBe('sub-9');
  });
});

describe('the session and the API client', () => {
  const fetchMock = vi.fn<typeof fetch>();
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(body === null ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const sentHeaders = (call: number) =>
    (fetchMock.mock.calls[call]?.[1]?.headers ?? {}) as Record<string, string>;

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    setSession(SESSION);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the CSRF token on changes only', async () => {
    fetchMock.mockResolvedValue(reply(200, { reviews: [] }));
    await api.listReviews();
    expect(sentHeaders(0)['x-csrf-token']).toBeUndefined();
    fetchMock.mockResolvedValue(reply(204, null));
    await api.deleteReview('r1');
    expect(sentHeaders(1)['x-csrf-token']).toBe('token-1');
    await api.removeMember('r1', 'u2');
    expect(sentHeaders(2)['x-csrf-token']).toBe('token-1');
  });

  it('ends the session on a 401, once, so the sign-in page takes over', async () => {
    const seen: string[] = [];
    const stop = subscribeSession((s) => seen.push(s.status));
    fetchMock.mockImplementation(async () =>
      reply(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' } }),
    );
    await expect(api.listReviews()).rejects.toBeInstanceOf(ApiError);
    await expect(api.getReview('r1')).rejects.toBeInstanceOf(ApiError);
    stop();
    expect(sessionState()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(seen).toEqual(['signed-out']);
    expect(csrfToken()).toBeNull();
  });

  it('treats a wrong password as an answer, not as the end of a session', async () => {
    fetchMock.mockResolvedValue(
      reply(401, { error: { code: 'UNAUTHENTICATED', message: 'No match.' } }),
    );
    await expect(api.signIn('a@b.c', 'nope')).rejects.toMatchObject({ status: 401 });
    expect(sessionState().status).toBe('signed-in');
  });

  it('reads how long to wait from a 429', async () => {
    fetchMock.mockResolvedValue(
      reply(
        429,
        { error: { code: 'TOO_MANY_ATTEMPTS', message: 'Wait.' } },
        { 'retry-after': '600' },
      ),
    );
    await expect(api.signIn('a@b.c', 'nope')).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 600,
    });
  });

  it('fetches a fresh token and tries once more when the token went stale', async () => {
    fetchMock
      .mockResolvedValueOnce(reply(403, { error: { code: 'CROSS_SITE_REQUEST', message: 'x' } }))
      .mockResolvedValueOnce(reply(200, { ...SESSION, csrfToken: 'token-2' }))
      .mockResolvedValueOnce(reply(204, null));
    await api.removeMember('r1', 'u2');
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      '/api/reviews/r1/members/u2',
      '/api/session',
      '/api/reviews/r1/members/u2',
    ]);
    expect(sentHeaders(2)['x-csrf-token']).toBe('token-2');
    expect(csrfToken()).toBe('token-2');
  });

  it('says "not signed in" (not "expired") when there was no session to begin with', async () => {
    endSession('none');
    fetchMock.mockResolvedValue(reply(401, { error: { code: 'UNAUTHENTICATED', message: 'x' } }));
    expect(await refreshSession()).toBe(false);
    expect(sessionState()).toEqual({ status: 'signed-out', reason: 'none' });
  });

  it('says the server could not be reached when the first question fails', async () => {
    resetSession();
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await refreshSession()).toBe(false);
    expect(sessionState()).toMatchObject({ status: 'error' });
  });
});
