import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, loadDemo } from '../support/app';

// Filters over the demo review: each asserts the events that come back, not just a count.

let t: TestApp;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  reviewId = (await loadDemo(t)).reviewId;
});
afterAll(() => t.close());

async function list(query: string) {
  const response = await t.app.inject({ url: `/api/reviews/${reviewId}/events?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { events: any[]; total: number; facets: any };
}

describe('merged events with filters', () => {
  it('keeps a stable order: earliest date, untimed first, then time, agency, row', async () => {
    const { events } = await list('from=2019-05-13&to=2019-05-13');
    expect(events.map((e) => [e.time, e.agency, e.row])).toEqual([
      ['13:40', 'Dyfed-Powys Police', 16],
      ['15:15', 'Dyfed-Powys Police', 17],
      ['16:20', "Powys Children's Services", 33],
      ['16:50', "Powys Children's Services", 34],
    ]);
  });

  it('filters by agency, matched however the name is typed, and repeats', async () => {
    const police = await list('agency=dyfed%20powys%20police');
    expect(police.total).toBe(19);
    expect(new Set(police.events.map((e) => e.agency))).toEqual(new Set(['Dyfed-Powys Police']));
    const two = await list('agency=Dyfed-Powys%20Police&agency=Powys%20County%20Council%20Housing');
    expect(two.total).toBe(19 + 14);
  });

  it('filters by type code or by prefix', async () => {
    const marf = await list('type=referral.sent');
    expect(marf.events.map((e) => e.typeText)).toEqual(['DIR submitted', 'MARF', 'DIR submitted']);
    const contacts = await list('type=contact.');
    expect(contacts.total).toBeGreaterThan(20);
    expect(contacts.events.every((e) => e.type.startsWith('contact.'))).toBe(true);
  });

  it('filters by person without matching a longer name', async () => {
    const infant = await list('subject=Infant');
    expect(infant.total).toBeGreaterThan(5);
    expect(infant.events.every((e) => e.subjects.includes('Infant'))).toBe(true);
    const grand = await list('subject=Maternal%20grandparents');
    expect(grand.events.map((e) => e.date.text)).toEqual(['2019-03-05']);
  });

  it('filters by dates as an overlap with each event’s interval', async () => {
    const { events } = await list('from=2018-11-20&to=2018-11-25');
    // "Nov 2018" (1–30 November) overlaps the window; exact days outside it do not.
    expect(events.map((e) => e.date.text)).toEqual(['Nov 2018']);
  });

  it('searches description, outcome and type text, by word prefix', async () => {
    const furniture = await list('q=furniture');
    expect(furniture.events.map((e) => [e.agency, e.date.text])).toContainEqual([
      "Powys Children's Services",
      '17/04/2019',
    ]);
    expect(furniture.events.every((e) => /furniture/i.test(`${e.description} ${e.outcome}`))).toBe(
      true,
    );
    const strat = await list('q=strat');
    expect(strat.total).toBeGreaterThan(0);
    // FTS syntax in the box is read as words, never as a query language.
    expect((await list('q=%22%20OR%20*')).total).toBe((await list('q=or')).total);
  });

  it('search finds a new version’s words and forgets the old version’s', async () => {
    const csv = 'Date,Description\n01/06/2018,Zanzibar visit noted\n';
    const upload = async (body: string) => {
      const form = new FormData();
      form.append('agency', 'Search Test Agency');
      form.append('file', new Blob([body], { type: 'text/csv' }), 'x.csv');
      const encoded = new Response(form);
      return t.app.inject({
        method: 'POST',
        url: `/api/reviews/${reviewId}/submissions`,
        payload: Buffer.from(await encoded.arrayBuffer()),
        headers: { 'content-type': encoded.headers.get('content-type') as string },
      });
    };
    await upload(csv);
    expect((await list('q=zanzibar')).total).toBe(1);
    await upload('Date,Description\n01/06/2018,Timbuktu visit noted\n');
    expect((await list('q=zanzibar')).total).toBe(0);
    expect((await list('q=timbuktu')).total).toBe(1);
  });

  it('filters by child seen', async () => {
    const seen = await list('childSeen=true');
    expect(seen.total).toBeGreaterThan(5);
    expect(seen.events.every((e) => e.childSeen === true)).toBe(true);
  });

  it('flagged=true returns only events a gap starts from or ends at', async () => {
    const gaps = (await t.app.inject({ url: `/api/reviews/${reviewId}/gaps` })).json().gaps;
    const ids = new Set(
      gaps.flatMap((g: any) => [g.triggerEventId, g.expectedEventId].filter(Boolean)),
    );
    const flagged = await list('flagged=true');
    expect(flagged.total).toBe(ids.size);
    expect(flagged.events.every((e) => ids.has(e.id))).toBe(true);
  });

  it('combines filters and reports facets for the current filter', async () => {
    const { events, facets } = await list(
      'agencyKind=children-services&type=contact.&from=2019-04-01',
    );
    expect(
      events.every((e) => e.agencyKind === 'children-services' && e.date.latest >= '2019-04-01'),
    ).toBe(true);
    expect(facets.agency).toEqual([{ value: "Powys Children's Services", count: events.length }]);
    const typeTotal = facets.type.reduce((n: number, f: any) => n + f.count, 0);
    expect(typeTotal).toBe(events.length);
    expect(facets.subject[0]).toMatchObject({ value: 'Mother' });
  });

  it('rejects a badly formed date filter with a 400', async () => {
    const response = await t.app.inject({ url: `/api/reviews/${reviewId}/events?from=01/05/2019` });
    expect(response.statusCode).toBe(400);
  });
});
