import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors';
import { readXlsx } from '../../server/ingest/office/xlsx';
import { rawZip, rezip, text, workbook } from '../support/office-files';

// One workbook per quirk of real agency spreadsheets, built by exceljs as Excel saves them.

const HEADER = ['Date', 'Type', 'Description'];

async function refusal(read: () => Promise<unknown>): Promise<AppError> {
  try {
    await read();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the workbook to be refused');
}

describe('reading an .xlsx chronology', () => {
  it('a title block above the header row: the header is found under it', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(['Dyfed-Powys Police: chronology for CYSUR 2/2020']);
      ws.addRow(['Agency: Dyfed-Powys Police']);
      ws.addRow(['Period: 20/05/2018 to 20/05/2019']);
      ws.addRow([]);
      ws.addRow(HEADER);
      ws.addRow(['17/04/2019', 'DA incident', 'Officers attended']);
    });
    const { table, origin } = await readXlsx(bytes);
    expect(table.headers).toEqual(HEADER);
    expect(table.headerRow).toBe(5);
    expect(table.records).toEqual([
      {
        row: 6,
        cells: ['17/04/2019', 'DA incident', 'Officers attended'],
        place: "Sheet 'Chronology', row 6",
      },
    ]);
    expect(origin).toMatchObject({ kind: 'sheet', name: 'Chronology', headerRow: 5 });
  });

  it('a report footer under the table (a count, who ran it) is left out, and said', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(HEADER);
      ws.addRow(['17/04/2019', 'DA incident', 'Officers attended']);
      ws.addRow(['18/04/2019', 'MARF', 'Sent to MASH']);
      ws.addRow([]);
      ws.addRow(['Total records: 2']);
      ws.addRow(['Report run 07/12/2026 14:02 by jsmith']);
      ws.addRow(['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE']);
    });
    const { table } = await readXlsx(bytes);
    expect(table.records.map((r) => r.row)).toEqual([2, 3]);
    expect(table.warnings).toEqual([
      expect.objectContaining({
        row: 5,
        code: 'table.footer',
        message: expect.stringContaining(
          '3 rows after the last event hold only a note of the report, not an event, and were left out: row 5 (“Total records: 2”), row 6',
        ),
      }),
    ]);
  });

  it('a template’s guidance row under the header is left out, and said; a dated row never is', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(HEADER);
      ws.addRow(['DD/MM/YYYY', 'Choose from the list', 'Facts only']);
      ws.addRow(['17/04/2019', 'DA incident', 'Officers attended']);
    });
    const { table } = await readXlsx(bytes);
    expect(table.records.map((r) => r.row)).toEqual([3]);
    expect(table.warnings).toEqual([expect.objectContaining({ row: 2, code: 'table.guidance' })]);
    const dated = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(HEADER);
      ws.addRow(['17/04/2019', '(DA incident)', '(dd/mm/yyyy written on the form)']);
      ws.addRow(['18/04/2019', 'MARF', 'Sent to MASH']);
    });
    expect((await readXlsx(dated)).table.records.map((r) => r.row)).toEqual([2, 3]);
  });

  it('a totals row ("Total" and a count) is a note of the report, not an event', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(HEADER);
      ws.addRow(['17/04/2019', 'DA incident', 'Officers attended']);
      ws.addRow(['Total', '', '1']);
    });
    const { table } = await readXlsx(bytes);
    expect(table.records.map((r) => r.row)).toEqual([2]);
    expect(table.warnings?.[0]?.message).toContain('row 3 (“Total”)');
  });

  it('a last row with only a date, or only a description, is an event, not a footer', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(HEADER);
      ws.addRow(['17/04/2019', 'DA incident', 'Officers attended']);
      ws.addRow(['', '', 'Case closed.']);
      ws.addRow(['19/04/2019']);
    });
    const { table } = await readXlsx(bytes);
    expect(table.records.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(table.warnings).toBeUndefined();
  });

  it('a title block of labels and values ("Agency:" | "Police") is not taken for the header', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(['Agency:', 'Dyfed-Powys Police']);
      ws.addRow(['Author:', 'DS Jones']);
      ws.addRow([]);
      ws.addRow(HEADER);
      ws.addRow(['17/04/2019', 'DA incident', 'Officers attended']);
      ws.addRow(['18/04/2019', 'MARF', 'Sent to MASH']);
    });
    const { table } = await readXlsx(bytes);
    expect(table.headerRow).toBe(4);
    expect(table.headers).toEqual(HEADER);
  });

  it('labels merged over groups of columns above the header are not the header', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(['Contact', '', 'What happened']);
      ws.mergeCells('A1:B1');
      ws.addRow(HEADER);
      ws.addRow(['17/04/2019', 'DA incident', 'Officers attended']);
      ws.addRow(['18/04/2019', 'MARF', 'Sent to MASH']);
    });
    const { table } = await readXlsx(bytes);
    expect(table.headerRow).toBe(2);
    expect(table.headers).toEqual(HEADER);
    expect(table.records.map((r) => r.row)).toEqual([3, 4]);
  });

  it('a title merged across the sheet is not taken for the header', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['Chronology of significant events']);
      ws.mergeCells('A1:C1');
      ws.addRow(HEADER);
      ws.addRow(['17/04/2019', 'Visit', 'Seen']);
    });
    expect((await readXlsx(bytes)).table.headerRow).toBe(2);
  });

  it('merged cells: the value fills the merged area (a date merged down two rows)', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(HEADER);
      ws.addRow(['17/04/2019', 'Visit', 'Morning visit']);
      ws.addRow([null, 'Phone call', 'Afternoon call']);
      ws.mergeCells('A2:A3');
    });
    expect((await readXlsx(bytes)).table.records.map((r) => r.cells[0])).toEqual([
      '17/04/2019',
      '17/04/2019',
    ]);
  });

  it('a header merged across two columns names the first; the second is named by its letter', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(['Date', 'Details', null]);
      ws.mergeCells('B1:C1');
      ws.addRow(['17/04/2019', 'Visit', 'Seen']);
    });
    // A range merged across columns is one cell, in its first column: a column under the rest
    // of it that holds data has no name of its own, so it is named by its letter and kept.
    const { table } = await readXlsx(bytes);
    expect(table.headers).toEqual(['Date', 'Details', 'Column C']);
    expect(table.issues).toEqual([]);
    expect(table.records[0]?.cells).toEqual(['17/04/2019', 'Visit', 'Seen']);
  });

  it('a report tool’s text merged across columns, header and rows alike, is one column', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Report');
      ws.addRow(['Date', 'Notes', null, null, 'Worker']);
      ws.mergeCells('B1:D1');
      ws.addRow(['17/04/2019', 'Officers attended; child seen.', null, null, 'PC 4471']);
      ws.mergeCells('B2:D2');
    });
    const { table } = await readXlsx(bytes);
    expect(table.issues).toEqual([]);
    // The columns under the rest of the merge hold nothing and are no columns.
    expect(table.headers).toEqual(['Date', 'Notes', 'Worker']);
    expect(table.columnLabels).toEqual(['A', 'B', 'E']);
    expect(table.records[0]?.cells).toEqual([
      '17/04/2019',
      'Officers attended; child seen.',
      'PC 4471',
    ]);
  });

  it('date cells and date-times at midnight read as ISO dates; a time is kept when there is one', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(['Date', 'Time', 'Description']);
      ws.addRow([new Date(Date.UTC(2019, 3, 17)), null, 'date cell']);
      ws.addRow([new Date(Date.UTC(2019, 3, 18, 0, 0)), null, 'date-time at midnight']);
      ws.addRow([new Date(Date.UTC(2019, 3, 19, 14, 30)), null, 'date-time']);
      ws.getCell('A4').numFmt = 'dd/mm/yyyy hh:mm';
      ws.getCell('B2').value = 14.5 / 24;
      ws.getCell('B2').numFmt = 'hh:mm';
      ws.getCell('A5').value = 43572;
      ws.getCell('C5').value = 'a number in a cell with no date format stays a number';
    });
    expect((await readXlsx(bytes)).table.records.map((r) => r.cells.slice(0, 2))).toEqual([
      ['2019-04-17', '14:30'],
      ['2019-04-18', ''],
      ['2019-04-19 14:30', ''],
      ['43572', ''],
    ]);
  });

  it('formula results read as values, never as formulas', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(HEADER);
      ws.addRow([
        { formula: 'DATE(2019,4,17)', result: new Date(Date.UTC(2019, 3, 17)) },
        { formula: 'UPPER("marf")', result: 'MARF' },
        { formula: '1+1', result: 2 },
      ]);
      ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    });
    expect((await readXlsx(bytes)).table.records[0]!.cells).toEqual(['2019-04-17', 'MARF', '2']);
  });

  it('rich text reads as plain text', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(HEADER);
      ws.addRow([
        '17/04/2019',
        'Visit',
        { richText: [{ text: 'Mother ', font: { bold: true } }, { text: 'seen alone' }] },
      ]);
    });
    expect((await readXlsx(bytes)).table.records[0]!.cells[2]).toBe('Mother seen alone');
  });

  it('a cell with line breaks keeps them as \\n, and booleans read as TRUE/FALSE', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(['Date', 'Child seen', 'Description']);
      ws.addRow(['17/04/2019', true, 'First line\r\nSecond line']);
    });
    expect((await readXlsx(bytes)).table.records[0]!.cells).toEqual([
      '17/04/2019',
      'TRUE',
      'First line\nSecond line',
    ]);
  });

  it('inline strings (rich runs too) and text cells, as exporters write them, read as text', async () => {
    const plain = await workbook((wb) => wb.addWorksheet('Export').addRow(['x']));
    const bytes = rezip(plain, (parts) => {
      parts['xl/worksheets/sheet1.xml'] = text(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
          '<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="B1" t="inlineStr"><is><t>Description</t></is></c></row>' +
          '<row r="2"><c r="A2" t="str"><v>17/04/2019</v></c><c r="B2" t="inlineStr"><is><r><t xml:space="preserve">Seen </t></r><r><t>at home</t></r></is></c></row>' +
          '</sheetData></worksheet>',
      );
    });
    const { table } = await readXlsx(bytes);
    expect(table.headers).toEqual(['Date', 'Description']);
    expect(table.records[0]!.cells).toEqual(['17/04/2019', 'Seen at home']);
  });

  it('a workbook in the 1904 date system (old Mac Excel) reads its dates right', async () => {
    const bytes = await workbook((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(HEADER);
      ws.addRow([new Date(Date.UTC(2019, 3, 17)), 'Visit', 'Seen']);
    });
    expect((await readXlsx(bytes)).table.records[0]!.cells[0]).toBe('2019-04-17');
  });

  it('hidden rows and columns are kept, with a warning naming them', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(HEADER);
      ws.addRow(['17/04/2019', 'Visit', 'Seen']);
      ws.addRow(['18/04/2019', 'Call', 'Spoke to mother']);
      ws.getRow(3).hidden = true;
      ws.getColumn(2).hidden = true;
    });
    const { table, warnings } = await readXlsx(bytes);
    expect(table.records).toHaveLength(2);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'xlsx.hidden-rows',
        row: 3,
        message: expect.stringContaining("Sheet 'Chronology': row 3 is hidden"),
      }),
      expect.objectContaining({
        code: 'xlsx.hidden-column',
        column: 'Type',
        message: expect.stringContaining('column B ("Type") is hidden'),
      }),
    ]);
  });

  it('a column with data but no header is named after its letter and kept', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Chronology');
      ws.addRow(['Date', 'Description']);
      ws.addRow(['17/04/2019', 'Seen', 'note written beside the table']);
    });
    expect((await readXlsx(bytes)).table.headers).toEqual(['Date', 'Description', 'Column C']);
  });

  it('several sheets: the one named for the chronology is read, and the report says so', async () => {
    const bytes = await workbook((wb) => {
      const lists = wb.addWorksheet('Lists');
      lists.addRow(['Code', 'Meaning']);
      for (let i = 0; i < 20; i++) lists.addRow([`C${i}`, `code ${i}`]);
      const chronology = wb.addWorksheet('IMR Chronology');
      chronology.addRow(HEADER);
      chronology.addRow(['17/04/2019', 'Visit', 'Seen']);
    });
    const { origin } = await readXlsx(bytes);
    expect(origin.name).toBe('IMR Chronology');
    expect(origin.note).toMatch(/name says it holds the chronology.*Other sheets: 'Lists'/);
    expect(origin.sheets).toEqual([
      { name: 'Lists', rows: 20, hidden: false },
      { name: 'IMR Chronology', rows: 1, hidden: false },
    ]);
  });

  it('several sheets with no telling names: the one with the most rows; a hidden one last', async () => {
    const bytes = await workbook((wb) => {
      const small = wb.addWorksheet('Sheet1');
      small.addRow(HEADER);
      small.addRow(['17/04/2019', 'Visit', 'Seen']);
      const big = wb.addWorksheet('Sheet2');
      big.addRow(HEADER);
      for (let i = 0; i < 3; i++) big.addRow(['18/04/2019', 'Call', `call ${i}`]);
      const hidden = wb.addWorksheet('Old', { state: 'hidden' });
      hidden.addRow(HEADER);
      for (let i = 0; i < 9; i++) hidden.addRow(['18/04/2019', 'Call', `old ${i}`]);
    });
    const { origin } = await readXlsx(bytes);
    expect(origin.name).toBe('Sheet2');
    expect(origin.sheets.find((s) => s.name === 'Old')).toEqual({
      name: 'Old',
      rows: 9,
      hidden: true,
    });
  });

  it('the uploader chooses the sheet by name; an unknown name lists the sheets', async () => {
    const bytes = await workbook((wb) => {
      for (const name of ['Police', 'Health']) {
        const ws = wb.addWorksheet(name);
        ws.addRow(HEADER);
        ws.addRow(['17/04/2019', 'Visit', `${name} row`]);
      }
    });
    expect((await readXlsx(bytes, { sheet: 'health' })).table.records[0]!.cells[2]).toBe(
      'Health row',
    );
    const error = await refusal(() => readXlsx(bytes, { sheet: 'Housing' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe(
      "The workbook has no sheet 'Housing'. Its sheets: 'Police', 'Health'.",
    );
  });
});

describe('workbooks that are refused', () => {
  it('a workbook with no sheet that has data', async () => {
    const bytes = await workbook((wb) => wb.addWorksheet('Sheet1'));
    const error = await refusal(() => readXlsx(bytes));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/no sheet with a table of data \(sheets: 'Sheet1'\)/);
  });

  it('macros: a vbaProject.bin inside, whatever the name', async () => {
    const plain = await workbook((wb) => wb.addWorksheet('Sheet1').addRow(HEADER));
    const bytes = rezip(plain, (parts) => {
      parts['xl/vbaProject.bin'] = text('Attribute VB_Name');
    });
    const error = await refusal(() => readXlsx(bytes));
    expect(error.status).toBe(415);
    expect(error.message).toMatch(/contains macros.*"Excel Workbook \(\*\.xlsx\)"/);
  });

  it('a DOCTYPE declaring entities (billion laughs) in any XML part', async () => {
    const plain = await workbook((wb) => wb.addWorksheet('Sheet1').addRow(HEADER));
    const bytes = rezip(plain, (parts) => {
      parts['docProps/custom.xml'] = text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><x>&lol2;</x>',
      );
    });
    const error = await refusal(() => readXlsx(bytes));
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message).toMatch(/part "docProps\/custom\.xml" declares a DOCTYPE or ENTITY/);
  });

  it('a zip bomb: caps the bytes actually inflated, whatever sizes the zip declares', async () => {
    const plain = unzipSync(await workbook((wb) => wb.addWorksheet('Sheet1').addRow(HEADER)));
    // 16 parts of 20 MB of spaces, each declared as 100 bytes: 320 MB, over the 300 MB cap.
    const spaces = Buffer.alloc(20 * 1024 * 1024, 0x20);
    const bytes = rawZip([
      ...Object.entries(plain).map(([name, data]) => ({ name, data: Buffer.from(data) })),
      ...Array.from({ length: 16 }, (_, i) => ({
        name: `customXml/item${i}.xml`,
        data: spaces,
        declaredSize: 100,
      })),
    ]);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const error = await refusal(() => readXlsx(bytes));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/unpacks to more than 300 MB/);
  });

  it('a zip of too many entries', async () => {
    const bytes = rawZip(
      Array.from({ length: 5001 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<x/>') })),
    );
    const error = await refusal(() => readXlsx(bytes));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/holds 5,001 parts/);
  });

  it('a damaged zip', async () => {
    const error = await refusal(() => readXlsx(Buffer.from('PK\u0003\u0004 cut short')));
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message).toMatch(/zip container is damaged/);
  });
});
