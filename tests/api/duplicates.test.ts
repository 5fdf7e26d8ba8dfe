import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, tableCounts, type TestApp, loadDemo } from '../support/app';

let t: TestApp;
let reviewId: string;
let events: any[];

beforeAll(async () => {
  t = await createTestApp();
  reviewId = (await loadDemo(t)).reviewId;
  events = (await t.app.inject({ url: `/api/reviews/${reviewId}/events` })).json().events;
});
afterAll(() => t.close());

const id = (agency: string, row: number) =>
  events.find((e) => e.agency.startsWith(agency) && e.row === row)?.id as string;

const pairKey = (a: string, b: string) => [a, b].sort().join(' ');

describe('duplicate suggestions and links', () => {
  it('suggests the same incident recorded by two agencies, with reasons', async () => {
    const response = await t.app.inject({ url: `/api/reviews/${reviewId}/duplicates` });
    expect(response.statusCode).toBe(200);
    const { suggestions } = response.json();
    const keys = suggestions.map((s: any) => pairKey(s.a, s.b));
    // The joint home visit of 14/03/2019, in the health visitor's and the social worker's records.
    expect(keys).toContain(pairKey(id('Powys Teaching', 17), id("Powys Children's", 23)));
    for (const s of suggestions) {
      const [a, b] = [events.find((e) => e.id === s.a), events.find((e) => e.id === s.b)];
      expect(a.agency).not.toBe(b.agency);
      expect(s.a < s.b).toBe(true);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
  });

  it('records a same-incident link, which then counts the incident once in the gaps', async () => {
    const incidentPolice = id('Dyfed-Powys', 16);
    const receipt = id("Powys Children's", 33);
    const before = await tableCounts(t);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/links`,
      payload: { a: receipt, b: incidentPolice, kind: 'related' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      a: [receipt, incidentPolice].sort()[0],
      kind: 'related',
    });
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/links`,
      payload: { a: incidentPolice, b: receipt, kind: 'conflict' },
    });
    expect(twice.statusCode).toBe(409);

    const links = (await t.app.inject({ url: `/api/reviews/${reviewId}/links` })).json().links;
    expect(links).toHaveLength(1);
    const decided = (
      await t.app.inject({ url: `/api/reviews/${reviewId}/duplicates?includeDecided=true` })
    ).json();
    const undecided = (await t.app.inject({ url: `/api/reviews/${reviewId}/duplicates` })).json();
    const key = pairKey(receipt, incidentPolice);
    expect(undecided.suggestions.some((s: any) => pairKey(s.a, s.b) === key)).toBe(false);
    const listed = decided.suggestions.find((s: any) => pairKey(s.a, s.b) === key);
    // Decided pairs leave the default list and are listed, marked, with includeDecided.
    expect(listed).toMatchObject({ decided: 'related' });

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/reviews/${reviewId}/links/${links[0].id}`,
    });
    expect(removed.statusCode).toBe(204);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('a same-incident link between two triggers makes one flag instead of two', async () => {
    // Record the 17 April incident a second time, as the well-being worker's own domestic
    // abuse entry, and link it to the PA's record as the same incident.
    const gapsFor = async () =>
      (await t.app.inject({ url: `/api/reviews/${reviewId}/gaps` }))
        .json()
        .gaps.filter((g: any) => g.ruleId === 'local.domestic-abuse-child-strategy');
    const form = new FormData();
    form.append('agency', 'Well-being Service');
    form.append(
      'file',
      new Blob([
        'Date,Event type,Description\n17/04/2019,Domestic abuse,Mother disclosed assault; infant present\n',
      ]),
      'wb.csv',
    );
    const encoded = new Response(form);
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      payload: Buffer.from(await encoded.arrayBuffer()),
      headers: { 'content-type': encoded.headers.get('content-type') as string },
    });
    expect(upload.statusCode).toBe(201);
    const all = (
      await t.app.inject({ url: `/api/reviews/${reviewId}/events?agency=Well-being%20Service` })
    ).json();
    const wellbeing = all.events[0].id;
    expect((await gapsFor()).length).toBe(3);

    const link = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/links`,
      payload: { a: id("Powys Children's", 28), b: wellbeing, kind: 'same-incident' },
    });
    expect(link.statusCode).toBe(201);
    expect((await gapsFor()).length).toBe(2);
  });

  it('refuses links to events outside the review, or to itself', async () => {
    const outside = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/links`,
      payload: { a: id('Dyfed-Powys', 16), b: 'not-an-event', kind: 'related' },
    });
    expect(outside.statusCode).toBe(404);
    const self = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/links`,
      payload: { a: id('Dyfed-Powys', 16), b: id('Dyfed-Powys', 16), kind: 'related' },
    });
    expect(self.statusCode).toBe(400);
    const badKind = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/links`,
      payload: { a: id('Dyfed-Powys', 16), b: id('Dyfed-Powys', 17), kind: 'twins' },
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.message).toContain('kind');
  });
});
