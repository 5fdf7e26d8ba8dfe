import type { GapDto } from '../contract/rules';
import type { Db } from '../db/handle';
import { findLinks } from '../duplicates/links.repository';
import { findEventsForAnalysis } from '../events/events.repository';
import { requireReview } from '../core/require-review';
import { ReviewCache } from '../core/review-cache';
import { activeRules } from './rules.service';
import { evaluateGaps } from './evaluate';
import type { GapEvent } from './gap-event';
import type { FuzzyDateDto } from '../contract/events';

// Gaps are recomputed whenever the review's revision moves (an upload, a rule or a link
// changed), and served from here otherwise. 16 reviews: a gap list grows with the review's
// events, and a handful of reviews are open at once.
const cache = new ReviewCache<GapDto[]>(16);

export async function reviewGaps(db: Db, reviewId: string): Promise<GapDto[]> {
  const review = await requireReview(db, reviewId);
  return cache.getOrCompute(reviewId, Number(review.revision), async () => {
    const [rows, rules, links] = await Promise.all([
      findEventsForAnalysis(db, reviewId),
      activeRules(db, reviewId),
      findLinks(db, reviewId),
    ]);
    return evaluateGaps({
      events: rows.map(toGapEvent),
      rules,
      period: { start: review.period_start, end: review.period_end },
      sameIncident: links
        .filter((l) => l.kind === 'same-incident')
        .map((l) => ({ a: l.event_a, b: l.event_b })),
    });
  });
}

/** Drops the review's flags (it was deleted): none is held, not even one being worked out. */
export function forgetGaps(reviewId: string): void {
  cache.forget(reviewId);
}

/** Whether the flags of this revision of the review are held (worked out and not yet dropped). */
export function gapsHeld(reviewId: string, revision: number): boolean {
  return cache.get(reviewId, revision) !== undefined;
}

/** Ids of every event a gap starts from or ends at: the `flagged` filter. */
export async function flaggedEventIds(db: Db, reviewId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const gap of await reviewGaps(db, reviewId)) {
    ids.add(gap.triggerEventId);
    if (gap.expectedEventId) ids.add(gap.expectedEventId);
  }
  return ids;
}

/** A row of the analysis query as the engine reads it. */
export function toGapEvent(r: Awaited<ReturnType<typeof findEventsForAnalysis>>[number]): GapEvent {
  return {
    id: r.id,
    agency: r.agency_name,
    agencyKind: r.agency_kind,
    earliest: r.date_earliest,
    latest: r.date_latest,
    precision: r.date_precision as FuzzyDateDto['precision'],
    uncertain: r.date_uncertain === 1,
    time: r.time,
    type: r.type,
    subjects: JSON.parse(r.subjects_json) as string[],
    childSeen: r.child_seen === null ? null : r.child_seen === 1,
    description: r.description,
    outcome: r.outcome,
    seq: r.seq,
  };
}
