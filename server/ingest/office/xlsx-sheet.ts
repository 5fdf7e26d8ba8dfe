import { parseXmlPart } from './office-xml';
import type { OfficeZip } from './office-zip';
import { AppError } from '../../errors';
import {
  cellText,
  decodeReference,
  EXCEL_COLUMNS,
  EXCEL_ROWS,
  numberText,
  serialToText,
} from './xlsx-parts';

/** One worksheet's cells as text, by sheet row number (1-based) and column index (0-based). */
export interface SheetCells {
  rows: Map<number, string[]>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
}

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

// A merge is filled down only, over rows up to the last that holds data, and at most this many
// cells in all: a crafted merge of the whole sheet (A1:XFD1048576) must not become a million
// rows of one value.
const MAX_MERGE_FILL = 1_000_000;

/**
 * Reads a worksheet's XML in one streaming pass. Every cell becomes the text a person sees:
 * shared and inline strings (rich text runs joined), a formula's cached result (never the
 * formula), dates as ISO text, booleans as TRUE/FALSE. Merged areas are filled with their
 * top-left value, as a reader of the printed sheet would read them.
 */
export async function readSheet(
  zip: OfficeZip,
  path: string,
  context: SheetContext,
): Promise<SheetCells> {
  const rows = new Map<number, string[]>();
  const hiddenRows = new Set<number>();
  const hiddenColumns = new Set<number>();
  const merges: string[] = [];
  let rowNumber = 0;
  let cells: string[] | null = null;
  let column = -1;
  let type = '';
  let style = 0;
  let value = '';
  let capture = false;
  let inPhonetic = false;
  // A chronology repeats each date on many rows: one string per date, not one per cell.
  const dates = new Map<number, string>();
  let columnRanges = 0;
  // One flag per Excel column, filled natively: a range costs a memset, not a loop of adds.
  const hiddenFlags = new Uint8Array(EXCEL_COLUMNS);
  const valueOf = (raw: string) => cellValue(type, raw, style, context, dates);

  await parseXmlPart(zip, path, {
    open(tag) {
      switch (tag.name) {
        case 'row': {
          const r = Number(tag.attributes.r);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          if (rowNumber > EXCEL_ROWS) throw beyondExcel(`row ${rowNumber}`);
          cells = [];
          column = -1;
          if (/^(?:1|true)$/.test(tag.attributes.hidden ?? '')) hiddenRows.add(rowNumber);
          break;
        }
        case 'c': {
          const ref = tag.attributes.r ? decodeReference(tag.attributes.r) : null;
          column = ref ? ref.column : column + 1;
          if (column >= EXCEL_COLUMNS) throw beyondExcel(`a cell of row ${rowNumber}`);
          type = tag.attributes.t ?? 'n';
          style = Number(tag.attributes.s ?? 0);
          value = '';
          break;
        }
        case 'v':
          capture = true;
          break;
        case 't':
          capture = !inPhonetic;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 'col':
          if (/^(?:1|true)$/.test(tag.attributes.hidden ?? '')) {
            // A sheet has at most one <col> per column; more is not a file Excel wrote, and
            // each one's range is clamped to Excel's columns, so the work stays bounded.
            if (++columnRanges > EXCEL_COLUMNS) throw beyondExcel('its column list');
            const first = Math.max(1, Number(tag.attributes.min) || 1);
            const last = Math.min(Number(tag.attributes.max) || 0, EXCEL_COLUMNS);
            if (last >= first) hiddenFlags.fill(1, first - 1, last);
          }
          break;
        case 'mergeCell':
          if (tag.attributes.ref) merges.push(tag.attributes.ref);
          break;
      }
    },
    text(text) {
      if (capture) value += text;
    },
    close(name) {
      if (name === 'v' || name === 't') capture = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cells) {
        const text = valueOf(value);
        if (text !== '') cells[column] = text;
      } else if (name === 'row' && cells) {
        if (cells.length > 0) rows.set(rowNumber, cells);
        cells = null;
      }
    },
  });
  hiddenFlags.forEach((flag, c) => {
    if (flag) hiddenColumns.add(c);
  });
  fillMerges(rows, merges);
  return { rows, hiddenRows, hiddenColumns };
}

function cellValue(
  type: string,
  raw: string,
  style: number,
  context: SheetContext,
  dates: Map<number, string>,
): string {
  switch (type) {
    case 's':
      return context.sharedStrings[Number(raw)] ?? '';
    case 'inlineStr':
    case 'str':
      return cellText(raw);
    case 'b':
      return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
    case 'e':
      return raw;
    case 'd':
      // An ISO date-time cell (Strict OOXML); midnight is a date alone.
      return raw.replace(/T00:00(?::00(?:\.0+)?)?Z?$/, '').replace(/T(\d\d:\d\d).*$/, ' $1');
    default: {
      if (raw === '') return '';
      const number = Number(raw);
      if (!Number.isFinite(number)) return raw;
      if (!context.dateStyles[style] || number < 0) return numberText(number);
      let date = dates.get(number);
      if (date === undefined) {
        date = serialToText(number, context.date1904);
        dates.set(number, date);
      }
      return date;
    }
  }
}

function fillMerges(rows: Map<number, string[]>, merges: readonly string[]): void {
  if (merges.length === 0) return;
  let lastRow = 0;
  for (const r of rows.keys()) lastRow = Math.max(lastRow, r);
  let budget = MAX_MERGE_FILL;
  for (const ref of merges) {
    const [from, to] = ref.split(':').map(decodeReference);
    // A range written backwards is not one Excel writes; skipping it keeps the loops bounded.
    if (!from || !to || to.row < from.row || to.column < from.column) continue;
    const value = rows.get(from.row)?.[from.column];
    if (value === undefined) continue;
    // Down only: a range merged across columns is one cell, in its first column (a report
    // tool's "Notes" merged over C:E is one column, not three of the same name); merged down
    // rows, each row holds it (a team written once for several rows).
    for (let r = from.row; r <= Math.min(to.row, lastRow); r++) {
      if (budget-- <= 0) return;
      let cells = rows.get(r);
      if (!cells) {
        cells = [];
        rows.set(r, cells);
      }
      cells[from.column] = value;
    }
  }
}

function beyondExcel(what: string): AppError {
  return new AppError(
    'FILE_UNREADABLE',
    `The workbook's ${what} lies beyond Excel's last column (XFD) or row (1,048,576): it was not saved by a spreadsheet program, or it is damaged. Open it in Excel and save it again as .xlsx.`,
  );
}
