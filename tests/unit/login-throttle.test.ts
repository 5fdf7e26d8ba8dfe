import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  retryAfter,
  throttleKeys,
  type RecentFailures,
} from '../../server/auth/login-throttle';

const EMAIL = 'owner@board.org';

/**
 * The limits over a list of failures kept here, as the rows are kept in the database
 * (sign-in-throttle.ts; tests/api/sign-in-throttle.test.ts runs that on both dialects).
 */
function throttleAt() {
  let now = 1_000_000;
  const failures = new Map<string, number[]>();
  const keys = (email: string, address: string) => throttleKeys(email, address, DEFAULT_LIMITS);
  const throttle = {
    retryAfter(email: string, address: string) {
      const recent = { pair: [], account: [], address: [] } as RecentFailures;
      for (const k of keys(email, address)) recent[k.kind] = failures.get(k.key) ?? [];
      return retryAfter(recent, now, DEFAULT_LIMITS);
    },
    begin(email: string, address: string) {
      for (const k of keys(email, address))
        failures.set(k.key, [...(failures.get(k.key) ?? []), now]);
    },
  };
  return { throttle, tick: (ms: number) => (now += ms) };
}

/** Fifty failures for one account spread over twelve addresses, as the review reproduced. */
function spreadFailures(throttle: ReturnType<typeof throttleAt>['throttle']) {
  const addresses = Array.from({ length: 12 }, (_, i) => `198.51.100.${i + 1}`);
  let made = 0;
  for (let i = 0; made < 50; i++) {
    const address = addresses[i % addresses.length]!;
    if (throttle.retryAfter(EMAIL, address) > 0) continue;
    throttle.begin(EMAIL, address);
    made++;
  }
  return addresses;
}

describe('the sign-in throttle', () => {
  it('failures from many addresses do not lock the owner out from an address with none', () => {
    const { throttle } = throttleAt();
    const addresses = spreadFailures(throttle);
    for (const address of addresses) expect(throttle.retryAfter(EMAIL, address)).toBeGreaterThan(0);
    expect(throttle.retryAfter(EMAIL, '203.0.113.7')).toBe(0);
  });

  it('past the account limit, a new address gets one guess before it too is stopped', () => {
    const { throttle } = throttleAt();
    spreadFailures(throttle);
    throttle.begin(EMAIL, '203.0.113.8');
    expect(throttle.retryAfter(EMAIL, '203.0.113.8')).toBeGreaterThan(0);
  });

  it('still stops five failures for one account from one address, for the window', () => {
    const { throttle, tick } = throttleAt();
    for (let i = 0; i < 5; i++) throttle.begin(EMAIL, '203.0.113.9');
    expect(throttle.retryAfter(EMAIL, '203.0.113.9')).toBeGreaterThan(14 * 60_000);
    expect(throttle.retryAfter('other@board.org', '203.0.113.9')).toBe(0);
    tick(DEFAULT_LIMITS.windowMs);
    expect(throttle.retryAfter(EMAIL, '203.0.113.9')).toBe(0);
  });

  it('still stops twenty failures from one address across accounts', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 20; i++) throttle.begin(`user${i}@board.org`, '203.0.113.10');
    expect(throttle.retryAfter('fresh@board.org', '203.0.113.10')).toBeGreaterThan(0);
  });

  it('counts only failures within the window, and the limit-th newest says how long to wait', () => {
    const windowMs = DEFAULT_LIMITS.windowMs;
    const now = 10 * windowMs;
    const recent = (pair: number[]) => ({ pair, account: pair, address: pair });
    // Five failures, one of them a window old: four count, so no wait.
    const fiveWithOneOld = [now - windowMs, now - 4000, now - 3000, now - 2000, now - 1000];
    expect(retryAfter(recent(fiveWithOneOld), now, DEFAULT_LIMITS)).toBe(0);
    // Six in the window, newest first as the database gives them: the fifth newest decides.
    const six = [now - 1000, now - 2000, now - 3000, now - 4000, now - 5000, now - 6000];
    expect(retryAfter(recent(six), now, DEFAULT_LIMITS)).toBe(windowMs - 5000);
  });
});
