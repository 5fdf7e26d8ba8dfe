import type { TimelineEvent } from '../../../../server/contract/feed';
import { eventType } from '../../../shared/lib/event-types';
import { eventTimeSpan } from '../../../shared/lib/timeline-items';

export type SortKey = 'date' | 'agency' | 'type' | 'who';
export type SortDirection = 'asc' | 'desc';

export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortOrder = { key: 'date', direction: 'asc' };

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * The merged chronology's order. Ties on the chosen column fall back to time order, so a table
 * sorted by agency reads as each agency's own chronology. `events` come in the server's order.
 *
 * Time order: earliest possible moment, then the agency, then the events' given order. The
 * feed does not carry the row in the agency's file; it comes in the server's merged order
 * (date, time, agency, then the agency's own row order), so its position breaks the last tie.
 *
 * Each event's keys are worked out once, as numbers (texts as their rank in the collator's
 * order), and the positions sorted by them: comparing texts with the collator and looking up
 * start times in a map inside the comparison took about 20 ms of the page's first draw at
 * 50,000 events (docs/benchmarks.md, "2026-12-07"). In time order the events mostly come
 * sorted already (the server's order is the same but for how agencies' names collate): one
 * pass that finds them in order returns them as they are, with no sort.
 */
export function sortEvents<E extends TimelineEvent>(events: readonly E[], order: SortOrder): E[] {
  const n = events.length;
  const starts = new Float64Array(n);
  for (let i = 0; i < n; i++) starts[i] = eventTimeSpan(events[i]!).start;
  const agencies = collatedRanks(events, (e) => e.agency);
  const primary = order.key === 'date' ? null : collatedRanks(events, primaryText(order.key));
  const sign = order.direction === 'asc' ? 1 : -1;
  const compare = (i: number, j: number) =>
    sign *
    ((primary ? primary[i]! - primary[j]! : 0) ||
      starts[i]! - starts[j]! ||
      agencies[i]! - agencies[j]! ||
      i - j);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = compare(i - 1, i) < 0;
  if (sorted) return events.slice();
  const positions = Array.from({ length: n }, (_, i) => i);
  positions.sort(compare);
  return positions.map((i) => events[i]!);
}

/** The text a column other than the date sorts by. */
function primaryText(key: Exclude<SortKey, 'date'>): (e: TimelineEvent) => string {
  switch (key) {
    case 'agency':
      return (e) => e.agency;
    case 'type':
      return (e) => eventType(e.type).label;
    case 'who':
      return (e) => e.subjects.join(', ');
  }
}

/**
 * Each event's text's rank in the collator's order: texts it holds equal share a rank. A
 * review has a few agencies, types or people: the distinct texts are collected first, so the
 * collator sorts those few and each event costs one map lookup.
 */
function collatedRanks<E>(events: readonly E[], textOf: (e: E) => string): Int32Array {
  const texts = events.map(textOf);
  const rankOf = new Map<string, number>();
  for (const text of texts) rankOf.set(text, 0);
  const distinct = [...rankOf.keys()].sort((a, b) => collator.compare(a, b));
  let rank = 0;
  distinct.forEach((text, k) => {
    if (k > 0 && collator.compare(distinct[k - 1]!, text) !== 0) rank++;
    rankOf.set(text, rank);
  });
  const ranks = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; i++) ranks[i] = rankOf.get(texts[i]!)!;
  return ranks;
}

/** Keyboard stepping through a list in its current order. */
export function stepSelection(
  orderedIds: readonly string[],
  current: string | null,
  step: 'next' | 'previous' | 'first' | 'last',
): string | null {
  if (orderedIds.length === 0) return null;
  if (step === 'first') return orderedIds[0] ?? null;
  if (step === 'last') return orderedIds[orderedIds.length - 1] ?? null;
  const i = current === null ? -1 : orderedIds.indexOf(current);
  if (i < 0)
    return step === 'next' ? (orderedIds[0] ?? null) : (orderedIds[orderedIds.length - 1] ?? null);
  const j = step === 'next' ? Math.min(i + 1, orderedIds.length - 1) : Math.max(i - 1, 0);
  return orderedIds[j] ?? null;
}

/** The rows a scrolled window shows, with a few extra either side so fast scrolling stays filled. */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  total: number,
  overscan = 8,
): { first: number; last: number } {
  if (total === 0) return { first: 0, last: -1 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total - 1, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last };
}

/** The order after a click on a column's header: ascending by it, or descending if it already was. */
export function toggleSort(order: SortOrder, key: SortKey): SortOrder {
  return { key, direction: order.key === key && order.direction === 'asc' ? 'desc' : 'asc' };
}
