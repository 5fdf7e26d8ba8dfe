import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReview, createTestApp, multipart, tableCounts, type TestApp } from '../support/app';

// Requests that are malformed rather than wrong (issue #11, item 8): each is the client's
// mistake, so each gets a 4xx in our words, never a 500 and never a parser's own text.

let t: TestApp;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  reviewId = await createReview(t.app);
});
afterAll(() => t.close());

const CSV = 'Date,Event type,Description\n01/06/2018,Home visit,Seen at home\n';

function post(payload: Buffer, contentType: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/submissions`,
    headers: { 'content-type': contentType },
    payload,
  });
}

describe('a multipart body the server cannot read', () => {
  it('cut short part way through the file is a 400 that says so, and stores nothing', async () => {
    const before = await tableCounts(t);
    const body = await multipart(CSV.repeat(50));
    const cut = body.payload.subarray(0, body.payload.length - 200);
    const response = await post(cut, body.headers['content-type']);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/form.*could not be read.*cut short/i);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('sent with a boundary that is not the one in the body is a 400', async () => {
    const body = await multipart(CSV);
    const response = await post(body.payload, 'multipart/form-data; boundary=not-the-boundary');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/form.*could not be read/i);
  });

  it('with two files says in our words that one file goes with each upload', async () => {
    const form = new FormData();
    form.append('agency', 'Police');
    form.append('file', new Blob([CSV], { type: 'text/csv' }), 'a.csv');
    form.append('file', new Blob([CSV], { type: 'text/csv' }), 'b.csv');
    const encoded = new Response(form);
    const response = await post(
      Buffer.from(await encoded.arrayBuffer()),
      encoded.headers.get('content-type')!,
    );
    expect(response.statusCode).toBe(413);
    const { message } = response.json().error;
    expect(message).toMatch(/one file/i);
    expect(message).not.toMatch(/reach files limit/);
  });

  it('with too many form fields names the limit', async () => {
    const fields = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`f${i}`, 'x']));
    const body = await multipart(CSV, { fields });
    const response = await post(body.payload, body.headers['content-type']);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toMatch(/20 form fields/);
    expect(response.json().error.message).not.toMatch(/reach fields limit/);
  });

  it('refuses a 2 MB form field as too large instead of cutting it and calling it bad JSON', async () => {
    const mapping = JSON.stringify({ date: 'Date', description: 'x'.repeat(2 * 1024 * 1024) });
    const body = await multipart(CSV, { fields: { mapping } });
    const response = await post(body.payload, body.headers['content-type']);
    expect(response.statusCode).toBe(413);
    const { message } = response.json().error;
    expect(message).toMatch(/"mapping" is larger than the limit of 1 MB/);
    expect(message).not.toMatch(/JSON/);
  });

  it('still takes a form field just under the limit', async () => {
    const mapping = JSON.stringify({ date: 'Date', [`x${'y'.repeat(1024 * 1024 - 40)}`]: null });
    expect(Buffer.byteLength(mapping)).toBeLessThanOrEqual(1024 * 1024);
    const body = await multipart(CSV, { fields: { mapping, dryRun: 'true' } });
    const response = await post(body.payload, body.headers['content-type']);
    // Read whole, so the unknown header in it is what is reported, not its size.
    expect(response.statusCode).not.toBe(413);
    expect(response.statusCode).toBeLessThan(500);
  });
});

describe('query values out of range', () => {
  it('an offset past any whole number the database holds is a 400, not a 500', async () => {
    const response = await t.app.inject(
      `/api/reviews/${reviewId}/events?offset=99999999999999999999`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/offset/);
  });

  it('an audit page before an id past any whole number is a 400, not a 500', async () => {
    const response = await t.app.inject('/api/audit?before=99999999999999999999');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/before/);
  });

  it.each(['2025-13-45', '2025-02-30', '2023-02-29', '2025-00-10'])(
    'from=%s is not a date, so it is a 400',
    async (day) => {
      const response = await t.app.inject(`/api/reviews/${reviewId}/events?from=${day}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/from must be a real date/);
    },
  );

  it('a real leap day is still a date', async () => {
    const response = await t.app.inject(`/api/reviews/${reviewId}/events?from=2024-02-29`);
    expect(response.statusCode).toBe(200);
  });
});
