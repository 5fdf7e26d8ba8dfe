import { parseXmlPart } from './office-xml';
import type { OfficeZip } from './office-zip';

/** What the workbook part says of a sheet, and where its XML is. */
export interface SheetEntry {
  name: string;
  hidden: boolean;
  path: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
}

/** xl/workbook.xml and its relationships: the sheets in tab order, and the date system. */
export async function readWorkbookInfo(zip: OfficeZip): Promise<WorkbookInfo> {
  const targets = new Map<string, string>();
  if (zip.has('xl/_rels/workbook.xml.rels')) {
    await parseXmlPart(zip, 'xl/_rels/workbook.xml.rels', {
      open(tag) {
        const { Id: id, Target: target, Type: type = '' } = tag.attributes;
        if (tag.name === 'Relationship' && id && target && /\/worksheet$/.test(type)) {
          targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
        }
      },
    });
  }
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parseXmlPart(zip, 'xl/workbook.xml', {
    open(tag) {
      if (tag.name === 'workbookPr') date1904 = /^(?:1|true)$/.test(tag.attributes.date1904 ?? '');
      if (tag.name !== 'sheet') return;
      // Chart sheets have a relationship of another type: they hold no cells.
      const path = targets.get(tag.attributes['r:id'] ?? '');
      if (!path || !zip.has(path)) return;
      const state = tag.attributes.state ?? 'visible';
      sheets.push({ name: tag.attributes.name ?? path, hidden: state !== 'visible', path });
    },
  });
  return { sheets, date1904 };
}

/**
 * Which cell styles show a number as a date or time: Excel stores a date as a serial number
 * and only the style's number format says it is one. Built-in formats 14–22 and 45–47 are
 * dates and times (27–36 and 50–58 in East Asian locales); a custom format is one when its
 * code, outside quoted text and [colour] sections, holds a d, m, y, h or s.
 */
export async function readDateStyles(zip: OfficeZip): Promise<boolean[]> {
  if (!zip.has('xl/styles.xml')) return [];
  const custom = new Map<number, boolean>();
  const dated: boolean[] = [];
  let inCellXfs = false;
  await parseXmlPart(zip, 'xl/styles.xml', {
    open(tag) {
      if (tag.name === 'numFmt') {
        const code = (tag.attributes.formatCode ?? '')
          .replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '')
          .toLowerCase();
        custom.set(Number(tag.attributes.numFmtId), /[dmyhs]/.test(code) && !/^@$/.test(code));
      } else if (tag.name === 'cellXfs') inCellXfs = true;
      else if (tag.name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        dated.push(custom.get(id) ?? isBuiltInDateFormat(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dated;
}

function isBuiltInDateFormat(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/** xl/sharedStrings.xml: each string as plain text; rich-text runs joined, phonetic hints left out. */
export async function readSharedStrings(zip: OfficeZip): Promise<string[]> {
  if (!zip.has('xl/sharedStrings.xml')) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  await parseXmlPart(zip, 'xl/sharedStrings.xml', {
    open(tag) {
      if (tag.name === 'si') current = [];
      else if (tag.name === 'rPh') inPhonetic = true;
      else if (tag.name === 't' && !inPhonetic) inText = true;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && current) {
        strings.push(cellText(current.join('')));
        current = null;
      }
    },
  });
  return strings;
}

/**
 * OOXML writes characters XML cannot hold as _xHHHH_ (a pasted Windows line end is
 * "_x000D_"); line ends become "\n", as in a CSV cell.
 */
export function cellText(raw: string): string {
  const unescaped = raw.includes('_x')
    ? raw.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
    : raw;
  return unescaped.includes('\r') ? unescaped.replace(/\r\n?/g, '\n') : unescaped;
}

/**
 * An Excel serial number as a date the date parser reads without doubt: ISO "2019-04-17", with
 * " 14:30" when the time is not midnight, or only "14:30" for a time with no date.
 */
export function serialToText(serial: number, date1904: boolean): string {
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  const days = Math.floor(serial) + (seconds >= 86_400 ? 1 : 0);
  const clock = seconds % 86_400 === 0 ? '' : hhmm(seconds % 86_400);
  if (days === 0 && !date1904) return clock || '00:00';
  // 1900 system: day 1 is 1 Jan 1900, and Excel counts a 29 Feb 1900 that never was (day 60).
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days < 61 ? 31 : 30);
  const iso = new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
  return clock ? `${iso} ${clock}` : iso;
}

function hhmm(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const h = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return `${h}:${m}`;
}

/** A plain number as Excel shows it in General format: at most 15 significant digits. */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** 0 → "A", 27 → "AB". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "C14" → { column: 2, row: 14 }. */
export function decodeReference(ref: string): { column: number; row: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const ch of match[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  // Past Excel's last column (XFD) or row, a reference is not one Excel wrote.
  if (column > EXCEL_COLUMNS || row < 1 || row > EXCEL_ROWS) return null;
  return { column: column - 1, row };
}

/** Excel's own limits: no sheet it writes goes past column XFD or row 1,048,576. */
export const EXCEL_COLUMNS = 16_384;
export const EXCEL_ROWS = 1_048_576;
