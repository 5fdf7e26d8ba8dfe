import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loadDemo, upload, type TestApp } from '../support/app';

// GET …/gaps a page at a time, with counts per rule (issue #11, item 3): at 100,000 events a
// review raised 41,680 flags, 37 MB in one answer.

let t: TestApp;
let url: string;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  reviewId = (await loadDemo(t)).reviewId;
  url = `/api/reviews/${reviewId}/gaps`;
});
afterAll(() => t.close());

const get = async (query = '') => (await t.app.inject(`${url}${query}`)).json();

describe('gap flags a page at a time', () => {
  it('pages through every flag, in order, with the same counts on every page', async () => {
    const all = await get();
    expect(all.total).toBeGreaterThan(3);
    expect(all.gaps).toHaveLength(all.total);
    const pages = [];
    for (let offset = 0; offset < all.total; offset += 2) {
      const page = await get(`?limit=2&offset=${offset}`);
      expect(page).toMatchObject({ total: all.total, limit: 2, offset, counts: all.counts });
      pages.push(...page.gaps);
    }
    expect(pages).toEqual(all.gaps);
  });

  it('counts every flag per rule, certain and possible, whatever the page', async () => {
    const { rules, counts, gaps } = await get('?limit=1');
    expect(gaps).toHaveLength(1);
    expect(rules.reduce((n: number, r: { certain: number }) => n + r.certain, 0)).toBe(
      counts.certain,
    );
    expect(rules.reduce((n: number, r: { possible: number }) => n + r.possible, 0)).toBe(
      counts.possible,
    );
    const firsts = rules.map((r: { first: string }) => r.first);
    expect(firsts).toEqual([...firsts].sort());
  });

  it('filters by rule, certainty and window, and says how many match', async () => {
    const all = (await get()).gaps as Array<{
      ruleId: string;
      certainty: string;
      start: string;
      end: string;
    }>;
    const ruleId = all[0]!.ruleId;
    const byRule = await get(`?ruleId=${encodeURIComponent(ruleId)}`);
    expect(byRule.total).toBe(all.filter((g) => g.ruleId === ruleId).length);
    expect(byRule.gaps.every((g: { ruleId: string }) => g.ruleId === ruleId)).toBe(true);
    const possible = await get('?certainty=possible');
    expect(possible.total).toBe(all.filter((g) => g.certainty === 'possible').length);
    const { start, end } = all[all.length - 1]!;
    const window = await get(`?from=${start}&to=${end}`);
    expect(window.total).toBe(all.filter((g) => g.end >= start && g.start <= end).length);
    expect(window.total).toBeLessThan(all.length);
  });

  it('holds at most 1,000 flags in one answer: a larger limit is a 400', async () => {
    const response = await t.app.inject(`${url}?limit=1001`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/limit must be <= 1000/);
  });
});

// Each page is tagged and held as the timeline's feed is (server/timeline/gap-routes.ts): a
// browser holding a page gets 304, and a change to what the flags are made of is a new answer.
describe('a page’s ETag', () => {
  const fetchPage = (query: string, tag?: string, app = t.app) =>
    app.inject({ url: `${url}${query}`, headers: tag ? { 'if-none-match': tag } : {} });

  it('gives 304 while the review is unchanged, per page and per view', async () => {
    const first = await fetchPage('?limit=2');
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^W\/"[\w-]+"$/);
    const again = await fetchPage('?limit=2', tag);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // Another page, another view: another answer.
    expect((await fetchPage('?limit=2&offset=2', tag)).statusCode).toBe(200);
    expect((await fetchPage('?limit=2&view=named', tag)).statusCode).toBe(200);
    // A panel member's page (rule ids as /rules gives them to the panel) is theirs alone.
    const panel = await t.signUp();
    const joined = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${panel.id}`,
      payload: { role: 'panel' },
    });
    expect(joined.statusCode, joined.body).toBe(204);
    const seen = await fetchPage('?limit=2', tag, panel.app);
    expect(seen.statusCode).toBe(200);
    expect(seen.headers.etag).not.toBe(tag);
  });

  it('sends the page held, compressed as it was the first time, until an upload moves the revision', async () => {
    const first = await fetchPage('?limit=3&view=named');
    const packed = await t.app.inject({
      url: `${url}?limit=3&view=named`,
      headers: { 'accept-encoding': 'br' },
    });
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.headers.etag).toBe(first.headers.etag);
    expect(JSON.parse(brotliDecompressSync(packed.rawPayload).toString())).toEqual(first.json());
    const csv = 'Date,Type,Description\n01/06/2018,Referral received,Referral from school\n';
    expect((await upload(t.app, reviewId, csv, { agency: 'School' })).statusCode).toBe(201);
    const after = await fetchPage('?limit=3&view=named', first.headers.etag as string);
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(first.headers.etag);
  });
});
