// What the page asks for before the app has loaded (main.tsx): who is signed in, the review
// and, on a timeline, its feed. Kept apart from the API modules, and importing almost nothing,
// so that the small script the page starts with can send the requests before the app's own
// script (vis-timeline and the rest) is loaded.
import type { SessionDto } from '../../../server/contract/auth';
import type { StripMeasureName, TimelineFeed } from '../../../server/contract/feed';
import type { ReviewDto } from '../../../server/contract/reviews';
import { FILTER_PARAM_NAMES } from '../lib/filters';
import { abilities } from '../lib/roles';
import { storedViewMode, viewSuffix, withView, type ViewMode } from '../lib/view-mode';
import { askEarly, peekEarly, takeEarly } from './early';
import { reviewBase } from './http';

/**
 * The feed's address: the early request and the page's own must be the same string. Without
 * labels: on a real review they are most of the feed's bytes, and the page shows descriptions
 * from the full records of what is in view (features/timeline/lib/record-store.ts).
 */
export function feedUrl(reviewId: string, query: URLSearchParams): string {
  const params = new URLSearchParams(query);
  params.set('labels', 'false');
  return `${reviewBase(reviewId)}/timeline/feed?${params}`;
}

/**
 * Asks at once for what the page at this address asks for first: the session, and on a
 * review's pages the review, and on its timeline the feed (with the view this tab last chose
 * for the review). Otherwise each waits for the app's script to load and run, and then the
 * session and the review are asked one after the other (docs/benchmarks.md, "the page's own
 * waterfall" and "2026-12-06, 22:00").
 */
export function requestForAddress(pathname: string, search = ''): void {
  askEarly('/api/session');
  const review = /^\/reviews\/([^/]+)(\/[^/]*)?\/?$/.exec(pathname);
  if (!review?.[1]) return;
  const reviewId = decodeURIComponent(review[1]);
  askEarly(reviewBase(reviewId));
  if (review[2] !== '/timeline') return;
  const view = storedViewMode(reviewId);
  requestFeedEarly(reviewId, view);
  // The strip asks with the address's filters; its early request is for none.
  const filtered = FILTER_PARAM_NAMES.some((name) => new URLSearchParams(search).has(name));
  void requestSidesEarly(reviewId, view, !filtered);
}

/**
 * The timeline's other first requests, asked as soon as the early session and review say what
 * this user's role may read (as the page itself decides, client/shared/lib/roles.ts): the
 * first page of gap flags, the uploads, the notes and the overview strip's weekly totals. The
 * first draw waits for the first three
 * (use-first-draw-wait.ts); asked by the page, they started only once the app's script had
 * loaded and run, and the flags' two pages came one after the other after that
 * (docs/benchmarks.md, "2026-12-07").
 */
async function requestSidesEarly(
  reviewId: string,
  view: ViewMode,
  withWeeks: boolean,
): Promise<void> {
  const [session, review] = await Promise.all([
    peekEarly<SessionDto>('/api/session'),
    peekEarly<ReviewDto>(reviewBase(reviewId)),
  ]);
  if (!session?.user || !review) return;
  const can = abilities(review, session.user.isAdmin);
  // The server names a panel member's view itself: only a reviewer's choice of names stands.
  const asked = can.namedView ? view : 'anonymised';
  if (can.seeGaps) void requestGapPagesEarly(reviewId, asked);
  if (can.seeSubmissions) askEarly(`${reviewBase(reviewId)}/submissions`);
  if (can.readNotes) askEarly(`${reviewBase(reviewId)}/annotations${viewSuffix(asked)}`);
  // The overview strip's totals as it first asks for them: no filters, its first measure.
  if (withWeeks && can.readEvents) {
    askEarly(weeksUrl(reviewId, new URLSearchParams(), FIRST_STRIP_MEASURE, asked));
  }
}

/**
 * The first page of gap flags, and once it says how many there are, the rest of the pages the
 * page will ask for (GAP_FETCH_LIMIT), all before the app's script has run: asked by the app,
 * the later pages started only once it had loaded, and the first draw waited for them
 * (use-first-draw-wait.ts; docs/benchmarks.md, "2026-12-07, midday").
 */
async function requestGapPagesEarly(reviewId: string, view: ViewMode): Promise<void> {
  const first = gapsUrl(reviewId, 0, view);
  askEarly(first);
  const page = await peekEarly<{ total: number; limit: number }>(first);
  if (!page) return;
  for (const offset of gapPageOffsets(page.total, page.limit)) {
    askEarly(gapsUrl(reviewId, offset, view));
  }
}

/** The most gap flags a page fetches: five of the server's pages of 1,000. */
export const GAP_FETCH_LIMIT = 5000;

/**
 * The offsets of the pages of gap flags after the first, from what the first says: `total`
 * flags, `limit` a page (the server's own size), up to GAP_FETCH_LIMIT.
 */
export function gapPageOffsets(total: number, limit: number): number[] {
  const wanted = Math.min(total, GAP_FETCH_LIMIT);
  const size = Math.max(1, limit);
  const offsets: number[] = [];
  for (let at = size; at < wanted; at += size) offsets.push(at);
  return offsets;
}

/** What the overview strip counts when the page opens. */
export const FIRST_STRIP_MEASURE: StripMeasureName = 'contacts';

/** The strip's totals' address: the early request and the page's own are the same string. */
export function weeksUrl(
  reviewId: string,
  query: URLSearchParams,
  measure: StripMeasureName,
  view: ViewMode,
): string {
  const params = withView(query, view);
  params.set('measure', measure);
  return `${reviewBase(reviewId)}/timeline/weeks?${params}`;
}

/** A page of the review's gap flags: the early request and the page's own are the same string. */
export function gapsUrl(reviewId: string, offset: number, view: ViewMode): string {
  const query = withView(new URLSearchParams({ offset: String(offset) }), view);
  return `${reviewBase(reviewId)}/gaps?${query}`;
}

/**
 * Asks for a review's timeline feed as the page starts: the slowest request at 50,000 events,
 * which otherwise started about half a second into the page (docs/benchmarks.md, "2026-12-06,
 * 20:45"). The answer is used once, by the first loadTimelineFeed for the same address
 * (early.ts says when it is not).
 */
export function requestFeedEarly(reviewId: string, view: ViewMode): void {
  askEarly(feedUrl(reviewId, withView(new URLSearchParams(), view)));
}

/** The early answer for this feed, once, if it came back good and in time; else null. */
export async function takeEarlyFeed(url: string): Promise<TimelineFeed | null> {
  const response = await takeEarly(url);
  if (!response) return null;
  return (await response.json().catch(() => null)) as TimelineFeed | null;
}
