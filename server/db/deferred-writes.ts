import { isDatabaseBusy, withoutWaiting } from './busy';

type Write = () => Promise<unknown>;

/** Enough for a lock held for minutes by every signed-in user; then the oldest is dropped. */
const MAX_QUEUED = 10_000;
const RETRY_MS = 250;

/**
 * Writes a request makes on the side (an audit entry for a read, a session's last-seen time):
 * tried at once, and if another connection holds the write lock, kept and retried off the
 * request path, so the read they belong to is answered instead of failing. Anything other
 * than a busy lock is thrown as before. Queued writes are kept in memory only: one still
 * waiting when the process dies is lost, which is why only side writes come here.
 */
export class DeferredWrites {
  private readonly queue: Write[] = [];
  private timer: NodeJS.Timeout | null = null;
  private dropped = 0;

  constructor(private readonly onDrop: (count: number) => void = () => {}) {}

  async run(write: Write): Promise<void> {
    if (this.queue.length > 0) {
      // Keep their order: an earlier entry still waiting goes first.
      this.enqueue(write);
      return;
    }
    try {
      await withoutWaiting(write);
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      this.enqueue(write);
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Tries what is queued until it is written or `timeoutMs` passes (on shutdown). */
  async flush(timeoutMs = 2000): Promise<void> {
    this.stop();
    const deadline = Date.now() + timeoutMs;
    while (this.queue.length > 0 && Date.now() < deadline) {
      if (!(await this.drain())) await new Promise((r) => setTimeout(r, 50));
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private enqueue(write: Write): void {
    this.queue.push(write);
    if (this.queue.length > MAX_QUEUED) {
      this.queue.shift();
      this.onDrop(++this.dropped);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.queue.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain().then(() => this.schedule());
    }, RETRY_MS);
    // A queue waiting on a lock must not keep a finished process alive.
    this.timer.unref();
  }

  /** Writes queued entries in order; false when the lock is still held. */
  private async drain(): Promise<boolean> {
    while (this.queue.length > 0) {
      try {
        await withoutWaiting(this.queue[0]!);
      } catch (error) {
        if (isDatabaseBusy(error)) return false;
        // Not a lock: it will not succeed later either. Dropped, as a failed write would be.
        this.onDrop(++this.dropped);
      }
      this.queue.shift();
    }
    return true;
  }
}
