import type { EventDto, EventListQueryInput, FacetsDto } from '../contract/events';
import type { Db } from '../db/handle';
import { AppError } from '../errors';
import { IDENTITY, type Redactor } from '../anonymise/redact';
import { notedEventIds } from '../annotations/annotations.service';
import { listEvents } from '../events/events.service';
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
  options: { agencyScope?: string | null; redact?: Redactor } = {},
): Promise<{ events: EventDto[]; total: number; facets?: FacetsDto }> {
  const { flagged, theme, annotated, ...recordsQuery } = query;
  const redact = options.redact ?? IDENTITY;
  if (options.agencyScope && (flagged || theme?.length || annotated)) {
    // Gap flags and the review's notes come from every agency's records together: not for
    // one agency's eyes.
    throw new AppError(
      'FORBIDDEN',
      'Gap flags and notes are for the review’s reviewers and panel.',
    );
  }
  let onlyIds: string[] | undefined;
  if (flagged) onlyIds = [...(await flaggedEventIds(db, reviewId))];
  if (theme?.length || annotated) {
    const noted = await notedEventIds(db, reviewId, {
      themes: theme,
      annotatedOnly: annotated,
      redact,
    });
    onlyIds = onlyIds ? onlyIds.filter((id) => noted.has(id)) : [...noted];
  }
  return listEvents(db, reviewId, recordsQuery, { ...options, redact, onlyIds });
}
