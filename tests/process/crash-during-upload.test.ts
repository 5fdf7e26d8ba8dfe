import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  freePort,
  serviceAccountEnv,
  signIn,
  waitUntilServing,
  type ApiSession,
} from '../../scripts/lib/server-session';
import {
  createReviewOver,
  startServerProcess,
  type ServerProcess,
} from '../../scripts/lib/server-process';
import { createProcessDatabase, onPostgres, type ProcessDatabase } from '../support/postgres';

// A real server process on a real database file, killed with SIGKILL while it is storing an
// upload: afterwards the submission is there whole, or not at all. Then the same with two
// instances on one database (issue #14): the one left serving loses nothing it or the killed
// one acknowledged, and never shows the killed one's half upload.

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-crash-'));
const databasePath = path.join(dir, 'crash.sqlite');
// Empty on PostgreSQL too: the server migrates it on start.
const database = await createProcessDatabase(databasePath, { migrated: false });
const PORT = await freePort();
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;

afterAll(async () => {
  if (server) await stop(server, 'SIGKILL');
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...serviceAccountEnv(),
      PORT: String(PORT),
      ...database.env,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  try {
    // Generous: other process tests may be loading the machine while this one starts.
    await waitUntilServing(base, 45_000, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return child;
}

/** Sends the signal and waits for the process to be gone (it may already be). */
function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

function chronology(rows: number): Buffer {
  const lines = ['Date,Time,Event type,Description'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${String((i % 28) + 1).padStart(2, '0')}/06/2018,10:00,Home visit,Visit number ${i}`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

async function counts() {
  const [{ n: events }] = (await database.query<{ n: number }>(
    'select count(*) n from events',
  )) as [{ n: number }];
  return {
    // SQLite checks its file; PostgreSQL's crash recovery is its own (WAL replay).
    integrity: onPostgres
      ? 'ok'
      : (await database.query<{ integrity_check: string }>('pragma integrity_check'))[0]!
          .integrity_check,
    submissions: await database.query<{ event_count: number }>(
      'select event_count from submissions',
    ),
    events,
  };
}

/**
 * Whether the upload's transaction is writing events now. SQLite: the WAL file has grown by a
 * megabyte. PostgreSQL: a backend in a transaction that has written (it has an xid) last ran
 * an insert into events.
 */
async function isWritingEvents(
  on: Pick<ProcessDatabase, 'location' | 'query'>,
  walBefore: number,
): Promise<boolean> {
  if (!onPostgres) {
    const walPath = `${on.location}-wal`;
    return fs.existsSync(walPath) && fs.statSync(walPath).size > walBefore + 1_000_000;
  }
  const rows = await on.query(
    `select 1 from pg_stat_activity where datname = current_database()
       and backend_xid is not null and query like 'insert into "events"%'`,
  );
  return rows.length > 0;
}

/** Polls until the upload's transaction writes events (the first upload starts a thread: seconds). */
async function untilWritingEvents(on: Pick<ProcessDatabase, 'location' | 'query'>) {
  const walPath = `${on.location}-wal`;
  const walBefore = !onPostgres && fs.existsSync(walPath) ? fs.statSync(walPath).size : 0;
  for (let i = 0; i < 6000; i++) {
    if (await isWritingEvents(on, walBefore)) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}

/** Posts an upload: its status, or 'connection lost' when the server died before answering. */
function postUpload(base: string, session: ApiSession, reviewId: string, form: FormData) {
  return fetch(`${base}/api/reviews/${reviewId}/submissions`, {
    method: 'POST',
    headers: session.headers,
    body: form,
  }).then(
    (r) => r.status,
    () => 'connection lost' as const,
  );
}

function csvForm(agency: string, csv: Buffer): FormData {
  const form = new FormData();
  form.append('agency', agency);
  form.append('file', new Blob([csv as BlobPart], { type: 'text/csv' }), `${agency}.csv`);
  return form;
}

describe('a server killed mid-upload', () => {
  it('leaves the submission stored whole or not at all', async () => {
    server = await startServer();
    let session: ApiSession = await signIn(base);
    const review = await fetch(`${base}/api/reviews`, {
      method: 'POST',
      headers: { ...session.headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        joinAsReviewer: true,
        reference: 'CRASH',
        title: 'Crash test',
        periodStart: '2018-01-01',
        periodEnd: '2019-12-31',
        jurisdiction: 'wales',
      }),
    }).then((r) => r.json() as Promise<{ id: string }>);

    const rows = 60_000;
    const form = csvForm('Crash Agency', chronology(rows));
    const pending = postUpload(base, session, review.id, form);
    const writing = await untilWritingEvents(database);
    await stop(server, 'SIGKILL');
    expect(writing, 'the kill should land while the upload is being written').toBe(true);
    expect(await pending).toBe('connection lost');

    const after = await counts();
    expect(after.integrity).toBe('ok');
    // Killed before it answered, so the upload must not be there at all.
    expect(after.submissions).toEqual([]);
    expect(after.events).toBe(0);

    // The restarted server works on the same file, and the same upload now lands whole.
    server = await startServer();
    // Sessions live in the database, so the one from before the crash still works.
    expect((await fetch(`${base}/api/session`, { headers: session.headers })).status).toBe(200);
    session = await signIn(base);
    expect(await postUpload(base, session, review.id, form)).toBe(201);
    await stop(server, 'SIGTERM');
    const stored = await counts();
    expect(stored.submissions).toEqual([{ event_count: rows }]);
    expect(stored.events).toBe(rows);
  }, 60_000);
});

describe('one of two instances killed mid-upload', () => {
  let first: ServerProcess | undefined;
  let second: ServerProcess | undefined;
  afterAll(async () => {
    await second?.stop();
    await first?.stop(); // killed already: this drops the shared database
  });

  it('loses nothing acknowledged and leaves no half submission', async () => {
    first = await startServerProcess();
    second = await startServerProcess({ sharing: first });
    const shared = first.database;
    const session = await first.session();
    const reviewId = await createReviewOver(first, session, 'KILLED-INSTANCE');
    const post = (on: ServerProcess, form: FormData) =>
      postUpload(on.base, session, reviewId, form);

    // Acknowledged by each instance before anything goes wrong.
    expect(await post(first, csvForm('Health', chronology(300)))).toBe(201);
    expect(await post(second, csvForm('Housing', chronology(200)))).toBe(201);

    // A big upload on the first; once it is writing, the second is asked to store another,
    // which waits for the first's write lock; then the first is killed.
    const big = post(first, csvForm('Police', chronology(60_000)));
    expect(await untilWritingEvents(shared), 'the kill should land mid-write').toBe(true);
    const waiting = post(second, csvForm('Education', chronology(150)));
    await new Promise((r) => setTimeout(r, 100));
    await stop(first.child, 'SIGKILL');
    expect(await big).toBe('connection lost');
    // The killed instance's lock goes with it: the waiting upload is stored whole (SQLite may
    // have answered 503 "busy" if it waited past its 2 s; then it must not be stored at all).
    const waited = await waiting;
    if (onPostgres) expect(waited).toBe(201);
    else expect([201, 503]).toContain(waited);

    const stored = async () =>
      Object.fromEntries(
        (
          await shared.query<{ agency: string; event_count: number; events: number }>(
            `select a.name agency, s.event_count,
                (select count(*) from events e where e.submission_id = s.id) events
               from submissions s join agencies a on a.id = s.agency_id order by a.name`,
          )
        ).map((row) => [row.agency, [row.event_count, row.events]]),
      );
    const expected: Record<string, number[]> = { Health: [300, 300], Housing: [200, 200] };
    if (waited === 201) expected.Education = [150, 150];
    expect(await stored()).toEqual(expected);
    const total = await fetch(`${second.base}/api/reviews/${reviewId}/events?limit=1`, {
      headers: session.headers,
    }).then((r) => r.json() as Promise<{ total: number }>);
    expect(total.total).toBe(500 + (waited === 201 ? 150 : 0));

    // The survivor takes the lost upload whole, with the session signed in on the dead one.
    expect(await post(second, csvForm('Police', chronology(60_000)))).toBe(201);
    expect((await stored()).Police).toEqual([60_000, 60_000]);
  }, 120_000);
});
