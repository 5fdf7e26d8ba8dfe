// What the timeline draws in a window (events or per-lane totals, gap flags or their totals, the shade outside the period), and how it moves to show an event.
import { DAY_MS } from '../../../shared/lib/dates';
import {
  bucketToItem,
  eventToItem,
  gapBucketToItem,
  gapToItem,
  outsidePeriodItems,
  type ItemMark,
  type TimelineItemSpec,
} from '../../../shared/lib/timeline-items';
import { planGaps, type IndexedGap } from './gap-detail';
import {
  planTimeline,
  type Index,
  type Placed,
  type TimelineIndex,
  type TimelinePlan,
} from './level-of-detail';

export interface PlanInput {
  index: TimelineIndex;
  /** The lanes shown (hidden ones draw nothing). */
  lanes: ReadonlySet<string>;
  window: { from: number; to: number };
  /** The width of the timeline's drawing area. */
  widthPx: number;
  /** Most events drawn one by one; above it, per-lane totals. */
  maxItems: number;
  flaggedIds: ReadonlySet<string>;
  marks?: ReadonlyMap<string, ItemMark>;
  gapIndex: Index<IndexedGap>;
  /** A gap lane's rule name, by lane id. */
  ruleNames: ReadonlyMap<string, string>;
  period: { from: number; to: number };
  /** An event's description from its full record, once it is here (lib/record-store.ts). */
  describe?: (id: string) => string | null | undefined;
}

/** The plan for the window and every item it draws. */
export function planItems(input: PlanInput): { plan: TimelinePlan; specs: TimelineItemSpec[] } {
  const { from, to } = input.window;
  const plan = planTimeline(input.index, {
    from,
    to,
    widthPx: input.widthPx,
    lanes: input.lanes,
    maxItems: input.maxItems,
  });
  const specs: TimelineItemSpec[] =
    plan.mode === 'events'
      ? plan.entries.map((e) =>
          eventToItem(
            e.event,
            input.flaggedIds.has(e.id),
            input.marks?.get(e.id) ?? null,
            input.describe?.(e.id) ?? null,
          ),
        )
      : plan.buckets.map((b) => bucketToItem(b, plan.unit));
  const gapPlan = planGaps(input.gapIndex, { from, to, widthPx: input.widthPx });
  for (const flag of gapPlan.flags) specs.push(gapToItem(flag.gap));
  for (const bucket of gapPlan.buckets) {
    specs.push(gapBucketToItem(bucket, gapPlan.unit, input.ruleNames.get(bucket.lane) ?? ''));
  }
  specs.push(...outsidePeriodItems(input.period));
  return { plan, specs };
}

export type RevealMove =
  { kind: 'none' } | { kind: 'move'; to: number } | { kind: 'window'; from: number; to: number };

/**
 * How to bring an entry into view: nothing when events are drawn and it is in the window;
 * move the window to it when events are drawn; else (too busy to show single events) zoom to
 * a fortnight around it, or more for a long entry.
 */
export function revealMove(
  entry: Placed,
  window: { from: number; to: number },
  mode: TimelinePlan['mode'] | null,
): RevealMove {
  const inside = entry.start >= window.from && entry.end <= window.to;
  if (mode === 'events' && inside) return { kind: 'none' };
  if (mode === 'events') return { kind: 'move', to: entry.start };
  const mid = (entry.start + entry.end) / 2;
  const half = Math.max(7 * DAY_MS, (entry.end - entry.start) * 0.75);
  return { kind: 'window', from: mid - half, to: mid + half };
}

/** The window that shows every entry, 2% (at least a day) either side; null when there are none. */
export function fitWindow(entries: readonly Placed[]): { from: number; to: number } | null {
  if (entries.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of entries) {
    lo = Math.min(lo, e.start);
    hi = Math.max(hi, e.end);
  }
  const pad = Math.max((hi - lo) * 0.02, DAY_MS);
  return { from: lo - pad, to: hi + pad };
}
