// Where the timeline's filters run: over the loaded feed in the browser, or as the server's query.
import type { EventFilters } from '../../../shared/lib/filters';

/**
 * The most events the timeline filters in the browser: 50,000. `npm run bench:filters` times
 * applyFilters + computeFacets over a decoded feed on the 2-core machine (2026-12-06, median of
 * 7, slowest of four filter sets): quiet (load 2) 7 ms at 10,000, 12 ms at 50,000, 26 ms at
 * 100,000; with other work running (load 5–9) 17, 51 and 69 ms. The goal is a filter that
 * answers in about 50 ms on this machine even when busy, and 50,000 is where that holds (and
 * the size issue #15 is about); above it the server filters (GET …/timeline/feed with the
 * filters and facets) and the page keeps the previous result on screen until the answer comes.
 * A filter change also re-sorts the table and re-indexes the timeline over what it keeps
 * (the same bench: 0.3–0.4 s for all of 50,000), which no choice of limit avoids.
 */
export const BROWSER_FILTER_LIMIT = 50_000;

export type FilterMode = 'browser' | 'server';

/**
 * The search text always goes to the server: it matches the records' free text, which the
 * feed does not carry (and as the viewer reads it, redacted for the panel). The other filters
 * run in the browser over a review of up to `limit` events, and on the server above it.
 */
export function filterMode(
  filters: Pick<EventFilters, 'q'>,
  total: number,
  limit = BROWSER_FILTER_LIMIT,
): FilterMode {
  if (filters.q.trim() !== '') return 'server';
  return total <= limit ? 'browser' : 'server';
}

/**
 * The loaded events with these ids, in the ids' order (the server's answer is in the merged
 * order, as the feed is): the page keeps one object per event, so selection, notes and the
 * table's records all refer to the same ones. An id the page has not loaded (an upload since
 * it loaded) is left out.
 */
export function eventsWithIds<E>(byId: ReadonlyMap<string, E>, ids: readonly string[]): E[] {
  const out: E[] = [];
  for (const id of ids) {
    const event = byId.get(id);
    if (event !== undefined) out.push(event);
  }
  return out;
}
