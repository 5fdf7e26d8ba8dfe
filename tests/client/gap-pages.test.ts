import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, GAP_FETCH_LIMIT } from '../../client/shared/api/api';

// The web app's side of the paged gap list (issue #11, item 3): it fetches the first pages,
// certain flags first, and stops at GAP_FETCH_LIMIT however many the review has.

const fetchMock = vi.fn<typeof fetch>();
const RULES = [{ ruleId: 'r', ruleName: 'Rule', certain: 1, possible: 2, first: '2018-01-01' }];

/** A server holding `total` flags, answering pages of up to 1,000 as the real one does. */
function serve(total: number) {
  fetchMock.mockImplementation(async (input) => {
    const url = new URL(String(input), 'http://localhost');
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const count = Math.max(0, Math.min(1000, total - offset));
    const gaps = Array.from({ length: count }, (_, i) => ({ id: `g${offset + i}` }));
    return new Response(JSON.stringify({ gaps, total, limit: 1000, offset, rules: RULES }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
}

const offsetsAsked = () =>
  fetchMock.mock.calls.map((c) => new URL(String(c[0]), 'http://localhost').searchParams);

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('listGaps', () => {
  it('fetches every page of a review with fewer flags than the limit', async () => {
    serve(2500);
    const set = await api.listGaps('rev');
    expect(set.gaps.map((g) => g.id)).toEqual(Array.from({ length: 2500 }, (_, i) => `g${i}`));
    expect(set.total).toBe(2500);
    expect(set.rules).toEqual(RULES);
    expect(offsetsAsked().map((q) => q.get('offset'))).toEqual(['0', '1000', '2000']);
  });

  it('stops at the limit for a review with tens of thousands, keeping the total', async () => {
    serve(41_680);
    const set = await api.listGaps('rev', 'named');
    expect(set.gaps).toHaveLength(GAP_FETCH_LIMIT);
    expect(set.total).toBe(41_680);
    expect(fetchMock).toHaveBeenCalledTimes(GAP_FETCH_LIMIT / 1000);
    expect(offsetsAsked().every((q) => q.get('view') === 'named')).toBe(true);
  });

  it('asks for the pages after the first together, not each after the last has come', async () => {
    serve(3500);
    const answer = fetchMock.getMockImplementation()!;
    const held: Array<() => void> = [];
    // Pages after the first are held until every one of them has been asked for.
    fetchMock.mockImplementation(async (input, init) => {
      const offset = new URL(String(input), 'http://localhost').searchParams.get('offset');
      if (offset !== '0') await new Promise<void>((release) => held.push(release));
      return answer(input, init);
    });
    const listed = api.listGaps('rev');
    await vi.waitFor(() => expect(held).toHaveLength(3));
    expect(offsetsAsked().map((q) => q.get('offset'))).toEqual(['0', '1000', '2000', '3000']);
    held.reverse().forEach((release) => release());
    const set = await listed;
    // In the server's order, whatever order the answers came in.
    expect(set.gaps.map((g) => g.id)).toEqual(Array.from({ length: 3500 }, (_, i) => `g${i}`));
  });

  it('asks once for a review with no flags', async () => {
    serve(0);
    expect((await api.listGaps('rev')).gaps).toEqual([]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
