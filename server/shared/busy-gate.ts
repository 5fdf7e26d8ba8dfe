/**
 * A ceiling on slow work running at once in this process (password hashing: scrypt takes
 * 32 MiB and about 0.1 s a hash). Work past the ceiling is refused at once, not queued, so a
 * flood of requests cannot take the server's memory or its thread pool from everyone else; the
 * caller tells the client to try again in a second.
 *
 * The count is this process's own: each instance of a hosted service protects its own memory.
 */
export class BusyGate {
  private running = 0;

  constructor(readonly limit: number) {}

  /** Starts `work` when fewer than `limit` are running; otherwise null, and `work` never runs. */
  tryRun<T>(work: () => Promise<T>): Promise<T> | null {
    if (this.running >= this.limit) return null;
    this.running++;
    // The place is given back however the work ends, thrown synchronously included.
    return Promise.resolve()
      .then(work)
      .finally(() => {
        this.running--;
      });
  }

  /** Work running now: for tests and for a reader who wants to see the gate's state. */
  get busy(): number {
    return this.running;
  }
}
