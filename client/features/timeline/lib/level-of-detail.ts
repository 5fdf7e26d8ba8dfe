import type { TimelineEvent } from '../../../../server/contract/feed';
import { DAY_MS, weekStartMs } from '../../../shared/lib/dates';
import { eventTimeSpan } from '../../../shared/lib/timeline-items';

/**
 * Level of detail for the timeline.
 *
 * vis-timeline's cost grows with the items it holds and, worse, with the items in view (it
 * lays out and stacks every one): 5,000 items across a year take ~15 s to draw in headless
 * Chromium. A reviewer looking at the whole period cannot read 5,000 labels anyway, so the
 * timeline never holds more than a few hundred things:
 *
 * - when the visible window holds at most `maxItems` events, the timeline gets those events
 *   (and the ones half a window either side, so a short pan shows no holes);
 * - otherwise it gets one box per lane per bucket (day, week, month, quarter or year, the
 *   smallest that stays readable at the current zoom) labelled with its count; clicking one
 *   zooms into it.
 *
 * The plan is recomputed when the window settles (vis `rangechanged`), in a few milliseconds
 * even for 50,000 events: the index is sorted by start, so the window is found by binary search.
 */

/** Anything placed on a lane over a span of time. */
export interface Placed {
  id: string;
  lane: string;
  start: number;
  end: number;
}

export interface IndexedEvent extends Placed {
  event: TimelineEvent;
}

export interface Index<T extends Placed> {
  /** Sorted by start. */
  entries: T[];
  /** The longest span of any entry: how far before a window an overlapping entry can start. */
  maxSpan: number;
}

export type TimelineIndex = Index<IndexedEvent>;

export function indexPlaced<T extends Placed>(entries: T[]): Index<T> {
  let maxSpan = 0;
  for (const e of entries) maxSpan = Math.max(maxSpan, e.end - e.start);
  entries.sort((a, b) => a.start - b.start);
  return { entries, maxSpan };
}

export function buildTimelineIndex(events: readonly TimelineEvent[]): TimelineIndex {
  return indexPlaced(
    events.map((event) => {
      const { start, end } = eventTimeSpan(event);
      return { id: event.id, lane: event.agency, start, end, event };
    }),
  );
}

/** First index whose start is ≥ ms. */
function lowerBound(entries: readonly Placed[], ms: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Placed).start < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entries overlapping [from, to] in the given lanes (null: every lane), in start order. */
export function entriesInWindow<T extends Placed>(
  index: Index<T>,
  from: number,
  to: number,
  lanes: ReadonlySet<string> | null,
): T[] {
  const out: T[] = [];
  const { entries } = index;
  for (let i = lowerBound(entries, from - index.maxSpan); i < entries.length; i++) {
    const entry = entries[i] as T;
    if (entry.start > to) break;
    if (entry.end < from) continue;
    if (lanes && !lanes.has(entry.lane)) continue;
    out.push(entry);
  }
  return out;
}

export type BucketUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const APPROX_UNIT_MS: Record<BucketUnit, number> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30.44 * DAY_MS,
  quarter: 91.31 * DAY_MS,
  year: 365.25 * DAY_MS,
};

/** The smallest bucket at least `minCellPx` wide at this zoom, so every count fits its box. */
export function chooseBucketUnit(spanMs: number, widthPx: number, minCellPx = 20): BucketUnit {
  const msPerPx = spanMs / Math.max(widthPx, 1);
  for (const unit of ['day', 'week', 'month', 'quarter'] as const) {
    if (APPROX_UNIT_MS[unit] / msPerPx >= minCellPx) return unit;
  }
  return 'year';
}

export function bucketStart(ms: number, unit: BucketUnit): number {
  if (unit === 'day') return Math.floor(ms / DAY_MS) * DAY_MS;
  if (unit === 'week') return weekStartMs(ms);
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (unit === 'year') return Date.UTC(year, 0, 1);
  const month = unit === 'quarter' ? d.getUTCMonth() - (d.getUTCMonth() % 3) : d.getUTCMonth();
  return Date.UTC(year, month, 1);
}

export function bucketEnd(start: number, unit: BucketUnit): number {
  if (unit === 'day') return start + DAY_MS;
  if (unit === 'week') return start + 7 * DAY_MS;
  const d = new Date(start);
  const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

export interface LaneBucket {
  lane: string;
  start: number;
  end: number;
  count: number;
}

/**
 * Counts per lane per bucket; an event counts in the bucket where it starts. Every bucket
 * starts at a UTC midnight, so an event's bucket is its day's: worked out once per day (a
 * review spans a few thousand days), and found per lane by its start, without a key string
 * per event (this runs on every pan and zoom, over every event in view).
 */
export function aggregateByBucket(
  entries: readonly IndexedEvent[],
  unit: BucketUnit,
): LaneBucket[] {
  const buckets: LaneBucket[] = [];
  const byLane = new Map<string, Map<number, LaneBucket>>();
  const startOfDay = new Map<number, number>();
  for (const entry of entries) {
    const day = Math.floor(entry.start / DAY_MS);
    let start = startOfDay.get(day);
    if (start === undefined) startOfDay.set(day, (start = bucketStart(day * DAY_MS, unit)));
    let lane = byLane.get(entry.lane);
    if (!lane) byLane.set(entry.lane, (lane = new Map()));
    const bucket = lane.get(start);
    if (bucket) bucket.count++;
    else {
      const made = { lane: entry.lane, start, end: bucketEnd(start, unit), count: 1 };
      lane.set(start, made);
      buckets.push(made);
    }
  }
  return buckets;
}

export type TimelinePlan =
  | { mode: 'events'; entries: IndexedEvent[]; inView: number }
  | { mode: 'aggregate'; unit: BucketUnit; buckets: LaneBucket[]; inView: number };

export interface PlanRequest {
  from: number;
  to: number;
  widthPx: number;
  /** Visible lanes; null for all. */
  lanes: ReadonlySet<string> | null;
  maxItems: number;
}

export function planTimeline(index: TimelineIndex, request: PlanRequest): TimelinePlan {
  const { from, to, widthPx, lanes, maxItems } = request;
  const span = Math.max(to - from, 1);
  const visible = countInWindow(index, from, to, lanes, maxItems + 1);
  if (visible <= maxItems) {
    const margin = span / 2;
    return {
      mode: 'events',
      entries: entriesInWindow(index, from - margin, to + margin, lanes),
      inView: visible,
    };
  }
  const unit = chooseBucketUnit(span, widthPx);
  const entries = entriesInWindow(index, from - span, to + span, lanes);
  return {
    mode: 'aggregate',
    unit,
    buckets: aggregateByBucket(entries, unit),
    inView: countInWindow(index, from, to, lanes, Infinity),
  };
}

/** Counts entries overlapping [from, to], stopping early once `stopAt` is reached. */
export function countInWindow(
  index: Index<Placed>,
  from: number,
  to: number,
  lanes: ReadonlySet<string> | null,
  stopAt: number,
): number {
  let count = 0;
  const { entries } = index;
  for (let i = lowerBound(entries, from - index.maxSpan); i < entries.length; i++) {
    const entry = entries[i] as Placed;
    if (entry.start > to) break;
    if (entry.end < from || (lanes && !lanes.has(entry.lane))) continue;
    if (++count >= stopAt) break;
  }
  return count;
}
