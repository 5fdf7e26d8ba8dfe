import {
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  TableCell,
  TableRow,
  Table,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors';
import { readDocx } from '../../server/ingest/office/docx';
import { readUploadedFile } from '../../server/ingest/read-upload';
import { compoundFile, rezip, text, wordDocument, wordTable } from '../support/office-files';

// One Word document per quirk of IMR and DHR chronologies, built by the docx package.

const HEADER = ['Date', 'Agency', 'Event', 'Details'];

async function refusal(read: () => Promise<unknown>): Promise<AppError> {
  try {
    await read();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const TRACKED = { author: 'IMR author', date: '2020-01-01T00:00:00Z' };

describe('reading a .docx chronology', () => {
  it('a cell of several paragraphs keeps them as line breaks', async () => {
    const bytes = await wordDocument(
      wordTable([HEADER, ['17/04/2019', 'Police', 'DA incident', ['First para.', 'Second para.']]]),
    );
    const { table } = await readDocx(bytes);
    expect(table.headers).toEqual(HEADER);
    expect(table.records).toEqual([
      {
        row: 2,
        cells: ['17/04/2019', 'Police', 'DA incident', 'First para.\nSecond para.'],
        place: 'Table 1, row 2',
      },
    ]);
  });

  it('a table continued over pages with its header repeated reads as one table', async () => {
    const bytes = await wordDocument(
      new Paragraph('Chronology: Dyfed-Powys Police'),
      wordTable([HEADER, ['17/04/2019', 'Police', 'Visit', 'a']], { headerRepeats: true }),
      new Paragraph({ text: 'continued', pageBreakBefore: true }),
      wordTable([HEADER, ['18/04/2019', 'Police', 'Call', 'b']], { headerRepeats: true }),
    );
    const { table, origin } = await readDocx(bytes);
    expect(table.records.map((r) => [r.row, r.place, r.cells[3]])).toEqual([
      [2, 'Table 1, row 2', 'a'],
      [4, 'Table 2, row 2', 'b'],
    ]);
    expect(origin).toMatchObject({ kind: 'table', name: 'Tables 1, 2', headerRow: 1 });
    expect(origin.note).toMatch(/share one header and were read as one chronology/);
  });

  it('a row repeating the header inside a table (a page break by hand) is not an event', async () => {
    const bytes = await wordDocument(
      wordTable([
        HEADER,
        ['17/04/2019', 'Police', 'Visit', 'a'],
        HEADER,
        ['18/04/2019', 'Police', 'Call', 'b'],
      ]),
    );
    expect((await readDocx(bytes)).table.records.map((r) => r.place)).toEqual([
      'Table 1, row 2',
      'Table 1, row 4',
    ]);
  });

  it('tracked changes read as accepted (insertions kept, deletions dropped), with a warning', async () => {
    const bytes = await wordDocument(
      wordTable([
        HEADER,
        [
          '17/04/2019',
          'Police',
          'Visit',
          {
            children: [
              new Paragraph({
                children: [
                  new TextRun('Mother '),
                  new InsertedTextRun({ text: 'was seen', id: 1, ...TRACKED }),
                  new DeletedTextRun({ text: 'refused entry', id: 2, ...TRACKED }),
                ],
              }),
            ],
          },
        ],
      ]),
    );
    const { table, warnings } = await readDocx(bytes);
    expect(table.records[0]!.cells[3]).toBe('Mother was seen');
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'docx.tracked-changes',
        message: expect.stringContaining('as if every change were accepted'),
      }),
    ]);
  });

  it('a vertically merged cell takes the text of the cell it continues', async () => {
    const merged = (
      merge: (typeof VerticalMergeType)[keyof typeof VerticalMergeType],
      words: string,
    ) => ({
      children: [new Paragraph(words)],
      verticalMerge: merge,
    });
    const bytes = await wordDocument(
      wordTable([
        HEADER,
        [merged(VerticalMergeType.RESTART, '17/04/2019'), 'Police', 'Visit', 'a'],
        [merged(VerticalMergeType.CONTINUE, ''), 'Police', 'Call', 'b'],
      ]),
    );
    expect((await readDocx(bytes)).table.records.map((r) => r.cells[0])).toEqual([
      '17/04/2019',
      '17/04/2019',
    ]);
  });

  it('a table nested in a cell adds lines to that cell, not rows to the chronology', async () => {
    const nested = wordTable([
      ['Mother', 'seen'],
      ['Infant', 'asleep'],
    ]);
    const bytes = await wordDocument(
      wordTable([
        HEADER,
        ['17/04/2019', 'Health', 'Visit', { children: [new Paragraph('Present:'), nested] }],
        ['18/04/2019', 'Health', 'Call', 'b'],
      ]),
    );
    const { table } = await readDocx(bytes);
    expect(table.records.map((r) => r.cells[3])).toEqual([
      'Present:\nMother\nseen\nInfant\nasleep',
      'b',
    ]);
  });

  it('a title row merged across the table above the header', async () => {
    const title = new TableRow({
      tableHeader: true,
      children: [new TableCell({ children: [new Paragraph('IMR chronology')], columnSpan: 4 })],
    });
    const header = new TableRow({
      tableHeader: true,
      children: HEADER.map((h) => new TableCell({ children: [new Paragraph(h)] })),
    });
    const row = new TableRow({
      children: ['17/04/2019', 'Police', 'Visit', 'a'].map(
        (c) => new TableCell({ children: [new Paragraph(c)] }),
      ),
    });
    const { table } = await readDocx(await wordDocument(new Table({ rows: [title, header, row] })));
    expect(table.headers).toEqual(HEADER);
    expect(table.headerRow).toBe(2);
    expect(table.records[0]!.place).toBe('Table 1, row 3');
  });

  it('labels over groups of columns above the header ("Contact" | "What happened") are not the header', async () => {
    const cell = (text: string, columnSpan = 1) =>
      new TableCell({ children: [new Paragraph(text)], columnSpan });
    const groups = new TableRow({ children: [cell('Contact', 2), cell('What happened', 2)] });
    const header = new TableRow({ children: HEADER.map((h) => cell(h)) });
    const row = new TableRow({
      children: ['17/04/2019', 'Police', 'Visit', 'a'].map((c) => cell(c)),
    });
    const { table } = await readDocx(
      await wordDocument(new Table({ rows: [groups, header, row] })),
    );
    expect(table.headers).toEqual(HEADER);
    expect(table.headerRow).toBe(2);
    expect(table.records.map((r) => r.cells)).toEqual([['17/04/2019', 'Police', 'Visit', 'a']]);
  });

  it('a header whose every cell spans two grid columns (an edited table) is still the header', async () => {
    const cell = (text: string) =>
      new TableCell({ children: [new Paragraph(text)], columnSpan: 2 });
    const rows = [
      HEADER,
      ['17/04/2019', 'Police', 'Visit', 'a'],
      ['18/04/2019', 'Police', 'Call', 'b'],
    ];
    const { table } = await readDocx(
      await wordDocument(
        new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })) }),
      ),
    );
    expect(table.headerRow).toBe(1);
    expect(table.headers.filter(Boolean)).toEqual(HEADER);
    expect(table.records).toHaveLength(2);
  });

  it('a table of labels (agency, author) before the chronology is not read', async () => {
    const bytes = await wordDocument(
      wordTable([
        ['Agency', 'Dyfed-Powys Police'],
        ['Author', 'DS Jones'],
        ['Period', '20/05/2018 – 20/05/2019'],
      ]),
      wordTable([HEADER, ['17/04/2019', 'Police', 'Visit', 'a']]),
    );
    const { origin } = await readDocx(bytes);
    expect(origin.name).toBe('Table 2');
    expect(origin.note).toMatch(/1 other table was not read/);
  });
});

describe('Word files that are refused', () => {
  it('a document with no table', async () => {
    const bytes = await wordDocument(new Paragraph('17/04/2019 Police attended.'));
    const error = await refusal(() => readDocx(bytes));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/^The Word document holds no table\./);
  });

  it('a macro-enabled document by its content type, whatever its name', async () => {
    const plain = await wordDocument(wordTable([HEADER, ['17/04/2019', 'P', 'V', 'a']]));
    const bytes = rezip(plain, (parts) => {
      const types = new TextDecoder().decode(parts['[Content_Types].xml']);
      parts['[Content_Types].xml'] = text(
        types.replace(
          'wordprocessingml.document.main+xml',
          'ms-word.document.macroEnabled.main+xml',
        ),
      );
    });
    const error = await refusal(() => readDocx(bytes));
    expect(error.status).toBe(415);
    expect(error.message).toMatch(/contains macros.*"Word Document \(\*\.docx\)"/);
  });

  it.each([
    ['chronology.docm', /contains macros/],
    ['chronology.xlsm', /contains macros.*Excel Workbook/],
  ])('a macro-enabled file by its name: %s', async (fileName, says) => {
    const bytes = await wordDocument(wordTable([HEADER, ['17/04/2019', 'P', 'V', 'a']]));
    const error = await refusal(() => readUploadedFile({ bytes, fileName, mediaType: null }));
    expect(error.status).toBe(415);
    expect(error.message).toMatch(says);
  });

  it.each([
    ['an old Word document', 'imr.doc', ['WordDocument'], 415, /old Word document.*\.docx/],
    ['an old Excel workbook', 'chronology.xls', ['Workbook'], 415, /old Excel workbook.*\.xlsx/],
    [
      'a password-protected workbook',
      'chronology.xlsx',
      ['EncryptionInfo', 'EncryptedPackage'],
      400,
      /workbook is protected by a password.*remove the password/,
    ],
    [
      'a password-protected document',
      'imr.docx',
      ['EncryptionInfo', 'EncryptedPackage'],
      400,
      /document is protected by a password/,
    ],
  ])('%s', async (_name, fileName, streams, status, says) => {
    const bytes = compoundFile(...streams);
    const error = await refusal(() => readUploadedFile({ bytes, fileName, mediaType: null }));
    expect(error.status).toBe(status);
    expect(error.message).toMatch(says);
  });
});
