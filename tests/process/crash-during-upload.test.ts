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
import { createProcessDatabase, onPostgres } from '../support/postgres';

// A real server process on a real database file, killed with SIGKILL while it is storing an
// upload: afterwards the submission is there whole, or not at all.

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
async function isWritingEvents(walBefore: number): Promise<boolean> {
  if (!onPostgres) {
    const walPath = `${databasePath}-wal`;
    return fs.existsSync(walPath) && fs.statSync(walPath).size > walBefore + 1_000_000;
  }
  const rows = await database.query(
    `select 1 from pg_stat_activity where datname = current_database()
       and backend_xid is not null and query like 'insert into "events"%'`,
  );
  return rows.length > 0;
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
    const form = new FormData();
    form.append('agency', 'Crash Agency');
    form.append('file', new Blob([chronology(rows) as BlobPart], { type: 'text/csv' }), 'big.csv');
    const pending = fetch(`${base}/api/reviews/${review.id}/submissions`, {
      method: 'POST',
      headers: session.headers,
      body: form,
    }).then(
      (r) => r.status,
      () => 'connection lost' as const,
    );
    // Wait until the server is writing: the WAL grows once the transaction starts.
    const walPath = `${databasePath}-wal`;
    const walBefore = fs.existsSync(walPath) ? fs.statSync(walPath).size : 0;
    let writing = false;
    // The upload thread starts on the first upload (a second or more on a busy machine).
    for (let i = 0; i < 6000 && !writing; i++) {
      writing = await isWritingEvents(walBefore);
      if (!writing) await new Promise((r) => setTimeout(r, 5));
    }
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
    const retry = await fetch(`${base}/api/reviews/${review.id}/submissions`, {
      method: 'POST',
      headers: session.headers,
      body: form,
    });
    expect(retry.status).toBe(201);
    await stop(server, 'SIGTERM');
    const stored = await counts();
    expect(stored.submissions).toEqual([{ event_count: rows }]);
    expect(stored.events).toBe(rows);
  }, 60_000);
});
