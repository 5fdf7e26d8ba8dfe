import { afterEach, describe, expect, it } from 'vitest';
import { createSession } from '../../server/auth/accounts.repository';
import { sessionCookieName } from '../../server/auth/plugin';
import { createReview, createTestApp, signUpMember, upload, type TestApp } from '../support/app';

// Meeting streams are long-lived connections, limited per session (4) and per user (8). A
// stream must give its slot back however it closes, and an ended meeting's must take none.

let t: TestApp;
let base = '';
const opened: AbortController[] = [];
afterEach(async () => {
  for (const c of opened.splice(0)) c.abort();
  await t?.close();
});

async function setUp() {
  t = await createTestApp();
  const reviewId = await createReview(t.app);
  await upload(t.app, reviewId, 'Date,Type,Description\n01/06/2018,Home visit,Visited\n', {
    agency: 'Police',
  });
  await t.app.inject({
    method: 'PUT',
    url: `/api/reviews/${reviewId}/glossary`,
    payload: { entries: [] },
  });
  const panel = await signUpMember(t, reviewId, 'panel');
  base = await t.anonymous.listen({ port: 0, host: '127.0.0.1' });
  return { reviewId, panel };
}

async function startMeeting(reviewId: string): Promise<string> {
  const r = await t.app.inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/meetings`,
    payload: {},
  });
  expect(r.statusCode).toBe(201);
  return r.json().id;
}

/** Opens a stream; returns its status, its first message, and a way to close it. */
async function openStream(cookie: string, reviewId: string, meetingId: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/reviews/${reviewId}/meetings/${meetingId}/stream`, {
    // Asking for compression as a browser does: the stream must come back as it is (app.ts).
    headers: { cookie, 'accept-encoding': 'br, gzip' },
    signal: controller.signal,
  });
  if (response.status !== 200) {
    await response.body?.cancel();
    return { status: response.status, first: '', encoding: null, close: () => {} };
  }
  opened.push(controller);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const first = (await reader.read()).value ?? '';
  const encoding = response.headers.get('content-encoding');
  return { status: 200, first, encoding, close: () => controller.abort() };
}

/** Tries until the server has noticed closed streams and has a slot again (or 2 s pass). */
async function openWhenFree(cookie: string, reviewId: string, meetingId: string) {
  const deadline = Date.now() + 2000;
  for (;;) {
    const stream = await openStream(cookie, reviewId, meetingId);
    if (stream.status !== 429 || Date.now() > deadline) return stream;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function sessionOf(userId: string): Promise<string> {
  const session = await createSession(t.db, userId, 1);
  return `${sessionCookieName(t.config)}=${session.token}`;
}

describe('meeting streams', () => {
  it('the stream of an ended meeting answers "ended" and takes no slot', async () => {
    const { reviewId, panel } = await setUp();
    const ended = await startMeeting(reviewId);
    await t.app.inject({ method: 'DELETE', url: `/api/reviews/${reviewId}/meetings/${ended}` });
    for (let i = 0; i < 6; i++) {
      const stream = await openStream(panel.cookie, reviewId, ended);
      expect(stream.status).toBe(200);
      expect(stream.first).toContain('event: ended');
      expect(stream.encoding).toBeNull();
    }
    const live = await startMeeting(reviewId);
    for (let i = 0; i < 4; i++) {
      expect((await openStream(panel.cookie, reviewId, live)).status).toBe(200);
    }
  });

  it('allows four streams per session, and gives a slot back when a stream is closed', async () => {
    const { reviewId, panel } = await setUp();
    const meeting = await startMeeting(reviewId);
    const streams = [];
    for (let i = 0; i < 4; i++) streams.push(await openStream(panel.cookie, reviewId, meeting));
    expect(streams.map((s) => s.status)).toEqual([200, 200, 200, 200]);
    expect((await openStream(panel.cookie, reviewId, meeting)).status).toBe(429);
    streams[0]!.close();
    expect((await openWhenFree(panel.cookie, reviewId, meeting)).status).toBe(200);
  });

  it('gives every slot back when the chair ends the meeting', async () => {
    const { reviewId, panel } = await setUp();
    const first = await startMeeting(reviewId);
    for (let i = 0; i < 4; i++) await openStream(panel.cookie, reviewId, first);
    await t.app.inject({ method: 'DELETE', url: `/api/reviews/${reviewId}/meetings/${first}` });
    const second = await startMeeting(reviewId);
    expect((await openWhenFree(panel.cookie, reviewId, second)).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      expect((await openStream(panel.cookie, reviewId, second)).status).toBe(200);
    }
  });

  it('caps one user at eight streams across all their sessions', async () => {
    const { reviewId, panel } = await setUp();
    const meeting = await startMeeting(reviewId);
    const statuses: number[] = [];
    for (let s = 0; s < 3; s++) {
      const cookie = await sessionOf(panel.id);
      for (let i = 0; i < 4; i++)
        statuses.push((await openStream(cookie, reviewId, meeting)).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(statuses.slice(8)).toEqual([429, 429, 429, 429]);
    // Another user (the reviewer chairing) is not held back by this one.
    const admin = await t.db
      .selectFrom('users')
      .select('id')
      .where('is_admin', '=', 1)
      .executeTakeFirstOrThrow();
    expect((await openStream(await sessionOf(admin.id), reviewId, meeting)).status).toBe(200);
  });
});
