// England & Wales bank holidays, read from a data file generated from the date-holidays package
// and corrected against gov.uk (server/gaps/bank-holiday-source.ts; regenerate with
// `npm run update:bank-holidays`). A file rather than the package at run time: the package
// holds every country's rules and costs the server ~24 MB of memory for 450 dates.
// Scotland and Northern Ireland have their own bank holidays and are not handled here.
import { daysInMonth, isoParts } from '../shared/calendar';
import data from './data/bank-holidays-england-wales.json';

/**
 * The years we answer for. 1990 is early enough for any chronology that timescales apply to, and
 * 2040 is as far ahead as is worth computing. Future one-off holidays (a coronation, a funeral)
 * cannot be known in advance, so later years are only as good as the rules.
 */
export const WORKING_DAY_YEARS: Readonly<{ first: number; last: number }> = Object.freeze({
  first: 1990,
  last: 2040,
});

export interface BankHoliday {
  date: string;
  name: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Year, month and day of a real calendar date in a supported year; RangeError otherwise. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const parts = isoParts(iso);
  const { year, month, day } = parts;
  if (!ISO_DATE.test(iso) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: '${iso}'`);
  }
  checkYear(year);
  return parts;
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < WORKING_DAY_YEARS.first || year > WORKING_DAY_YEARS.last) {
    throw new RangeError(
      `Year ${year} is outside the supported years ${WORKING_DAY_YEARS.first}–${WORKING_DAY_YEARS.last}`,
    );
  }
}

const byYear = new Map<number, { list: readonly BankHoliday[]; dates: ReadonlySet<string> }>();

function yearOf(year: number): { list: readonly BankHoliday[]; dates: ReadonlySet<string> } {
  checkYear(year);
  let entry = byYear.get(year);
  if (!entry) {
    const list = (data.years as Record<string, BankHoliday[]>)[year] ?? [];
    entry = { list, dates: new Set(list.map((h) => h.date)) };
    byYear.set(year, entry);
  }
  return entry;
}

/** England & Wales bank holidays in `year`, by date, as gov.uk lists them (weekdays only). */
export function bankHolidays(year: number): Array<{ date: string; name: string }> {
  return yearOf(year).list.map((h) => ({ ...h }));
}

export function isBankHoliday(iso: string): boolean {
  return yearOf(parseIsoDate(iso).year).dates.has(iso);
}
