import type { FacetsDto } from '../contract/events';
import type { TimelineEvent } from '../contract/feed';
import type { Db } from '../db/handle';
import { requireReview } from '../core/require-review';
import { IDENTITY, type Redactor } from '../anonymise/redact';
import {
  drawnFieldsOf,
  facetsFor,
  filterFrom,
  fromFlag,
  type EventRecordsQuery,
} from './events.service';
import {
  FEED_LABEL_READ,
  findCoverage,
  findDescriptions,
  findFeedRows,
  findWeekRows,
  type FeedRow,
} from './events.repository';

/**
 * The timeline feed's events (contract/feed.ts) under the events list's filters, scope and
 * order, every match, as written: the route gives them through timelineFeedAsSeen, which
 * redacts them and cuts each label to LABEL_LENGTH. Only the columns the feed sends are read.
 */
export async function listFeedEvents(
  db: Db,
  reviewId: string,
  query: Omit<EventRecordsQuery, 'limit' | 'offset'> & { labels?: boolean },
  options: { agencyScope?: string | null; redact?: Redactor; onlyIds?: string[] } = {},
): Promise<{ events: TimelineEvent[]; facets?: FacetsDto; labels: boolean }> {
  const redact = options.redact ?? IDENTITY;
  const labels = query.labels ?? true;
  await requireReview(db, reviewId);
  const filter = {
    ...(await filterFrom(db, reviewId, query, redact, options.onlyIds)),
    scopeAgencyKey: options.agencyScope ?? null,
  };
  const [rows, facets] = await Promise.all([
    findFeedRows(db, reviewId, filter, labels),
    query.facets ? facetsFor(db, reviewId, filter, redact) : undefined,
  ]);
  if (labels) await wholeWhereCut(db, reviewId, rows, redact);
  // The same few lists of people recur across a review ('["Mother","Infant"]'): each is parsed
  // once and its array shared (nothing downstream changes one in place).
  const people = new Map<string, string[]>();
  const parseSubjects = (json: string) => {
    let list = people.get(json);
    if (!list) people.set(json, (list = JSON.parse(json) as string[]));
    return list;
  };
  const events = rows.map((row): TimelineEvent => {
    const event: TimelineEvent = drawnFieldsOf(row, parseSubjects);
    event.label = row.label;
    return event;
  });
  return facets ? { events, facets, labels } : { events, labels };
}

/**
 * The label is redacted before it is cut to LABEL_LENGTH, so a name at the cut is replaced
 * whole, never half-kept ("Jane Sm…"). The repository reads FEED_LABEL_READ characters, which
 * holds a name that starts before the cut. But a name can cross the read's own end, and there
 * the redactor sees only its first part ("Jane Smi" is no name): if redaction shortened the
 * text before it (long names, short labels), that part could move under the cut. So where the
 * view redacts, a description longer than the read whose read part names someone is read
 * whole instead (one query for those rows). One whose read part names nobody is kept as read:
 * a name crossing character 200 reaches the label only if it starts before character 120 and
 * is over 80 characters long as written.
 */
async function wholeWhereCut(db: Db, reviewId: string, rows: FeedRow[], redact: Redactor) {
  if (redact === IDENTITY) return;
  // UTF-16 length: at least the read's length in characters, so a cut is never missed.
  const cut = rows.filter(
    (r) => r.label !== null && r.label.length > FEED_LABEL_READ && redact(r.label) !== r.label,
  );
  if (cut.length === 0) return;
  const whole = new Map(
    (
      await findDescriptions(
        db,
        reviewId,
        cut.map((r) => r.id),
      )
    ).map((r) => [r.id, r.description]),
  );
  for (const row of cut) row.label = whole.get(row.id) ?? row.label;
}

/**
 * The week totals' inputs: the events the filters keep (agency, type, child seen, dates) and
 * the span and agencies of every event the viewer may see.
 */
export async function listWeekEvents(
  db: Db,
  reviewId: string,
  query: Omit<EventRecordsQuery, 'limit' | 'offset'>,
  options: { agencyScope?: string | null; redact?: Redactor; onlyIds?: string[] } = {},
) {
  const redact = options.redact ?? IDENTITY;
  const review = await requireReview(db, reviewId);
  const scope = options.agencyScope ?? null;
  const filter = {
    ...(await filterFrom(db, reviewId, query, redact, options.onlyIds)),
    scopeAgencyKey: scope,
  };
  const [rows, coverage] = await Promise.all([
    findWeekRows(db, reviewId, filter),
    findCoverage(db, reviewId, scope),
  ]);
  return {
    events: rows.map((r) => ({
      agency: r.agency,
      type: r.type,
      childSeen: fromFlag(r.child_seen),
      earliest: r.date_earliest,
      latest: r.date_latest,
    })),
    period: { from: review.period_start, to: review.period_end },
    coverage,
  };
}
