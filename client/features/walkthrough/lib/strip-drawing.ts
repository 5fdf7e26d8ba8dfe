import type { EventDto } from '../../../../server/contract/events';
import type { TimelineEvent } from '../../../../server/contract/feed';
import { DAY_MS } from '../../../shared/lib/dates';
import { eventTimeSpan } from '../../../shared/lib/timeline-items';
import type { StripRange } from './walkthrough';

// Pure: the walk-through strip's lanes as drawing and as a search index. A walk-through may hold
// 50,000 events; a DOM node per event took 1.7 s to draw and 0.8 s per step (the browser
// restyled 50,000 positioned nodes each time the marker moved). Instead each lane is a few SVG
// paths over STRIP_COLUMNS columns, stretched to the strip's width: a tick per column that
// holds an event, a box per distinct (start, end) of the events with a span. Two events in one
// column could not be told apart at any screen width the strip is drawn at anyway.

/** The columns a lane is drawn over: about the widest the strip's plot gets on a 4K screen. */
export const STRIP_COLUMNS = 2000;
/** A span's box is at least this many columns wide (0.2% of the strip), to stay visible. */
const MIN_RANGE_COLUMNS = 4;

/** One lane's events sorted by start, for finding the one nearest a click by binary search. */
export interface LaneIndex {
  ids: string[];
  starts: Float64Array;
  ends: Float64Array;
  /** Per position: the position, at or before it, of the event that ends latest. */
  latestEnd: Int32Array;
}

/** One lane's SVG paths (`d` attributes, in columns across and CSS pixels down). */
export interface LanePaths {
  ticks: string;
  flaggedTicks: string;
  ranges: string;
  flaggedRanges: string;
}

export interface StripLane {
  paths: LanePaths;
  /** Built at the first click on the lane, not while the strip is drawn (it sorts the lane). */
  index: () => LaneIndex;
}

/** Ticks run from TICK_TOP to TICK_BOTTOM in a lane of LANE_HEIGHT pixels (as the CSS had). */
export const LANE_HEIGHT = 22;
const TICK_TOP = 6;
const TICK_BOTTOM = 19;

const spanOf = (event: TimelineEvent) => eventTimeSpan(event as EventDto);

/** Every lane's drawing and index, in one pass over the events. */
export function stripLanes(
  events: readonly TimelineEvent[],
  lanes: readonly string[],
  range: StripRange,
  flagged: ReadonlySet<string>,
): Map<string, StripLane> {
  const width = range.to - range.from;
  const column = (ms: number) =>
    width <= 0
      ? STRIP_COLUMNS / 2
      : Math.min(
          STRIP_COLUMNS,
          Math.max(0, Math.round(((ms - range.from) / width) * STRIP_COLUMNS)),
        );
  const building = new Map(
    lanes.map((lane) => [
      lane,
      {
        ticks: new Set<number>(),
        flaggedTicks: new Set<number>(),
        ranges: new Set<number>(),
        flaggedRanges: new Set<number>(),
        spans: [] as { id: string; start: number; end: number }[],
      },
    ]),
  );
  for (const event of events) {
    const lane = building.get(event.agency);
    if (!lane) continue;
    const span = spanOf(event);
    lane.spans.push({ id: event.id, start: span.start, end: span.end });
    const isFlagged = flagged.has(event.id);
    if (span.end - span.start > DAY_MS) {
      const from = column(span.start);
      const to = Math.max(column(span.end), from + MIN_RANGE_COLUMNS);
      // One number per (from, to) pair: columns are below 2^16.
      (isFlagged ? lane.flaggedRanges : lane.ranges).add(from * 65_536 + to);
    } else {
      (isFlagged ? lane.flaggedTicks : lane.ticks).add(column(span.start));
    }
  }
  const out = new Map<string, StripLane>();
  for (const [name, lane] of building) {
    let index: LaneIndex | null = null;
    out.set(name, {
      paths: {
        ticks: tickPath(lane.ticks),
        flaggedTicks: tickPath(lane.flaggedTicks),
        ranges: rangePath(lane.ranges),
        flaggedRanges: rangePath(lane.flaggedRanges),
      },
      index: () => (index ??= laneIndex(lane.spans)),
    });
  }
  return out;
}

function tickPath(columns: ReadonlySet<number>): string {
  let d = '';
  for (const x of columns) d += `M${x} ${TICK_TOP}V${TICK_BOTTOM}`;
  return d;
}

function rangePath(pairs: ReadonlySet<number>): string {
  let d = '';
  for (const pair of pairs) {
    const from = Math.floor(pair / 65_536);
    const to = pair % 65_536;
    d += `M${from} ${TICK_TOP}H${to}V${TICK_BOTTOM}H${from}Z`;
  }
  return d;
}

/** The index of these spans (in the sequence's order: equal starts keep it). */
export function laneIndex(spans: readonly { id: string; start: number; end: number }[]): LaneIndex {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  const n = order.length;
  const ids = new Array<string>(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const latestEnd = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const span = spans[order[k]!]!;
    ids[k] = span.id;
    starts[k] = span.start;
    ends[k] = span.end;
    // Strictly later only: of spans ending together, the first in the sequence is kept.
    latestEnd[k] = k > 0 && ends[latestEnd[k - 1]!]! >= span.end ? latestEnd[k - 1]! : k;
  }
  return { ids, starts, ends, latestEnd };
}

/**
 * The event nearest `ms` (distance 0 inside its span), by binary search: of those starting at
 * or before it, the one ending latest; of those after it, the first to start; the nearer of
 * the two, the earlier-starting on a tie. Null for an empty lane.
 */
export function nearestInLane(index: LaneIndex, ms: number): string | null {
  const n = index.ids.length;
  if (n === 0) return null;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.starts[mid]! <= ms) lo = mid + 1;
    else hi = mid;
  }
  // `lo` events start at or before ms.
  const before = lo > 0 ? index.latestEnd[lo - 1]! : -1;
  const beforeDistance = before >= 0 ? Math.max(0, ms - index.ends[before]!) : Infinity;
  const afterDistance = lo < n ? index.starts[lo]! - ms : Infinity;
  return afterDistance < beforeDistance ? index.ids[lo]! : index.ids[before]!;
}
