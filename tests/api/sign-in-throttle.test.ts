import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/auth/login-throttle';
import { SignInThrottle } from '../../server/auth/sign-in-throttle';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
afterEach(() => t?.close());

const PASSWORD = 'correct horse battery staple';

function signIn(address: string, password: string) {
  return t.anonymous.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: 'owner@test.tapestry', password },
    headers: { 'x-forwarded-for': address },
  });
}

describe('an account attacked from many addresses', () => {
  it('stops the attacking addresses but lets the owner in from an address with no failures', async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
    await t.signUp({ email: 'owner@test.tapestry', password: PASSWORD });
    const attackers = Array.from({ length: 12 }, (_, i) => `198.51.100.${i + 1}`);
    let failures = 0;
    for (let round = 0; failures < 50 && round < 10; round++) {
      for (const address of attackers) {
        if ((await signIn(address, `guess ${failures}`)).statusCode === 401) failures++;
      }
    }
    expect(failures).toBe(50);
    // Every attacking address is now stopped, even with the right password...
    for (const address of attackers) expect((await signIn(address, PASSWORD)).statusCode).toBe(429);
    // ...a new address gets one wrong guess, then is stopped too...
    expect((await signIn('192.0.2.50', 'one more guess')).statusCode).toBe(401);
    expect((await signIn('192.0.2.50', PASSWORD)).statusCode).toBe(429);
    // ...and the owner, from an address that never failed, signs in.
    expect((await signIn('192.0.2.99', PASSWORD)).statusCode).toBe(200);
  });
});

// The failures are rows (issue #14): every app instance on the database counts the same ones.
// These run on SQLite and, under `npm run test:pg`, on PostgreSQL.
describe('the failures shared by every instance', () => {
  it('another instance stops an address that failed five times through this one', async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
    await t.signUp({ email: 'owner@test.tapestry', password: PASSWORD });
    for (let i = 0; i < 5; i++)
      expect((await signIn('198.51.100.1', `guess ${i}`)).statusCode).toBe(401);
    const otherInstance = new SignInThrottle(t.db);
    const verdict = await otherInstance.begin('owner@test.tapestry', '198.51.100.1');
    expect(verdict).toEqual({ wait: expect.any(Number) });
    expect((verdict as { wait: number }).wait).toBeGreaterThan(14 * 60_000);
    // Stored as hashes: a stranger may type anything, even a password, as the email.
    const rows = await t.query<{ key: string }>('select key from sign_in_failures');
    expect(rows).toHaveLength(15);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key))).toBe(true);
  });

  it('a burst of parallel wrong passwords gets five checked and the rest refused', async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
    await t.signUp({ email: 'owner@test.tapestry', password: PASSWORD });
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => signIn('198.51.100.2', `guess ${i}`)),
    );
    // Eight: as many as may check a password at once (MAX_CONCURRENT_SIGN_INS), so none is
    // refused for that.
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([...Array(5).fill(401), ...Array(3).fill(429)]);
  });

  it('a right password takes its attempt back and starts its count from that address again', async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
    await t.signUp({ email: 'owner@test.tapestry', password: PASSWORD });
    for (let i = 0; i < 4; i++) await signIn('198.51.100.3', `guess ${i}`);
    expect((await signIn('198.51.100.3', PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++)
      expect((await signIn('198.51.100.3', `again ${i}`)).statusCode).toBe(401);
    const refused = await signIn('198.51.100.3', PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
  });

  it('prunes failures older than the window as new attempts come', async () => {
    t = await createTestApp();
    let now = 1_000_000_000;
    const throttle = new SignInThrottle(t.db, DEFAULT_LIMITS, () => now);
    await throttle.begin('owner@test.tapestry', '198.51.100.4');
    await throttle.begin('owner@test.tapestry', '198.51.100.4');
    now += DEFAULT_LIMITS.windowMs;
    await throttle.begin('someone@test.tapestry', '198.51.100.5');
    const rows = await t.query<{ at_ms: number }>('select at_ms from sign_in_failures');
    expect(rows.map((r) => Number(r.at_ms))).toEqual([now, now, now]);
  });
});
