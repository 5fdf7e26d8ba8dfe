// Excel's serial day numbers, as a date column holds them when its cells lost their date
// format in a CSV (43000 is 24/09/2017). Pure: no I/O.
import * as cal from '../shared/calendar';
import { FIRST_PLAUSIBLE_SERIAL, MAX_YEAR, MIN_YEAR } from './date-marks';
import { type Ctx, fail, type Parsed, span } from './date-parts';

export function excelSerial(m: RegExpExecArray, ctx: Ctx): Parsed | null {
  const written = m[0];
  const serial = Number(written);
  if (/^\d{4}$/.test(written) && serial >= MIN_YEAR && serial <= MAX_YEAR) return null;
  // Eight digits from 19000101 are past every serial Excel has: ISO's basic form (dates.ts).
  if (/^(?:19|20)\d{6}$/.test(written)) return null;
  // Round to the minute first, so that 43000.99999 is midnight of the next day.
  const minutes = Math.round(serial * 1440);
  const whole = Math.floor(minutes / 1440);
  if (whole === 60) {
    fail(
      'date.excel-leap-bug',
      `"${ctx.src}" is Excel's serial number for 29/02/1900, a day that never existed ` +
        '(Excel wrongly treats 1900 as a leap year): type the date itself, e.g. 28/02/1900.',
    );
  }
  // "22.05" is a day and month with the year left off, not 22 January 1900.
  if (/^\d{1,2}\.\d{1,2}$/.test(written)) {
    const [day, month] = written.split('.').map(Number) as [number, number];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      fail(
        'date.no-year',
        `"${ctx.src}" looks like a day and month with no year: write e.g. ${written}.2019.`,
      );
    }
  }
  // Serials before 1950 (and bare day numbers such as "16") are not dates any chronology in a
  // case review holds: a date cell that lost its month and year, or a typing slip.
  if (whole < FIRST_PLAUSIBLE_SERIAL) {
    fail(
      'date.unrecognised',
      `"${ctx.src}" is not a date: as an Excel serial number it would be ${cal.formatUkDate(cal.excelSerialToIso(Math.max(whole, 1)) ?? '1900-01-01')}. Write the full date, e.g. 22/05/2016.`,
    );
  }
  const iso = cal.excelSerialToIso(whole);
  // A number past 2199 as a serial (123456 is 2238) is an id in the wrong column, refused as a
  // year written past 2199 is, and named as what it would be.
  if (iso !== null && Number(iso.slice(0, 4)) > MAX_YEAR) {
    fail(
      'date.unrecognised',
      `"${ctx.src}" is not a date: as an Excel serial number it would be ${cal.formatUkDate(iso)}, after ${MAX_YEAR}. Write the date as 22/05/2016.`,
    );
  }
  if (iso === null) {
    fail(
      'date.unrecognised',
      whole === 0
        ? `"${ctx.src}" looks like an Excel time with no date: the date column needs a date, e.g. 22/05/2016.`
        : `"${ctx.src}" is not a date: as an Excel serial number it is outside 1 to ${cal.MAX_EXCEL_SERIAL}. Write the date as 22/05/2016.`,
    );
  }
  const rest = minutes % 1440;
  const time = rest === 0 ? null : cal.clock(Math.floor(rest / 60), rest % 60);
  const shown = time === null ? cal.formatUkDate(iso) : `${cal.formatUkDate(iso)} ${time}`;
  const message = `Excel serial number ${written} read as ${shown}: check the cell is formatted as a date.`;
  return { ...span(iso, iso, 'day', [{ code: 'date.excel-serial', message }]), time };
}
