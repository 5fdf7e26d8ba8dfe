import { AppError } from '../errors';

const WINDOW_MS = 60_000;

/**
 * Per-session upload limits (issue #11, item 4): a data officer checks a file, fixes it and
 * sends it again, a few times a minute; a script sending hundreds would fill the upload queue
 * for every other agency. Over the limit: 429 with Retry-After.
 */
export class UploadRateLimit {
  private readonly started = new Map<string, number[]>();
  private readonly running = new Map<string, number>();

  /** From the config: UPLOADS_PER_MINUTE (30) and UPLOADS_AT_ONCE (5). */
  constructor(
    private readonly perMinute: number,
    private readonly atOnce: number,
  ) {}

  /** Counts an upload in, or throws the 429; call the returned function when it is done. */
  begin(sessionId: string, now = Date.now()): () => void {
    const recent = (this.started.get(sessionId) ?? []).filter((at) => now - at < WINDOW_MS);
    if (recent.length >= this.perMinute) {
      throw new AppError(
        'TOO_MANY_UPLOADS',
        `Too many uploads from this session: the limit is ${this.perMinute} a minute. Wait a little, then try again.`,
      ).retryAfter((recent[0]! + WINDOW_MS - now) / 1000);
    }
    const running = this.running.get(sessionId) ?? 0;
    if (running >= this.atOnce) {
      throw new AppError(
        'TOO_MANY_UPLOADS',
        `This session already has ${running} uploads being stored; the limit is ${this.atOnce} at once. Wait for them to finish.`,
      ).retryAfter(5);
    }
    if (this.started.size > 10_000) this.forgetOld(now);
    recent.push(now);
    this.started.set(sessionId, recent);
    this.running.set(sessionId, running + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const left = (this.running.get(sessionId) ?? 1) - 1;
      if (left > 0) this.running.set(sessionId, left);
      else this.running.delete(sessionId);
    };
  }

  private forgetOld(now: number): void {
    for (const [session, times] of this.started) {
      if (times.every((at) => now - at >= WINDOW_MS)) this.started.delete(session);
    }
  }
}
