import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { onPostgres } from '../support/postgres';
import SQLite from 'better-sqlite3';
import {
  chronologyCsv,
  createReviewOver,
  percentile,
  startServerProcess,
  uploadCsv,
  type ServerProcess,
} from '../../scripts/lib/server-process';

// Another process holds the database's write lock (a backup, a second instance, an admin's
// sqlite3 shell) while the real server answers (issue #11, item 2): uploads get 503 with
// Retry-After, reads are answered, and nothing waits on the lock's holder.

let server: ServerProcess | undefined;
afterAll(() => server?.stop());

const HOLD_MS = 4000;

/** A child process that takes the write lock, says so, holds it, then lets go. */
function holdWriteLock(databasePath: string) {
  const script = `
    const SQLite = require('better-sqlite3');
    const db = new SQLite(process.argv[1]);
    db.exec('begin immediate');
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('commit'); db.close(); }, ${HOLD_MS});`;
  const child = spawn(process.execPath, ['-e', script, databasePath], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited (${code})`)));
  });
  const released = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { locked, released };
}

// SQLite only: another process holding the file's write lock. PostgreSQL has no such lock to
// hold: writers wait on rows, and a transaction waiting on another's write lock waits (no 503).
describe.skipIf(onPostgres)('a database another process has locked', () => {
  it('answers uploads 503 with Retry-After, answers reads, and keeps every answer quick', async () => {
    server = await startServerProcess();
    const session = await server.session();
    const reviewId = await createReviewOver(server, session, 'LOCK');
    expect((await uploadCsv(server, session, reviewId, 'Police', chronologyCsv(50))).status).toBe(
      201,
    );
    const auditBefore = new SQLite(server.databasePath, { readonly: true });
    const viewsBefore = countViews(auditBefore);

    const lock = holdWriteLock(server.databasePath);
    await lock.locked;
    const started = Date.now();
    const upload = uploadCsv(server, session, reviewId, 'Health', chronologyCsv(50, 'Health'));
    // Meanwhile: reads of the timeline (each writes an audit entry) and of the session.
    const latencies: number[] = [];
    const statuses: number[] = [];
    while (Date.now() - started < HOLD_MS - 1000) {
      for (const url of [`/api/reviews/${reviewId}/events?limit=20`, '/api/session']) {
        const t0 = performance.now();
        const response = await fetch(`${server.base}${url}`, { headers: session.headers });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.push(response.status);
      }
    }
    const refused = await upload;
    const refusedAfter = Date.now() - started;
    await lock.released;

    console.log(
      `during a ${HOLD_MS / 1000} s lock: ${latencies.length} reads, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms; upload answered ${refused.status} after ${refusedAfter} ms`,
    );
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /database is busy/,
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    // Nothing waited on the lock: the old 5 s busy timeout made every request wait seconds.
    expect(Math.max(...latencies)).toBeLessThan(1000);

    // The timeline view's audit entry, queued while the lock was held, is written after it.
    await expect
      .poll(() => countViews(auditBefore), { timeout: 5000, interval: 100 })
      .toBeGreaterThan(viewsBefore);
    auditBefore.close();
    // And uploads are taken again.
    const retried = await uploadCsv(server, session, reviewId, 'Health', chronologyCsv(50, 'H'));
    expect(retried.status).toBe(201);
  }, 60_000);
});

function countViews(db: SQLite.Database): number {
  return (
    db.prepare(`select count(*) n from audit_log where action = 'timeline.viewed'`).get() as {
      n: number;
    }
  ).n;
}
