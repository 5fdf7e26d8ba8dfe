import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFeed, type TimelineFeed } from '../../server/contract/feed';
import { createTestApp, type TestApp, loadDemo } from '../support/app';

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
});
