import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
afterEach(() => t?.close());

describe('the API docs (/docs, /docs/json)', () => {
  it('are for signed-in users by default: a stranger gets 401 and no route list', async () => {
    t = await createTestApp();
    for (const url of ['/docs', '/docs/json', '/docs/static/index.html']) {
      const stranger = await t.anonymous.inject({ url });
      expect(stranger.statusCode, url).toBe(401);
      expect(stranger.body).not.toContain('/api/reviews');
    }
    const signedIn = await t.app.inject({ url: '/docs/json' });
    expect(signedIn.statusCode).toBe(200);
    expect(Object.keys(signedIn.json().paths)).toContain('/api/reviews');
  });

  it('are public only when API_DOCS=public', async () => {
    t = await createTestApp({ API_DOCS: 'public' });
    const stranger = await t.anonymous.inject({ url: '/docs/json' });
    expect(stranger.statusCode).toBe(200);
    expect(Object.keys(stranger.json().paths)).toContain('/api/reviews');
  });
});
