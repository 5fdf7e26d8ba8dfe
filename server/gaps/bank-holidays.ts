// England & Wales bank holidays: the date-holidays package (GB, state ENG), corrected against
// gov.uk where the package's rules miss a one-off change. Wales has the same bank holidays as
// England (GB-WLS gives the same dates for every supported year; a unit test checks this).
// Scotland and Northern Ireland have their own and are not handled here.
import Holidays from 'date-holidays';
import { compareIsoDates, daysInMonth, isoParts } from '../ingest/calendar';

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

// Dates the package gets wrong. Checked for 1990–2040 against gov.uk/bank-holidays.json (snapshots
// covering 2012–2016 and 2019–2027); the package's rules agree with gov.uk for those years except
// for 2011 and 2012. The earlier one-off changes come from the proclamations for those years.
const CORRECTIONS: Record<number, { remove?: string[]; add?: BankHoliday[] }> = {
  // 50th anniversary of VE day: the early May bank holiday moved from Monday 1 to Monday 8 May.
  1995: {
    remove: ['1995-05-01'],
    add: [{ date: '1995-05-08', name: 'Early May bank holiday (VE day)' }],
  },
  // The millennium: an extra bank holiday on Friday 31 December 1999.
  1999: { add: [{ date: '1999-12-31', name: 'Millennium bank holiday' }] },
  // Golden Jubilee: the spring bank holiday moved from 27 May to Tuesday 4 June, and Monday 3 June
  // was an extra bank holiday.
  2002: {
    remove: ['2002-05-27'],
    add: [
      { date: '2002-06-03', name: 'Queen’s Golden Jubilee' },
      { date: '2002-06-04', name: 'Spring bank holiday' },
    ],
  },
  // Wedding of Prince William and Catherine Middleton.
  2011: { add: [{ date: '2011-04-29', name: 'Royal wedding' }] },
  // Diamond Jubilee: the package has the extra day (5 June) but not the spring bank holiday's move
  // from 28 May to Monday 4 June.
  2012: { remove: ['2012-05-28'], add: [{ date: '2012-06-04', name: 'Spring bank holiday' }] },
};

let england: Holidays | undefined;
const byYear = new Map<number, { list: readonly BankHoliday[]; dates: ReadonlySet<string> }>();

function isWeekend(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

function yearOf(year: number): { list: readonly BankHoliday[]; dates: ReadonlySet<string> } {
  checkYear(year);
  const cached = byYear.get(year);
  if (cached) return cached;
  england ??= new Holidays('GB', 'ENG');
  const correction = CORRECTIONS[year];
  const removed = new Set(correction?.remove);
  const list = england
    .getHolidays(year)
    // 'public' is a bank holiday; Mother's Day and the like are 'observance'. `date` is the local
    // calendar date ('YYYY-MM-DD hh:mm:ss'), unaffected by the server's time zone.
    .filter((h) => h.type === 'public')
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
    // gov.uk lists only the day a bank holiday is taken: Christmas Day on a Sunday appears as its
    // Tuesday substitute, not as 25 December. The package lists the weekend date too.
    .filter((h) => !isWeekend(h.date) && !removed.has(h.date))
    .concat(correction?.add ?? [])
    .sort((a, b) => compareIsoDates(a.date, b.date));
  const entry = { list, dates: new Set(list.map((h) => h.date)) };
  byYear.set(year, entry);
  return entry;
}

/** England & Wales bank holidays in `year`, by date, as gov.uk lists them (weekdays only). */
export function bankHolidays(year: number): Array<{ date: string; name: string }> {
  return yearOf(year).list.map((h) => ({ ...h }));
}

export function isBankHoliday(iso: string): boolean {
  return yearOf(parseIsoDate(iso).year).dates.has(iso);
}
