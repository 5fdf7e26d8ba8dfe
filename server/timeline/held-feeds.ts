// The timeline feed's answers (and the gap flags' pages), held in memory between requests, as
// the bytes that are sent.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { shapeOf, type Shape } from '../anonymise/as-seen';
import type { TimelineFeed } from '../contract/feed';
import { ReviewCache } from '../core/review-cache';

const brotli = promisify(zlib.brotliCompress);

/** One answer, ready to send. */
export interface HeldAnswer {
  readonly json: string;
  /** The JSON in brotli, made the first time a browser that takes brotli asks for it. */
  brotli(): Promise<Buffer>;
}

/** One answer of the feed, ready to send. */
export interface HeldFeed extends HeldAnswer {
  /** Events in it (for the audit). */
  readonly total: number;
}

/** What a held answer weighs: its JSON, and a fifth more for its brotli and the bookkeeping. */
export const weighHeld = (held: { readonly json: string }) => Math.ceil(held.json.length * 1.2);

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
export class HeldAnswers<T extends { readonly json: string }> {
  private readonly cache: ReviewCache<T, string> | null;

  /** At most `limitBytes` of JSON (weighed as `weigh` says); below 1, nothing is held. */
  constructor(limitBytes: number, weigh: (held: T) => number = weighHeld) {
    this.cache = limitBytes >= 1 ? new ReviewCache<T, string>(limitBytes, weigh) : null;
  }

  /**
   * The answer held for this review and tag, or the one `make` gives, held from then on.
   * The tag names the review already (timeline-tag.ts); the key names it again, so that a
   * tag made without it could never hand one review's answer to another.
   */
  hold(reviewId: string, tag: string, make: () => Promise<T>): Promise<T> {
    return this.cache ? this.cache.getOrCompute(`${reviewId} ${tag}`, tag, make) : make();
  }

  /** What the held answers weigh together, for tests. */
  get heldBytes(): number {
    return this.cache?.held ?? 0;
  }
}

/** The feed's answers: each made into bytes by holdFeed. */
export class HeldFeeds extends HeldAnswers<HeldFeed> {
  get(reviewId: string, tag: string, compute: () => Promise<TimelineFeed>): Promise<HeldFeed> {
    return this.hold(reviewId, tag, async () => holdFeed(await compute()));
  }
}

/** The feed's answer as bytes (holdAnswer), with its number of events. */
export function holdFeed(feed: TimelineFeed): HeldFeed {
  return { ...holdAnswer(feed, 'timelineFeed'), total: feed.total };
}

/**
 * An answer's bytes. The redaction boundary (anonymise/boundary.ts) checks an answer object
 * as a route returns it, and a held answer is sent as bytes, which that check does not see: so
 * the same check is made here, once, before anything is held or sent: the answer must have
 * come from the as-seen function of the route's shape.
 */
export function holdAnswer(answer: object, shape: Shape): HeldAnswer {
  if (shapeOf(answer) !== shape) {
    throw new Error(
      `An answer is held only as the as-seen function of its shape gives it (${shape}AsSeen).`,
    );
  }
  const json = JSON.stringify(answer);
  let packed: Promise<Buffer> | undefined;
  return {
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

/**
 * Sends a held answer: in brotli to a browser that takes it (with its encoding set,
 * @fastify/compress leaves it as it is), else the JSON as it is.
 */
export async function sendHeld(
  request: FastifyRequest,
  reply: FastifyReply,
  held: HeldAnswer,
): Promise<FastifyReply> {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (!acceptsBrotli(request.headers['accept-encoding'])) return reply.send(held.json);
  return reply.header('content-encoding', 'br').send(await held.brotli());
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
