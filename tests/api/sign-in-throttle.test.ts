import { afterEach, describe, expect, it } from 'vitest';
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
