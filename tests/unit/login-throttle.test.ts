import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, LoginThrottle } from '../../server/auth/login-throttle';

const EMAIL = 'owner@board.org';

function throttleAt() {
  let now = 1_000_000;
  const throttle = new LoginThrottle(DEFAULT_LIMITS, () => now);
  return { throttle, tick: (ms: number) => (now += ms) };
}

/** Fifty failures for one account spread over twelve addresses, as the review reproduced. */
function spreadFailures(throttle: LoginThrottle) {
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
});
