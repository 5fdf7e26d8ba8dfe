import { afterEach, describe, expect, it } from 'vitest';
import {
  createReview,
  createTestApp,
  CYSUR_REVIEW,
  tableCounts,
  upload,
  type TestApp,
} from '../support/app';

// Limits that keep one upload, or one session, from holding everyone else up (issue #11,
// item 4): the width of a file, and how many uploads a session may send.

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const ROW = '01/06/2018,Home visit,Seen at home';

describe('a file wider than a chronology', () => {
  it('with 100,000 header columns is refused with a 400 naming the limit, storing nothing', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const before = await tableCounts(t);
    const header = ['Date', 'Event type', 'Description'];
    for (let i = 0; header.length < 100_000; i++) header.push(`c${i}`);
    const response = await upload(t.app, reviewId, `${header.join(',')}\n${ROW}\n`, {
      fields: { dryRun: 'true' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'FILE_TOO_WIDE',
      message: expect.stringMatching(/100,000 columns; a chronology can have at most 500\./),
    });
    expect(await tableCounts(t)).toEqual(before);
  });

  it('with one row far wider than its header names the row', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const wide = `${ROW}${',x'.repeat(100_000)}`;
    const response = await upload(
      t.app,
      reviewId,
      `Date,Event type,Description\n${ROW}\n${wide}\n`,
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().issues[0]).toMatchObject({ row: 3, code: 'row.too-many-cells' });
  });

  it('takes 500 columns', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const header = ['Date', 'Event type', 'Description'];
    while (header.length < 500) header.push(`Extra ${header.length}`);
    const row = [ROW, ...header.slice(3).map(() => 'x')].join(',');
    const response = await upload(t.app, reviewId, `${header.join(',')}\n${row}\n`);
    expect(response.statusCode).toBe(201);
  });
});

describe('uploads per session', () => {
  it('past the limit a minute get a 429 with Retry-After; another session is not held back', async () => {
    t = await createTestApp({ UPLOADS_PER_MINUTE: '3' });
    const reviewId = await createReview(t.app);
    const csv = `Date,Event type,Description\n${ROW}\n`;
    for (let i = 0; i < 3; i++) {
      const ok = await upload(t.app, reviewId, csv, { fields: { dryRun: 'true' } });
      expect(ok.statusCode).toBe(200);
    }
    const refused = await upload(t.app, reviewId, csv, { fields: { dryRun: 'true' } });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toEqual({
      code: 'TOO_MANY_UPLOADS',
      message: expect.stringMatching(/the limit is 3 a minute/),
    });
    const wait = Number(refused.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);

    const other = await t.signUp({ isAdmin: true });
    const theirReview = await createReview(other.app, { ...CYSUR_REVIEW, reference: 'Other' });
    const theirs = await upload(other.app, theirReview, csv, { fields: { dryRun: 'true' } });
    expect(theirs.statusCode).toBe(200);
  });

  it('more at once than the limit get a 429 while the first are stored', async () => {
    t = await createTestApp({ UPLOADS_AT_ONCE: '2' });
    const reviewId = await createReview(t.app);
    const lines = ['Date,Event type,Description'];
    for (let i = 0; i < 3000; i++) lines.push(ROW);
    const answers = await Promise.all(
      ['A', 'B', 'C', 'D'].map((agency) => upload(t!.app, reviewId, lines.join('\n'), { agency })),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 201, 429, 429]);
    const refused = answers.find((a) => a.statusCode === 429)!;
    expect(refused.json().error.message).toMatch(/limit is 2 at once/);
    // The at-once limit asks for a retry in 5 seconds (server/submissions/upload-rate.ts).
    expect(refused.headers['retry-after']).toBe('5');
  });
});
