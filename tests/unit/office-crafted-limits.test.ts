import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../server/ingest/office/xlsx';

// Files of a few KB that name far columns, backwards merges or countless column ranges: no
// spreadsheet program writes them, and each once cost the reader seconds of CPU or gigabytes
// of memory (a review of the readers found them). Each is now refused or bounded.

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
const WORKBOOK =
  '<workbook xmlns:r="r"><sheets><sheet name="Chronology" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

function book(sheet: string): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      'xl/workbook.xml': strToU8(WORKBOOK),
      'xl/_rels/workbook.xml.rels': strToU8(RELS),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    },
    { level: 9 },
  );
}
const cell = (t: string) => `<c t="inlineStr"><is><t>${t}</t></is></c>`;
const rows = `<row r="1">${cell('Date')}${cell('Type')}${cell('Description')}</row><row r="2">${cell('01/01/2020')}${cell('Visit')}${cell('Seen at home')}</row>`;

describe('crafted workbooks', () => {
  it('countless hidden column ranges are refused, not looped over', async () => {
    const cols = '<col min="-1000000000" max="16384" hidden="1"/>'.repeat(20_000);
    await expect(
      readXlsx(book(`<worksheet><cols>${cols}</cols><sheetData>${rows}</sheetData></worksheet>`)),
    ).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: /beyond Excel's last column/ });
  });

  it('a backwards merge range is skipped, and the sheet reads as written', async () => {
    const merges = '<mergeCell ref="B1:A1048576"/>'.repeat(200);
    const read = await readXlsx(
      book(
        `<worksheet><sheetData>${rows}<row r="1048576">${cell('y')}</row></sheetData><mergeCells>${merges}</mergeCells></worksheet>`,
      ),
    );
    expect(read.table.records[0]?.cells).toEqual(['01/01/2020', 'Visit', 'Seen at home']);
  });

  it('a row past Excel’s last row is refused', async () => {
    await expect(
      readXlsx(
        book(
          `<worksheet><sheetData>${rows}<row r="9007199254740991">${cell('y')}</row></sheetData></worksheet>`,
        ),
      ),
    ).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: /row \(1,048,576\)/ });
  });

  it('a cell far to the right is refused before rows × width cells are laid out', async () => {
    const wide = `<row r="3">${'<c/>'.repeat(100_000)}${cell('z')}</row>`;
    const many = Array.from(
      { length: 2000 },
      (_, i) => `<row r="${i + 4}">${cell('01/01/2020')}</row>`,
    );
    await expect(
      readXlsx(
        book(`<worksheet><sheetData>${rows}${wide}${many.join('')}</sheetData></worksheet>`),
      ),
    ).rejects.toMatchObject({ code: expect.stringMatching(/FILE_UNREADABLE|FILE_TOO_WIDE/) });
  });
});
