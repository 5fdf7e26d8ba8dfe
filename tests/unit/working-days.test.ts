import { describe, it, expect } from 'vitest';
import Holidays from 'date-holidays';
import { addDays } from '../../server/shared/calendar';
import {
  WORKING_DAY_YEARS,
  addWorkingDays,
  bankHolidays,
  isBankHoliday,
  isWorkingDay,
  workingDaysBetween,
} from '../../server/gaps/working-days';

// England & Wales lists as gov.uk publishes them (gov.uk/bank-holidays.json), weekdays only; the
// years before 2012 are from the proclamations for the one-off changes.
const GOV_UK: Record<number, string[]> = {
  1995: ['01-02', '04-14', '04-17', '05-08', '05-29', '08-28', '12-25', '12-26'], // VE day 50
  1999: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28', '12-31'],
  2002: ['01-01', '03-29', '04-01', '05-06', '06-03', '06-04', '08-26', '12-25', '12-26'],
  2011: ['01-03', '04-22', '04-25', '04-29', '05-02', '05-30', '08-29', '12-26', '12-27'],
  2012: ['01-02', '04-06', '04-09', '05-07', '06-04', '06-05', '08-27', '12-25', '12-26'],
  2013: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2014: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2015: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2016: ['01-01', '03-25', '03-28', '05-02', '05-30', '08-29', '12-26', '12-27'],
  2017: ['01-02', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2018: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
};

// Independent of the module's table: weekday from Date, holidays from the published list.
function countDayByDay(from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    const holidays = bankHolidays(Number(d.slice(0, 4))).map((h) => h.date);
    if (weekday !== 0 && weekday !== 6 && !holidays.includes(d)) count++;
  }
  return count;
}

describe('bankHolidays', () => {
  it.each(Object.entries(GOV_UK))('%s matches the gov.uk list for England and Wales', (y, days) => {
    expect(bankHolidays(Number(y)).map((h) => h.date)).toEqual(days.map((d) => `${y}-${d}`));
  });

  it('names each holiday', () => {
    expect(bankHolidays(2023).find((h) => h.date === '2023-05-08')?.name).toMatch(/Coronation/i);
    expect(bankHolidays(2011).find((h) => h.date === '2011-04-29')?.name).toMatch(/wedding/i);
  });

  it('returns a copy the caller cannot use to change the cache', () => {
    bankHolidays(2019).pop();
    expect(bankHolidays(2019)).toHaveLength(8);
  });

  it('relies on Wales having the same bank holidays as England in the package data', () => {
    const publicDates = (h: Holidays, year: number) =>
      h
        .getHolidays(year)
        .filter((x) => x.type === 'public')
        .map((x) => x.date);
    const [eng, wls] = [new Holidays('GB', 'ENG'), new Holidays('GB', 'WLS')];
    for (let year = WORKING_DAY_YEARS.first; year <= WORKING_DAY_YEARS.last; year++) {
      expect(publicDates(wls, year), String(year)).toEqual(publicDates(eng, year));
    }
  });
});

describe('isBankHoliday and isWorkingDay', () => {
  it.each([
    ['2019-01-05', 'Saturday', false, false],
    ['2019-01-06', 'Sunday', false, false],
    ['2019-04-19', 'Good Friday', true, false],
    ['2022-09-19', 'state funeral', true, false],
    ['2020-05-08', 'VE day (Friday)', true, false],
    ['2020-05-04', 'the Monday the VE day holiday replaced', false, true],
    ['2012-05-28', 'the Monday the jubilee spring holiday replaced', false, true],
    ['2022-12-25', 'Christmas on a Sunday (the holiday is the 27th)', false, false],
    ['2019-01-08', 'an ordinary Tuesday', false, true],
  ])('%s, %s', (iso, _what, holiday, working) => {
    expect(isBankHoliday(iso)).toBe(holiday);
    expect(isWorkingDay(iso)).toBe(working);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['same day', '2019-01-08', '2019-01-08', 0],
    ['Friday to Monday', '2019-01-04', '2019-01-07', 1],
    ['decision 3 Jan, acted 7 Jan', '2019-01-03', '2019-01-07', 2],
    ['from a Saturday to the Monday', '2019-01-05', '2019-01-07', 1],
    ['across Easter 2019 (18, 23, 24)', '2019-04-17', '2019-04-24', 3],
    ['across Christmas 2018 (24, 27, 28, 31, 2 Jan)', '2018-12-21', '2019-01-02', 5],
    ['reversed arguments', '2019-01-07', '2019-01-04', 0],
    ['to a bank holiday', '2019-04-18', '2019-04-22', 0],
  ])('%s', (_what, from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it('counts the whole of 2019 as 253 working days, as a day-by-day count does', () => {
    // 261 weekdays (2019 starts and ends on a Tuesday) less 8 bank holidays, all on weekdays.
    expect(countDayByDay('2018-12-31', '2019-12-31')).toBe(253);
    expect(workingDaysBetween('2018-12-31', '2019-12-31')).toBe(253);
  });

  it('agrees with a day-by-day count over spans of every length up to two years', () => {
    for (let step = 0; step < 200; step++) {
      const from = addDays('2018-06-01', (step * 37) % 700);
      const to = addDays(from, (step * 53) % 730);
      expect(workingDaysBetween(from, to), `${from} → ${to}`).toBe(countDayByDay(from, to));
    }
  });

  it('spans the whole supported range', () => {
    const first = `${WORKING_DAY_YEARS.first}-01-01`;
    const last = `${WORKING_DAY_YEARS.last}-12-31`;
    expect(workingDaysBetween(first, last)).toBe(countDayByDay(first, last));
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['Friday + 7', '2019-01-04', 7, '2019-01-15'],
    ['over Easter 2019', '2019-04-17', 3, '2019-04-24'],
    ['Thursday before Good Friday + 1', '2019-04-18', 1, '2019-04-23'],
    ['over Christmas 2021 (27th, 28th substitutes)', '2021-12-24', 1, '2021-12-29'],
    ['from a Saturday', '2019-01-05', 1, '2019-01-07'],
    ['n = 0 returns the same day', '2019-01-08', 0, '2019-01-08'],
    ['n = 0 on a bank holiday returns it', '2019-12-25', 0, '2019-12-25'],
  ])('%s', (_what, iso, n, expected) => {
    expect(addWorkingDays(iso, n)).toBe(expected);
  });

  it('is undone by workingDaysBetween, landing on the first day that reaches n (2018–2020)', () => {
    for (let d = '2018-01-01'; d <= '2020-12-31'; d = addDays(d, 1)) {
      expect(addWorkingDays(d, 0), `${d} + 0`).toBe(d);
      expect(workingDaysBetween(d, d), `${d} to itself`).toBe(0);
      for (const n of [1, 2, 3, 5, 10, 20, 45, 260]) {
        const result = addWorkingDays(d, n);
        expect(workingDaysBetween(d, result), `${d} + ${n}`).toBe(n);
        expect(isWorkingDay(result), `${d} + ${n}`).toBe(true);
        expect(workingDaysBetween(d, addDays(result, -1)), `${d} + ${n}`).toBe(n - 1);
      }
    }
  });

  it.each([-1, 1.5, NaN])('refuses n = %s', (n) => {
    expect(() => addWorkingDays('2019-01-08', n)).toThrow(RangeError);
  });
});

describe('supported years and malformed dates', () => {
  it.each([
    ['bankHolidays(1989)', () => bankHolidays(1989), /1989/],
    ['bankHolidays(2041)', () => bankHolidays(2041), /2041/],
    ['isBankHoliday', () => isBankHoliday('1989-12-25'), /1989/],
    ['isWorkingDay', () => isWorkingDay('2041-01-02'), /2041/],
    ['workingDaysBetween', () => workingDaysBetween('1989-12-29', '1990-01-02'), /1989/],
    ['addWorkingDays from', () => addWorkingDays('2041-01-02', 0), /2041/],
    ['addWorkingDays past the end', () => addWorkingDays('2040-12-20', 30), /2040/],
    ['a date that does not exist', () => isWorkingDay('2019-02-29'), /2019-02-29/],
    ['not a date', () => workingDaysBetween('03/01/2019', '2019-01-07'), /03\/01\/2019/],
  ])('%s throws a RangeError', (_what, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('covers at least 2000–2035', () => {
    expect(WORKING_DAY_YEARS.first).toBeLessThanOrEqual(2000);
    expect(WORKING_DAY_YEARS.last).toBeGreaterThanOrEqual(2035);
  });
});

describe('the bank holiday data file', () => {
  it('is what the date-holidays package and our corrections give today (npm run update:bank-holidays)', async () => {
    const { computeBankHolidays } = await import('../../server/gaps/bank-holiday-source');
    const file = await import('../../server/gaps/data/bank-holidays-england-wales.json');
    expect(file.years).toEqual(computeBankHolidays());
  });
});
