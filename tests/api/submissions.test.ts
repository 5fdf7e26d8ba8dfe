import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReview, createTestApp, tableCounts, upload, type TestApp } from '../support/app';

let t: TestApp;
let reviewId: string;
beforeEach(async () => {
  t = await createTestApp();
  reviewId = await createReview(t.app);
});
afterEach(() => t.close());

const HOUSING_V1 = [
  'Date;Officer;Action;Notes;Ref',
  '04.06.18;HO1;Tel call;Rent arrears discussed;H-1',
  '05.06.18;HO1;Letter;Arrears letter sent;H-2',
].join('\n');

const HOUSING_V2 = [
  'Date;Officer;Action;Notes;Ref',
  '04.06.18;HO1;Tel call;Rent arrears discussed;H-1',
  '05.06.18;HO1;Letter;Arrears letter sent;H-2',
  '21.03.19;HO1;Arrears;Arrears cleared by Children’s Services;H-3',
].join('\n');

async function events() {
  const response = await t.app.inject({ url: `/api/reviews/${reviewId}/events` });
  expect(response.statusCode).toBe(200);
  return response.json() as { events: any[]; total: number };
}

describe('uploading a chronology', () => {
  it('stores every row as an event and reports the mapping it used', async () => {
    const response = await upload(t.app, reviewId, HOUSING_V1, { agency: 'Powys Housing' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.submission).toMatchObject({
      agency: 'Powys Housing',
      agencyKind: 'housing',
      version: 1,
      eventCount: 2,
      current: true,
      delimiter: ';',
    });
    expect(body.submission.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.mapping).toMatchObject({
      date: 'Date',
      practitioner: 'Officer',
      type: 'Action',
      description: 'Notes',
      sourceRef: 'Ref',
    });

    const stored = await t.query(
      'select row_number, date_text, date_earliest, type, source_ref from events order by seq',
    );
    expect(stored).toEqual([
      {
        row_number: 2,
        date_text: '04.06.18',
        date_earliest: '2018-06-04',
        type: 'contact.phone',
        source_ref: 'H-1',
      },
      {
        row_number: 3,
        date_text: '05.06.18',
        date_earliest: '2018-06-05',
        type: 'contact.message',
        source_ref: 'H-2',
      },
    ]);
    const merged = await events();
    expect(merged.total).toBe(2);
    expect(merged.events[0]).toMatchObject({
      agency: 'Powys Housing',
      agencyKind: 'housing',
      row: 2,
      date: {
        text: '04.06.18',
        earliest: '2018-06-04',
        latest: '2018-06-04',
        precision: 'day',
        uncertain: false,
      },
      type: 'contact.phone',
      typeText: 'Tel call',
      practitioner: 'HO1',
      description: 'Rent arrears discussed',
      sourceRef: 'H-1',
      childSeen: null,
      endDate: null,
    });
  });

  it('rejects a file with bad rows, names each row and column, and stores nothing', async () => {
    const before = await tableCounts(t);
    const csv = [
      'Date,Time,Description',
      '22/05/2018,14:30,Fine',
      '31/02/2019,09:00,Impossible date',
      '23/05/2018,25:00,Impossible time',
      '12/31/2018,,US order',
    ].join('\n');
    const response = await upload(t.app, reviewId, csv, { agency: 'Police' });
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error.code).toBe('ROWS_INVALID');
    expect(body.issues.map((i: any) => [i.row, i.column, i.code])).toEqual([
      [3, 'Date', 'date.impossible'],
      [4, 'Time', 'time.invalid'],
      [5, 'Date', 'date.us-order'],
    ]);
    expect(body.mapping.date).toBe('Date');
    expect(await tableCounts(t)).toEqual(before);
  });

  it('reports the file’s headers in order, whether the file is accepted or refused', async () => {
    const accepted = await upload(t.app, reviewId, HOUSING_V1, { fields: { dryRun: 'true' } });
    expect(accepted.json().headers).toEqual(['Date', 'Officer', 'Action', 'Notes', 'Ref']);
    const refused = await upload(t.app, reviewId, 'Date,Notes,Extra\n31/02/2019,x,y\n');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().headers).toEqual(['Date', 'Notes', 'Extra']);
  });

  it('keeps each version’s warnings, headers and mapping for later reading', async () => {
    const csv = 'Date,Description,Risk rating\n12/03/2018,Before the period,High\n';
    const stored = (await upload(t.app, reviewId, csv, { agency: 'Police' })).json();
    const detail = await t.app.inject({
      url: `/api/reviews/${reviewId}/submissions/${stored.submission.id}`,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      id: stored.submission.id,
      version: 1,
      headers: ['Date', 'Description', 'Risk rating'],
      mapping: { date: 'Date', description: 'Description' },
    });
    expect(detail.json().warnings.map((w: any) => [w.row, w.code])).toEqual([
      [1, 'mapping.unmapped-column'],
      [2, 'date.outside-period'],
    ]);
    const missing = await t.app.inject({ url: `/api/reviews/${reviewId}/submissions/nope` });
    expect(missing.statusCode).toBe(404);
  });

  it('a dry run reports and previews but stores nothing', async () => {
    const before = await tableCounts(t);
    const response = await upload(t.app, reviewId, HOUSING_V1, {
      agency: 'Powys Housing',
      fields: { dryRun: 'true' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.dryRun).toBe(true);
    expect(body.submission).toMatchObject({ id: null, version: 1, eventCount: 2 });
    expect(body.preview.map((e: any) => [e.row, e.date.earliest, e.type])).toEqual([
      [2, '2018-06-04', 'contact.phone'],
      [3, '2018-06-05', 'contact.message'],
    ]);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('a new upload from the same agency becomes version 2 and replaces it in the merged view', async () => {
    const first = (await upload(t.app, reviewId, HOUSING_V1, { agency: 'Powys Housing' })).json();
    // The agency name is matched however it is typed.
    const second = await upload(t.app, reviewId, HOUSING_V2, { agency: 'powys  housing' });
    expect(second.statusCode).toBe(201);
    expect(second.json().submission).toMatchObject({
      version: 2,
      eventCount: 3,
      agency: 'Powys Housing',
    });

    const merged = await events();
    expect(merged.total).toBe(3);
    expect(new Set(merged.events.map((e) => e.submissionId))).toEqual(
      new Set([second.json().submission.id]),
    );

    const versions = (await t.app.inject({ url: `/api/reviews/${reviewId}/submissions` })).json()
      .submissions;
    expect(versions.map((s: any) => [s.version, s.current, s.eventCount])).toEqual([
      [2, true, 3],
      [1, false, 2],
    ]);
    expect(versions[1].id).toBe(first.submission.id);
    expect(versions[1].supersededAt).not.toBeNull();
    // The review counts the current version's events only.
    const review = (await t.app.inject({ url: `/api/reviews/${reviewId}` })).json();
    expect(review).toMatchObject({ agencyCount: 1, eventCount: 3 });
    // The old version's events are kept, for provenance.
    expect((await tableCounts(t)).events).toBe(5);
  });

  it('uploading the identical file again returns the existing version and creates nothing', async () => {
    const first = (await upload(t.app, reviewId, HOUSING_V1, { agency: 'Powys Housing' })).json();
    const before = await tableCounts(t);
    const again = await upload(t.app, reviewId, HOUSING_V1, { agency: 'Powys Housing' });
    expect(again.statusCode).toBe(200);
    expect(again.json().unchanged).toBe(true);
    expect(again.json().submission.id).toBe(first.submission.id);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('accepts application/json with an events array', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      payload: {
        agency: 'Powys Teaching Health Board',
        events: [
          {
            contactDate: '2018-06-12',
            contactType: 'Antenatal booking',
            narrative: 'Booking.',
            present: ['Mother'],
            seenAlone: true,
          },
        ],
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().submission).toMatchObject({
      agencyKind: 'health',
      format: 'json',
      eventCount: 1,
    });
    const [event] = (await events()).events;
    expect(event).toMatchObject({
      type: 'health.antenatal',
      subjects: ['Mother'],
      seenAlone: true,
    });
  });

  it('refuses a file where no column holds a date or what happened, naming each column considered', async () => {
    const csv = 'Case ref,Flag\nAB/19/0123,Y\n';
    const response = await upload(t.app, reviewId, csv, { agency: 'Voluntary Org' });
    expect(response.statusCode).toBe(422);
    const [date, description] = response.json().issues;
    expect([date.code, description.code]).toEqual([
      'mapping.missing-date',
      'mapping.missing-description',
    ]);
    expect(date.message).toContain(
      '"Case ref": read as the source reference; "Flag": 0% of cells are dates',
    );
    expect(description.message).toContain('"Flag": its cells are yes/no answers');
  });

  // Recognition alone would take the longer text ("Second account") as the description; the
  // uploader's choice wins, and is remembered for the agency's next upload.
  it('uses an explicit mapping, and remembers it for the agency’s next upload', async () => {
    const csv = [
      'When,First account,Second account,Kind',
      '22/05/2018,Seen at home,"Visited the home; mother and baby seen, all well",Home visit',
    ].join('\n');
    const recognised = await upload(t.app, reviewId, csv, {
      agency: 'Voluntary Org',
      fields: { dryRun: 'true' },
    });
    expect(recognised.json().mapping).toMatchObject({
      date: 'When',
      description: 'Second account',
      type: 'Kind',
    });

    const mapping = JSON.stringify({ description: 'First account' });
    const mapped = await upload(t.app, reviewId, csv, {
      agency: 'Voluntary Org',
      fields: { mapping },
    });
    expect(mapped.statusCode).toBe(201);
    expect(mapped.json().columns[1]).toMatchObject({
      header: 'First account',
      field: 'description',
      source: 'uploader',
    });

    const next = [
      'When,First account,Second account,Kind',
      '23/05/2018,Phoned,"Rang mother about the missed appointment, no answer",Tel call',
    ].join('\n');
    const remembered = await upload(t.app, reviewId, next, { agency: 'Voluntary Org' });
    expect(remembered.statusCode).toBe(201);
    expect(remembered.json().mapping).toMatchObject({ date: 'When', description: 'First account' });
    expect(remembered.json().columns[1]).toMatchObject({ source: 'remembered' });
    expect((await events()).events[0]).toMatchObject({
      type: 'contact.phone',
      description: 'Phoned',
    });
  });

  it('names a mapping to a header the file does not have', async () => {
    const response = await upload(t.app, reviewId, 'Date,Description\n22/05/2018,x\n', {
      fields: { mapping: JSON.stringify({ time: 'Time of contact' }) },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().issues[0]).toMatchObject({
      row: 1,
      column: 'Time of contact',
      code: 'mapping.unknown-header',
    });
  });

  it('applies a type map and remembers it; refuses a code that is not in the vocabulary', async () => {
    // A description that says nothing: "Local meeting" is now read as a planning meeting by the
    // learned reader (docs/uploading.md), and this is about a word nothing reads.
    const csv = 'Date,Event type,Description\n22/05/2018,Wibble review,See paper file\n';
    const bad = await upload(t.app, reviewId, csv, {
      fields: { typeMap: JSON.stringify({ 'Wibble review': 'nonsense' }) },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('"nonsense"');

    const unmapped = await upload(t.app, reviewId, csv, { fields: { dryRun: 'true' } });
    expect(unmapped.json().unmappedTypes).toEqual({ 'Wibble review': 1 });

    const good = await upload(t.app, reviewId, csv, {
      fields: { typeMap: JSON.stringify({ 'wibble REVIEW': 'meeting.planning' }) },
    });
    expect(good.statusCode).toBe(201);
    expect(good.json().unmappedTypes).toEqual({});
    expect((await events()).events[0].type).toBe('meeting.planning');

    const later = 'Date,Event type,Description\n01/06/2018,Wibble review,Another\n';
    await upload(t.app, reviewId, later);
    expect((await events()).events[0].type).toBe('meeting.planning');
  });

  it('keeps rows that name a service of the uploading agency, said once per service', async () => {
    const csv = [
      'Date,Agency,Description',
      '22/05/2018,Community HV,New birth visit',
      '23/05/2018,Westbury General,ED attendance',
      '24/05/2018,Community HV,Weight check',
    ].join('\n');
    const response = await upload(t.app, reviewId, csv, {
      agency: 'Wessex Vale ICB (health providers combined)',
      fields: { agencyKind: 'health' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.mapping.agency).toBe('Agency');
    const said = body.warnings.filter((w: any) => w.code === 'agency.service');
    expect(said.map((w: any) => [w.row, w.column])).toEqual([
      [2, 'Agency'],
      [3, 'Agency'],
    ]);
    expect(said[0].message).toContain('"Community HV"');
  });

  it('refuses rows that name another agency', async () => {
    const csv =
      'Date,Agency,Description\n22/05/2018,Dyfed-Powys Police,Not ours\n23/05/2018,Powys Housing,Ours\n';
    const response = await upload(t.app, reviewId, csv, { agency: 'Powys Housing' });
    expect(response.statusCode).toBe(422);
    expect(response.json().issues).toEqual([
      expect.objectContaining({ row: 2, column: 'Agency', code: 'agency.mismatch' }),
    ]);
  });

  it('keeps every cell of the row, mapped or not, as provenance', async () => {
    const csv = 'Date,Description,Risk rating\n22/05/2018,Seen at home,Medium\n';
    const stored = (
      await upload(t.app, reviewId, csv, { agency: 'Police', fileName: 'police-export.csv' })
    ).json();
    const [event] = (await events()).events;
    const detail = await t.app.inject({ url: `/api/reviews/${reviewId}/events/${event.id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      raw: { Date: '22/05/2018', Description: 'Seen at home', 'Risk rating': 'Medium' },
      fileName: 'police-export.csv',
      version: 1,
      submissionId: stored.submission.id,
      row: 2,
    });
  });

  it('refuses a file name with a path, control or bidi characters: no browser sends one', async () => {
    for (const fileName of ['../../etc/x.csv', 'evil\u202Evsc.csv', 'nul\u0000.csv']) {
      const response = await upload(t.app, reviewId, 'Date,Description\n22/05/2018,x\n', {
        fileName,
      });
      expect(response.statusCode, fileName).toBe(400);
      expect(response.json().error.message, fileName).toMatch(/file name/);
    }
  });
});

describe('whole-file failures', () => {
  it.each([
    ['an empty file', 400, 'FILE_UNREADABLE', '', 'file.csv'],
    ['a header with no rows', 422, 'ROWS_INVALID', 'Date,Description\n', 'file.csv'],
    // Workbooks are read now (tests/api/office-uploads.test.ts); a broken one is unreadable.
    [
      'a damaged Excel workbook',
      400,
      'FILE_UNREADABLE',
      Buffer.from('PK\u0003\u0004rest-of-zip'),
      'chronology.xlsx',
    ],
    [
      'a workbook renamed .csv',
      415,
      'UNSUPPORTED_FILE_TYPE',
      Buffer.from('PK\u0003\u0004rest-of-zip'),
      'chronology.csv',
    ],
    [
      'binary bytes',
      400,
      'FILE_UNREADABLE',
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]),
      'file.csv',
    ],
    ['a PDF', 415, 'UNSUPPORTED_FILE_TYPE', Buffer.from('%PDF-1.7\n...'), 'report.pdf'],
    ['broken JSON', 400, 'FILE_UNREADABLE', '{"events": [', 'file.json'],
    ['JSON that is not a list of events', 400, 'FILE_UNREADABLE', '{"rows": []}', 'file.json'],
    [
      'an unclosed quote',
      422,
      'ROWS_INVALID',
      'Date,Description\n22/05/2018,"never closed\n',
      'file.csv',
    ],
  ])('%s → %i %s, nothing stored', async (_name, status, code, bytes, fileName) => {
    const before = await tableCounts(t);
    const response = await upload(t.app, reviewId, bytes, { fileName });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.message.length).toBeGreaterThan(10);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('answers 413 for a file over the configured limit', async () => {
    const small = await createTestApp({ UPLOAD_LIMIT_MB: '1' });
    try {
      const id = await createReview(small.app);
      const big = 'Date,Description\n' + '22/05/2018,'.padEnd(1000, 'x').concat('\n').repeat(1200);
      const response = await upload(small.app, id, big);
      expect(response.statusCode).toBe(413);
      expect(response.json().error).toMatchObject({ code: 'FILE_TOO_LARGE' });
      expect(response.json().error.message).toContain('1 MB');
      expect((await tableCounts(small)).events).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('answers 415 for a body that is neither multipart nor JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      headers: { 'content-type': 'text/plain' },
      payload: 'Date,Description',
    });
    expect(response.statusCode).toBe(415);
  });

  it('answers 404 when the review does not exist', async () => {
    const response = await upload(t.app, 'no-such-review', 'Date,Description\n22/05/2018,x\n');
    expect(response.statusCode).toBe(404);
  });
});

describe('the template', () => {
  it('serves a CSV that Excel opens as UTF-8 and that uploads with every column mapped', async () => {
    const response = await t.app.inject({ url: '/api/template.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const uploaded = await upload(t.app, reviewId, response.rawPayload, {
      agency: 'Leaving Care Team',
    });
    expect(uploaded.statusCode).toBe(201);
    const body = uploaded.json();
    expect(body.unmappedColumns).toEqual([]);
    expect(
      Object.entries(body.mapping)
        .filter(([, header]) => header === null)
        .map(([f]) => f),
    ).toEqual(['agency']);
    expect((await events()).events[0]).toMatchObject({
      type: 'contact.home-visit',
      subjects: ['Mother', 'Father'],
      time: '14:30',
    });
  });
});
