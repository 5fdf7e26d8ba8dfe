import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import {
  createReview,
  createTestApp,
  multipart,
  onPostgres,
  tableCounts,
  withSession,
  type TestApp,
} from '../support/app';

let t: TestApp;
afterEach(() => t?.close());

describe('HTTP hardening', () => {
  it('sends a strict Content-Security-Policy and the other security headers on every response', async () => {
    t = await createTestApp();
    for (const url of ['/', '/reviews/x/timeline', '/api/reviews', '/api/nothing']) {
      const response = await t.app.inject(url);
      const csp = String(response.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain('unsafe-inline');
      expect(csp, url).not.toContain('unsafe-eval');
      expect(csp, url).not.toMatch(/https?:/);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('no-referrer');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  it('marks every API response, errors included, as not to be cached', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    for (const [app, url] of [
      [t.app, `/api/reviews/${reviewId}/events`],
      [t.app, '/api/reviews/nope'],
      [t.anonymous, '/api/reviews'],
    ] as const) {
      expect((await app.inject(url)).headers['cache-control'], url).toBe('no-store');
    }
  });

  it('keeps a request timeout so a stalled client cannot hold an upload open', async () => {
    t = await createTestApp();
    expect(t.anonymous.server.requestTimeout).toBe(120_000);
    expect(t.app.initialConfig.bodyLimit).toBe(t.config.uploadLimitBytes);
  });

  it('answers a 10,000-deep JSON body with a 400, not a 500, and stores nothing', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const before = await tableCounts(t);
    const deep = `{"agency":"Police","events":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`;
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      payload: deep,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/nested more than 32 levels deep/);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('refuses a JSON body that tries to set __proto__', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      payload: '{"agency":"Police","__proto__":{"admin":true},"events":[]}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses a JSON body over the size limit with a 413', async () => {
    t = await createTestApp({ UPLOAD_LIMIT_MB: '1' });
    const reviewId = await createReview(t.app);
    const big = JSON.stringify({
      agency: 'Police',
      events: [{ date: '01/06/2018', type: 'Visit', description: 'x'.repeat(1_100_000) }],
    });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      payload: big,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
  });
});

describe('logs', () => {
  it('never contain descriptions, names or search terms', async () => {
    t = await createTestApp();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await buildApp({
      db: t.db,
      config: t.config,
      logger: { level: 'trace', stream },
    });
    const user = await t.signUp({ isAdmin: true });
    const app = withSession(logged, user.cookie, user.csrfToken);
    const reviewId = await createReview(app);
    const name = 'Zebediah Quixotic';
    const csv = `Date,Type,Description,People\n01/06/2018,Home visit,${name} seen at home,${name}\n31/02/2019,Visit,${name} again,${name}\n`;
    const body = await multipart(csv, { agency: 'Police' });
    const rejected = await app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      ...body,
    });
    expect(rejected.statusCode).toBe(422);
    const ok = await multipart(csv.split('\n').slice(0, 2).join('\n'), { agency: 'Police' });
    expect(
      (await app.inject({ method: 'POST', url: `/api/reviews/${reviewId}/submissions`, ...ok }))
        .statusCode,
    ).toBe(201);
    await app.inject({
      url: `/api/reviews/${reviewId}/events?q=Zebediah&subject=${encodeURIComponent(name)}`,
    });
    await logged.close();

    const text = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    expect(text).toContain(`/api/reviews/${reviewId}/events`);
    expect(text).not.toMatch(/Zebediah|Quixotic/);
  });
});

describe('concurrent uploads', () => {
  it('ten agencies uploading at once all land, each whole', async () => {
    t = await createTestApp();
    const admin = await t.signUp({ isAdmin: true });
    const reviewId = await createReview(admin.app);
    const address = await t.anonymous.listen({ port: 0, host: '127.0.0.1' });
    const rows = 2_000;
    const agencies = Array.from({ length: 10 }, (_, i) => `Agency ${i + 1}`);
    const responses = await Promise.all(
      agencies.map(async (agency, i) => {
        const lines = ['Date,Type,Description'];
        for (let r = 0; r < rows; r++)
          lines.push(`01/06/2018,Home visit,Agency ${i + 1} row ${r + 1}`);
        const form = new FormData();
        form.append('agency', agency);
        form.append('file', new Blob([lines.join('\n')], { type: 'text/csv' }), 'c.csv');
        return fetch(`${address}/api/reviews/${reviewId}/submissions`, {
          method: 'POST',
          body: form,
          headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
        });
      }),
    );
    expect(responses.map((r) => r.status)).toEqual(agencies.map(() => 201));
    const perAgency = await t.query(
      'select a.name, count(*) n, max(e.row_number) last from events e join agencies a on a.id = e.agency_id group by a.name order by a.name',
    );
    expect(perAgency).toHaveLength(10);
    for (const agency of perAgency as Array<{ n: number; last: number }>) {
      expect(agency.n).toBe(rows);
      expect(agency.last).toBe(rows + 1);
    }
    // SQLite's check of its own file; PostgreSQL checks its pages itself (data checksums).
    if (!onPostgres) {
      expect(await t.queryOne('pragma integrity_check')).toEqual({ integrity_check: 'ok' });
    }
  });
});
