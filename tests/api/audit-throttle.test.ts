import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import { createSession } from '../../server/auth/accounts.repository';
import { createReview, createTestApp, upload, withSession, type TestApp } from '../support/app';

// The audit throttle across app instances (issue #14): a view is recorded once a while per
// session on every instance together, not once per instance. Two apps built on one database
// stand for two instances (tests/process/two-instances.test.ts runs two real servers). Runs on
// SQLite and, under `npm run test:pg`, on PostgreSQL.

let t: TestApp;
let second: App | undefined;
afterEach(async () => {
  await second?.close();
  second = undefined;
  await t?.close();
});

async function count(action: string, userId: string): Promise<number> {
  const row = await t.queryOne<{ n: number }>(
    'select count(*) n from audit_log where action = ? and user_id = ?',
    action,
    userId,
  );
  return Number(row?.n);
}

describe('the audit throttle on two instances', () => {
  it('records a timeline view, a record view and a switch to names once across both', async () => {
    t = await createTestApp();
    second = await buildApp({ db: t.db, config: t.config });
    const reviewer = await t.signUp({ isAdmin: true });
    const reviewId = await createReview(reviewer.app);
    const up = await upload(
      reviewer.app,
      reviewId,
      'Date,Type,Description\n01/06/2018,Home visit,Seen\n',
    );
    expect(up.statusCode).toBe(201);
    const onSecond = withSession(second, reviewer.cookie, reviewer.csrfToken);
    const events = `/api/reviews/${reviewId}/events`;
    const listed = await reviewer.app.inject({ url: events });
    const eventId = listed.json().events[0].id as string;

    for (const app of [reviewer.app, onSecond, reviewer.app, onSecond]) {
      expect((await app.inject({ url: events })).statusCode).toBe(200);
      expect((await app.inject({ url: `${events}/${eventId}` })).statusCode).toBe(200);
      expect((await app.inject({ url: `${events}?view=named` })).statusCode).toBe(200);
    }

    expect(await count('timeline.viewed', reviewer.id)).toBe(1);
    expect(await count('record.viewed', reviewer.id)).toBe(1);
    expect(await count('named-view.opened', reviewer.id)).toBe(1);
    // Another session of the same user is another view, recorded once too.
    const other = await createSession(t.db, reviewer.id, t.config.sessionHours);
    const cookie = reviewer.cookie.replace(/=.*/, `=${other.token}`);
    for (const app of [second, t.anonymous]) {
      const seen = await withSession(app, cookie, other.csrfToken).inject({ url: events });
      expect(seen.statusCode).toBe(200);
    }
    expect(await count('timeline.viewed', reviewer.id)).toBe(2);
  });
});
