// Pure: which failures a sign-in attempt is counted under, and how long to stop listening.
// The failures themselves are rows shared by every app instance (sign-in-throttle.ts does the
// counting in one write transaction); this file only decides.

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

export type ThrottleKind = 'pair' | 'account' | 'address';

/** The times (ms) of one attempt's keys' failures within the window, one list per kind. */
export type RecentFailures = Record<ThrottleKind, readonly number[]>;

/** The keys an attempt is counted under, with the limit of each. */
export function throttleKeys(email: string, address: string, limits: ThrottleLimits) {
  return [
    { kind: 'pair', key: `pair:${email}\u0000${address}`, limit: limits.perAccountAndAddress },
    { kind: 'account', key: `account:${email}`, limit: limits.perAccount },
    { kind: 'address', key: `address:${address}`, limit: limits.perAddress },
  ] as const satisfies readonly { kind: ThrottleKind; key: string; limit: number }[];
}

/**
 * Milliseconds until an attempt with these recent failures may be made, or 0 when it may be
 * made now. A kind's list needs only its newest `limit` failures: the limit-th newest decides.
 */
export function retryAfter(recent: RecentFailures, now: number, limits: ThrottleLimits): number {
  const inWindow = (times: readonly number[]) =>
    times.filter((t) => now - t < limits.windowMs).sort((a, b) => a - b);
  const pair = inWindow(recent.pair);
  // The account-wide count applies only to an address that has failed for this account.
  const counted: [readonly number[], number][] =
    pair.length > 0
      ? [
          [pair, limits.perAccountAndAddress],
          [inWindow(recent.account), limits.perAccount],
          [inWindow(recent.address), limits.perAddress],
        ]
      : [[inWindow(recent.address), limits.perAddress]];
  let wait = 0;
  for (const [times, limit] of counted) {
    if (times.length >= limit) {
      wait = Math.max(wait, times[times.length - limit]! + limits.windowMs - now);
    }
  }
  return wait;
}
