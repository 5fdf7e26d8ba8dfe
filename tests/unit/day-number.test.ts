import { describe, expect, it } from 'vitest';
import { parseIsoDate, WORKING_DAY_YEARS } from '../../server/gaps/bank-holidays';
import { dayNumber } from '../../server/shared/calendar';

// Day numbers were written three times before server/shared/calendar.ts held the one dayNumber.
// The three are kept here, as they were, so that the shared one is held to each of them.

/** gaps/gap-event.ts dayNumberOf: days since 1970 by Hinnant's arithmetic, no checks. */
function gapEngineDayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const DAY_MS = 86_400_000;

/** duplicates/similarity.ts dayNumber: days since 1970 through Date.UTC, NaN when invalid. */
function duplicatesDayNumber(iso: string): number {
  const text = iso.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return NaN;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  return new Date(day * DAY_MS).toISOString().slice(0, 10) === text ? day : NaN;
}

/** gaps/working-days.ts dayNumber: days since 1 January of the first supported year. */
function workingDaysDayNumber(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return (Date.UTC(year, month - 1, day) - Date.UTC(WORKING_DAY_YEARS.first, 0, 1)) / DAY_MS;
}

function everyDay(fromYear: number, toYear: number): string[] {
  const days: string[] = [];
  for (let day = Date.UTC(fromYear, 0, 1) / DAY_MS; day <= Date.UTC(toYear, 11, 31) / DAY_MS; day++)
    days.push(new Date(day * DAY_MS).toISOString().slice(0, 10));
  return days;
}

describe('dayNumber', () => {
  const days = everyDay(1900, 2100);

  it('agrees with the platform calendar on every day from 1900 to 2100', () => {
    const wrong: string[] = [];
    let count = 0;
    for (
      let day = Date.UTC(1900, 0, 1) / 86_400_000;
      day <= Date.UTC(2100, 11, 31) / 86_400_000;
      day++
    ) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayNumber(iso) !== day) wrong.push(`${iso}: ${dayNumber(iso)}, not ${day}`);
      count++;
    }
    expect(count).toBe(73_414); // 201 years, 49 of them leap (2000 is, 1900 and 2100 are not)
    expect(days).toHaveLength(count);
    expect(wrong).toEqual([]);
  });

  it("equals the gap engine's and the duplicate finder's day numbers on every day", () => {
    const wrong = days.filter(
      (iso) =>
        dayNumber(iso) !== gapEngineDayNumber(iso) || dayNumber(iso) !== duplicatesDayNumber(iso),
    );
    expect(wrong).toEqual([]);
  });

  it("is the working-day table's day number plus the days from 1970 to its first year", () => {
    const offset = dayNumber(`${WORKING_DAY_YEARS.first}-01-01`);
    expect(offset).toBe(7305); // 1970–1989: 20 years, 5 of them leap
    const wrong = everyDay(WORKING_DAY_YEARS.first, WORKING_DAY_YEARS.last).filter(
      (iso) => dayNumber(iso) - offset !== workingDaysDayNumber(iso),
    );
    expect(wrong).toEqual([]);
  });

  it('is NaN for whatever the duplicate finder took for no date', () => {
    const notDates = [
      '',
      'yesterday',
      '2019-02-30',
      '2019-02-29',
      '2100-02-29',
      '2019-13-01',
      '2019-00-10',
      '2019-04-31',
      '2019-04-00',
      '2019-4-01',
      '19-04-01',
      '2019/04/01',
      '2019-04-01T10:00',
      '+201-04-01',
      '0x7E-04-01',
    ];
    for (const iso of notDates) {
      expect(duplicatesDayNumber(iso), iso).toBeNaN();
      expect(dayNumber(iso), iso).toBeNaN();
    }
    expect(dayNumber('2000-02-29')).toBe(duplicatesDayNumber('2000-02-29'));
  });
});
