import { afterEach, describe, expect, it } from 'vitest';
import {
  CYSUR_REVIEW,
  createReview,
  createTestApp,
  onPostgres,
  upload,
  type TestApp,
} from '../support/app';

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
    // The index's own match: FTS5's on SQLite, a tsquery on PostgreSQL's tsvector column.
    const match = onPostgres
      ? "document @@ to_tsquery('tapestry_search', ?)"
      : 'events_search_redacted match ?';
    const count = async (word: string) =>
      (await t.queryOne<{ n: number }>(
        `select count(*) n from events_search_redacted where ${match}`,
        word,
      ))!.n;
    const counts = (...words: string[]) => Promise.all(words.map(count));
    expect(await counts('ZQXPURGED', 'ZQXKEPT', 'zelda')).toEqual([1, 1, 0]);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/reviews/${gone}` })).statusCode).toBe(
      204,
    );
    expect(await counts('ZQXPURGED', 'ZQXKEPT')).toEqual([0, 1]);
    expect(await t.queryOne('select count(*) n from redacted_search_submissions')).toEqual({
      n: 1,
    });
  });
});
