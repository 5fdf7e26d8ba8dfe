// After changes to a review in use go quiet, its gap flags are worked out in the background, so the next visit to its timeline does not wait for them.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';
import { reviewGaps } from './gaps.service';

/**
 * How long a review's changes must stay quiet before its flags are worked out: fifteen agencies
 * uploading at once make fifteen revisions in a few seconds, and the flags of each would be
 * thrown away by the next (tests/process/uploads-and-readers.test.ts).
 */
export const WARM_AFTER_QUIET_MS = 2_000;

/**
 * How recently someone must have looked at a review's timeline or flags for it to be warmed.
 * Working the flags out holds the server's one thread (about a second at 50,000 events), and a
 * request to another review waits behind it: that is worth it for a review somebody is working
 * on, who will come back to its timeline, not for every review an agency uploads to. It also
 * keeps the sixteen reviews whose flags are held the ones in use.
 */
export const IN_USE_MS = 30 * 60_000;

/** Pages that show a review's flags: looking at them puts the review in use. */
const SHOWS_FLAGS = /\/(timeline|gaps)(\/|\?|$)/;

/**
 * Why. The flags are worked out on the first request after the review's revision moves (an
 * upload, a withdrawal, a rule, a duplicate link) and held until it moves again
 * (gaps.service.ts). At 50,000 events working them out takes the server about a second, and the
 * first visit to the timeline after an upload waited for it, on top of the feed's own first
 * answer (docs/benchmarks.md, "2026-12-07, morning"). So after a change a request makes to a
 * review in use (a 2xx answer to anything but GET or HEAD, on a route that names the review,
 * whose timeline or flags someone read in the last IN_USE_MS), once no other change has come for
 * WARM_AFTER_QUIET_MS, the flags are asked for. A visit before then works them out itself, as
 * before (and a warm-up that finds them held costs one small read).
 *
 * A failure here is nobody's request's: it is logged (a review deleted meanwhile is not a
 * failure), and the next request works the flags out as before. Closing the app drops the
 * waiting warm-ups and waits for a running one, so none reads a closed database.
 */
export function warmGapsAfterChanges(app: FastifyInstance, quietMs = WARM_AFTER_QUIET_MS): void {
  const waiting = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const lastLooked = new Map<string, number>();
  let closing = false;
  const inUse = (reviewId: string) =>
    Date.now() - (lastLooked.get(reviewId) ?? -Infinity) <= IN_USE_MS;
  const warm = (reviewId: string) => {
    waiting.delete(reviewId);
    if (closing || !inUse(reviewId)) return;
    const work = reviewGaps(app.db, reviewId)
      .then(() => undefined)
      .catch((error: unknown) => {
        const gone = error instanceof AppError && /NOT_FOUND$/.test(error.code);
        if (!gone) app.log.warn({ err: error, reviewId }, 'working out the gap flags failed');
      })
      .finally(() => running.delete(work));
    running.add(work);
  };
  app.addHook('onResponse', async (request, reply) => {
    if (closing || reply.statusCode < 200 || reply.statusCode >= 300) return;
    const reviewId = (request.params as { reviewId?: unknown } | undefined)?.reviewId;
    if (typeof reviewId !== 'string') return;
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (!SHOWS_FLAGS.test(request.url)) return;
      // Re-inserted, so the map stays in order of looking and the oldest go first.
      lastLooked.delete(reviewId);
      lastLooked.set(reviewId, Date.now());
      for (const [id, at] of lastLooked) {
        if (Date.now() - at <= IN_USE_MS) break;
        lastLooked.delete(id);
      }
      return;
    }
    if (!inUse(reviewId)) return;
    clearTimeout(waiting.get(reviewId));
    waiting.set(reviewId, setTimeout(() => warm(reviewId), quietMs).unref());
  });
  app.addHook('onClose', async () => {
    closing = true;
    for (const timer of waiting.values()) clearTimeout(timer);
    waiting.clear();
    await Promise.all(running);
  });
}
