import type { RowIssueDto } from '../../../server/contract/common';
import type { EventDto, FacetsDto, TypeBasisDto } from '../../../server/contract/events';
import {
  decodeFeed,
  type StripMeasureName,
  type TimelineEvent,
  type TimelineFeed,
  type TimelineWeeks,
} from '../../../server/contract/feed';
import type { SubmissionDto } from '../../../server/contract/submissions';
import type {
  DuplicateSuggestion,
  EventLink,
  GapSet,
  LinkKind,
  RuleDocument,
  RuleDto,
} from './api-types';
import {
  feedUrl,
  GAP_FETCH_LIMIT,
  gapPageOffsets,
  gapsUrl,
  takeEarlyFeed,
  weeksUrl,
} from './early-feed';
import { json, request, reviewBase } from './http';
import { viewSuffix, withView, type ViewMode } from '../lib/view-mode';
import type { AnnexOptions } from '../lib/annex';

/** An event with its provenance, as GET /api/reviews/:id/events/:eventId returns it. */
export type EventWithRaw = EventDto & {
  raw: Record<string, string>;
  typeBasis: TypeBasisDto | null;
  fileName: string | null;
  version: number;
};

/** Case data: submissions, events, gap flags, rules, duplicates and links. */
export const eventsApi = {
  listSubmissions: (reviewId: string) =>
    request<{ submissions: SubmissionDto[] }>(`${reviewBase(reviewId)}/submissions`).then(
      (r) => r.submissions,
    ),
  getSubmission: (reviewId: string, submissionId: string) =>
    request<SubmissionDto & { headers: string[]; warnings: RowIssueDto[] }>(
      `${reviewBase(reviewId)}/submissions/${encodeURIComponent(submissionId)}`,
    ),
  getEvent: (reviewId: string, eventId: string, view: ViewMode = 'anonymised') =>
    request<EventWithRaw>(
      `${reviewBase(reviewId)}/events/${encodeURIComponent(eventId)}${viewSuffix(view)}`,
    ),
  listEventPage: (reviewId: string, query: URLSearchParams) =>
    request<{ events: EventDto[]; total: number; facets?: FacetsDto }>(
      `${reviewBase(reviewId)}/events?${query}`,
    ),
  /**
   * The review's gap flags, in pages of 1,000, up to GAP_FETCH_LIMIT: a long review can raise
   * tens of thousands, more than a list or a lane can show. Certain flags come first, so those
   * are the ones kept; `total` and `rules` count them all. The first page says how many there
   * are, and the rest are asked for together: one after another, at 50,000 events, four more
   * pages took 700 ms after the timeline was drawn, and the timeline waited for them to draw
   * the flags (docs/benchmarks.md, "2026-12-06, 23:10").
   */
  listGaps: async (reviewId: string, view: ViewMode = 'anonymised'): Promise<GapSet> => {
    const page = (offset: number) =>
      request<GapSet & { limit: number }>(gapsUrl(reviewId, offset, view));
    const first = await page(0);
    // Pages of the server's own size (`limit`), as the first page says it.
    const rest = await Promise.all(gapPageOffsets(first.total, first.limit).map(page));
    const gaps = [first, ...rest].flatMap((p) => p.gaps).slice(0, GAP_FETCH_LIMIT);
    return { gaps, total: first.total, rules: first.rules };
  },
  listRules: (reviewId: string) =>
    request<{ rules: RuleDto[] }>(`${reviewBase(reviewId)}/rules`).then((r) => r.rules),
  createRule: (reviewId: string, rule: RuleDocument) =>
    request<RuleDto>(`${reviewBase(reviewId)}/rules`, { method: 'POST', ...json(rule) }),
  updateRule: (reviewId: string, ruleId: string, rule: RuleDocument) =>
    request<RuleDto>(`${reviewBase(reviewId)}/rules/${encodeURIComponent(ruleId)}`, {
      method: 'PUT',
      ...json(rule),
    }),
  deleteRule: (reviewId: string, ruleId: string) =>
    request<null>(`${reviewBase(reviewId)}/rules/${encodeURIComponent(ruleId)}`, {
      method: 'DELETE',
    }),
  /** Every suggested pair, including the ones a reviewer already decided (to show and undo). */
  listDuplicates: (reviewId: string) =>
    request<{ suggestions: DuplicateSuggestion[] }>(
      `${reviewBase(reviewId)}/duplicates?includeDecided=true`,
    ).then((r) => r.suggestions),
  listLinks: (reviewId: string) =>
    request<{ links: EventLink[] }>(`${reviewBase(reviewId)}/links`).then((r) => r.links),
  createLink: (reviewId: string, link: { a: string; b: string; kind: LinkKind }) =>
    request<EventLink>(`${reviewBase(reviewId)}/links`, { method: 'POST', ...json(link) }),
  deleteLink: (reviewId: string, linkId: string) =>
    request<null>(`${reviewBase(reviewId)}/links/${encodeURIComponent(linkId)}`, {
      method: 'DELETE',
    }),
};

/** The annex file: the events list's filters (+ annotated, view) as the download's query. */
export function annexUrl(
  reviewId: string,
  format: AnnexOptions['format'],
  query: URLSearchParams,
): string {
  const text = query.toString();
  return `${reviewBase(reviewId)}/annex.${format}${text ? `?${text}` : ''}`;
}

const PAGE_SIZE = 10_000;

/**
 * Every current event of a review, in time order: the first page says how many there are, the
 * rest are fetched two at a time. `onProgress` reports loaded/total for a progress line.
 * `query` narrows it with the events list's filters (the walk-through's, the annex's); `view`
 * asks for names instead of role labels (reviewers only).
 */
export async function loadAllEvents(
  reviewId: string,
  onProgress?: (loaded: number, total: number) => void,
  options: { query?: URLSearchParams; view?: ViewMode } = {},
): Promise<EventDto[]> {
  const page = (offset: number) => {
    const query = withView(options.query ?? new URLSearchParams(), options.view ?? 'anonymised');
    query.set('limit', String(PAGE_SIZE));
    query.set('offset', String(offset));
    query.set('facets', 'false');
    return eventsApi.listEventPage(reviewId, query);
  };
  const first = await page(0);
  const events = first.events;
  onProgress?.(events.length, first.total);
  const offsets: number[] = [];
  for (let offset = PAGE_SIZE; offset < first.total; offset += PAGE_SIZE) offsets.push(offset);
  for (let i = 0; i < offsets.length; i += 2) {
    const pages = await Promise.all(offsets.slice(i, i + 2).map(page));
    for (const p of pages) events.push(...p.events);
    onProgress?.(events.length, first.total);
  }
  return events;
}

/**
 * The review's events as the timeline draws them (GET …/timeline/feed: no free text, a short
 * label), in time order, decoded from the feed's columns. `query` narrows it with the events
 * list's filters; `facets` asks for their counts too (the server's filtering needs them).
 */
export async function loadTimelineFeed(
  reviewId: string,
  options: { query?: URLSearchParams; view?: ViewMode; facets?: boolean } = {},
): Promise<{ events: TimelineEvent[]; facets?: FacetsDto }> {
  const query = withView(new URLSearchParams(options.query), options.view ?? 'anonymised');
  if (options.facets) query.set('facets', 'true');
  const url = feedUrl(reviewId, query);
  const feed = (await takeEarlyFeed(url)) ?? (await request<TimelineFeed>(url));
  return { events: decodeFeed(feed), ...(feed.facets ? { facets: feed.facets } : {}) };
}

/**
 * The overview strip's counts (GET …/timeline/weeks): per agency per week, the events the
 * timeline's filters (`query`, the feed's) keep that `measure` counts, over the review's range.
 */
export function loadTimelineWeeks(
  reviewId: string,
  query: URLSearchParams,
  measure: StripMeasureName,
  view: ViewMode = 'anonymised',
): Promise<TimelineWeeks> {
  return request<TimelineWeeks>(weeksUrl(reviewId, query, measure, view));
}

/** The full records of these events (at most 50 a request: the table's rows in view). */
export async function loadEventsById(
  reviewId: string,
  ids: readonly string[],
  view: ViewMode = 'anonymised',
): Promise<EventDto[]> {
  const out: EventDto[] = [];
  for (let i = 0; i < ids.length; i += 50) {
    const query = withView(new URLSearchParams({ facets: 'false' }), view);
    for (const id of ids.slice(i, i + 50)) query.append('id', id);
    out.push(...(await eventsApi.listEventPage(reviewId, query)).events);
  }
  return out;
}

/**
 * The timeline's filters run by the server (a search, or a review too large to filter in the
 * browser): the ids of the events they keep, in the merged order, and the filter lists'
 * counts. With no filter every event is kept, so only the counts are asked for (a page of one
 * event carries them) rather than the whole feed again.
 */
export async function filterOnServer(
  reviewId: string,
  query: URLSearchParams,
  view: ViewMode = 'anonymised',
): Promise<{ ids: string[] | null; facets: FacetsDto }> {
  const empty = (): FacetsDto => ({ agency: [], agencyKind: [], type: [], subject: [] });
  if (query.size === 0) {
    const page = await eventsApi.listEventPage(
      reviewId,
      withView(new URLSearchParams({ limit: '1', facets: 'true' }), view),
    );
    return { ids: null, facets: page.facets ?? empty() };
  }
  const { events, facets } = await loadTimelineFeed(reviewId, { query, view, facets: true });
  return { ids: events.map((e) => e.id), facets: facets ?? empty() };
}
