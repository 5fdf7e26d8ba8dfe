// After changes to a review go quiet, its gap flags are worked out in the background, so the next visit to its timeline does not wait for them.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';
import { reviewGaps } from './gaps.service';

/**
 * How long a review's changes must stay quiet before its flags are worked out: fifteen agencies
 * uploading at once make fifteen revisions in a few seconds, and the flags of each would be
 * thrown away by the next (and each working-out holds the server's thread for up to a second
 * at 50,000 events: a reader of another review would wait behind every one,
 * tests/process/uploads-and-readers.test.ts).
 */
export const WARM_AFTER_QUIET_MS = 2_000;

/**
 * Why. The flags are worked out on the first request after the review's revision moves (an
 * upload, a withdrawal, a rule, a duplicate link) and held until it moves again
 * (gaps.service.ts). At 50,000 events working them out takes the server about a second, and the
 * first visit to the timeline after an upload waited for it, on top of the feed's own first
 * answer (docs/benchmarks.md, "2026-12-07, morning"). So after a change a request makes to a
 * review (a 2xx answer to anything but GET or HEAD, on a route that names a review), once no
 * other change has come for WARM_AFTER_QUIET_MS, the flags are asked for. A visit before then
 * works them out itself, as before (and a warm-up that finds them held costs one small read).
 *
 * A failure here is nobody's request's: it is logged (a review deleted by the change is not a
 * failure), and the next request works the flags out as before. Closing the app drops the
 * waiting warm-ups and waits for a running one, so none reads a closed database.
 */
export function warmGapsAfterChanges(app: FastifyInstance, quietMs = WARM_AFTER_QUIET_MS): void {
  const waiting = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let closing = false;
  const warm = (reviewId: string) => {
    waiting.delete(reviewId);
    if (closing) return;
    const work = reviewGaps(app.db, reviewId)
      .then(() => undefined)
      .catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return;
        app.log.warn({ err: error, reviewId }, 'working out the gap flags after a change failed');
      })
      .finally(() => running.delete(work));
    running.add(work);
  };
  app.addHook('onResponse', async (request, reply) => {
    if (closing || request.method === 'GET' || request.method === 'HEAD') return;
    if (reply.statusCode < 200 || reply.statusCode >= 300) return;
    const reviewId = (request.params as { reviewId?: unknown } | undefined)?.reviewId;
    if (typeof reviewId !== 'string') return;
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
