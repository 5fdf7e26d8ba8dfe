import { afterEach, describe, expect, it } from 'vitest';
import { prepareFirstRun } from '../../server/auth/first-run';
import { hashPassword, verifyPassword } from '../../server/auth/password';
import { loadConfig } from '../../server/config';
import {
  CYSUR_REVIEW,
  createReview,
  createTestApp,
  multipart,
  onPostgres,
  tableCounts,
  upload,
  withSession,
  type TestApp,
} from '../support/app';

let t: TestApp;
afterEach(() => t?.close());

const PASSWORD = 'correct horse battery staple';

async function signIn(app: TestApp['anonymous'], email: string, password = PASSWORD) {
  return app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
}

function cookieOf(response: { headers: Record<string, unknown> }): string {
  const header = response.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0] : (header as string);
  return first.split(';')[0]!;
}

describe('signing in and out', () => {
  it('signs in with the right password: an HttpOnly, SameSite=Strict session cookie and a CSRF token', async () => {
    t = await createTestApp();
    const user = await t.signUp({ email: 'Jo.Bloggs@Example.org' });
    const response = await signIn(t.anonymous, 'jo.bloggs@example.ORG ');
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^tapestry_session=[\w-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure');
    const body = response.json();
    expect(body.user).toMatchObject({
      id: user.id,
      email: 'jo.bloggs@example.org',
      isAdmin: false,
    });
    expect(body.csrfToken).toMatch(/^[\w-]{32}$/);

    const me = await t.anonymous.inject({
      url: '/api/session',
      headers: { cookie: cookieOf(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
  });

  it('stores neither the password nor the session token, only their hashes', async () => {
    t = await createTestApp();
    await t.signUp({ email: 'a@test.tapestry' });
    const response = await signIn(t.anonymous, 'a@test.tapestry');
    const token = cookieOf(response).split('=')[1]!;
    const dump = JSON.stringify([
      await t.query('select * from users'),
      await t.query('select * from sessions'),
    ]);
    expect(dump).not.toContain(PASSWORD);
    expect(dump).not.toContain(token);
    expect(dump).toMatch(/scrypt\$10\$8\$1\$/);
  });

  it('marks the cookie Secure, with the __Host- prefix, when configured for HTTPS', async () => {
    t = await createTestApp({ COOKIE_SECURE: 'true' });
    await t.signUp({ email: 'a@test.tapestry' });
    const setCookie = String((await signIn(t.anonymous, 'a@test.tapestry')).headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-tapestry_session=/);
    expect(setCookie).toContain('Secure');
  });

  it('answers a wrong password and an unknown email alike, and audits both', async () => {
    t = await createTestApp();
    await t.signUp({ email: 'a@test.tapestry' });
    const wrong = await signIn(t.anonymous, 'a@test.tapestry', 'not the password');
    const unknown = await signIn(t.anonymous, 'nobody@test.tapestry', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const failures = await t.query(
      "select user_email from audit_log where action = 'auth.sign-in-failed'",
    );
    // Only an account's own email is kept: a stranger may type anything into that field.
    expect(failures).toEqual([{ user_email: 'a@test.tapestry' }, { user_email: null }]);
  });

  it('locks an account for a while after five failures, even against the right password', async () => {
    t = await createTestApp();
    await t.signUp({ email: 'a@test.tapestry' });
    for (let i = 0; i < 5; i++) {
      expect((await signIn(t.anonymous, 'a@test.tapestry', `guess ${i}`)).statusCode).toBe(401);
    }
    const locked = await signIn(t.anonymous, 'a@test.tapestry');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    expect(locked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    // Another account from the same address is not locked by these five.
    await t.signUp({ email: 'b@test.tapestry' });
    expect((await signIn(t.anonymous, 'b@test.tapestry')).statusCode).toBe(200);
  });

  it('counts attempts made all at once: a burst gets no more guesses than a queue', async () => {
    t = await createTestApp();
    await t.signUp({ email: 'a@test.tapestry' });
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(t.anonymous, 'a@test.tapestry', `guess ${i}`)),
    );
    const statuses = burst.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
    expect((await signIn(t.anonymous, 'a@test.tapestry')).statusCode).toBe(429);
  });

  it('a new sign-in ends the session the browser already had', async () => {
    t = await createTestApp();
    const user = await t.signUp({ email: 'a@test.tapestry' });
    const again = await t.anonymous.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'a@test.tapestry', password: PASSWORD },
      headers: { cookie: user.cookie },
    });
    expect(again.statusCode).toBe(200);
    expect((await user.app.inject({ url: '/api/session' })).statusCode).toBe(401);
  });

  it('signing out ends the session at once', async () => {
    t = await createTestApp();
    const user = await t.signUp();
    expect((await user.app.inject({ url: '/api/session' })).statusCode).toBe(200);
    const out = await user.app.inject({ method: 'DELETE', url: '/api/session' });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/tapestry_session=;/);
    expect((await user.app.inject({ url: '/api/session' })).statusCode).toBe(401);
    expect(await t.queryOne('select count(*) n from sessions where user_id = ?', user.id)).toEqual({
      n: 0,
    });
  });

  it('a session unused for longer than the idle limit has ended', async () => {
    t = await createTestApp({ SESSION_IDLE_MINUTES: '30' });
    const user = await t.signUp();
    await t.query(
      'update sessions set last_seen_at = ? where user_id = ?',
      new Date(Date.now() - 31 * 60_000).toISOString(),
      user.id,
    );
    const response = await user.app.inject({ url: '/api/reviews' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('disabling an account ends its sessions and stops it signing in', async () => {
    t = await createTestApp();
    const user = await t.signUp({ email: 'leaver@test.tapestry' });
    const disabled = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { disabled: true },
    });
    expect(disabled.statusCode).toBe(200);
    expect((await user.app.inject({ url: '/api/session' })).statusCode).toBe(401);
    expect((await signIn(t.anonymous, 'leaver@test.tapestry')).statusCode).toBe(401);
  });

  it('will not disable or demote the last administrator', async () => {
    t = await createTestApp();
    const me = (await t.app.inject({ url: '/api/session' })).json().user.id;
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${me}`,
      payload: { isAdmin: false },
    });
    expect(response.statusCode).toBe(409);
  });

  it('refuses a short password for a new account, naming the field', async () => {
    t = await createTestApp();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'x@test.tapestry', displayName: 'X', password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^password: .*12 characters/);
  });

  it('hashes with scrypt at the production cost and verifies only the right password', async () => {
    const hash = await hashPassword(PASSWORD, 15);
    expect(hash).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword(`${PASSWORD} `, hash)).toBe(false);
    expect(await verifyPassword(PASSWORD, 'plain-text')).toBe(false);
  });
});

describe('behind a proxy', () => {
  it('takes the client address from X-Forwarded-For only when TRUST_PROXY says so', async () => {
    for (const [env, expected] of [
      [{}, '127.0.0.1'],
      [{ TRUST_PROXY: '1' }, '203.0.113.9'],
    ] as const) {
      t = await createTestApp(env);
      await signIn(t.anonymous, 'nobody@test.tapestry', 'wrong password!!');
      await t.anonymous.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: 'nobody@test.tapestry', password: 'wrong password!!' },
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      const ips = await t.query('select ip from audit_log order by id');
      expect(ips.at(-1), JSON.stringify(env)).toEqual({ ip: expected });
      await t.close();
    }
    t = undefined as unknown as TestApp;
  });
});

describe('cross-site requests', () => {
  it('refuses a state-changing request without the session’s CSRF token, and stores nothing', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const before = await tableCounts(t);
    const body = await multipart('Date,Type\n01/06/2018,Home visit\n');
    const noToken = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      ...body,
      headers: { ...body.headers, 'x-csrf-token': '' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CROSS_SITE_REQUEST');
    expect(await tableCounts(t)).toEqual(before);
  });

  it('refuses a request whose Origin is another site, even with a token', async () => {
    t = await createTestApp();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/reviews',
      payload: CYSUR_REVIEW,
      headers: { origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
    expect((await tableCounts(t)).reviews).toBe(0);
    const sameSite = await t.app.inject({
      method: 'POST',
      url: '/api/reviews',
      payload: CYSUR_REVIEW,
      headers: { origin: 'http://localhost:80', host: 'localhost:80' },
    });
    expect(sameSite.statusCode).toBe(201);
  });

  it('refuses a cross-site sign-in attempt (login CSRF)', async () => {
    t = await createTestApp();
    await t.signUp({ email: 'a@test.tapestry' });
    const response = await t.anonymous.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'a@test.tapestry', password: PASSWORD },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('accounts', () => {
  const createUser = (email: string, displayName: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { email, displayName, password: PASSWORD },
    });

  it('lists every account by display name, not by when it was made', async () => {
    t = await createTestApp();
    expect((await createUser('zed@test.tapestry', 'zed')).statusCode).toBe(201);
    expect((await createUser('amy@test.tapestry', 'amy')).statusCode).toBe(201);
    const users = (await t.app.inject({ url: '/api/users' })).json().users;
    expect(users.map((u: { displayName: string }) => u.displayName)).toEqual([
      'admin',
      'amy',
      'zed',
    ]);
  });

  it('refuses a second account with a taken email, whatever its case, and stores nothing', async () => {
    t = await createTestApp();
    expect((await createUser('amy@test.tapestry', 'Amy')).statusCode).toBe(201);
    const again = await createUser('AMY@test.tapestry', 'Another Amy');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('An account with that email exists.');
    expect((await t.app.inject({ url: '/api/users' })).json().users).toHaveLength(2);
  });

  it('an admin resetting a password ends that user’s sessions; only the new password signs in', async () => {
    t = await createTestApp();
    const user = await t.signUp({ email: 'forgetful@test.tapestry' });
    const reset = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { password: 'a brand new passphrase' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await user.app.inject({ url: '/api/session' })).statusCode).toBe(401);
    expect((await signIn(t.anonymous, user.email)).statusCode).toBe(401);
    expect((await signIn(t.anonymous, user.email, 'a brand new passphrase')).statusCode).toBe(200);
  });

  it('changing your own password ends your other sessions and signs this browser in again', async () => {
    t = await createTestApp();
    const user = await t.signUp({ email: 'mover@test.tapestry' });
    const other = await signIn(t.anonymous, user.email);
    const otherApp = withSession(t.anonymous, cookieOf(other), other.json().csrfToken);
    const wrong = await user.app.inject({
      method: 'PUT',
      url: '/api/session/password',
      payload: { currentPassword: 'not my password', newPassword: 'a brand new passphrase' },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await otherApp.inject({ url: '/api/session' })).statusCode).toBe(200);

    const changed = await user.app.inject({
      method: 'PUT',
      url: '/api/session/password',
      payload: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await otherApp.inject({ url: '/api/session' })).statusCode).toBe(401);
    expect((await user.app.inject({ url: '/api/session' })).statusCode).toBe(401);
    const renewed = withSession(t.anonymous, cookieOf(changed), changed.json().csrfToken);
    expect((await renewed.inject({ url: '/api/session' })).json().user.id).toBe(user.id);
    expect((await signIn(t.anonymous, user.email)).statusCode).toBe(401);
    expect((await signIn(t.anonymous, user.email, 'a brand new passphrase')).statusCode).toBe(200);
  });
});

describe('first run', () => {
  it('creates the administrator from ADMIN_EMAIL and ADMIN_PASSWORD, once', async () => {
    t = await createTestApp();
    await t.db.deleteFrom('users').execute();
    const env = { ADMIN_EMAIL: 'Chair@Board.org', ADMIN_PASSWORD: PASSWORD };
    expect(await prepareFirstRun(t.db, t.config, env)).toEqual({
      kind: 'admin-created',
      email: 'Chair@Board.org',
    });
    expect(await prepareFirstRun(t.db, t.config, env)).toEqual({ kind: 'ready' });
    expect((await signIn(t.anonymous, 'chair@board.org')).json().user.isAdmin).toBe(true);
  });

  it('refuses a weak ADMIN_PASSWORD rather than create a weak admin', async () => {
    t = await createTestApp();
    await t.db.deleteFrom('users').execute();
    await expect(
      prepareFirstRun(t.db, t.config, { ADMIN_EMAIL: 'a@b.org', ADMIN_PASSWORD: 'admin' }),
    ).rejects.toThrow(/ADMIN_PASSWORD/);
  });

  it('without them, the one-time setup link creates the first administrator and signs them in', async () => {
    const config = loadConfig({});
    t = await createTestApp({}, { setupToken: 'the-printed-token' });
    await t.db.deleteFrom('users').execute();
    expect((await t.anonymous.inject('/api/setup')).json()).toEqual({ needed: true });
    const first = { email: 'chair@board.org', displayName: 'Chair', password: PASSWORD };
    const wrong = await t.anonymous.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...first, token: 'guessed' },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await t.anonymous.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...first, token: 'the-printed-token' },
    });
    expect(right.statusCode).toBe(201);
    expect(right.json().user).toMatchObject({ email: 'chair@board.org', isAdmin: true });
    expect(String(right.headers['set-cookie'])).toContain('HttpOnly');
    const again = await t.anonymous.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...first, email: 'second@board.org', token: 'the-printed-token' },
    });
    expect(again.statusCode).toBe(409);
    expect((await t.anonymous.inject('/api/setup')).json()).toEqual({ needed: false });
    expect(config.passwordCostLog2).toBe(15);
  });
});

describe('the audit log', () => {
  it('records who did what to which review, with no case content, and cannot be altered', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const marker = 'ZQXSECRETNAME';
    const uploaded = await upload(
      t.app,
      reviewId,
      `Date,Type,Description,People\n01/06/2018,Home visit,${marker} seen,${marker}\n`,
      { agency: 'Police' },
    );
    expect(uploaded.statusCode).toBe(201);
    await t.app.inject({ url: `/api/reviews/${reviewId}/events?q=${marker}&subject=${marker}` });
    const panel = await t.signUp();
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${panel.id}`,
      payload: { role: 'panel' },
    });
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${panel.id}`,
      payload: { role: 'reviewer' },
    });
    await t.app.inject({
      method: 'DELETE',
      url: `/api/reviews/${reviewId}/rules/wales.report-acknowledged`,
    });

    const log = (await t.app.inject({ url: `/api/reviews/${reviewId}/audit` })).json().entries;
    expect(log.map((e: { action: string }) => e.action).reverse()).toEqual([
      'review.created',
      'submission.uploaded',
      'timeline.viewed',
      'member.added',
      'member.changed',
      'rule.deleted',
    ]);
    expect(log[1]).toMatchObject({
      userEmail: 'admin@test.tapestry',
      detail: { from: 'panel', role: 'reviewer' },
    });
    expect(JSON.stringify(await t.query('select * from audit_log'))).not.toContain(marker);

    await expect(t.query('update audit_log set action = ?', 'x')).rejects.toThrow(/append-only/);
    await expect(t.query('delete from audit_log')).rejects.toThrow(/append-only/);
  });

  it('records a denied request, and a view of the timeline once per session a while, not per page', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const panel = await t.signUp();
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${panel.id}`,
      payload: { role: 'panel' },
    });
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/glossary`,
      payload: { entries: [] },
    });
    for (let i = 0; i < 3; i++) await panel.app.inject({ url: `/api/reviews/${reviewId}/events` });
    await panel.app.inject({ url: `/api/reviews/${reviewId}/submissions` });
    const stranger = await t.signUp();
    await stranger.app.inject({ url: `/api/reviews/${reviewId}/events` });
    const actions = (await t.query(
      'select action, detail_json from audit_log where user_id in (?, ?) order by id',
      panel.id,
      stranger.id,
    )) as Array<{ action: string; detail_json: string }>;
    expect(actions.map((a) => [a.action, JSON.parse(a.detail_json ?? '{}').reason])).toEqual([
      ['timeline.viewed', undefined],
      ['access.denied', undefined],
      ['access.denied', 'not a member'],
    ]);
  });
});

describe('deleting a review', () => {
  it('purges its case data and search index, leaving the audit trail and one row for the deletion', async () => {
    t = await createTestApp();
    const keep = await createReview(t.app, { ...CYSUR_REVIEW, reference: 'KEEP' });
    const gone = await createReview(t.app);
    const csv = 'Date,Type,Description\n01/06/2018,Home visit,ZQXPURGED visit\n';
    await upload(t.app, keep, csv.replace('ZQXPURGED', 'ZQXKEPT'), { agency: 'Police' });
    await upload(t.app, gone, csv, { agency: 'Police' });
    // Build the search index for both, so purging must take entries out of it too.
    await t.app.inject({ url: `/api/reviews/${gone}/events?q=visit` });
    await t.app.inject({ url: `/api/reviews/${keep}/events?q=visit` });

    // Notes, a glossary and a meeting on the review to delete.
    const eventId = (await t.app.inject({ url: `/api/reviews/${gone}/events` })).json().events[0]
      .id;
    for (const [method, url, payload] of [
      ['POST', 'annotations', { eventId, kind: 'key-event', text: 'ZQXPURGED note' }],
      [
        'POST',
        'episodes',
        { title: 'E', assessment: 'good', startEventId: eventId, endEventId: eventId },
      ],
      ['PUT', 'glossary', { entries: [{ label: 'Mother', names: ['ZQXPURGED'] }] }],
      ['POST', 'meetings', {}],
      ['POST', 'questions', { eventId, text: 'ZQXPURGED question' }],
    ] as const) {
      const made = await t.app.inject({ method, url: `/api/reviews/${gone}/${url}`, payload });
      expect(made.statusCode, url).toBeLessThan(300);
    }

    const response = await t.app.inject({ method: 'DELETE', url: `/api/reviews/${gone}` });
    expect(response.statusCode).toBe(204);
    const count = async (sql: string, ...args: unknown[]) =>
      (await t.queryOne<{ n: number }>(sql, ...args))!.n;
    // The as-written index: FTS5's own table on SQLite; on PostgreSQL the events' tsvector.
    const found = (word: string) =>
      count(
        onPostgres
          ? `select count(*) n from events e where to_tsvector('tapestry_search', coalesce(e.description, '') || ' ' || coalesce(e.outcome, '') || ' ' || coalesce(e.type_text, '')) @@ to_tsquery('tapestry_search', ?)`
          : 'select count(*) n from events_search where events_search match ?',
        word,
      );
    for (const table of [
      'agencies',
      'submissions',
      'events',
      'review_rules',
      'memberships',
      'annotations',
      'episodes',
      'glossary_entries',
      'meetings',
      'questions',
    ]) {
      expect(await count(`select count(*) n from ${table} where review_id = ?`, gone), table).toBe(
        0,
      );
    }
    expect(await found('ZQXPURGED')).toBe(0);
    expect(await found('ZQXKEPT')).toBe(1);
    if (!onPostgres) {
      // SQLite only: FTS5's index is a table of its own, checked against the events; and freed
      // pages are zeroed (secure_delete). PostgreSQL's index goes with the rows, and its freed
      // space is the database team's to manage (docs/deploy.md).
      await t.query("insert into events_search(events_search) values('integrity-check')");
      expect(t.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    }
    expect(
      await count(
        "select count(*) n from audit_log where review_id = ? and action = 'review.deleted'",
        gone,
      ),
    ).toBe(1);
    expect(
      await count('select count(*) n from audit_log where review_id = ?', gone),
    ).toBeGreaterThan(1);
    expect((await t.app.inject({ url: `/api/reviews/${gone}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/reviews/${keep}/events` })).json().total).toBe(1);
  });
});
