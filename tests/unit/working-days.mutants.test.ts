import { describe, it, expect } from 'vitest';
import { dayNumber } from '../../server/shared/calendar';
import {
  addWorkingDays,
  isBankHoliday,
  isWorkingDay,
  workingDaysBetween,
  workingDaysBetweenDays,
} from '../../server/gaps/working-days';

// Working days at the edges of the supported range and of the table behind them, found by
// mutation testing (docs/testing.md). The first test of this file is the one that builds the
// module's table and year cache: Stryker credits code that fills a cache only to the first test
// of a file that runs it, so that test checks the table's weekends and bank holidays itself.

describe('the working-day table', () => {
  it('leaves out Saturdays, Sundays and bank holidays in every year, 2040 included', () => {
    expect(isBankHoliday('2040-12-25')).toBe(true);
    expect(isBankHoliday('2019-04-19')).toBe(true);
    expect(isBankHoliday('2019-04-18')).toBe(false);
    // Mon 24 Dec 2040 → Mon 31st: Christmas (Tue) and Boxing Day (Wed) are bank holidays, so
    // Thu 27th, Fri 28th and Mon 31st count; the weekend does not.
    expect(workingDaysBetween('2040-12-24', '2040-12-31')).toBe(3);
    expect(isWorkingDay('2040-12-31')).toBe(true);
    // Fri 4 Jan 2019 → Mon 7th: one working day, Saturday and Sunday left out.
    expect(workingDaysBetween('2019-01-04', '2019-01-07')).toBe(1);
    expect(isWorkingDay('2019-01-06')).toBe(false);
    expect(isWorkingDay('2019-01-05')).toBe(false);
  });

  it('reaches the last working day of the supported range, and no further', () => {
    expect(addWorkingDays('2040-12-24', 3)).toBe('2040-12-31');
    expect(() => addWorkingDays('2040-12-24', 4)).toThrow(/after 2040, the last supported year/);
  });

  it('says what is wrong with a count of days it refuses', () => {
    expect(() => addWorkingDays('2019-01-08', -1)).toThrow(
      'addWorkingDays needs a whole number of days, 0 or more, not -1',
    );
  });
});

describe('workingDaysBetweenDays (days since 1970, the engine’s hot path)', () => {
  const days = (from: string, to: string) => workingDaysBetweenDays(dayNumber(from), dayNumber(to));

  it('agrees with workingDaysBetween, and is 0 for a reversed pair', () => {
    expect(days('2019-04-17', '2019-04-24')).toBe(3);
    expect(days('2019-04-24', '2019-04-17')).toBe(0);
  });

  it('answers from the first supported day to the last', () => {
    // 1 January 1990 was a Monday and a bank holiday: Tuesday and Wednesday count.
    expect(days('1990-01-01', '1990-01-03')).toBe(2);
    expect(days('2040-12-24', '2040-12-31')).toBe(3);
  });

  it('refuses a day before 1990 or after 2040', () => {
    expect(() => days('1989-12-29', '1990-01-03')).toThrow(/1990–2040 only/);
    expect(() => days('2040-12-28', '2041-01-01')).toThrow(RangeError);
  });
});

describe('parseIsoDate through isWorkingDay', () => {
  it.each([' 2019-01-08', '2019-01-08 ', '2019-01-08x', '2019-00-10', '2019-13-01', '2019-01-00'])(
    'refuses %j',
    (iso) => {
      expect(() => isWorkingDay(iso)).toThrow(RangeError);
      expect(() => isBankHoliday(iso)).toThrow(RangeError);
    },
  );
});
