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
 * Time order: earliest possible moment, then the agency, then the events' given order. The
 * feed does not carry the row in the agency's file; it comes in the server's merged order
 * (date, time, agency, then the agency's own row order), so its position breaks the last tie.
 */
function byTime(
  a: TimelineEvent,
  b: TimelineEvent,
  starts: Map<string, number>,
  positions: Map<string, number>,
): number {
  return (
    (starts.get(a.id) ?? 0) - (starts.get(b.id) ?? 0) ||
    collator.compare(a.agency, b.agency) ||
    (positions.get(a.id) ?? 0) - (positions.get(b.id) ?? 0)
  );
}

/**
 * The merged chronology's order. Ties on the chosen column fall back to time order, so a table
 * sorted by agency reads as each agency's own chronology. `events` come in the server's order.
 */
export function sortEvents<E extends TimelineEvent>(events: readonly E[], order: SortOrder): E[] {
  const starts = new Map(events.map((e) => [e.id, eventTimeSpan(e).start]));
  const positions = new Map(events.map((e, i) => [e.id, i]));
  const sign = order.direction === 'asc' ? 1 : -1;
  const primary = (a: TimelineEvent, b: TimelineEvent): number => {
    switch (order.key) {
      case 'agency':
        return collator.compare(a.agency, b.agency);
      case 'type':
        return collator.compare(eventType(a.type).label, eventType(b.type).label);
      case 'who':
        return collator.compare(a.subjects.join(', '), b.subjects.join(', '));
      default:
        return 0;
    }
  };
  return [...events].sort((a, b) => sign * (primary(a, b) || byTime(a, b, starts, positions)));
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
