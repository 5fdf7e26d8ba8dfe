/**
 * Records an event at most once per key in a while: a timeline view or a switch to names per
 * session and review, a record per session; not every page and filter change that follows.
 */
export class AuditThrottle {
  private readonly last = new Map<string, number>();
  constructor(private readonly intervalMs = 10 * 60 * 1000) {}

  due(key: string, now = Date.now()): boolean {
    if (now - (this.last.get(key) ?? 0) <= this.intervalMs) return false;
    if (this.last.size > 10_000) this.last.clear();
    this.last.set(key, now);
    return true;
  }
}
