import type { GapDto } from '../../../shared/api/api-types';
import { DAY_MS, isoDateToMs } from '../../../shared/lib/dates';
import {
  bucketEnd,
  bucketStart,
  chooseBucketUnit,
  entriesInWindow,
  indexPlaced,
  type BucketUnit,
  type Index,
  type LaneBucket,
  type Placed,
} from './level-of-detail';
import { gapLaneId } from '../../../shared/lib/timeline-items';

/**
 * Gap flags go through the same level of detail as events. A rule can raise thousands of flags
 * in a long review (one per intelligence log never shared), most of them open to the end of the
 * period, so in any window a busy rule's lane shows, per bucket, how many of its flags are open
 * then; a rule with few flags in the window shows each flag.
 */
export interface IndexedGap extends Placed {
  gap: GapDto;
}

export function buildGapIndex(gaps: readonly GapDto[]): Index<IndexedGap> {
  return indexPlaced(
    gaps.map((gap) => {
      const start = isoDateToMs(gap.start);
      return {
        id: gap.id,
        lane: gapLaneId(gap.ruleId),
        start,
        end: Math.max(isoDateToMs(gap.end) + DAY_MS, start + DAY_MS),
        gap,
      };
    }),
  );
}

export interface GapPlan {
  flags: IndexedGap[];
  unit: BucketUnit;
  /** Per busy rule lane: the flags open in each bucket. */
  buckets: LaneBucket[];
}

export function planGaps(
  index: Index<IndexedGap>,
  window: { from: number; to: number; widthPx: number },
  maxPerLane = 30,
): GapPlan {
  const { from, to, widthPx } = window;
  const span = Math.max(to - from, 1);
  const inView = entriesInWindow(index, from, to, null);
  const perLane = new Map<string, number>();
  for (const e of inView) perLane.set(e.lane, (perLane.get(e.lane) ?? 0) + 1);
  const busy = new Set([...perLane].filter(([, n]) => n > maxPerLane).map(([lane]) => lane));
  const margin = span / 2;
  const flags = entriesInWindow(index, from - margin, to + margin, null).filter(
    (e) => !busy.has(e.lane),
  );
  const unit = chooseBucketUnit(span, widthPx);
  const buckets: LaneBucket[] = [];
  if (busy.size > 0) {
    const starts: number[] = [];
    for (let t = bucketStart(from - span, unit); t < to + span; t = bucketEnd(t, unit))
      starts.push(t);
    const last = bucketEnd(starts[starts.length - 1] as number, unit);
    // A difference array per lane: +1 where a flag opens, -1 after the bucket where it closes.
    const diffs = new Map<string, Int32Array>();
    for (const e of entriesInWindow(index, starts[0] as number, last, busy)) {
      let diff = diffs.get(e.lane);
      if (!diff) diffs.set(e.lane, (diff = new Int32Array(starts.length + 1)));
      const a = Math.max(0, upperBound(starts, e.start) - 1);
      const b = upperBound(starts, e.end - 1) - 1;
      if (b < a) continue;
      diff[a] = (diff[a] as number) + 1;
      diff[b + 1] = (diff[b + 1] as number) - 1;
    }
    for (const [lane, diff] of diffs) {
      let open = 0;
      starts.forEach((start, i) => {
        open += diff[i] as number;
        if (open > 0) buckets.push({ lane, start, end: bucketEnd(start, unit), count: open });
      });
    }
  }
  return { flags, unit, buckets };
}

/** Number of values ≤ x in an ascending array. */
function upperBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
