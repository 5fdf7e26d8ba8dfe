/** What the audit write needs to record an action at most once per key, on every instance. */
export interface AuditOnce {
  key: string;
  intervalMs: number;
}

/**
 * Records an event at most once per key in a while: a timeline view or a switch to names per
 * session and review, a record per session; not every page and filter change that follows.
 *
 * Two steps, so that a read does not write every time. This memory is the cheap first filter:
 * most requests stop here. When it says due, the audit write itself checks the key's shared
 * mark inside its own transaction (recordAudit's `once`), so another instance that recorded it
 * within the interval is not recorded again (issue #14). The mark is not checked here, before
 * the write: that would be a second read racing the other instance, and it is the write's
 * transaction, one at a time across instances, that makes "once" hold.
 */
export class AuditThrottle {
  private readonly last = new Map<string, number>();
  constructor(private readonly intervalMs = 10 * 60 * 1000) {}

  /** Null when this instance recorded the key within the interval; else what `audit` needs. */
  due(key: string, now = Date.now()): AuditOnce | null {
    if (now - (this.last.get(key) ?? 0) <= this.intervalMs) return null;
    if (this.last.size > 10_000) this.last.clear();
    this.last.set(key, now);
    return { key, intervalMs: this.intervalMs };
  }
}
