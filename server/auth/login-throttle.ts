// Pure: counts sign-in attempts and says when to stop listening. In memory on purpose: one
// process serves the app, and a restart forgetting the counts costs an attacker a restart.

export interface ThrottleLimits {
  /** Failures allowed for one account from one address within the window. */
  perAccountAndAddress: number;
  /**
   * Failures allowed for one account from anywhere: a guesser spread over many addresses.
   * Once reached, it stops only addresses that have themselves failed for this account (a
   * spread-out guesser gets one guess per new address); an address with no failures, such as
   * the owner's, is not locked out by what others did.
   */
  perAccount: number;
  /** Failures allowed from one address across accounts (one attacker, many emails). */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  perAccountAndAddress: 5,
  perAccount: 50,
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
};

/** An attempt under way: counted as a failure from the moment it starts (see `begin`). */
export interface Attempt {
  readonly keys: readonly string[];
  readonly at: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: ThrottleLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  private keysFor(email: string, address: string) {
    return [
      { key: `pair:${email}\u0000${address}`, limit: this.limits.perAccountAndAddress },
      { key: `account:${email}`, limit: this.limits.perAccount },
      { key: `address:${address}`, limit: this.limits.perAddress },
    ];
  }

  /** Milliseconds until this email/address may try again, or 0 when it may try now. */
  retryAfter(email: string, address: string): number {
    const now = this.now();
    const [pair, account, byAddress] = this.keysFor(email, address);
    // The account-wide count applies only to an address that has failed for this account.
    const addressFailed = this.recent(pair!.key, now).length > 0;
    let wait = 0;
    for (const { key, limit } of addressFailed ? [pair!, account!, byAddress!] : [byAddress!]) {
      const recent = this.recent(key, now);
      if (recent.length >= limit) {
        wait = Math.max(
          wait,
          (recent[recent.length - limit] as number) + this.limits.windowMs - now,
        );
      }
    }
    return wait;
  }

  /**
   * Counts the attempt as a failure now, before the password is checked, so a burst of
   * parallel attempts cannot all pass `retryAfter` before any of them is counted. A right
   * password then takes it back (`succeeded`).
   */
  begin(email: string, address: string): Attempt {
    const at = this.now();
    const keys = this.keysFor(email, address).map((k) => k.key);
    for (const key of keys) this.failures.set(key, [...this.recent(key, at), at]);
    return { keys, at };
  }

  /** The attempt was right: it no longer counts, and the account's pair count starts again. */
  succeeded(attempt: Attempt): void {
    for (const key of attempt.keys) {
      const times = this.failures.get(key);
      if (!times) continue;
      const index = times.indexOf(attempt.at);
      if (index >= 0) times.splice(index, 1);
      if (key.startsWith('pair:') || times.length === 0) this.failures.delete(key);
    }
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }
}
