import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { buildRedactor } from '../../server/anonymise/redact';
import { escapeSpreadsheetCell } from '../../server/annex/cells';
import { toCsv } from '../../server/annex/csv-writer';
import { EXCEL_CELL_LIMIT, SHEET_NAME, toXlsx } from '../../server/annex/xlsx-writer';
import {
  ANNEX_COLUMNS,
  annexColumns,
  annexRows,
  type AnnexRow,
} from '../../server/annex/annex-rows';
import { annexAsSeen, type AnnexAsSeen } from '../../server/anonymise/as-seen';
import type { Redactor } from '../../server/anonymise/redact';
import type { AnnexEvent } from '../../server/contract/annex';

const HYPERLINK = '=HYPERLINK("http://x")';

describe('escapeSpreadsheetCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    [HYPERLINK, `'${HYPERLINK}`],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-5', "'-5"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', "'\r=1"],
    ['\rtext', "'\rtext"],
    // White space in front does not make a cell safe: an importer may trim it.
    [' =1+1', "' =1+1"],
    ['  @x', "'  @x"],
    ['\n=1', "'\n=1"],
    ['\u00A0-1', "'\u00A0-1"],
    // Full-width signs.
    ['＝1+1', "'＝1+1"],
    ['＠x', "'＠x"],
  ])('escapes %j', (value, expected) => {
    expect(escapeSpreadsheetCell(value)).toBe(expected);
  });

  it.each([
    [''],
    ['Home visit'],
    ['1-2 weeks'],
    ['a=b'],
    ['2019-04-17'],
    ["'quoted already"],
    [' leading space'],
    ['\nline'],
    ['text\t=1'],
    ['Zoë £5 ’'],
  ])('leaves %j as it is', (value) => {
    expect(escapeSpreadsheetCell(value)).toBe(value);
  });
});

describe('toCsv', () => {
  const columns = [
    { key: 'a', header: 'Date' },
    { key: 'b', header: 'What happened' },
  ];

  it('writes a BOM, CRLF after every record, and quotes only where needed', () => {
    const csv = toCsv(columns, [
      { a: '17/04/2019', b: 'Seen, at home' },
      { a: null, b: 'She said "no"' },
      { a: 'x', b: 'two\nlines' },
      { a: 'x', b: 'carriage\rreturn' },
      {},
    ]);
    expect(csv).toBe(
      '\uFEFFDate,What happened\r\n' +
        '17/04/2019,"Seen, at home"\r\n' +
        ',"She said ""no"""\r\n' +
        'x,"two\nlines"\r\n' +
        'x,"carriage\rreturn"\r\n' +
        ',\r\n',
    );
  });

  it('escapes formula cells, headers included', () => {
    const csv = toCsv(
      [
        { key: 'a', header: '=cmd' },
        { key: 'b', header: 'B' },
      ],
      [{ a: HYPERLINK, b: '-1,5' }],
    );
    expect(csv).toBe(`\uFEFF'=cmd,B\r\n"'=HYPERLINK(""http://x"")","'-1,5"\r\n`);
  });

  it('round-trips through a CSV parser', () => {
    const values = [
      'plain',
      'comma, inside',
      '"quoted"',
      'line\nbreak',
      'crlf\r\ninside',
      'Zoë paid £5 — it’s fine',
      '',
      '  spaces  ',
      HYPERLINK,
      '@SUM(1)',
      "'already",
      ',,,',
      '"',
    ];
    const rows = values.map((v, i) => ({ a: String(i), b: v }));
    const csv = toCsv(columns, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // Outside quoted fields every line ends with CRLF: no bare LF between records.
    expect(csv.endsWith('\r\n')).toBe(true);

    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Date', 'What happened'],
      ...values.map((v, i) => [String(i), escapeSpreadsheetCell(v)]),
    ]);
  });

  it('writes the header alone when there are no rows', () => {
    expect(toCsv(columns, [])).toBe('\uFEFFDate,What happened\r\n');
  });
});

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(SHEET_NAME);
  if (!sheet) throw new Error('no Chronology sheet');
  return sheet;
}

describe('toXlsx', () => {
  const columns = [
    { key: 'date', header: 'Date', width: 12 },
    { key: 'what', header: 'What happened' },
    { key: 'ref', header: 'Source ref' },
  ];
  const rows = [
    { date: '17/04/2019', what: 'Domestic incident; Infant present.\nNo MARF.', ref: 'DPP-1' },
    { date: 'Nov 2018', what: HYPERLINK, ref: null },
    { date: '=1+1', what: '12', ref: '2019-04-17' },
    { date: 'w/c 3 June 2019', what: 'Zoë’s £5 — “quoted”', ref: '' },
  ];
  const input = {
    columns,
    rows,
    title: 'Child A & family',
    reference: 'CPR 3/2026',
    marking: 'OFFICIAL-SENSITIVE',
  };

  it('writes every value as a string cell, escaped, with no formula', async () => {
    const sheet = sheetOf(await load(await toXlsx(input)));
    expect(sheet.getRow(1).values).toEqual([undefined, 'Date', 'What happened', 'Source ref']);
    expect(sheet.rowCount).toBe(5);

    const hyperlink = sheet.getCell('B3');
    expect(hyperlink.value).toBe(`'${HYPERLINK}`);
    expect(hyperlink.type).toBe(ExcelJS.ValueType.String);
    expect(hyperlink.formula).toBeUndefined();

    expect(sheet.getCell('A4').value).toBe("'=1+1");
    // Numbers and dates stay text.
    expect(sheet.getCell('B4').value).toBe('12');
    expect(sheet.getCell('C4').value).toBe('2019-04-17');
    expect(sheet.getCell('B2').value).toBe('Domestic incident; Infant present.\nNo MARF.');
    expect(sheet.getCell('B5').value).toBe('Zoë’s £5 — “quoted”');
    // null and '' leave the cell empty.
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.getCell('C5').value).toBeNull();

    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
      }),
    );
  });

  it('escapes headers too', async () => {
    const sheet = sheetOf(
      await load(await toXlsx({ ...input, columns: [{ key: 'date', header: '@Date' }] })),
    );
    expect(sheet.getCell('A1').value).toBe("'@Date");
  });

  it('has a bold, frozen, filtered header row and wrapped text', async () => {
    const sheet = sheetOf(await load(await toXlsx(input)));
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('C1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').font?.bold).not.toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:C5');
    expect(sheet.getCell('B2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('sizes columns: as asked, else from the content within limits', async () => {
    const long = 'x'.repeat(500);
    const sheet = sheetOf(
      await load(
        await toXlsx({
          ...input,
          columns: [...columns, { key: 'n', header: 'N' }, { key: 'long', header: 'Long' }],
          rows: [...rows, { n: '1', long }],
        }),
      ),
    );
    expect(sheet.getColumn(1).width).toBe(12);
    // "What happened" is sized by its longest line, "Domestic incident; Infant present." + 2.
    expect(sheet.getColumn(2).width).toBe(36);
    expect(sheet.getColumn(4).width).toBe(8);
    expect(sheet.getColumn(5).width).toBe(60);
  });

  it('prints A4 landscape, one page wide, with the header row on every page', async () => {
    const sheet = sheetOf(await load(await toXlsx(input)));
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
  });

  it('puts the reference, the marking and the page number on every printed page', async () => {
    const sheet = sheetOf(await load(await toXlsx(input)));
    const { oddHeader, oddFooter, ...others } = sheet.headerFooter;
    // The odd-page header and footer are every page's: no different first or even pages.
    expect(others.differentFirst).toBeFalsy();
    expect(others.differentOddEven).toBeFalsy();
    expect(others.firstHeader ?? others.evenHeader ?? others.firstFooter).toBeUndefined();
    expect(oddHeader).toBe('&LCPR 3/2026&C&BOFFICIAL-SENSITIVE&B&RChild A && family');
    expect(oddFooter).toBe('&LCPR 3/2026&C&BOFFICIAL-SENSITIVE&B&RPage &P of &N');
  });

  it('keeps headers and footers within Excel’s 255 characters', async () => {
    const sheet = sheetOf(
      await load(
        await toXlsx({
          ...input,
          title: 'T&'.repeat(100),
          reference: '&'.repeat(100),
          marking: 'OFFICIAL-SENSITIVE &c. '.repeat(10),
        }),
      ),
    );
    const { oddHeader, oddFooter } = sheet.headerFooter;
    expect(oddHeader!.length).toBeLessThanOrEqual(255);
    expect(oddFooter!.length).toBeLessThanOrEqual(255);
    expect(oddFooter).toMatch(/^&L(&&)+…&C&BOFFICIAL-SENSITIVE &&c\. /);
    expect(oddFooter).toMatch(/&RPage &P of &N$/);
  });

  it('sets the workbook properties, with Tapestry as the only author', async () => {
    const workbook = await load(await toXlsx(input));
    expect(workbook.title).toBe('Child A & family');
    expect(workbook.creator).toBe('Tapestry');
    expect(workbook.lastModifiedBy).toBe('Tapestry');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Chronology']);
  });

  it('cuts a value Excel could not hold, and says so', async () => {
    const huge = 'a'.repeat(EXCEL_CELL_LIMIT - 1) + '😀'.repeat(10);
    const sheet = sheetOf(
      await load(await toXlsx({ ...input, rows: [{ date: 'x', what: huge, ref: null }] })),
    );
    const value = sheet.getCell('B2').value as string;
    expect(value.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(value).toMatch(/ \[…cut: the full text is 32,786 characters\]$/);
    expect(value.startsWith('aaaa')).toBe(true);
  });

  it('writes a workbook with only the header when there are no rows', async () => {
    const sheet = sheetOf(await load(await toXlsx({ ...input, rows: [] })));
    expect(sheet.rowCount).toBe(1);
    expect(sheet.autoFilter).toBe('A1:C1');
  });
});

const EVENT: AnnexEvent = {
  date: '17 Apr 2019',
  dateText: '17/04/2019',
  time: '22:15',
  endDateText: null,
  agencyName: 'Dyfed-Powys Police',
  typeLabel: 'Domestic incident',
  subjects: ['Mother', 'Father', 'Infant'],
  practitioner: 'PC 123',
  team: 'Response',
  description: 'Serious domestic abuse, infant present.',
  outcome: 'No MARF submitted.',
  sourceRef: 'DPP-0417',
  annotations: [
    { kind: 'Missed opportunity', text: 'No strategy discussion.' },
    { kind: 'Key event', text: 'SW visited a week later.' },
  ],
  themes: ['Domestic abuse', 'Information sharing'],
};
const identity = buildRedactor([]);

/** The rows of an annex holding these events, through the redaction boundary as routes do. */
function rowsOf(events: AnnexEvent[], redact: Redactor): AnnexRow[] {
  return annexRows(annexAsSeen({ reference: 'R', title: 'T', marking: 'M', events }, { redact }));
}

describe('ANNEX_COLUMNS', () => {
  it('lists the annex columns in order', () => {
    expect(ANNEX_COLUMNS.map((c) => c.header)).toEqual([
      'Date',
      'Date as written',
      'Time',
      'Agency',
      'Type',
      'People',
      'Practitioner/team',
      'What happened',
      'Outcome',
      'Review notes',
      'Themes',
      'Source ref',
    ]);
    expect(new Set(ANNEX_COLUMNS.map((c) => c.key)).size).toBe(ANNEX_COLUMNS.length);
  });

  it('writes the date as each agency wrote it only when asked for', () => {
    expect(annexColumns().map((c) => c.key)).toEqual(
      ANNEX_COLUMNS.map((c) => c.key).filter((k) => k !== 'dateAsWritten'),
    );
    expect(annexColumns({ dateAsWritten: true })).toEqual(ANNEX_COLUMNS);
  });
});

describe('annexRows', () => {
  it('maps an event to a row', () => {
    expect(rowsOf([EVENT], identity)).toEqual<AnnexRow[]>([
      {
        date: '17 Apr 2019',
        dateAsWritten: '17/04/2019',
        time: '22:15',
        agency: 'Dyfed-Powys Police',
        type: 'Domestic incident',
        people: 'Mother; Father; Infant',
        practitionerTeam: 'PC 123, Response',
        description: 'Serious domestic abuse, infant present.',
        outcome: 'No MARF submitted.',
        reviewNotes:
          'Missed opportunity: No strategy discussion.\nKey event: SW visited a week later.',
        themes: 'Domestic abuse; Information sharing',
        sourceRef: 'DPP-0417',
      },
    ]);
  });

  it('shows a span as "from to until", and leaves empty what is missing', () => {
    const [row] = rowsOf(
      [
        {
          ...EVENT,
          date: '17 Apr 2019 to 24 Apr 2019',
          endDateText: '24/04/2019',
          time: null,
          subjects: [],
          practitioner: null,
          team: '  ',
          description: null,
          outcome: '',
          sourceRef: null,
          annotations: undefined,
          themes: [],
        },
      ],
      identity,
    );
    expect(row).toMatchObject({
      date: '17 Apr 2019 to 24 Apr 2019',
      dateAsWritten: '17/04/2019 to 24/04/2019',
      time: null,
      people: null,
      practitionerTeam: null,
      description: null,
      outcome: null,
      reviewNotes: null,
      themes: null,
      sourceRef: null,
    });
  });

  it('joins whichever of practitioner and team there is, and review notes without a text', () => {
    const [row] = rowsOf(
      [
        {
          ...EVENT,
          practitioner: null,
          team: 'Leaving Care Team',
          annotations: [
            { kind: 'Good practice', text: '' },
            { kind: '', text: 'A note without a kind' },
            { kind: '', text: ' ' },
          ],
        },
      ],
      identity,
    );
    expect(row!.practitionerTeam).toBe('Leaving Care Team');
    expect(row!.reviewNotes).toBe('Good practice\nA note without a kind');
  });

  it('keeps the order of the events', () => {
    const rows = rowsOf(
      [
        { ...EVENT, date: 'b' },
        { ...EVENT, date: 'a' },
      ],
      identity,
    );
    expect(rows.map((r) => r.date)).toEqual(['b', 'a']);
  });

  it('redacts every free-text field and the type label, and nothing else', () => {
    const M = 'Quillfeather';
    const redact = buildRedactor([{ label: 'Mother', names: [M] }]);
    const named: AnnexEvent = {
      date: `${M} 17 Apr 2019`,
      dateText: `${M} 17/04/2019`,
      time: `${M} 22:15`,
      endDateText: `${M} 18/04/2019`,
      agencyName: `${M} Housing Trust`,
      typeLabel: `${M} visit`,
      subjects: [M, `${M} Jr`],
      practitioner: `${M} (SW1)`,
      team: `Team ${M}`,
      description: `${M} was seen.`,
      outcome: `Told ${M}.`,
      sourceRef: `${M}-001`,
      annotations: [{ kind: `${M} kind`, text: `${M}'s account` }],
      themes: [`${M} theme`],
    };
    const [row] = rowsOf([named], redact);
    expect(row).toEqual<AnnexRow>({
      date: `${M} 17 Apr 2019`,
      dateAsWritten: `${M} 17/04/2019 to ${M} 18/04/2019`,
      time: `${M} 22:15`,
      agency: `${M} Housing Trust`,
      // The label is ours for a known code but the agency's words where the code has none.
      type: 'Mother visit',
      people: 'Mother; Mother Jr',
      practitionerTeam: 'Mother (SW1), Team Mother',
      description: 'Mother was seen.',
      outcome: 'Told Mother.',
      reviewNotes: `${M} kind: Mother's account`,
      themes: 'Mother theme',
      sourceRef: 'Mother-001',
    });
  });

  it('lists a person once when two of their names are redacted to one label', () => {
    const redact = buildRedactor([{ label: 'Mother', names: ['Jane', 'Ms Smith'] }]);
    const [row] = rowsOf([{ ...EVENT, subjects: ['Jane', 'Ms Smith', 'Infant'] }], redact);
    expect(row!.people).toBe('Mother; Infant');
  });

  it('lays out only an annex given through annexAsSeen', () => {
    const written = { reference: 'R', title: 'T', marking: 'M', events: [EVENT] };
    expect(() => annexRows(written as AnnexAsSeen)).toThrow(/without annexAsSeen/);
  });

  it('feeds both writers', async () => {
    const rows = rowsOf([EVENT, { ...EVENT, description: HYPERLINK }], identity);
    const csv = toCsv(annexColumns(), rows);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(annexColumns().map((c) => c.header));
    expect(parsed.data[2]![6]).toBe(`'${HYPERLINK}`);

    const workbook = await load(
      await toXlsx({
        columns: annexColumns(),
        rows,
        title: 'Child A',
        reference: 'CPR 3/2026',
        marking: 'OFFICIAL-SENSITIVE',
      }),
    );
    const sheet = sheetOf(workbook);
    expect(sheet.getCell('I2').value).toBe(rows[0]!.reviewNotes);
    expect(sheet.getCell('G3').value).toBe(`'${HYPERLINK}`);
    expect(sheet.getColumn(7).width).toBe(50);
  });
});
