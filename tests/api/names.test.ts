import { afterEach, describe, expect, it } from 'vitest';
import {
  CYSUR_REVIEW,
  createReview,
  createTestApp,
  tableCounts,
  upload,
  type TestApp,
} from '../support/app';

// Agency, review, display and file names follow one rule (server/names/clean-name.ts): no
// control, direction-changing or zero-width character, and a length cap.

let t: TestApp;
afterEach(() => t?.close());

const CSV = 'Date,Type,Description\n01/06/2018,Home visit,Visited\n';
const TRICKS = [
  ['a right-to-left override', 'Police\u202Eecilop', /direction.*U\+202E/],
  ['a BEL', 'Police\u0007', /control character \(U\+0007\)/],
  ['a zero-width space', 'Pol\u200Bice', /zero-width character \(U\+200B\)/],
] as const;

describe('names are cleaned by one rule', () => {
  it.each(TRICKS)(
    'refuses an agency name with %s, storing nothing',
    async (_what, agency, says) => {
      t = await createTestApp();
      const reviewId = await createReview(t.app);
      const before = await tableCounts(t);
      const response = await upload(t.app, reviewId, CSV, { agency });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/^agency contains/);
      expect(response.json().error.message).toMatch(says);
      expect(await tableCounts(t)).toEqual(before);
    },
  );

  it('refuses the same characters in a submitter’s agency, a review and a display name', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const user = await t.signUp();
    for (const [, bad, says] of TRICKS) {
      const calls = [
        {
          method: 'PUT',
          url: `/api/reviews/${reviewId}/members/${user.id}`,
          payload: { role: 'submitter', agency: bad },
          field: 'body/agency',
        },
        {
          method: 'POST',
          url: '/api/reviews',
          payload: { ...CYSUR_REVIEW, reference: `R ${bad}` },
          field: 'reference',
        },
        {
          method: 'POST',
          url: '/api/reviews',
          payload: { ...CYSUR_REVIEW, reference: 'R2', title: `Review of ${bad}` },
          field: 'title',
        },
        {
          method: 'POST',
          url: '/api/users',
          payload: { email: 'x@test.tapestry', displayName: bad, password: 'long enough pass' },
          field: 'body/displayName',
        },
        {
          method: 'PATCH',
          url: `/api/users/${user.id}`,
          payload: { displayName: bad },
          field: 'body/displayName',
        },
      ] as const;
      for (const { field, ...call } of calls) {
        const response = await t.app.inject(call);
        expect(response.statusCode, `${call.method} ${call.url}`).toBe(400);
        expect(response.json().error.message).toMatch(new RegExp(`^${field} contains`));
        expect(response.json().error.message).toMatch(says);
      }
    }
    const stored = JSON.stringify([
      await t.query('select * from users'),
      await t.query('select * from reviews'),
      await t.query('select * from memberships'),
    ]);
    for (const c of ['\u0007', '\u200B', '\u202E']) expect(stored).not.toContain(c);
  });

  it('keeps a name tidy: NFC, trimmed, one space between words', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const response = await upload(t.app, reviewId, CSV, { agency: '  Zoe\u0308\u00A0 Police  ' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().submission.agency).toBe('Zoë Police');
  });

  it('refuses a 5,000-character file name and keeps one of 255', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const long = await upload(t.app, reviewId, CSV, { fileName: `${'a'.repeat(4996)}.csv` });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toMatch(/file name is 5000 characters long; at most 255/);
    const longest = `${'b'.repeat(251)}.csv`;
    const ok = await upload(t.app, reviewId, CSV, { fileName: longest });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await t.query('select file_name from submissions')).toEqual([{ file_name: longest }]);
  });
});
