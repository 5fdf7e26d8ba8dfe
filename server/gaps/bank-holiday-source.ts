// Computes England & Wales bank holidays from the date-holidays package (GB, state ENG),
// corrected against gov.uk where the package's rules miss a one-off change. Wales has the same
// bank holidays as England (GB-WLS gives the same dates for every supported year; a unit test
// checks this). Used by scripts/update-bank-holidays.ts to write the data file the server reads,
// and by a test that checks the file is what the package (plus corrections) gives today.
import Holidays from 'date-holidays';
import { compareIsoDates } from '../shared/calendar';
import { type BankHoliday, WORKING_DAY_YEARS } from './bank-holidays';

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

function isWeekend(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** Every supported year's bank holidays, by date, as gov.uk lists them (weekdays only). */
export function computeBankHolidays(): Record<string, BankHoliday[]> {
  const england = new Holidays('GB', 'ENG');
  const years: Record<string, BankHoliday[]> = {};
  for (let year = WORKING_DAY_YEARS.first; year <= WORKING_DAY_YEARS.last; year++) {
    const correction = CORRECTIONS[year];
    const removed = new Set(correction?.remove);
    years[year] = england
      .getHolidays(year)
      // 'public' is a bank holiday; Mother's Day and the like are 'observance'. `date` is the
      // local calendar date ('YYYY-MM-DD hh:mm:ss'), unaffected by the server's time zone.
      .filter((h) => h.type === 'public')
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
      // gov.uk lists only the day a bank holiday is taken: Christmas Day on a Sunday appears as
      // its Tuesday substitute, not as 25 December. The package lists the weekend date too.
      .filter((h) => !isWeekend(h.date) && !removed.has(h.date))
      .concat(correction?.add ?? [])
      .sort((a, b) => compareIsoDates(a.date, b.date));
  }
  return years;
}
