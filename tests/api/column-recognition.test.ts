import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReview, createTestApp, tableCounts, upload, type TestApp } from '../support/app';

// Files exported the way agencies' systems write them, with headers no synonym list held:
// each is stored with no hand mapping, and the report says what each column was read as.

let t: TestApp;
let reviewId: string;
beforeAll(async () => {
  t = await createTestApp();
  reviewId = await createReview(t.app);
});
afterAll(() => t.close());

const POLICE_CSV = [
  'Occurrence No,Contact Date/Time,Incident Classification,Log Entry,Persons Involved,Input Date',
  'INC-2018-0456,22/05/2018 14:30,Concern for welfare,"Officers attended after a neighbour reported shouting; mother and infant seen, no injuries.",Mother; Infant,23/05/2018',
  'INC-2018-0471,29/05/2018 09:05,Domestic,"Father arrested for criminal damage at the family home, later released under investigation.",Father,30/05/2018',
  'INC-2018-0502,04/06/2018 22:10,Concern for welfare,"Call from mother saying father was outside the flat; he had left when officers arrived.",Mother; Father,05/06/2018',
].join('\r\n');

const HEALTH_JSON = JSON.stringify([
  {
    eventDate: '2018-06-12',
    note_category: 'Antenatal booking',
    consultationNotes:
      'Booking appointment at the clinic; mother seen alone, routine questions asked.',
    recordId: 'HB/18/0123',
  },
  {
    eventDate: '2018-07-03',
    note_category: 'Antenatal contact',
    consultationNotes: 'Routine antenatal check at 20 weeks; partner attended, no concerns raised.',
    recordId: 'HB/18/0188',
  },
]);

async function myEvents(submissionId: string) {
  const response = await t.app.inject({ url: `/api/reviews/${reviewId}/events?limit=1000` });
  return response
    .json()
    .events.filter((e: { submissionId: string }) => e.submissionId === submissionId);
}

describe('columns recognised without a mapping', () => {
  it('stores a police CSV whose headers are phrases, taking the event’s date over the input date', async () => {
    const response = await upload(t.app, reviewId, POLICE_CSV, { agency: 'Dyfed-Powys Police' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.mapping).toMatchObject({
      date: 'Contact Date/Time',
      time: null,
      type: 'Incident Classification',
      description: 'Log Entry',
      subjects: 'Persons Involved',
      sourceRef: 'Occurrence No',
    });
    const twoDates = body.warnings.find((w: any) => w.code === 'mapping.two-date-columns');
    expect(twoDates).toMatchObject({ row: 1, column: 'Contact Date/Time' });
    expect(twoDates.message).toContain('"Input Date" is kept with each event as written');
    expect(body.columns.map((c: any) => [c.header, c.field, c.source])).toEqual([
      ['Occurrence No', 'sourceRef', 'recognised'],
      ['Contact Date/Time', 'date', 'recognised'],
      ['Incident Classification', 'type', 'recognised'],
      ['Log Entry', 'description', 'recognised'],
      ['Persons Involved', 'subjects', 'recognised'],
      ['Input Date', null, 'none'],
    ]);
    expect(body.columns[1]).toMatchObject({ confidence: 'high' });
    expect(body.columns[1].reasons).toContain('100% of cells are dates, with times');

    const events = await myEvents(body.submission.id);
    expect(events.map((e: any) => [e.date.earliest, e.time, e.sourceRef, e.subjects])).toEqual([
      ['2018-05-22', '14:30', 'INC-2018-0456', ['Mother', 'Infant']],
      ['2018-05-29', '09:05', 'INC-2018-0471', ['Father']],
      ['2018-06-04', '22:10', 'INC-2018-0502', ['Mother', 'Father']],
    ]);
  });

  it('stores a JSON export keyed in camelCase and snake_case', async () => {
    const response = await upload(t.app, reviewId, HEALTH_JSON, {
      agency: 'Powys Teaching Health Board',
      fileName: 'health.json',
      contentType: 'application/json',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.mapping).toMatchObject({
      date: 'eventDate',
      type: 'note_category',
      description: 'consultationNotes',
      sourceRef: 'recordId',
    });
    const events = await myEvents(body.submission.id);
    expect(events.map((e: any) => [e.date.earliest, e.typeText, e.sourceRef])).toEqual([
      ['2018-06-12', 'Antenatal booking', 'HB/18/0123'],
      ['2018-07-03', 'Antenatal contact', 'HB/18/0188'],
    ]);
    expect(events[0].type).toBe('health.antenatal');
  });

  it('reports every column in a dry run as well, and stores nothing', async () => {
    const before = await tableCounts(t);
    const csv =
      'Col A,Col B,Col C\n22/05/2018,Home visit,"Visited the home, mother and baby seen"\n';
    const response = await upload(t.app, reviewId, csv, {
      agency: 'Children’s Services',
      fields: { dryRun: 'true' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().columns).toEqual([
      {
        header: 'Col A',
        field: 'date',
        source: 'recognised',
        score: 0.9,
        confidence: 'high',
        reasons: ['100% of cells are dates'],
      },
      expect.objectContaining({ header: 'Col B', field: 'type' }),
      expect.objectContaining({ header: 'Col C', field: 'description' }),
    ]);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('a refused file still carries each column’s reading, and names the columns considered', async () => {
    const before = await tableCounts(t);
    const response = await upload(t.app, reviewId, 'Case ref,Flag\nAB/19/0123,Y\n', {
      agency: 'Voluntary Org',
    });
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.issues[0].message).toContain(
      'Columns considered: "Case ref": read as the source reference',
    );
    expect(body.columns.map((c: any) => [c.header, c.field])).toEqual([
      ['Case ref', 'sourceRef'],
      ['Flag', null],
    ]);
    expect(await tableCounts(t)).toEqual(before);
  });
});
