import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import { openDatabase } from '../../server/db/connection';
import { listenForNotifications } from '../../server/db/notifications';
import { POLL_MS } from '../../server/meetings/cross-instance';
import {
  createReview,
  createTestApp,
  signUpMember,
  onPostgres,
  upload,
  type TestApp,
} from '../support/app';
import { openEventStream, type EventStream } from '../support/event-stream';

// The meeting stream with two app instances on one database (issue #14): a follower connected
// to one follows a chair stepping on the other. Two apps in this process, each with its own
// connection and its own hub, stand for the two instances: on PostgreSQL each LISTENs on its
// own connection; on SQLite each reads stored positions while it has streams open
// (server/meetings/cross-instance.ts). tests/process/two-instances.test.ts does the same with
// two server processes.

let t: TestApp;
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await t?.close();
});

/** A second instance: its own connection to the same database, its own app and hub. */
async function secondInstance(): Promise<{ app: App; base: string; close(): Promise<void> }> {
  const handle = openDatabase(t.databasePath);
  const app = await buildApp({ db: handle.db, config: t.config });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
    await handle.db.destroy();
  };
  cleanups.push(close);
  return { app, base, close };
}

/** A review with four records, a panel member, and a meeting the test admin chairs. */
async function meetingWithPanel() {
  t = await createTestApp();
  const reviewId = await createReview(t.app);
  const csv = [
    'Date,Type,Description',
    ...[1, 2, 3, 4].map((d) => `0${d}/06/2018,Visit,Seen ${d}`),
  ];
  await upload(t.app, reviewId, csv.join('\n'), { agency: 'Police' });
  const listed = await t.app.inject({ url: `/api/reviews/${reviewId}/events?limit=10` });
  const ids = (listed.json().events as { id: string }[]).map((e) => e.id);
  await t.app.inject({
    method: 'PUT',
    url: `/api/reviews/${reviewId}/glossary`,
    payload: { entries: [] },
  });
  const panel = await signUpMember(t, reviewId, 'panel');
  const started = await t.app.inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/meetings`,
    payload: {},
  });
  const meetingId = started.json().id as string;
  const path = `/api/reviews/${reviewId}/meetings/${meetingId}`;
  const move = async (eventId: string) => {
    const moved = await t.app.inject({
      method: 'PUT',
      url: `${path}/position`,
      payload: { eventId },
    });
    expect(moved.statusCode).toBe(200);
  };
  return { reviewId, meetingId, path, ids, panel, move };
}

async function follow(base: string, path: string, cookie: string): Promise<EventStream> {
  const stream = await openEventStream(`${base}${path}/stream`, { cookie });
  expect(stream.status).toBe(200);
  cleanups.push(() => stream.close());
  return stream;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** PostgreSQL: waits until `n` connections LISTEN on the test's database (2 s at most). */
async function listeningConnections(n: number): Promise<number> {
  let found = -1;
  for (let i = 0; i < 40; i++) {
    const rows = await t.query<{ n: number }>(
      `select count(*) as n from pg_stat_activity
        where datname = current_database() and query like 'listen %'`,
    );
    found = rows[0]!.n;
    if (found === n) break;
    await wait(50);
  }
  return found;
}

// The first test pays for loading the upload path; two apps and their streams add to it.
describe('the meeting stream across instances', { timeout: 60_000 }, () => {
  it('followers on either instance get each step made on one, once, and the end', async () => {
    const { path, ids, panel, move } = await meetingWithPanel();
    const base = await t.anonymous.listen({ port: 0, host: '127.0.0.1' });
    const other = await secondInstance();
    // `there` follows on the other instance; `here` on the chair's own.
    const there = await follow(other.base, path, panel.cookie);
    const here = await follow(base, path, panel.cookie);
    for (const stream of [there, here]) {
      expect(await stream.next()).toMatchObject({ event: 'position', data: { seq: 0 } });
    }

    for (const [i, eventId] of ids.slice(0, 3).entries()) {
      await move(eventId);
      for (const stream of [there, here]) {
        // The bound: within a second of the chair's step.
        expect(await stream.next(1000)).toMatchObject({
          event: 'position',
          data: { eventId, seq: i + 1 },
        });
      }
    }
    // Each step once: not again from a later read of the stored position.
    await wait(3 * POLL_MS);
    expect(there.pending()).toEqual([]);
    expect(here.pending()).toEqual([]);

    expect((await t.app.inject({ method: 'DELETE', url: path })).statusCode).toBe(200);
    for (const stream of [there, here]) {
      expect(await stream.next(1000)).toMatchObject({ event: 'ended', data: { reason: 'ended' } });
      await stream.done;
    }
  });

  it('a member removed on one instance is cut off on the other at the next step', async () => {
    const { path, ids, panel, move, reviewId } = await meetingWithPanel();
    const other = await secondInstance();
    const stream = await follow(other.base, path, panel.cookie);
    await stream.next();
    await t.app.inject({ method: 'DELETE', url: `/api/reviews/${reviewId}/members/${panel.id}` });
    await move(ids[0]!);
    expect(await stream.next(1000)).toMatchObject({ event: 'ended', data: { reason: 'access' } });
    await stream.done;
  });

  it("one instance closing ends its own streams, not the other's", async () => {
    const { path, ids, panel, move } = await meetingWithPanel();
    const base = await t.anonymous.listen({ port: 0, host: '127.0.0.1' });
    const other = await secondInstance();
    const here = await follow(base, path, panel.cookie);
    const there = await follow(other.base, path, panel.cookie);
    await here.next();
    await there.next();
    await other.close();
    expect(await there.next()).toMatchObject({ event: 'ended', data: { reason: 'shutdown' } });
    await move(ids[0]!);
    expect(await here.next()).toMatchObject({ event: 'position', data: { seq: 1 } });
  });

  it.skipIf(!onPostgres)(
    'a dropped LISTEN connection is reopened, and a step stored while it was down arrives',
    async () => {
      const { path, ids, panel, move, meetingId } = await meetingWithPanel();
      const other = await secondInstance();
      const stream = await follow(other.base, path, panel.cookie);
      await stream.next();
      expect(await listeningConnections(2)).toBe(2);
      // Both instances' listening connections are ended by the server, and the step is stored
      // by the same statement, with no NOTIFY: only reading positions again can find it.
      const [row] = await t.query<{ dropped: number }>(
        `with gone as (
           select pg_terminate_backend(pid) as ok from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and query like 'listen %')
         update meetings set position_event_id = ?, position_seq = position_seq + 1
          where id = ? returning (select count(*) from gone where ok) as dropped`,
        ids[1],
        meetingId,
      );
      expect(row!.dropped).toBe(2);
      expect(await stream.next(5000)).toMatchObject({
        event: 'position',
        data: { eventId: ids[1], seq: 1 },
      });
      // Listening again: the next step comes as a message.
      await move(ids[2]!);
      expect(await stream.next(1000)).toMatchObject({ data: { eventId: ids[2], seq: 2 } });
      // Dropped again with nothing new stored: the re-read finds the step the stream has.
      await t.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and query like 'listen %'`,
      );
      await wait(100);
      expect(await listeningConnections(2)).toBe(2);
      await wait(200);
      expect(stream.pending()).toEqual([]);
    },
  );

  it.skipIf(!onPostgres)('closing the app closes its LISTEN connection', async () => {
    await meetingWithPanel();
    const other = await secondInstance();
    expect(await listeningConnections(2)).toBe(2);
    await other.close();
    expect(await listeningConnections(1)).toBe(1);
  });
});

describe('listening for notifications', () => {
  it('stops trying to connect once closed', async () => {
    let failures = 0;
    // Port 1: nothing listens there, so every attempt fails at once.
    const listener = listenForNotifications('postgres://nobody:none@127.0.0.1:1/none', 'c', {
      onMessage: () => {},
      onListening: () => {},
      onError: () => failures++,
    });
    for (let i = 0; i < 100 && failures < 2; i++) await wait(50);
    expect(failures).toBeGreaterThanOrEqual(2);
    await listener.close();
    const after = failures;
    await wait(1500);
    expect(failures).toBe(after);
  });
});
