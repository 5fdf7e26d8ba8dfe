import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loadDemo, type TestApp } from '../support/app';

// GET …/gaps a page at a time, with counts per rule (issue #11, item 3): at 100,000 events a
// review raised 41,680 flags, 37 MB in one answer.

let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await createTestApp();
  url = `/api/reviews/${(await loadDemo(t)).reviewId}/gaps`;
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
