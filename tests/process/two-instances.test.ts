import { afterAll, describe, expect, it } from 'vitest';
import {
  chronologyCsv,
  createReviewOver,
  startServerProcess,
  uploadCsv,
  type ServerProcess,
} from '../../scripts/lib/server-process';
import { openEventStream } from '../support/event-stream';

// Two app instances on one database, as a hosted service runs them (issue #14): what a user
// does on one is what the other answers, because sessions, reviews, uploads, sign-in failures
// and the audit throttle's marks are rows, never a process's memory, and a chair's step
// reaches followers on both (LISTEN/NOTIFY on PostgreSQL, a read of stored positions on
// SQLite: server/meetings/cross-instance.ts). Runs on SQLite (two processes on one WAL file)
// and, under `npm run test:pg`, on PostgreSQL.

let first: ServerProcess | undefined;
let second: ServerProcess | undefined;
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

describe('two instances on one database', () => {
  it('share sign-ins, sign-outs and uploads', async () => {
    first = await startServerProcess();
    second = await startServerProcess({ sharing: first });
    expect(second.base).not.toBe(first.base);

    // Signed in on the first, signed in on the second.
    const session = await first.session();
    const me = await fetch(`${second.base}/api/session`, { headers: session.headers });
    expect(me.status).toBe(200);
    const user = ((await me.json()) as { user: { email: string } }).user;
    expect(user.email).toBe(
      (
        (await (await fetch(`${first.base}/api/session`, { headers: session.headers })).json()) as {
          user: { email: string };
        }
      ).user.email,
    );

    // Uploaded through the first, read from the second: every row, in the agency's words.
    const reviewId = await createReviewOver(first, session, 'TWO-INSTANCES');
    const stored = await uploadCsv(first, session, reviewId, 'Police', chronologyCsv(250, 'Seen'));
    expect(stored.status).toBe(201);
    const events = await fetch(`${second.base}/api/reviews/${reviewId}/events?limit=1000`, {
      headers: session.headers,
    });
    expect(events.status).toBe(200);
    const page = (await events.json()) as { total: number; events: { description: string }[] };
    expect(page.total).toBe(250);
    expect(page.events.map((e) => e.description)).toContain('Seen 249');

    // Signed out on the second, signed out on the first.
    const out = await fetch(`${second.base}/api/session`, {
      method: 'DELETE',
      headers: session.headers,
    });
    expect(out.status).toBeLessThan(300);
    expect((await fetch(`${first.base}/api/session`, { headers: session.headers })).status).toBe(
      401,
    );
  }, 120_000);

  it('share the sign-in throttle: five failures spread over both lock the account on both', async () => {
    first ??= await startServerProcess();
    second ??= await startServerProcess({ sharing: first });
    // An account of its own: the service account must stay free to sign in for other tests.
    const admin = await first.session();
    const password = 'the right passphrase, 2026';
    for (const email of ['locked-out@tapestry.local', 'burst@tapestry.local']) {
      const created = await fetch(`${first.base}/api/users`, {
        method: 'POST',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ email, password, displayName: 'Locked Out' }),
      });
      expect(created.status).toBe(201);
    }
    const signInAs = (email: string) => (server: ServerProcess, password: string) =>
      fetch(`${server.base}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
    const signIn = signInAs('locked-out@tapestry.local');
    const both = [first, second];

    // Three wrong on the first, two on the second: five in all, each checked.
    for (let i = 0; i < 5; i++) expect((await signIn(both[i % 2]!, `guess ${i}`)).status).toBe(401);
    // The sixth is refused on either, and so is the right password, as on one instance.
    for (const server of both) {
      for (const attempt of ['guess 6', password]) {
        const refused = await signIn(server, attempt);
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
      }
    }

    // Ten wrong at once, five on each: checked and counted in one write on the shared rows,
    // so five are checked in all, not five on each instance.
    const burst = signInAs('burst@tapestry.local');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => burst(both[i % 2]!, `burst ${i}`)),
    );
    const codes = answers.map((a) => a.status).sort();
    expect(codes).toEqual([...Array(5).fill(401), ...Array(5).fill(429)]);
  }, 120_000);

  it('audit a timeline viewed on both within the interval once', async () => {
    first ??= await startServerProcess();
    second ??= await startServerProcess({ sharing: first });
    const session = await first.session();
    const reviewId = await createReviewOver(first, session, 'AUDITED-ONCE');
    for (const server of [first, second, first, second]) {
      const timeline = await fetch(`${server.base}/api/reviews/${reviewId}/events`, {
        headers: session.headers,
      });
      expect(timeline.status).toBe(200);
    }
    // Audit entries of a read are side writes (server/db/deferred-writes.ts): written before
    // the response when the database is free, as it is here.
    const audit = await fetch(`${second.base}/api/reviews/${reviewId}/audit`, {
      headers: session.headers,
    });
    expect(audit.status).toBe(200);
    const { entries } = (await audit.json()) as { entries: { action: string }[] };
    expect(entries.filter((e) => e.action === 'timeline.viewed')).toHaveLength(1);
  }, 120_000);

  it('a follower on one follows the chair stepping on the other, and is told the meeting ended', async () => {
    const chairs = await startServerProcess();
    const follows = await startServerProcess({ sharing: chairs });
    try {
      const session = await chairs.session();
      const json = { ...session.headers, 'content-type': 'application/json' };
      const reviewId = await createReviewOver(chairs, session, 'TWO-INSTANCES-MEETING');
      expect((await uploadCsv(chairs, session, reviewId, 'Police', chronologyCsv(3))).status).toBe(
        201,
      );
      const listed = await fetch(`${chairs.base}/api/reviews/${reviewId}/events?limit=10`, {
        headers: session.headers,
      });
      const ids = ((await listed.json()) as { events: { id: string }[] }).events.map((e) => e.id);
      const start = async () => {
        const started = await fetch(`${chairs.base}/api/reviews/${reviewId}/meetings`, {
          method: 'POST',
          headers: json,
          body: '{}',
        });
        expect(started.status).toBe(201);
        return `/api/reviews/${reviewId}/meetings/${((await started.json()) as { id: string }).id}`;
      };
      const meeting = await start();
      const stream = await openEventStream(`${follows.base}${meeting}/stream`, session.headers);
      expect(stream.status).toBe(200);
      expect(await stream.next()).toMatchObject({ event: 'position', data: { seq: 0 } });

      for (const [i, eventId] of ids.entries()) {
        const sent = Date.now();
        const moved = await fetch(`${chairs.base}${meeting}/position`, {
          method: 'PUT',
          headers: json,
          body: JSON.stringify({ eventId }),
        });
        expect(moved.status).toBe(200);
        const message = await stream.next(1000);
        expect(message).toMatchObject({ event: 'position', data: { eventId, seq: i + 1 } });
        // The bound: the follower has the step within 1 s of the chair's request.
        expect(message.at - sent).toBeLessThan(1000);
      }

      const ended = await fetch(`${chairs.base}${meeting}`, {
        method: 'DELETE',
        headers: session.headers,
      });
      expect(ended.status).toBe(200);
      expect(await stream.next(1000)).toMatchObject({ event: 'ended', data: { reason: 'ended' } });
      await stream.done;

      // SIGTERM with a stream open: it is told, and the server (its LISTEN connection
      // included) closes by itself instead of being killed 10 s later.
      const open = await openEventStream(`${follows.base}${await start()}/stream`, session.headers);
      await open.next();
      await follows.stop();
      expect(await open.next()).toMatchObject({ event: 'ended', data: { reason: 'shutdown' } });
      expect(follows.child.exitCode).toBe(0);
    } finally {
      await follows.stop();
      await chairs.stop();
    }
  }, 120_000);
});
