/**
 * The annex as an Excel workbook: one sheet, "Chronology", laid out to be read on screen and
 * printed as the report's "summary timeline of significant events".
 *
 * - Row 1 is the header: bold, frozen, with an autofilter over the whole table, and repeated at
 *   the top of every printed page.
 * - Every value is written as a plain string cell (never a formula, number or date), escaped with
 *   escapeSpreadsheetCell: a string cell is not evaluated when the file opens, but it would be
 *   the moment someone edits it and presses Enter. A null value leaves the cell empty.
 * - Text wraps and sits at the top of its cell; a column is as wide as asked, or as its header
 *   and first rows need (between 8 and 60 characters).
 * - A4 landscape, fitted to one page wide; each printed page has the review reference and the
 *   protective marking in its header and footer, with "Page n of m".
 * - A cell holds at most 32,767 characters in Excel (a longer one makes Excel "repair" the file);
 *   a longer value is cut and ends with a note giving its full length.
 * - The workbook's author is "Tapestry", never a user's name; its title is the input's title.
 */
import type ExcelJS from 'exceljs';
import { escapeSpreadsheetCell } from './cells';
import type { AnnexCell } from './csv-writer';

export interface XlsxColumn {
  readonly key: string;
  readonly header: string;
  /** In characters of the default font; computed from the content when left out. */
  readonly width?: number;
}

export interface XlsxInput {
  readonly columns: readonly XlsxColumn[];
  readonly rows: readonly Readonly<Record<string, AnnexCell>>[];
  /** The workbook's title property and the top right of each printed page. */
  readonly title: string;
  /** The review reference, e.g. "CPR 3/2026". */
  readonly reference: string;
  /** The protective marking, e.g. "OFFICIAL-SENSITIVE". */
  readonly marking: string;
}

export const SHEET_NAME = 'Chronology';
export const EXCEL_CELL_LIMIT = 32_767;
const A4 = 9;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
// Rows looked at to size a column without a width: enough to be representative, cheap at 100k.
const ROWS_SAMPLED = 200;
// Excel refuses a header or footer longer than this (format codes included).
const HEADER_FOOTER_LIMIT = 255;

export async function toXlsx(input: XlsxInput): Promise<Buffer> {
  // Loaded on the first annex, not with the server: exceljs is about 20 MB of a process's
  // memory, and most servers are up for days between annexes (docs/benchmarks.md).
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Tapestry';
  workbook.lastModifiedBy = 'Tapestry';
  workbook.title = input.title;
  workbook.company = '';
  workbook.manager = '';

  const lastRow = input.rows.length + 1;
  const lastColumn = Math.max(input.columns.length, 1);
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as it takes
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: headerFooter(input),
  });

  sheet.columns = input.columns.map((column) => ({
    key: column.key,
    width: column.width ?? widthFor(column, input.rows),
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }));

  const header = sheet.addRow(input.columns.map((c) => cellText(c.header)));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  header.border = { bottom: { style: 'thin' } };

  for (const row of input.rows) {
    sheet.addRow(
      input.columns.map((c) => {
        const value = row[c.key];
        return value === null || value === undefined || value === '' ? null : cellText(value);
      }),
    );
  }

  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: lastColumn } };

  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}

function cellText(value: string): string {
  return limitLength(escapeSpreadsheetCell(value));
}

function limitLength(text: string): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  const note = ` […cut: the full text is ${text.length.toLocaleString('en-GB')} characters]`;
  let end = EXCEL_CELL_LIMIT - note.length;
  // Do not split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + note;
}

function widthFor(
  column: XlsxColumn,
  rows: readonly Readonly<Record<string, AnnexCell>>[],
): number {
  let longest = column.header.length;
  for (let i = 0; i < Math.min(rows.length, ROWS_SAMPLED); i++) {
    for (const line of (rows[i]![column.key] ?? '').split('\n')) {
      longest = Math.max(longest, line.length);
    }
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/**
 * Header: reference (left), marking (centre, bold), title (right). Footer: reference, marking,
 * "Page n of m". "&" starts a format code in a header, so a literal one is written "&&". Each
 * text is cut to a sensible length, and the title is left out of the header rather than go over
 * Excel's limit.
 */
function headerFooter(input: XlsxInput): Partial<ExcelJS.HeaderFooter> {
  const reference = headerText(input.reference, 50);
  const marking = headerText(input.marking, 50);
  const title = headerText(input.title, 80);
  const left = `&L${reference}&C&B${marking}&B`;
  const withTitle = `${left}&R${title}`;
  return {
    differentFirst: false,
    differentOddEven: false,
    oddHeader: withTitle.length <= HEADER_FOOTER_LIMIT ? withTitle : left,
    oddFooter: `${left}&RPage &P of &N`,
  };
}

function headerText(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  return cut.replace(/&/g, '&&');
}
