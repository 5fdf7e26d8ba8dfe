import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  AlignmentType,
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CorpusFile } from './spec';

// Writers for the four formats, each following the habits its producer has: Excel's own CSV
// quoting, a system's JSON export, an Excel log kept by hand, a Word IMR template.

const cellsOf = (file: CorpusFile) => file.rows.map((row) => row.slice(1));

export function writeCsv(file: CorpusFile): Buffer {
  const { delimiter = ',', bom = false, trailingBlankColumns = 0, crlf = true } = file.csv ?? {};
  const pad = Array<string>(trailingBlankColumns).fill('');
  const quote = (cell: string) =>
    /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
  const lines = [file.headers, ...cellsOf(file)].map((cells) =>
    [...cells, ...pad].map(quote).join(delimiter),
  );
  const eol = crlf ? '\r\n' : '\n';
  return Buffer.from((bom ? '\uFEFF' : '') + lines.join(eol) + eol, 'utf8');
}

export function writeJson(file: CorpusFile): Buffer {
  const records = cellsOf(file).map((cells) =>
    Object.fromEntries(file.headers.map((h, i) => [h, cells[i] === '' ? null : cells[i]])),
  );
  const body = file.json?.wrapper
    ? { ...file.json.wrapper, [file.json.key ?? 'records']: records }
    : records;
  return Buffer.from(JSON.stringify(body, null, 2) + '\n', 'utf8');
}

/** `dd/mm/yyyy` or `dd/mm/yyyy hh:mm` as the UTC instant Excel stores for it. */
function ukDate(text: string): Date | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  return new Date(Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0)));
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export async function writeXlsx(file: CorpusFile): Promise<Buffer> {
  const layout = file.xlsx ?? {};
  const book = new ExcelJS.Workbook();
  book.creator = file.agency;
  book.created = new Date(Date.UTC(2026, 10, 2, 9, 0));
  book.modified = book.created;
  for (const extra of layout.sheetsBefore ?? []) book.addWorksheet(extra.name).addRows(extra.lines);
  const sheet = book.addWorksheet(layout.sheet ?? 'Sheet1');
  const width = file.headers.length;
  for (const [i, line] of (layout.title ?? []).entries()) {
    const row = sheet.addRow([line]);
    if (i === 0) {
      row.font = { bold: true, size: 14 };
      sheet.mergeCells(row.number, 1, row.number, width);
    }
  }
  if (layout.title?.length) sheet.addRow([]);
  // A blank header is an empty cell, as Excel leaves it, but formatted like its neighbours.
  const header = sheet.addRow(file.headers.map((h) => h || null));
  header.font = { bold: true };
  file.headers.forEach((_, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  const dateColumns = new Map(
    (layout.dateCells ?? []).map((d) => [file.headers.indexOf(d.header), d.as]),
  );
  const firstData = header.number + 1;
  for (const cells of cellsOf(file)) {
    const values = cells.map((cell, col) => {
      const as = dateColumns.get(col);
      const date = as ? ukDate(cell) : null;
      if (!as || !date) return cell === '' ? null : cell;
      return as === 'serial' ? (date.getTime() - EXCEL_EPOCH) / 86_400_000 : date;
    });
    const row = sheet.addRow(values);
    for (const { header: h, formula } of layout.formulas ?? []) {
      const col = file.headers.indexOf(h) + 1;
      const result = Number(cells[col - 1]);
      row.getCell(col).value = { formula: formula.replaceAll('{r}', String(row.number)), result };
    }
    if (layout.hiddenRecords?.includes(row.number - header.number)) row.hidden = true;
    row.alignment = { wrapText: true, vertical: 'top' };
    for (const [col, as] of dateColumns) {
      if (as !== 'serial')
        row.getCell(col + 1).numFmt = as === 'date' ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm';
    }
  }
  file.headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = /note|detail|summary|description|text|narrative|outcome|action|analysis/i.test(h)
      ? 60
      : (layout.columnWidths ?? 16);
    if (layout.hiddenColumns?.includes(h)) column.hidden = true;
  });
  for (const h of layout.mergeDown ?? []) mergeRuns(sheet, file.headers.indexOf(h) + 1, firstData);
  for (const extra of layout.sheetsAfter ?? []) book.addWorksheet(extra.name).addRows(extra.lines);
  return stableZip(Buffer.from(await book.xlsx.writeBuffer()));
}

/** Merges runs of equal cells in one column, leaving the value in the run's first cell. */
function mergeRuns(sheet: ExcelJS.Worksheet, col: number, firstRow: number) {
  let start = firstRow;
  for (let r = firstRow + 1; r <= sheet.rowCount + 1; r++) {
    const same =
      r <= sheet.rowCount && sheet.getCell(r, col).text === sheet.getCell(start, col).text;
    if (same) continue;
    if (r - 1 > start && sheet.getCell(start, col).text !== '')
      sheet.mergeCells(start, col, r - 1, col);
    start = r;
  }
}

const para = (text: string, bold = false) =>
  new Paragraph({ children: [new TextRun({ text, bold })] });

/** A cell's text as Word holds it: one paragraph per line the author typed. */
const cellOf = (text: string, bold = false) =>
  new TableCell({ children: text.split('\n').map((line) => para(line, bold)) });

export async function writeDocx(file: CorpusFile): Promise<Buffer> {
  const layout = file.docx ?? {};
  const rows = cellsOf(file);
  const every = layout.splitEvery ?? rows.length;
  const children: (Paragraph | Table)[] = (layout.title ?? []).map((line, i) =>
    i === 0
      ? new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: line, bold: true, size: 28 })],
        })
      : para(line),
  );
  if (layout.preface) {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: layout.preface.map(
          (pair) => new TableRow({ children: pair.map((t, i) => cellOf(t, i === 0)) }),
        ),
      }),
      para(''),
    );
  }
  for (let start = 0; start < rows.length; start += every) {
    if (start > 0) children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          // Marked as a repeating header row too, as Word's "Repeat as header row" does.
          new TableRow({ tableHeader: true, children: file.headers.map((h) => cellOf(h, true)) }),
          ...rows
            .slice(start, start + every)
            .map((cells) => new TableRow({ children: cells.map((c) => cellOf(c)) })),
        ],
      }),
    );
  }
  for (const line of layout.footer ?? []) children.push(para(line));
  const doc = new Document({
    creator: file.agency,
    title: layout.title?.[0] ?? file.name,
    sections: [{ properties: { page: { size: { orientation: 'landscape' } } }, children }],
  });
  return stableZip(await Packer.toBuffer(doc));
}

const FIXED_TIME = '2026-11-02T09:00:00Z';

/**
 * The same spec always gives the same bytes: both libraries stamp the zip entries and the
 * document properties with the time of writing, which would change every committed file on
 * each rebuild. Entries keep their order; times and property dates are fixed.
 */
function stableZip(bytes: Buffer): Buffer {
  const entries = unzipSync(new Uint8Array(bytes));
  const core = entries['docProps/core.xml'];
  if (core) {
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
        `$1${FIXED_TIME}$2`,
      ),
    );
  }
  const mtime = new Date(FIXED_TIME);
  const stamped = Object.fromEntries(
    Object.entries(entries).map(([name, data]) => [name, [data, { mtime }] as const]),
  );
  return Buffer.from(zipSync(stamped as Parameters<typeof zipSync>[0], { level: 6 }));
}
