import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeFeed } from '../../server/contract/feed';
import { requestFeedEarly, requestForAddress } from '../../client/shared/api/early-feed';
import { request } from '../../client/shared/api/http';
import { loadTimelineFeed } from '../../client/shared/api/events.api';

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
      '/api/reviews/r%2F4/timeline/feed',
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
});
