import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReview, createTestApp, type TestApp, upload } from '../support/app';

// Event types by meaning through the real app: what decided each type is stored and read back,
// and a type map one agency's reviewer made is offered (not applied) to another agency.

let t: TestApp;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  reviewId = await createReview(t.app);
});
afterAll(() => t.close());

const CSV = [
  'Date,Contact Type,Summary,Outcome',
  "01/06/2018,Placed on the child's plan,Conference outcome recorded.,",
  '02/06/2018,Case note,Strategy meeting held with police and health to discuss bruising.,',
  '03/06/2018,CN01,,Case closed',
  '04/06/2018,Wibble review,Nothing of note was said at all today by anyone here.,',
  '05/06/2018,Stratergy discusion (virtual),,',
].join('\n');

async function eventsOf(submissionId: string) {
  const response = await t.app.inject({ url: `/api/reviews/${reviewId}/events?limit=1000` });
  const all = response.json().events as Array<{ id: string; submissionId: string; row: number }>;
  return all.filter((e) => e.submissionId === submissionId);
}

async function detail(eventId: string) {
  const response = await t.app.inject({ url: `/api/reviews/${reviewId}/events/${eventId}` });
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('event types by meaning', () => {
  it('stores each event with its type and the text that decided it', async () => {
    const stored = await upload(t.app, reviewId, CSV, { agency: 'Powys Children’s Services' });
    expect(stored.statusCode).toBe(201);
    const events = await eventsOf(stored.json().submission.id);
    const byRow = new Map(events.map((e) => [e.row, e]));
    const read = async (row: number) => {
      const e = await detail(byRow.get(row)?.id ?? 'missing');
      return { type: e.type, typeBasis: e.typeBasis };
    };
    expect(await read(2)).toEqual({
      type: 'register.add',
      typeBasis: { from: 'type cell', words: ['Placed', 'childs', 'plan'] },
    });
    expect(await read(3)).toEqual({
      type: 'strategy',
      typeBasis: { from: 'description', words: ['Strategy', 'meeting'] },
    });
    expect(await read(4)).toEqual({
      type: 'case.close',
      typeBasis: { from: 'outcome', words: ['Case', 'closed'] },
    });
    expect(await read(5)).toEqual({ type: 'other', typeBasis: { from: 'none', words: [] } });
    expect(await read(6)).toEqual({
      type: 'strategy',
      typeBasis: { from: 'type cell', words: ['Stratergy', 'discusion'] },
    });
  });

  it('offers likely codes for a type word that matched none, and only that word', async () => {
    const report = (
      await upload(t.app, reviewId, CSV, {
        agency: 'Dry Run Agency',
        fields: { dryRun: 'true' },
      })
    ).json();
    expect(report.unmappedTypes).toEqual({ 'Wibble review': 1 });
    const offered = report.typeSuggestions['Wibble review'];
    expect(offered.length).toBeGreaterThanOrEqual(2);
    expect(offered.length).toBeLessThanOrEqual(3);
    // "review" is a word of the planning and health review synonyms.
    expect(offered.map((s: { code: string }) => s.code)).toContain('meeting.planning');
    expect(offered.every((s: { agencies: string[] }) => s.agencies.length === 0)).toBe(true);
  });

  it('offers another agency’s mapping of the same words, marked with that agency, without applying it', async () => {
    // Words no code's synonyms use, so nothing types them ("Team around the baby" is now read
    // as the planning meeting it is: its words are the planning meetings' own).
    const first = await upload(t.app, reviewId, 'Date,Type\n01/07/2018,Huddle around the baby\n', {
      agency: 'Powys Teaching Health Board',
      fields: { typeMap: JSON.stringify({ 'Huddle around the baby': 'meeting.planning' }) },
    });
    expect(first.statusCode).toBe(201);

    const second = await upload(
      t.app,
      reviewId,
      'Date,Type\n02/07/2018,HUDDLE around the baby.\n',
      {
        agency: 'Dyfed-Powys Police',
      },
    );
    expect(second.statusCode).toBe(201);
    const report = second.json();
    expect(report.unmappedTypes).toEqual({ 'HUDDLE around the baby.': 1 });
    expect(report.typeSuggestions['HUDDLE around the baby.'][0]).toEqual({
      code: 'meeting.planning',
      label: 'Care and support / pathway plan / CIN meeting',
      agencies: ['Powys Teaching Health Board'],
    });
    const [event] = await eventsOf(report.submission.id);
    expect((await detail(event?.id ?? 'missing')).type).toBe('other');
  });

  it("an IDVA service's call with the victim is the IDVA contact: the agency's name says the service", async () => {
    const csv = [
      'Date,Contact Method,Case Note',
      '01/07/2018,Telephone,Client says ex has been driving past the house.',
      '02/07/2018,Face to face,Met client at the children’s centre.',
    ].join('\n');
    const idva = await upload(t.app, reviewId, csv, { agency: 'Harbourshire IDVA Service' });
    expect(idva.statusCode).toBe(201);
    const read = async (id: string) =>
      Promise.all((await eventsOf(id)).map(async (e) => (await detail(e.id)).type));
    expect(await read(idva.json().submission.id)).toEqual(['idva.contact', 'idva.contact']);
    // A refuge's support worker: the same kind of agency, but a call is a call.
    const refuge = await upload(t.app, reviewId, csv, { agency: 'Westvale Refuge' });
    expect(refuge.statusCode).toBe(201);
    expect(await read(refuge.json().submission.id)).toEqual(['contact.phone', 'contact.office']);
  });

  it('a type map for a word that says little is the fallback, not an override of the description', async () => {
    const csv = [
      'Date,Type,Description',
      '01/08/2018,Contact,Unannounced home visit; children seen.',
      '02/08/2018,Contact,Nothing more was recorded about this contact at the time by staff.',
    ].join('\n');
    const stored = await upload(t.app, reviewId, csv, {
      agency: 'Fallback Agency',
      fields: { typeMap: JSON.stringify({ Contact: 'contact.phone' }) },
    });
    expect(stored.statusCode).toBe(201);
    const events = await eventsOf(stored.json().submission.id);
    const types = await Promise.all(events.map(async (e) => (await detail(e.id)).typeBasis));
    expect(types).toEqual([
      { from: 'description', words: ['home', 'visit'] },
      { from: 'type map', words: ['Contact'] },
    ]);
  });

  it('lists every type word with what it was read as, and a choice for a recognised word overrides it', async () => {
    const csv = [
      'Date,Type,Description',
      '01/09/2018,Home visit,Children seen in their bedrooms.',
      '02/09/2018,Home visit,Mother seen alone.',
      '03/09/2018,Contact,Unannounced home visit; children seen.',
      '04/09/2018,Contact,Nothing more was recorded about this contact at the time by staff.',
      '05/09/2018,Wibble review,',
    ].join('\n');
    const check = async (typeMap: Record<string, string>) => {
      const response = await upload(t.app, reviewId, csv, {
        agency: 'Readings Agency',
        fields: { dryRun: 'true', typeMap: JSON.stringify(typeMap) },
      });
      expect(response.statusCode).toBe(200);
      return response.json() as {
        typeReadings: Array<{
          text: string;
          rows: number;
          saysLittle: boolean;
          readAs: Array<{ code: string; from: string; words: string[]; rows: number }>;
        }>;
        typeWordCount: number;
        preview: Array<{ row: number; type: string }>;
      };
    };
    const first = await check({});
    expect(first.typeWordCount).toBe(3);
    // Most rows first; a word read two ways lists both, each with its rows.
    expect(first.typeReadings).toEqual([
      {
        text: 'Contact',
        rows: 2,
        saysLittle: true,
        readAs: [
          { code: 'contact.home-visit', from: 'description', words: [], rows: 1 },
          { code: 'other', from: 'none', words: [], rows: 1 },
        ],
      },
      {
        text: 'Home visit',
        rows: 2,
        saysLittle: false,
        readAs: [
          { code: 'contact.home-visit', from: 'type cell', words: ['Home', 'visit'], rows: 2 },
        ],
      },
      {
        text: 'Wibble review',
        rows: 1,
        saysLittle: false,
        readAs: [{ code: 'other', from: 'none', words: [], rows: 1 }],
      },
    ]);
    // The reviewer corrects a word the vocabulary did recognise: its rows follow the choice.
    const corrected = await check({ 'Home visit': 'contact.office' });
    expect(corrected.typeReadings.find((r) => r.text === 'Home visit')?.readAs).toEqual([
      { code: 'contact.office', from: 'type map', words: ['Home visit'], rows: 2 },
    ]);
    expect(corrected.preview.filter((p) => p.row <= 3).map((p) => p.type)).toEqual([
      'contact.office',
      'contact.office',
    ]);
  });
});
