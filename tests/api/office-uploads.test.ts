import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createReview,
  createTestApp,
  tableCounts,
  upload,
  type TestApp,
  type UploadOptions,
} from '../support/app';
import {
  compoundFile,
  rawZip,
  rezip,
  text,
  wordDocument,
  wordTable,
  workbook,
} from '../support/office-files';
import { InsertedTextRun, Paragraph, TextRun } from 'docx';

// Excel and Word chronologies uploaded through the real app, as a browser sends them
// (multipart, with the type the browser gives the file), then read back from the events API.

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let t: TestApp;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  reviewId = await createReview(t.app);
});
afterAll(() => t.close());

const xlsx = (fileName: string, agency: string, fields: Record<string, string> = {}) =>
  ({ fileName, agency, contentType: XLSX_TYPE, fields }) satisfies UploadOptions;

async function eventsOf(submissionId: string) {
  const response = await t.app.inject({ url: `/api/reviews/${reviewId}/events?limit=1000` });
  return (response.json().events as Array<Record<string, unknown>>).filter(
    (e) => e.submissionId === submissionId,
  );
}

/** A police workbook: a notes sheet, then the chronology under a title block. */
function policeWorkbook() {
  return workbook((wb) => {
    const notes = wb.addWorksheet('Notes');
    notes.addRow(['Exported from Niche RMS']);
    const ws = wb.addWorksheet('Chronology');
    ws.addRow(['Dyfed-Powys Police: chronology for CYSUR 2/2020']);
    ws.mergeCells('A1:E1');
    ws.addRow(['Review period: 20 May 2018 to 20 May 2019']);
    ws.addRow([]);
    ws.addRow(['Date', 'Time', 'Event type', 'Description', 'Child seen']);
    ws.addRow([
      new Date(Date.UTC(2019, 3, 17)),
      null,
      'DA incident',
      'Officers attended.\nInfant present.',
      true,
    ]);
    ws.addRow([new Date(Date.UTC(2019, 3, 18, 9, 15)), null, 'MARF', 'MARF sent to MASH', false]);
    ws.getCell('A6').numFmt = 'dd/mm/yyyy hh:mm';
  });
}

describe('uploading an Excel workbook', () => {
  it('stores the chronology sheet found under its title block, and says which sheet it read', async () => {
    const response = await upload(
      t.app,
      reviewId,
      await policeWorkbook(),
      xlsx('police.xlsx', 'Dyfed-Powys Police'),
    );
    expect(response.statusCode).toBe(201);
    const report = response.json();
    expect(report.submission).toMatchObject({ format: 'xlsx', encoding: null, eventCount: 2 });
    expect(report.source).toMatchObject({
      kind: 'sheet',
      name: 'Chronology',
      headerRow: 4,
      sheets: [
        { name: 'Notes', rows: 0, hidden: false },
        { name: 'Chronology', rows: 2, hidden: false },
      ],
    });
    expect(report.source.note).toMatch(/^Read sheet 'Chronology'/);
    const events = await eventsOf(report.submission.id);
    expect(
      events.map(({ row, date, time, type, description, childSeen }) => ({
        row,
        date: (date as { earliest: string }).earliest,
        time,
        type,
        description,
        childSeen,
      })),
    ).toEqual([
      {
        row: 5,
        date: '2019-04-17',
        time: null,
        type: 'incident.domestic',
        description: 'Officers attended.\nInfant present.',
        childSeen: true,
      },
      {
        row: 6,
        date: '2019-04-18',
        time: '09:15',
        type: 'referral.sent',
        description: 'MARF sent to MASH',
        childSeen: false,
      },
    ]);
  });

  it('reads the sheet the uploader chooses, and the same file from another sheet is not "unchanged"', async () => {
    const bytes = await workbook((wb) => {
      for (const [name, words] of [
        ['2018', 'Home visit'],
        ['2019', 'Phone call'],
      ]) {
        const ws = wb.addWorksheet(name!);
        ws.addRow(['Date', 'Description']);
        ws.addRow(['17/04/2019', words]);
      }
    });
    const first = await upload(
      t.app,
      reviewId,
      bytes,
      xlsx('years.xlsx', 'Housing', { sheet: '2018' }),
    );
    expect(first.statusCode).toBe(201);
    const second = await upload(
      t.app,
      reviewId,
      bytes,
      xlsx('years.xlsx', 'Housing', { sheet: '2019' }),
    );
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ unchanged: false, source: { name: '2019' } });
    const events = await eventsOf(second.json().submission.id);
    expect(events.map((e) => e.description)).toEqual(['Phone call']);
  });

  it('a problem names the sheet, row and column letter, and nothing is stored', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(['Children’s services chronology']);
      ws.addRow([]);
      ws.addRow(['Description', 'Date']);
      ws.addRow(['Visit', '31/02/2019']);
    });
    const before = await tableCounts(t);
    const response = await upload(t.app, reviewId, bytes, xlsx('cs.xlsx', 'Childrens Services'));
    expect(response.statusCode).toBe(422);
    expect(response.json().issues).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'Date',
        message: expect.stringMatching(/^Sheet 'Chronology', row 4, column B: /),
      }),
    ]);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('a missing date column names the header row under the title block', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(['Title']);
      // No column holds a date, by its header or by its cells.
      ws.addRow(['Worker', 'Description']);
      ws.addRow(['SW1', 'Visit']);
    });
    const response = await upload(t.app, reviewId, bytes, xlsx('nodate.xlsx', 'Education'));
    expect(response.statusCode).toBe(422);
    expect(response.json().issues).toEqual([
      expect.objectContaining({ row: 2, code: 'mapping.missing-date' }),
    ]);
    expect(response.json().source).toMatchObject({ name: 'Chronology', headerRow: 2 });
  });

  it('"sheet" with a JSON body of events is refused', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      payload: {
        agency: 'Probation',
        sheet: 'Chronology',
        events: [{ date: '17/04/2019', description: 'x' }],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/"sheet" chooses a sheet of an uploaded Excel/);
  });
});

describe('uploading a Word document', () => {
  it('stores the chronology table with its paragraphs, and warns about tracked changes', async () => {
    const bytes = await wordDocument(
      new Paragraph('Individual Management Review: Health Board'),
      wordTable(
        [
          ['Date', 'Event type', 'Description'],
          ['17/04/2019', 'Home visit', ['Mother seen.', 'Infant asleep.']],
          [
            '18/04/2019',
            'Phone call',
            {
              children: [
                new Paragraph({
                  children: [
                    new TextRun('Spoke to '),
                    new InsertedTextRun({
                      text: 'the GP',
                      id: 1,
                      author: 'HV',
                      date: '2020-01-01T00:00:00Z',
                    }),
                  ],
                }),
              ],
            },
          ],
        ],
        { headerRepeats: true },
      ),
    );
    const response = await upload(t.app, reviewId, bytes, {
      fileName: 'imr.docx',
      agency: 'Health Board',
      contentType: DOCX_TYPE,
    });
    expect(response.statusCode).toBe(201);
    const report = response.json();
    expect(report.submission.format).toBe('docx');
    expect(report.source).toMatchObject({ kind: 'table', name: 'Table 1', headerRow: 1 });
    expect(report.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'docx.tracked-changes' })]),
    );
    const events = await eventsOf(report.submission.id);
    expect(events.map((e) => [e.row, e.type, e.description])).toEqual([
      [2, 'contact.home-visit', 'Mother seen.\nInfant asleep.'],
      [3, 'contact.phone', 'Spoke to the GP'],
    ]);
  });

  it('a problem names the table and row, and nothing is stored', async () => {
    const bytes = await wordDocument(
      wordTable([
        ['Date', 'Description'],
        ['17/04/2019', 'Visit'],
        ['', 'No date given'],
      ]),
    );
    const before = await tableCounts(t);
    const response = await upload(t.app, reviewId, bytes, {
      fileName: 'gp.docx',
      agency: 'GP Practice',
      contentType: DOCX_TYPE,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().issues).toEqual([
      expect.objectContaining({
        row: 3,
        code: 'date.empty',
        message: 'Table 1, row 3 has no date; every event needs one.',
      }),
    ]);
    expect(await tableCounts(t)).toEqual(before);
  });
});

describe('office files that are refused, storing nothing', () => {
  const cases: Array<[string, () => Promise<Buffer>, string, number, RegExp]> = [
    [
      'an old .xls workbook',
      async () => compoundFile('Workbook'),
      'chronology.xls',
      415,
      /old Excel workbook.*"Excel Workbook \(\*\.xlsx\)"/,
    ],
    [
      'an old .doc document',
      async () => compoundFile('WordDocument'),
      'imr.doc',
      415,
      /old Word document.*"Word Document \(\*\.docx\)"/,
    ],
    ['a macro-enabled workbook (.xlsm)', policeWorkbook, 'chronology.xlsm', 415, /contains macros/],
    [
      'a workbook with a vbaProject.bin inside',
      async () =>
        rezip(await policeWorkbook(), (parts) => {
          parts['xl/vbaProject.bin'] = text('Attribute VB_Name');
        }),
      'chronology.xlsx',
      415,
      /contains macros/,
    ],
    [
      'a password-protected workbook',
      async () => compoundFile('EncryptionInfo', 'EncryptedPackage'),
      'chronology.xlsx',
      400,
      /protected by a password.*remove the password/,
    ],
    [
      'a zip bomb',
      async () => {
        const parts = unzipSync(await policeWorkbook());
        const spaces = Buffer.alloc(20 * 1024 * 1024, 0x20);
        return rawZip([
          ...Object.entries(parts).map(([name, data]) => ({ name, data: Buffer.from(data) })),
          ...Array.from({ length: 16 }, (_, i) => ({
            name: `customXml/item${i}.xml`,
            data: spaces,
            declaredSize: 10,
          })),
        ]);
      },
      'chronology.xlsx',
      413,
      /unpacks to more than 300 MB/,
    ],
    [
      'XML entity expansion',
      async () =>
        rezip(await policeWorkbook(), (parts) => {
          parts['xl/sharedStrings.xml'] = text(
            '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>',
          );
        }),
      'chronology.xlsx',
      400,
      /declares a DOCTYPE or ENTITY/,
    ],
    [
      'a Word file with no table',
      () => wordDocument(new Paragraph('17/04/2019: police attended.')),
      'imr.docx',
      400,
      /holds no table/,
    ],
    [
      'a workbook with no sheet that has data',
      () => workbook((wb) => wb.addWorksheet('Sheet1')),
      'empty.xlsx',
      400,
      /no sheet with a table of data/,
    ],
  ];

  it.each(cases)('%s', async (_name, build, fileName, status, says) => {
    const bytes = await build();
    const before = await tableCounts(t);
    const response = await upload(t.app, reviewId, bytes, {
      fileName,
      agency: 'Refused Agency',
      contentType: 'application/octet-stream',
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.message).toMatch(says);
    expect(await tableCounts(t)).toEqual(before);
  });
});
