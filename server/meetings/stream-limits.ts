/**
 * Open meeting streams, counted per session and per user, so one browser (or one user with
 * many sessions) cannot hold an unbounded number of long-lived connections. A slot is taken
 * only for a stream that stays open, and given back exactly once however it closes.
 */
export class StreamLimits {
  private readonly bySession = new Map<string, number>();
  private readonly byUser = new Map<string, number>();

  constructor(
    /** A follower needs one stream; a few allow for a second tab. More is a leak or an attack. */
    readonly perSession = 4,
    /** Across all of one user's sessions: a few devices, not forty streams. */
    readonly perUser = 8,
  ) {}

  /** A release function, or null when the session or the user already holds its share. */
  acquire(sessionId: string, userId: string): (() => void) | null {
    if ((this.bySession.get(sessionId) ?? 0) >= this.perSession) return null;
    if ((this.byUser.get(userId) ?? 0) >= this.perUser) return null;
    bump(this.bySession, sessionId, 1);
    bump(this.byUser, userId, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      bump(this.bySession, sessionId, -1);
      bump(this.byUser, userId, -1);
    };
  }

  /** Streams open now: for tests and for the shutdown check. */
  open(): number {
    let n = 0;
    for (const count of this.bySession.values()) n += count;
    return n;
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}
