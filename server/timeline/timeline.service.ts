import type { EventDto, EventListQueryInput, FacetsDto } from '../contract/events';
import type {
  TimelineEvent,
  TimelineFeedQueryInput,
  TimelineWeeks,
  TimelineWeeksQueryInput,
} from '../contract/feed';
import type { Db } from '../db/handle';
import { AppError } from '../errors';
import { IDENTITY, type Redactor } from '../anonymise/redact';
import { notedEventIds } from '../annotations/annotations.service';
import { listEvents } from '../events/events.service';
import { listFeedEvents, listWeekEvents } from '../events/feed.service';
import { laneOrder, weeklyCounts } from './weekly-counts';
import { flaggedEventIds } from '../gaps/gaps.service';

/**
 * The merged timeline as a viewer asks for it: the events filters (agency, type, dates,
 * search…) of events.service, and the two filters that need what sits above the records,
 * "flagged" (a gap starts or ends at it: the gap engine) and the review's notes ("annotated",
 * a theme). This folder is above events, gaps and annotations so that none of them imports
 * another: each answers for its own rows and the timeline combines them.
 *
 * `agencyScope` (a submitter's agency) limits the list to that agency's events, whatever the
 * query asks for; `redact` is the text as the viewer reads it, which every filter matches.
 */
export async function listTimeline(
  db: Db,
  reviewId: string,
  query: EventListQueryInput,
  options: TimelineOptions = {},
): Promise<{ events: EventDto[]; total: number; facets?: FacetsDto }> {
  const { flagged, theme, annotated, ...recordsQuery } = query;
  const redact = options.redact ?? IDENTITY;
  const onlyIds = await keptByFlagsAndNotes(db, reviewId, { flagged, theme, annotated }, options);
  return listEvents(db, reviewId, recordsQuery, { ...options, redact, onlyIds });
}

/** The timeline feed's events: every match of the same filters, in the same order. */
export async function timelineFeedEvents(
  db: Db,
  reviewId: string,
  query: TimelineFeedQueryInput,
  options: TimelineOptions = {},
): Promise<{ events: TimelineEvent[]; facets?: FacetsDto; labels: boolean }> {
  const { flagged, theme, annotated, ...recordsQuery } = query;
  const redact = options.redact ?? IDENTITY;
  const onlyIds = await keptByFlagsAndNotes(db, reviewId, { flagged, theme, annotated }, options);
  return listFeedEvents(db, reviewId, recordsQuery, { ...options, redact, onlyIds });
}

/**
 * The overview strip's week totals under the feed's filters: over the review's period widened
 * to every event the viewer may see (unfiltered, so the strip does not move as filters change),
 * a row for every agency the viewer may see (in lane order, a filtered-out one all zeros).
 */
export async function timelineWeeks(
  db: Db,
  reviewId: string,
  query: TimelineWeeksQueryInput,
  options: TimelineOptions = {},
): Promise<TimelineWeeks> {
  const { flagged, theme, annotated, measure, ...recordsQuery } = query;
  const redact = options.redact ?? IDENTITY;
  const onlyIds = await keptByFlagsAndNotes(db, reviewId, { flagged, theme, annotated }, options);
  const { events, period, coverage } = await listWeekEvents(db, reviewId, recordsQuery, {
    ...options,
    redact,
    onlyIds,
  });
  const range = {
    from: coverage.from !== null && coverage.from < period.from ? coverage.from : period.from,
    to: coverage.to !== null && coverage.to > period.to ? coverage.to : period.to,
  };
  return weeklyCounts(events, range, laneOrder(coverage.agencies), measure ?? 'contacts');
}

export interface TimelineOptions {
  agencyScope?: string | null;
  redact?: Redactor;
}

/** The ids the flagged and notes filters keep, or undefined when neither is asked for. */
async function keptByFlagsAndNotes(
  db: Db,
  reviewId: string,
  query: Pick<EventListQueryInput, 'flagged' | 'theme' | 'annotated'>,
  options: TimelineOptions,
): Promise<string[] | undefined> {
  const { flagged, theme, annotated } = query;
  refuseScopedFlagsAndNotes(query, options.agencyScope);
  let onlyIds: string[] | undefined;
  if (flagged) onlyIds = [...(await flaggedEventIds(db, reviewId))];
  if (theme?.length || annotated) {
    const noted = await notedEventIds(db, reviewId, {
      themes: theme,
      annotatedOnly: annotated,
      redact: options.redact ?? IDENTITY,
    });
    onlyIds = onlyIds ? onlyIds.filter((id) => noted.has(id)) : [...noted];
  }
  return onlyIds;
}

/** Gap flags and notes come from every agency's records together: not for one agency's eyes. */
export function refuseScopedFlagsAndNotes(
  query: Pick<EventListQueryInput, 'flagged' | 'theme' | 'annotated'>,
  agencyScope: string | null | undefined,
): void {
  if (agencyScope && (query.flagged || query.theme?.length || query.annotated)) {
    throw new AppError(
      'FORBIDDEN',
      'Gap flags and notes are for the review’s reviewers and panel.',
    );
  }
}
