// Pure: counts failed sign-ins and says when to stop listening. In memory on purpose: one
// process serves the app, and a restart forgetting the counts costs an attacker a restart.

export interface ThrottleLimits {
  /** Failures allowed per account (email) within the window before it is locked. */
  perAccount: number;
  /** Failures allowed per client address within the window (many accounts, one attacker). */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
};

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: ThrottleLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until this email/address may try again, or 0 when it may try now. */
  retryAfter(email: string, address: string): number {
    const now = this.now();
    const wait = (key: string, limit: number) => {
      const recent = this.recent(key, now);
      if (recent.length < limit) return 0;
      return (recent[recent.length - limit] as number) + this.limits.windowMs - now;
    };
    return Math.max(
      wait(`account:${email}`, this.limits.perAccount),
      wait(`address:${address}`, this.limits.perAddress),
    );
  }

  recordFailure(email: string, address: string): void {
    const now = this.now();
    for (const key of [`account:${email}`, `address:${address}`]) {
      this.failures.set(key, [...this.recent(key, now), now]);
    }
  }

  /** A correct password clears the account's count (not the address's). */
  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`);
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }
}
