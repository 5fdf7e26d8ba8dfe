// The timeline feed's answers, held in memory between requests, as the bytes that are sent.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { shapeOf } from '../anonymise/as-seen';
import type { TimelineFeed } from '../contract/feed';
import { ReviewCache } from '../core/review-cache';

const brotli = promisify(zlib.brotliCompress);

/** One answer of the feed, ready to send. */
export interface HeldFeed {
  /** Events in it (for the audit). */
  readonly total: number;
  readonly json: string;
  /** The JSON in brotli, made the first time a browser that takes brotli asks for it. */
  brotli(): Promise<Buffer>;
}

/**
 * Why. At 50,000 events working out the feed takes the server about a second, most of it
 * reading and collecting every row (docs/benchmarks.md, "2026-12-06, 21:00"), and the answer
 * is the same for everyone who asks with the same tag: in a meeting, every panel member opens
 * the same review, and a reviewer comes back to it all day. So the answer is held, keyed by
 * its ETag (timeline-tag.ts), which is a hash of everything the answer is made from: the
 * review's revision, the glossary, the view, the viewer's role and agency scope, the notes
 * where a filter reads them, and the query. A held answer is therefore only ever sent for
 * the same tag, which a browser holding it would already be answered 304 for; an upload, a
 * rule or a glossary change makes a new tag, and the old answer is no longer asked for and
 * ages out. Nothing is told about writes, so this stays right with several servers on one
 * database (core/review-cache.ts).
 *
 * How much. `limitBytes` of JSON in all (FEED_CACHE_MB, default 64 MB: a 50,000-event feed is
 * about 7 MB), the least recently used answer dropped first; 0 holds nothing. Two requests for
 * one tag at once share one computation.
 */
export class HeldFeeds {
  private readonly cache: ReviewCache<HeldFeed, string> | null;

  constructor(limitBytes: number) {
    this.cache = limitBytes >= 1 ? new ReviewCache(limitBytes, weighHeld) : null;
  }

  /**
   * The answer held for this review and tag, or the one `compute` gives, held from then on.
   * The tag names the review already (timeline-tag.ts); the key names it again, so that a
   * tag made without it could never hand one review's answer to another.
   */
  get(reviewId: string, tag: string, compute: () => Promise<TimelineFeed>): Promise<HeldFeed> {
    const make = async () => holdFeed(await compute());
    return this.cache ? this.cache.getOrCompute(`${reviewId} ${tag}`, tag, make) : make();
  }

  /** What the held answers weigh together (weighHeld), for tests. */
  get heldBytes(): number {
    return this.cache?.held ?? 0;
  }
}

/** The JSON, and a fifth more for its brotli (about a tenth of it) and the bookkeeping. */
const weighHeld = (held: HeldFeed) => Math.ceil(held.json.length * 1.2);

/**
 * The answer's bytes. The redaction boundary (anonymise/boundary.ts) checks an answer object
 * as a route returns it, and a held answer is sent as bytes, which that check does not see: so
 * the same check is made here, once, before anything is held or sent.
 */
export function holdFeed(feed: TimelineFeed): HeldFeed {
  if (shapeOf(feed) !== 'timelineFeed') {
    throw new Error('A timeline feed is held only as timelineFeedAsSeen gives it.');
  }
  const json = JSON.stringify(feed);
  let packed: Promise<Buffer> | undefined;
  return {
    total: feed.total,
    json,
    brotli() {
      packed ??= brotli(json, {
        params: {
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: json.length,
        },
      }).catch((error: unknown) => {
        packed = undefined;
        throw error;
      });
      return packed;
    },
  };
}

/** Whether an Accept-Encoding header takes brotli (listed, and not with q=0). */
export function acceptsBrotli(header: string | string[] | undefined): boolean {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  return text.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name?.trim() !== 'br') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
