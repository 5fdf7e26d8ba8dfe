import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createReview,
  createTestApp,
  CYSUR_REVIEW,
  upload,
  type TestApp,
  type TestUser,
} from '../support/app';

// The timeline feed's ETag (server/timeline/timeline-tag.ts): a browser that holds the answer
// gets 304 until something the answer is made of changes, and never gets another view's or
// another agency's answer taken for its own.

let t: TestApp;
let reviewId: string;
let panel: TestUser;
const CSV = 'Date,Type,Description\n01/06/2018,Home visit,Visit to Jane\n';

beforeAll(async () => {
  t = await createTestApp();
  reviewId = await createReview(t.app);
  expect((await upload(t.app, reviewId, CSV, { agency: 'Police' })).statusCode).toBe(201);
  expect((await upload(t.app, reviewId, CSV, { agency: 'Health' })).statusCode).toBe(201);
  await setGlossary(['Jane']);
  panel = await join('panel');
});
afterAll(() => t.close());

async function setGlossary(names: string[]) {
  const response = await t.app.inject({
    method: 'PUT',
    url: `/api/reviews/${reviewId}/glossary`,
    payload: { entries: [{ label: 'Mother', names }] },
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function join(role: string, agency?: string): Promise<TestUser> {
  const user = await t.signUp();
  const response = await t.app.inject({
    method: 'PUT',
    url: `/api/reviews/${reviewId}/members/${user.id}`,
    payload: { role, ...(agency ? { agency } : {}) },
  });
  expect(response.statusCode, response.body).toBe(204);
  return user;
}

const feed = (query = '') => `/api/reviews/${reviewId}/timeline/feed${query}`;

async function fetchFeed(app: TestApp['app'], url: string, tag?: string) {
  return app.inject({ url, headers: tag ? { 'if-none-match': tag } : {} });
}

describe('the feed’s ETag', () => {
  it('gives 304, with nothing read and no body, while the review is unchanged', async () => {
    const first = await fetchFeed(t.app, feed());
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^W\/"[\w-]+"$/);
    const again = await fetchFeed(t.app, feed(), tag);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(tag);
    // The same query written in another order is the same answer.
    const ab = await fetchFeed(t.app, feed('?agency=Police&agency=Health'));
    const ba = await fetchFeed(t.app, feed('?agency=Health&agency=Police'), ab.headers.etag);
    expect(ba.statusCode).toBe(304);
    // Another filter is another answer.
    expect((await fetchFeed(t.app, feed('?agency=Police'), tag)).statusCode).toBe(200);
  });

  it('tags the week totals too, apart from the feed and per measure', async () => {
    const weeks = `/api/reviews/${reviewId}/timeline/weeks`;
    const first = await fetchFeed(t.app, weeks);
    expect(first.statusCode).toBe(200);
    const tag = first.headers.etag as string;
    expect(tag).not.toBe((await fetchFeed(t.app, feed())).headers.etag);
    expect((await fetchFeed(t.app, weeks, tag)).statusCode).toBe(304);
    expect((await fetchFeed(t.app, `${weeks}?measure=all`, tag)).statusCode).toBe(200);
  });

  it('changes after an upload', async () => {
    const tag = (await fetchFeed(t.app, feed())).headers.etag as string;
    const csv = 'Date,Type,Description\n02/06/2018,Phone call,Called\n';
    expect((await upload(t.app, reviewId, csv, { agency: 'Housing' })).statusCode).toBe(201);
    const after = await fetchFeed(t.app, feed(), tag);
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(tag);
    expect(after.json().total).toBe(3);
  });

  it('changes after a glossary change in the anonymised view, not in the named one', async () => {
    const anonymised = (await fetchFeed(panel.app, feed())).headers.etag as string;
    const named = (await fetchFeed(t.app, feed('?view=named'))).headers.etag as string;
    await setGlossary(['Jane', 'Visit']);
    const after = await fetchFeed(panel.app, feed(), anonymised);
    expect(after.statusCode).toBe(200);
    expect(after.json().label).toContain('Mother to Mother');
    expect((await fetchFeed(t.app, feed('?view=named'), named)).statusCode).toBe(304);
    await setGlossary(['Jane']);
  });

  it('changes with a note for the notes filter, and only for it', async () => {
    const annotated = (await fetchFeed(t.app, feed('?annotated=true'))).headers.etag as string;
    const plain = (await fetchFeed(t.app, feed())).headers.etag as string;
    const eventId = (await fetchFeed(t.app, feed())).json().id[0] as string;
    const note = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/annotations`,
      payload: { eventId, kind: 'key-event', text: 'Noted' },
    });
    expect(note.statusCode, note.body).toBe(201);
    const after = await fetchFeed(t.app, feed('?annotated=true'), annotated);
    expect(after.statusCode).toBe(200);
    expect(after.json().id).toEqual([eventId]);
    expect((await fetchFeed(t.app, feed(), plain)).statusCode).toBe(304);
  });

  it('is not taken from another view, role or agency', async () => {
    const reviewer = (await fetchFeed(t.app, feed('?view=named'))).headers.etag as string;
    expect((await fetchFeed(panel.app, feed(), reviewer)).statusCode).toBe(200);
    const police = await join('submitter', 'Police');
    const health = await join('submitter', 'Health');
    const policeTag = (await fetchFeed(police.app, feed())).headers.etag as string;
    const other = await fetchFeed(health.app, feed(), policeTag);
    expect(other.statusCode).toBe(200);
    expect(other.json().agencies.map((a: { name: string }) => a.name)).toEqual(['Health']);
    // Nor does a reviewer's anonymised answer stand for the panel's (another role).
    const anonymised = (await fetchFeed(t.app, feed())).headers.etag as string;
    expect((await fetchFeed(panel.app, feed(), anonymised)).statusCode).toBe(200);
    // A submitter asking for notes is refused, whatever tag they send.
    const refused = await fetchFeed(police.app, feed('?annotated=true'), policeTag);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers.etag).toBeUndefined();
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('audits the view on a 304 too: a second panel member’s browser holding the answer', async () => {
    const tag = (await fetchFeed(panel.app, feed())).headers.etag as string;
    const second = await join('panel');
    expect((await fetchFeed(second.app, feed(), tag)).statusCode).toBe(304);
    const audited = await t.query(
      `select action from audit_log where user_id = ? and action = 'timeline.viewed'`,
      second.id,
    );
    expect(audited).toHaveLength(1);
  });
});

interface WeeksBody {
  all: { certain: number[]; possible: number[] };
}
/** Every event the strip's totals count, over every week. */
const weeksTotal = (body: WeeksBody) =>
  [...body.all.certain, ...body.all.possible].reduce((a, b) => a + b, 0);

describe('the answers the server holds (held-feeds.ts)', () => {
  // Nothing in the app changes a stored record's text without bumping the review's revision;
  // a change made behind its back shows which answer was sent: the held one, or a new one.
  const relabel = (text: string) =>
    t.query(`update events set description = ? where review_id = ?`, text, reviewId);

  it('sends the answer held for the tag, until the revision moves', async () => {
    const first = await fetchFeed(t.app, feed('?view=named'));
    await relabel('Changed behind the app');
    const held = await fetchFeed(t.app, feed('?view=named'));
    expect(held.body).toBe(first.body);
    expect(held.headers.etag).toBe(first.headers.etag);
    const csv = 'Date,Type,Description\n03/06/2018,Letter,Sent\n';
    expect((await upload(t.app, reviewId, csv, { agency: 'Held' })).statusCode).toBe(201);
    const after = (await fetchFeed(t.app, feed('?view=named'))).json();
    expect(after.label).toContain('Changed behind the app');
    expect(after.label).toContain('Sent');
  });

  it('never sends one review’s answer for another at the same revision, seen the same way', async () => {
    // Two reviews made alike: one upload each, so the same revision, view, role and query.
    const a = await createReview(t.app, { ...CYSUR_REVIEW, reference: 'SAME 1/2026' });
    const b = await createReview(t.app, { ...CYSUR_REVIEW, reference: 'SAME 2/2026' });
    const one = 'Date,Type,Description\n01/06/2018,Home visit,Only in A\n';
    const two = 'Date,Type,Description\n01/06/2018,Home visit,Only in B\n';
    expect((await upload(t.app, a, one, { agency: 'Police' })).statusCode).toBe(201);
    expect((await upload(t.app, b, two, { agency: 'Police' })).statusCode).toBe(201);
    const url = (id: string) => `/api/reviews/${id}/timeline/feed?view=named`;
    const first = await fetchFeed(t.app, url(a));
    const second = await fetchFeed(t.app, url(b));
    expect(first.json().label).toEqual(['Only in A']);
    expect(second.json().label).toEqual(['Only in B']);
    expect(second.headers.etag).not.toBe(first.headers.etag);
  });

  it('holds the strip’s weekly totals for their tag too, until the revision moves', async () => {
    const weeks = `/api/reviews/${reviewId}/timeline/weeks?measure=contacts`;
    const total = (body: WeeksBody) => weeksTotal(body);
    const first = await t.app.inject({ url: weeks });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('application/json');
    expect(total(first.json())).toBeGreaterThan(0);
    // Behind the app's back every record stops being a contact: the held answer is sent.
    await t.query(`update events set type = 'other' where review_id = ?`, reviewId);
    const held = await t.app.inject({ url: weeks });
    expect(held.body).toBe(first.body);
    const csv = 'Date,Type,Description\n04/06/2018,Note,Filed\n';
    expect((await upload(t.app, reviewId, csv, { agency: 'Weeks' })).statusCode).toBe(201);
    expect(total((await t.app.inject({ url: weeks })).json())).toBe(0);
  });

  it('holds nothing with FEED_CACHE_MB=0', async () => {
    const unheld = await createTestApp({ FEED_CACHE_MB: '0' });
    try {
      const id = await createReview(unheld.app);
      expect((await upload(unheld.app, id, CSV, { agency: 'Police' })).statusCode).toBe(201);
      const url = `/api/reviews/${id}/timeline/feed`;
      expect((await unheld.app.inject({ url })).json().label).toEqual(['Visit to Jane']);
      const weeks = `/api/reviews/${id}/timeline/weeks?measure=contacts`;
      const counted = async () => weeksTotal((await unheld.app.inject({ url: weeks })).json());
      expect(await counted()).toBe(1);
      await unheld.query(`update events set description = 'Changed' where review_id = ?`, id);
      expect((await unheld.app.inject({ url })).json().label).toEqual(['Changed']);
      await unheld.query(`update events set type = 'other' where review_id = ?`, id);
      expect(await counted()).toBe(0);
    } finally {
      await unheld.close();
    }
  });
});

describe('compression', () => {
  it.each(['br', 'gzip'])(
    'sends the feed in %s, which decompresses to the same JSON',
    async (encoding) => {
      // Above the plugin's threshold (1 kB): smaller answers are not worth compressing.
      const rows = Array.from(
        { length: 40 },
        (_, i) => `0${(i % 9) + 1}/07/2018,Phone call,Call ${i}`,
      );
      const csv = ['Date,Type,Description', ...rows].join('\n');
      expect(
        (await upload(t.app, reviewId, csv, { agency: `Agency ${encoding}` })).statusCode,
      ).toBe(201);
      const plain = await t.app.inject({ url: feed('?view=named') });
      expect(plain.headers['content-encoding']).toBeUndefined();
      const packed = await t.app.inject({
        url: feed('?view=named'),
        headers: { 'accept-encoding': encoding },
      });
      expect(packed.statusCode).toBe(200);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(packed.headers.vary).toMatch(/^accept-encoding$/i);
      expect(packed.headers['cache-control']).toBe('private, no-cache');
      expect(packed.headers.etag).toBe(plain.headers.etag);
      const bytes = packed.rawPayload;
      const text = (encoding === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes)).toString();
      expect(JSON.parse(text)).toEqual(plain.json());
    },
  );

  it('still serves static files (@fastify/static), compressed and whole', async () => {
    const url = '/docs/static/swagger-ui.css';
    const plain = await t.app.inject({ url });
    expect(plain.statusCode).toBe(200);
    const packed = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(packed.statusCode).toBe(200);
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(packed.rawPayload).toString()).toBe(plain.body);
  });
});
