import { describe, expect, it } from 'vitest';
import {
  BROWSER_FILTER_LIMIT,
  eventsWithIds,
  filterMode,
} from '../../client/features/timeline/lib/filter-mode';
import { rowPagesToFetch } from '../../client/features/timeline/lib/row-pages';

describe('filterMode: where the timeline’s filters run', () => {
  it('filters in the browser up to the limit, and asks the server above it', () => {
    expect(filterMode({ q: '' }, BROWSER_FILTER_LIMIT)).toBe('browser');
    expect(filterMode({ q: '' }, BROWSER_FILTER_LIMIT + 1)).toBe('server');
    expect(filterMode({ q: '' }, 10, 5)).toBe('server');
  });

  it('always sends a search to the server: the feed carries no free text', () => {
    expect(filterMode({ q: 'cannabis' }, 12)).toBe('server');
    expect(filterMode({ q: '   ' }, 12)).toBe('browser');
  });
});

describe('eventsWithIds: the server’s answer mapped back to the loaded events', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const c = { id: 'c' };
  const byId = new Map([a, b, c].map((e) => [e.id, e]));

  it('gives the loaded objects themselves, in the answer’s order', () => {
    const kept = eventsWithIds(byId, ['c', 'a']);
    expect(kept).toEqual([c, a]);
    expect(kept[0]).toBe(c);
  });

  it('leaves out an id the page has not loaded (uploaded since)', () => {
    expect(eventsWithIds(byId, ['b', 'new', 'c'])).toEqual([b, c]);
  });
});

describe('rowPagesToFetch: the table’s rows whose records to fetch', () => {
  const ids = Array.from({ length: 230 }, (_, i) => `e${i}`);
  const none = () => false;

  it('asks for whole pages of 50 around the rows in view, a page either side', () => {
    const pages = rowPagesToFetch(ids, { first: 60, last: 80 }, none);
    expect(pages.map((p) => [p[0], p.length])).toEqual([
      ['e0', 50],
      ['e50', 50],
      ['e100', 50],
    ]);
  });

  it('skips what is cached or on its way, and pages left empty', () => {
    const known = (id: string) => Number(id.slice(1)) < 120;
    const pages = rowPagesToFetch(ids, { first: 60, last: 80 }, known);
    expect(pages).toEqual([ids.slice(120, 150)]);
    expect(rowPagesToFetch(ids, { first: 60, last: 80 }, () => true)).toEqual([]);
  });

  it('stops at the last row and asks nothing of an empty table', () => {
    expect(rowPagesToFetch(ids, { first: 220, last: 229 }, none).map((p) => p.length)).toEqual([
      50, 30,
    ]);
    expect(rowPagesToFetch([], { first: 0, last: -1 }, none)).toEqual([]);
  });
});
