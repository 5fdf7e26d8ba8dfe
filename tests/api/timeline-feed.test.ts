import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFeed, LABEL_LENGTH, type TimelineFeed } from '../../server/contract/feed';
import { currentEventsQuery } from '../../server/events/events.repository';
import {
  createReview,
  createTestApp,
  loadDemo,
  onPostgres,
  signUpMember,
  upload,
  type TestApp,
} from '../support/app';

// The timeline feed (contract/feed.ts) against the full events list it slims: the same events,
// in the same order, with the same fields, under every filter and view.

let t: TestApp;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  reviewId = (await loadDemo(t)).reviewId;
});
afterAll(() => t.close());

async function get(url: string) {
  const response = await t.app.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('GET /api/reviews/:id/timeline/feed', () => {
  it.each(['', 'agency=Dyfed-Powys%20Police', 'type=contact.&from=2019-01-01', 'q=furniture'])(
    'decodes to the events list’s events, field for field (%s)',
    async (query) => {
      const feed = (await get(`/api/reviews/${reviewId}/timeline/feed?${query}`)) as TimelineFeed;
      const list = await get(`/api/reviews/${reviewId}/events?facets=false&${query}`);
      expect(feed.total).toBe(list.total);
      expect(feed.total).toBeGreaterThan(0);
      const decoded = decodeFeed(feed);
      expect(decoded).toEqual(
        list.events.map((e: any) => ({
          id: e.id,
          agency: e.agency,
          agencyKind: e.agencyKind,
          date: e.date,
          time: e.time,
          endDate: e.endDate,
          endTime: e.endTime,
          type: e.type,
          typeText: e.typeText,
          subjects: e.subjects,
          childSeen: e.childSeen,
          seenAlone: e.seenAlone,
          label: e.description === null ? null : e.description.slice(0, 120),
        })),
      );
    },
  );

  it('leaves the labels out when asked (labels=false), and nothing else, under its own tag', async () => {
    const query = 'agency=Dyfed-Powys%20Police&view=anonymised';
    const url = `/api/reviews/${reviewId}/timeline/feed?${query}`;
    const whole = await t.app.inject({ url });
    const slim = await t.app.inject({ url: `${url}&labels=false` });
    expect(slim.statusCode, slim.body).toBe(200);
    const { label, ...columns } = whole.json() as TimelineFeed;
    expect(label?.some((l) => l !== null)).toBe(true);
    expect(slim.json()).toEqual(columns);
    expect(slim.body.length).toBeLessThan(whole.body.length);
    // Two answers, so two tags: a browser holding one is never answered 304 for the other.
    expect(slim.headers.etag).not.toBe(whole.headers.etag);
    const decoded = decodeFeed(slim.json() as TimelineFeed);
    expect(decoded.every((e) => e.label === null)).toBe(true);
  });

  it('gives facets when asked, as the events list counts them', async () => {
    const query = 'type=contact.&facets=true';
    const feed = await get(`/api/reviews/${reviewId}/timeline/feed?${query}`);
    const list = await get(`/api/reviews/${reviewId}/events?${query}`);
    expect(feed.facets).toEqual(list.facets);
    expect(feed.facets.agency.length).toBeGreaterThan(1);
    expect((await get(`/api/reviews/${reviewId}/timeline/feed`)).facets).toBeUndefined();
  });

  it('is much smaller than the full list', async () => {
    const feed = await t.app.inject({ url: `/api/reviews/${reviewId}/timeline/feed` });
    const list = await t.app.inject({ url: `/api/reviews/${reviewId}/events?facets=false` });
    expect(feed.body.length).toBeLessThan(list.body.length / 2);
  });
});

describe('GET /api/reviews/:id/events?id=…', () => {
  it('gives only the events named, with every other filter still applied', async () => {
    const all = (await get(`/api/reviews/${reviewId}/events?facets=false`)).events;
    const police = all.find((e: any) => e.agency === 'Dyfed-Powys Police');
    const other = all.find((e: any) => e.agency !== 'Dyfed-Powys Police');
    const ids = `id=${police.id}&id=${other.id}`;
    const both = await get(`/api/reviews/${reviewId}/events?${ids}`);
    expect(both.events.map((e: any) => e.id).sort()).toEqual([police.id, other.id].sort());
    expect(both.events.find((e: any) => e.id === police.id)).toEqual(police);
    const narrowed = await get(
      `/api/reviews/${reviewId}/events?${ids}&agency=Dyfed-Powys%20Police`,
    );
    expect(narrowed.events.map((e: any) => e.id)).toEqual([police.id]);
  });

  it('never gives another review’s event, even asked for by its id, and counts only its own', async () => {
    const other = await createReview(t.app);
    const csv = 'Date,Type,Description\n01/06/2018,Home visit,In the other review\n';
    expect((await upload(t.app, other, csv, { agency: 'Police' })).statusCode).toBe(201);
    const theirs = (await get(`/api/reviews/${other}/events?facets=false`)).events[0];
    const ours = (await get(`/api/reviews/${reviewId}/events?facets=false&limit=1`)).events[0];
    const asked = await get(`/api/reviews/${reviewId}/events?id=${ours.id}&id=${theirs.id}`);
    expect(asked.events.map((e: any) => e.id)).toEqual([ours.id]);
    expect(asked.total).toBe(1);
  });

  it('looks the ids up by key on SQLite, not by reading every event of the review', async () => {
    const ids = (await get(`/api/reviews/${reviewId}/events?facets=false&limit=3`)).events.map(
      (e: any) => e.id,
    );
    const query = currentEventsQuery(t.db, reviewId, { ids }, { limit: 50, offset: 0 }).compile();
    if (onPostgres) {
      // PostgreSQL keeps statistics and chooses for itself; the rows are still the ones asked.
      expect((await t.db.executeQuery(query)).rows).toHaveLength(3);
      return;
    }
    const plan = t.sqlite
      .prepare(`explain query plan ${query.sql}`)
      .all(...(query.parameters as unknown[])) as { detail: string }[];
    const onEvents = plan.map((p) => p.detail).find((d) => /^SEARCH e /.test(d));
    expect(onEvents).toMatch(/USING INDEX sqlite_autoindex_events_1 \(id=\?\)/);
  });
});

describe('the feed as the viewer may see it', () => {
  let s: TestApp;
  let review: string;
  // A name in the description (once early, once straddling the label's cut and once across the
  // read's end after long names that shorten by redaction), the type words and the people.
  const LONG = 'Quillfeather-Montgomery-Fitzwilliam ';
  const straddling = `${'x'.repeat(LABEL_LENGTH - 4)} Quillfeather was seen`;
  const acrossRead = `${LONG.repeat(5)}${'y'.repeat(200 - LONG.length * 5 - 6)} Quillfeather visited`;
  const CSV = [
    'Date,Type,Description,Subjects',
    '01/06/2018,Quillfeather visit,Home visit to Quillfeather,Quillfeather',
    `02/06/2018,Home visit,${straddling},Quillfeather`,
    `03/06/2018,Home visit,${acrossRead},Infant`,
  ].join('\n');

  beforeAll(async () => {
    s = await createTestApp();
    review = await createReview(s.app);
    expect((await upload(s.app, review, CSV, { agency: 'Police' })).statusCode).toBe(201);
    const other = 'Date,Type,Description\n04/06/2018,Phone call,Health called';
    expect((await upload(s.app, review, other, { agency: 'Health' })).statusCode).toBe(201);
    const glossary = await s.app.inject({
      method: 'PUT',
      url: `/api/reviews/${review}/glossary`,
      payload: {
        entries: [
          { label: 'Mother', names: ['Quillfeather'] },
          { label: 'M', names: ['Quillfeather-Montgomery-Fitzwilliam'] },
        ],
      },
    });
    expect(glossary.statusCode, glossary.body).toBe(200);
  });
  afterAll(() => s.close());

  it('never holds a glossary name in the anonymised view, not even cut at a label’s end', async () => {
    const panel = await signUpMember(s, review, 'panel');
    const response = await panel.app.inject({ url: `/api/reviews/${review}/timeline/feed` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).not.toMatch(/quill|montgomery/i);
    const events = decodeFeed(response.json());
    expect(events.map((e) => e.label)).toEqual([
      'Home visit to Mother',
      `${'x'.repeat(LABEL_LENGTH - 4)} Mother was seen`.slice(0, LABEL_LENGTH),
      `${'M '.repeat(5)}${'y'.repeat(200 - LONG.length * 5 - 6)} Mother visited`.slice(
        0,
        LABEL_LENGTH,
      ),
      'Health called',
    ]);
    expect(events[0]!.subjects).toEqual(['Mother']);
    // The reviewer's named view keeps the words as written.
    const named = await s.app.inject({ url: `/api/reviews/${review}/timeline/feed?view=named` });
    expect(decodeFeed(named.json())[0]!.typeText).toBe('Quillfeather visit');
  });

  it('gives a submitter their own agency’s events only, whatever the query asks for', async () => {
    const police = await s.signUp();
    const joined = await s.app.inject({
      method: 'PUT',
      url: `/api/reviews/${review}/members/${police.id}`,
      payload: { role: 'submitter', agency: 'Police' },
    });
    expect(joined.statusCode).toBe(204);
    const feed = await police.app.inject({
      url: `/api/reviews/${review}/timeline/feed?agency=Health`,
    });
    expect(feed.statusCode).toBe(200);
    expect(feed.json().total).toBe(0);
    const all = decodeFeed(
      (await police.app.inject({ url: `/api/reviews/${review}/timeline/feed` })).json(),
    );
    expect(all.map((e) => e.agency)).toEqual(['Police', 'Police', 'Police']);
    // Their own records, as they wrote them.
    expect(all[0]!.label).toBe('Home visit to Quillfeather');
  });
});

describe('GET /api/reviews/:id/timeline/weeks', () => {
  it('totals what a plain count over the feed finds, with a row for every agency', async () => {
    const query = 'agency=Dyfed-Powys%20Police&agency=Hywel%20Dda%20University%20Health%20Board';
    const weeks = await get(`/api/reviews/${reviewId}/timeline/weeks?${query}&measure=all`);
    const feed = (await get(`/api/reviews/${reviewId}/timeline/feed?${query}`)) as TimelineFeed;
    const everything = (await get(`/api/reviews/${reviewId}/timeline/feed`)) as TimelineFeed;
    // Every agency of the review, the filtered-out ones too, all zeros.
    expect(weeks.rows.map((r: { agency: string }) => r.agency).sort()).toEqual(
      everything.agencies.map((a) => a.name).sort(),
    );
    const mondayOf = (day: number) => day - ((day + 3) % 7);
    const first = weeks.weekStarts[0] as number;
    // The whole span of the review's events is covered.
    expect(first).toBeLessThanOrEqual(mondayOf(Math.min(...everything.earliest)));
    expect(weeks.weekStarts.at(-1)).toBeGreaterThanOrEqual(
      mondayOf(Math.max(...everything.latest)),
    );
    const certain = new Map<string, number>();
    const possible = new Map<string, number>();
    const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    for (let i = 0; i < feed.total; i++) {
      const agency = feed.agencies[feed.agency[i]!]!.name;
      const a = (mondayOf(feed.earliest[i]!) - first) / 7;
      const b = (mondayOf(feed.latest[i]!) - first) / 7;
      for (let w = a; w <= b; w++) add(a === b ? certain : possible, `${agency}:${w}`);
    }
    expect(feed.total).toBeGreaterThan(10);
    for (const row of weeks.rows) {
      row.certain.forEach((n: number, w: number) =>
        expect(n, `${row.agency} week ${w}`).toBe(certain.get(`${row.agency}:${w}`) ?? 0),
      );
      row.possible.forEach((n: number, w: number) =>
        expect(n, `${row.agency} week ${w}`).toBe(possible.get(`${row.agency}:${w}`) ?? 0),
      );
    }
    const sum = (list: number[]) => list.reduce((x, y) => x + y, 0);
    expect(sum(weeks.all.certain)).toBe(sum([...certain.values()]));
    // The default measure counts contacts only: fewer.
    const contacts = await get(`/api/reviews/${reviewId}/timeline/weeks?${query}`);
    expect(sum(contacts.all.certain)).toBeLessThan(sum(weeks.all.certain));
    expect(contacts.weekStarts).toEqual(weeks.weekStarts);
  });
});
