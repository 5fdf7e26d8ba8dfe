import { afterEach, describe, expect, it } from 'vitest';
import { CYSUR_REVIEW, createReview, createTestApp, upload, type TestApp } from '../support/app';

// The redacted search index (events_search_redacted) holds the text as the panel reads it.
// Deleting a review must take it out of that index too.

let t: TestApp;
afterEach(() => t?.close());

describe('the redacted search index', () => {
  it('is emptied of a deleted review, and keeps the other review’s entries', async () => {
    t = await createTestApp();
    const keep = await createReview(t.app, { ...CYSUR_REVIEW, reference: 'KEEP' });
    const gone = await createReview(t.app);
    const csv = 'Date,Type,Description\n01/06/2018,Home visit,ZQXPURGED visit to Zelda\n';
    await upload(t.app, keep, csv.replace('ZQXPURGED', 'ZQXKEPT'), { agency: 'Police' });
    await upload(t.app, gone, csv, { agency: 'Police' });
    for (const reviewId of [keep, gone]) {
      await t.app.inject({
        method: 'PUT',
        url: `/api/reviews/${reviewId}/glossary`,
        payload: { entries: [{ label: 'Mother', names: ['Zelda'] }] },
      });
      // The anonymised view (a reviewer's default) searches the redacted index, building it.
      const found = await t.app.inject({ url: `/api/reviews/${reviewId}/events?q=mother` });
      expect(found.json().total).toBe(1);
    }
    const count = (word: string) =>
      (
        t.sqlite
          .prepare(
            'select count(*) n from events_search_redacted where events_search_redacted match ?',
          )
          .get(word) as { n: number }
      ).n;
    expect([count('ZQXPURGED'), count('ZQXKEPT'), count('zelda')]).toEqual([1, 1, 0]);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/reviews/${gone}` })).statusCode).toBe(
      204,
    );
    expect([count('ZQXPURGED'), count('ZQXKEPT')]).toEqual([0, 1]);
    expect(t.sqlite.prepare('select count(*) n from redacted_search_submissions').get()).toEqual({
      n: 1,
    });
  });
});
