// The timeline's feed asked for before the app has loaded (main.tsx). Kept apart from
// events.api.ts, and importing almost nothing, so that the small script the page starts with
// can send the request before the app's own script (vis-timeline and the rest) is loaded.
import type { TimelineFeed } from '../../../server/contract/feed';
import { storedViewMode, withView, type ViewMode } from '../lib/view-mode';
import { reviewBase } from './http';

/** The feed's address: the early request and the page's own must be the same string. */
export function feedUrl(reviewId: string, query: URLSearchParams): string {
  const text = query.toString();
  return `${reviewBase(reviewId)}/timeline/feed${text ? `?${text}` : ''}`;
}

/** How long a feed asked for at the page's start may stand in for the page's own request. */
const EARLY_FEED_MS = 30_000;
const earlyFeeds = new Map<string, { at: number; response: Promise<Response | null> }>();

/**
 * When the address is a review's timeline, asks for its feed at once (with the view this tab
 * last chose for the review): see requestFeedEarly.
 */
export function requestFeedForAddress(pathname: string): void {
  const timeline = /^\/reviews\/([^/]+)\/timeline\/?$/.exec(pathname);
  if (!timeline?.[1]) return;
  const reviewId = decodeURIComponent(timeline[1]);
  requestFeedEarly(reviewId, storedViewMode(reviewId));
}

/**
 * Asks for a review's timeline feed as the page starts, before the app's script has loaded
 * and before the session and the review have answered: these otherwise run one after another,
 * and the feed's answer (the slowest request at 50,000 events) started about half a second
 * into the page (docs/benchmarks.md, "the page's own waterfall" and "2026-12-06, 20:45").
 * The answer is used once, by the first loadTimelineFeed for the same address within
 * EARLY_FEED_MS; any other outcome (signed out, the named view not allowed, a network error)
 * is dropped and the page asks as usual through request(), which handles each.
 */
export function requestFeedEarly(reviewId: string, view: ViewMode): void {
  const url = feedUrl(reviewId, withView(new URLSearchParams(), view));
  const response = fetch(url, { headers: { accept: 'application/json' } }).catch(() => null);
  earlyFeeds.set(url, { at: Date.now(), response });
}

/** The early answer for this address, once, if it came back good and in time; else null. */
export async function takeEarlyFeed(url: string): Promise<TimelineFeed | null> {
  const early = earlyFeeds.get(url);
  if (!early) return null;
  earlyFeeds.delete(url);
  if (Date.now() - early.at > EARLY_FEED_MS) return null;
  const response = await early.response;
  if (!response?.ok) return null;
  return (await response.json().catch(() => null)) as TimelineFeed | null;
}
