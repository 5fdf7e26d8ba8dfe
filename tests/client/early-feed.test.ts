import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeFeed } from '../../server/contract/feed';
import { requestFeedEarly, requestForAddress } from '../../client/shared/api/early-feed';
import { request } from '../../client/shared/api/http';
import { api } from '../../client/shared/api/api';
import { endSession } from '../../client/shared/lib/session';
import { loadTimelineFeed, loadTimelineWeeks } from '../../client/shared/api/events.api';

// The timeline's feed asked for as the page starts (main.tsx): the page's own request takes
// that answer instead of asking again, once, and only an answer that is good.

const EVENT = {
  id: 'e1',
  agency: 'Police',
  agencyKind: 'police' as const,
  date: {
    text: '01/06/2018',
    earliest: '2018-06-01',
    latest: '2018-06-01',
    precision: 'day' as const,
    uncertain: false,
  },
  time: null,
  endDate: null,
  endTime: null,
  type: 'contact.home-visit',
  typeText: 'Home visit',
  subjects: ['Mother'],
  childSeen: true,
  seenAlone: null,
  label: 'Seen at home',
};
const fetchMock = vi.fn<typeof fetch>();
const feedResponse = (status = 200) =>
  new Response(status === 200 ? JSON.stringify(encodeFeed([EVENT])) : '{"error":{}}', {
    status,
    headers: { 'content-type': 'application/json' },
  });

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('requestFeedEarly', () => {
  it('answers the page’s first request for the same feed, without asking again', async () => {
    fetchMock.mockImplementation(async () => feedResponse());
    requestFeedEarly('r1', 'anonymised');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const { events } = await loadTimelineFeed('r1', { view: 'anonymised' });
    expect(events).toEqual([EVENT]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // Used once: the next load (a reload after an upload) asks the server.
    await loadTimelineFeed('r1', { view: 'anonymised' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('is dropped when refused, and the page asks as usual', async () => {
    fetchMock.mockImplementationOnce(async () => feedResponse(403));
    fetchMock.mockImplementation(async () => feedResponse());
    requestFeedEarly('r2', 'named');
    const { events } = await loadTimelineFeed('r2', { view: 'named' });
    expect(events).toEqual([EVENT]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('never stands in for another view or another filter', async () => {
    fetchMock.mockImplementation(async () => feedResponse());
    requestFeedEarly('r3', 'named');
    await loadTimelineFeed('r3', { view: 'anonymised' });
    await loadTimelineFeed('r3', { view: 'named', query: new URLSearchParams('agency=Police') });
    expect(fetchMock).toHaveBeenCalledTimes(3);
    const urls = fetchMock.mock.calls.map((c) => String(c[0]));
    expect(urls[1]).not.toContain('view=named');
    expect(urls[2]).toContain('agency=Police');
  });
});

describe('requestForAddress', () => {
  const asked = () => fetchMock.mock.calls.map((c) => String(c[0]));
  const answer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });

  it('asks for what the page at the address asks first: session, review, feed', () => {
    fetchMock.mockImplementation(async () => answer(200, {}));
    requestForAddress('/reviews/r%2F4/timeline');
    expect(asked()).toEqual([
      '/api/session',
      '/api/reviews/r%2F4',
      '/api/reviews/r%2F4/timeline/feed?labels=false',
    ]);
    fetchMock.mockClear();
    requestForAddress('/reviews/r5/present');
    expect(asked()).toEqual(['/api/session', '/api/reviews/r5']);
    fetchMock.mockClear();
    requestForAddress('/users');
    expect(asked()).toEqual(['/api/session']);
  });

  it('answers the app’s own GET once with a good early answer', async () => {
    fetchMock.mockImplementation(async () => answer(200, { id: 'r6', title: 'Early' }));
    requestForAddress('/reviews/r6/notes');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(await request('/api/reviews/r6')).toEqual({ id: 'r6', title: 'Early' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await request('/api/reviews/r6');
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('never lets an early refusal stand: signed out then, the app asks again once signed in', async () => {
    fetchMock.mockImplementation(async () => answer(401, { error: { code: 'UNAUTHENTICATED' } }));
    requestForAddress('/reviews/r7');
    await Promise.resolve();
    fetchMock.mockImplementation(async () => answer(200, { id: 'r7' }));
    expect(await request('/api/reviews/r7')).toEqual({ id: 'r7' });
    expect(asked()).toEqual(['/api/session', '/api/reviews/r7', '/api/reviews/r7']);
  });

  it('stands in for a GET only', async () => {
    fetchMock.mockImplementation(async () => answer(200, { ok: true }));
    requestForAddress('/reviews/r8');
    await request('/api/reviews/r8', { method: 'PATCH', body: '{}' });
    expect(fetchMock).toHaveBeenCalledTimes(3);
    // The GET still finds its early answer.
    await request('/api/reviews/r8');
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  describe('on a timeline, the flags, the uploads, the notes and the strip as the role may read them', () => {
    const sides = (role: string, isAdmin = false) => {
      fetchMock.mockImplementation(async (url) => {
        const path = String(url);
        if (path === '/api/session')
          return answer(200, { user: { id: 'u1', isAdmin }, csrfToken: 't', memberships: [] });
        if (/^\/api\/reviews\/[^/]+$/.test(path)) return answer(200, { id: 'r9', myRole: role });
        if (path.includes('/gaps?'))
          return answer(200, { gaps: [], total: 0, rules: [], limit: 1000 });
        return answer(200, {});
      });
    };
    const settle = () => new Promise((r) => setTimeout(r, 0));

    it('asks a reviewer’s flags, uploads, notes and strip once the session and review are in, and the page takes them', async () => {
      sides('reviewer');
      requestForAddress('/reviews/r9/timeline');
      await settle();
      expect(asked().slice(3)).toEqual([
        '/api/reviews/r9/gaps?offset=0',
        '/api/reviews/r9/submissions',
        '/api/reviews/r9/annotations',
        '/api/reviews/r9/timeline/weeks?measure=contacts',
      ]);
      // The page's own first page of flags and first totals are those answers: nothing more
      // is asked.
      await api.listGaps('r9', 'anonymised');
      await loadTimelineWeeks('r9', new URLSearchParams(), 'contacts');
      expect(fetchMock).toHaveBeenCalledTimes(7);
    });

    it('asks for the rest of the flags’ pages as soon as the first says how many, and the page takes them', async () => {
      sides('reviewer');
      const base = fetchMock.getMockImplementation()!;
      fetchMock.mockImplementation(async (url, init) =>
        String(url).includes('/gaps?')
          ? answer(200, { gaps: [], total: 2500, rules: [], limit: 1000 })
          : base(url, init),
      );
      requestForAddress('/reviews/r14/timeline');
      await settle();
      await settle();
      const gapPages = () => asked().filter((u) => u.includes('/gaps?'));
      expect(gapPages()).toEqual([
        '/api/reviews/r14/gaps?offset=0',
        '/api/reviews/r14/gaps?offset=1000',
        '/api/reviews/r14/gaps?offset=2000',
      ]);
      // The page's own three pages are those answers: none is asked again.
      await api.listGaps('r14', 'anonymised');
      expect(gapPages()).toHaveLength(3);
    });
    it('asks a panel member for flags and notes, a submitter for their uploads only', async () => {
      sides('panel');
      requestForAddress('/reviews/r10/timeline');
      await settle();
      expect(asked().slice(3)).toEqual([
        '/api/reviews/r10/gaps?offset=0',
        '/api/reviews/r10/annotations',
        '/api/reviews/r10/timeline/weeks?measure=contacts',
      ]);
      fetchMock.mockClear();
      sides('submitter');
      requestForAddress('/reviews/r11/timeline');
      await settle();
      expect(asked().slice(3)).toEqual([
        '/api/reviews/r11/submissions',
        '/api/reviews/r11/timeline/weeks?measure=contacts',
      ]);
    });

    it('asks in names only for a reviewer who chose them in this tab', async () => {
      // This tab's choice of names for both reviews (view-mode.ts keeps it in sessionStorage).
      const chosen = new Map([
        ['tapestry:view:r12', 'named'],
        ['tapestry:view:r13', 'named'],
      ]);
      vi.stubGlobal('sessionStorage', { getItem: (key: string) => chosen.get(key) ?? null });
      sides('reviewer');
      requestForAddress('/reviews/r12/timeline');
      await settle();
      expect(asked()).toContain('/api/reviews/r12/gaps?offset=0&view=named');
      expect(asked()).toContain('/api/reviews/r12/annotations?view=named');
      expect(asked()).toContain('/api/reviews/r12/timeline/weeks?view=named&measure=contacts');
      fetchMock.mockClear();
      sides('panel');
      requestForAddress('/reviews/r13/timeline');
      await settle();
      expect(asked()).toContain('/api/reviews/r13/gaps?offset=0');
      // (The feed was asked in names before the role was known; a refusal of it is dropped.)
      const others = asked().filter((url) => !url.includes('/timeline/feed'));
      expect(others.some((url) => url.includes('view=named'))).toBe(false);
    });

    it('asks for no strip totals when the address has filters, nor for an admin who is no member', async () => {
      sides('reviewer');
      requestForAddress('/reviews/r16/timeline', '?agency=Police&window=2018-01-01..2018-02-01');
      await settle();
      expect(asked().some((url) => url.includes('/timeline/weeks'))).toBe(false);
      fetchMock.mockClear();
      // An administrator who is not a member may see the review's record but not its events.
      sides(null as never, true);
      requestForAddress('/reviews/r17/timeline', '?window=2018-01-01..2018-02-01');
      await settle();
      expect(asked().slice(3)).toEqual([]);
    });

    it('forgets every early answer when the session ends: the next user asks for their own', async () => {
      sides('reviewer');
      requestForAddress('/reviews/r18/timeline');
      await settle();
      endSession('signed-out');
      fetchMock.mockClear();
      await request('/api/reviews/r18');
      await api.listGaps('r18', 'anonymised');
      expect(asked()).toEqual(['/api/reviews/r18', '/api/reviews/r18/gaps?offset=0']);
    });

    it('asks nothing more when signed out', async () => {
      fetchMock.mockImplementation(async () => answer(401, { error: { code: 'UNAUTHENTICATED' } }));
      requestForAddress('/reviews/r14/timeline');
      await settle();
      expect(asked()).toHaveLength(3);
    });
  });
});
