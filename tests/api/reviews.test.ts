import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CYSUR_REVIEW, createTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('reviews', () => {
  it('creates a review, lists it and reads it back', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/reviews',
      payload: { ...CYSUR_REVIEW, joinAsReviewer: true },
    });
    expect(created.statusCode).toBe(201);
    const review = created.json();
    expect(review).toMatchObject({
      ...CYSUR_REVIEW,
      agencyCount: 0,
      eventCount: 0,
      myRole: 'reviewer',
    });
    expect(await t.query('select reference, period_start from reviews')).toEqual([
      { reference: 'CYSUR 2/2020', period_start: '2018-05-20' },
    ]);

    const list = await t.app.inject({ url: '/api/reviews' });
    expect(list.json().reviews.map((r: { id: string }) => r.id)).toEqual([review.id]);
    const one = await t.app.inject({ url: `/api/reviews/${review.id}` });
    expect(one.json().title).toBe(CYSUR_REVIEW.title);
  });

  it('answers 404 for a review that does not exist', async () => {
    const response = await t.app.inject({ url: '/api/reviews/no-such-review' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('REVIEW_NOT_FOUND');
  });

  it('refuses a second review with the same reference', async () => {
    await t.app.inject({ method: 'POST', url: '/api/reviews', payload: CYSUR_REVIEW });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/reviews',
      payload: CYSUR_REVIEW,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('REFERENCE_TAKEN');
  });

  it.each([
    ['an unknown jurisdiction', { jurisdiction: 'scotland' }, 'jurisdiction'],
    [
      'a period that ends before it starts',
      { periodEnd: '2017-01-01' },
      'periodEnd is before periodStart',
    ],
    [
      'a date that does not exist',
      { periodStart: '2019-02-31' },
      'periodStart "2019-02-31" is not a real date',
    ],
    ['a day-first date in the body', { periodStart: '20/05/2018' }, 'periodStart'],
  ])('rejects %s with a 400 that says which field', async (_name, change, expected) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/reviews',
      payload: { ...CYSUR_REVIEW, ...change },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain(expected);
    expect(await t.queryOne('select count(*) n from reviews')).toEqual({ n: 0 });
  });
});
