// Working days in England & Wales, for statutory timescales counted in working days ("a decision
// within one working day", "assessment within 45 working days").
//
// The gap engine calls workingDaysBetween for every pair of events it compares, hundreds of
// thousands of times a review, so both counting functions read a table built once, on first use:
// before[i] is the number of working days among the first i days of the supported range. A count
// is then one subtraction, whatever the span.
import { addDays, dayNumber, isoDate } from '../shared/calendar';
import { WORKING_DAY_YEARS, bankHolidays, isBankHoliday, parseIsoDate } from './bank-holidays';

export { WORKING_DAY_YEARS, bankHolidays, isBankHoliday };

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = isoDate(WORKING_DAY_YEARS.first, 1, 1);
const EPOCH = Date.UTC(WORKING_DAY_YEARS.first, 0, 1);
const DAY_COUNT = (Date.UTC(WORKING_DAY_YEARS.last + 1, 0, 1) - EPOCH) / MS_PER_DAY;

// Parsing and checking the string is most of the cost of a call, and a review repeats the same
// few thousand dates, so each valid date is parsed once. Bounded: one entry per supported day.
const dayIndexes = new Map<string, number>();

// Day numbers counted from 1970-01-01 (as the gap engine keeps them) to this table's days.
const UNIX_OFFSET = EPOCH / MS_PER_DAY;

/** Days since 1 January of the first supported year. */
function dayIndex(iso: string): number {
  let i = dayIndexes.get(iso);
  if (i === undefined) {
    // Throws a RangeError for anything but a real date in a supported year.
    parseIsoDate(iso);
    i = dayNumber(iso) - UNIX_OFFSET;
    dayIndexes.set(iso, i);
  }
  return i;
}

let table: Int32Array | undefined;

function buildTable(): Int32Array {
  const working = new Uint8Array(DAY_COUNT);
  for (let i = 0; i < DAY_COUNT; i++) {
    const weekday = new Date(EPOCH + i * MS_PER_DAY).getUTCDay();
    working[i] = weekday === 0 || weekday === 6 ? 0 : 1;
  }
  for (let year = WORKING_DAY_YEARS.first; year <= WORKING_DAY_YEARS.last; year++) {
    for (const holiday of bankHolidays(year)) working[dayIndex(holiday.date)] = 0;
  }
  const counts = new Int32Array(DAY_COUNT + 1);
  let count = 0;
  working.forEach((isWorking, i) => {
    count += isWorking;
    counts[i + 1] = count;
  });
  return counts;
}

/** Working days among days 0 … i − 1 (i from 0 to DAY_COUNT). */
function before(i: number): number {
  table ??= buildTable();
  return table[i] ?? 0;
}

/** Monday–Friday and not a bank holiday in England & Wales. */
export function isWorkingDay(iso: string): boolean {
  const i = dayIndex(iso);
  return before(i + 1) - before(i) === 1;
}

/**
 * Working days d with from < d <= to (0 when to <= from): "decision 3 Jan, acted 7 Jan" counts the
 * working days after the 3rd up to and including the 7th.
 */
export function workingDaysBetween(fromIso: string, toIso: string): number {
  const from = dayIndex(fromIso);
  const to = dayIndex(toIso);
  return to <= from ? 0 : before(to + 1) - before(from + 1);
}

/** The date that is n working days after iso (n >= 0; n = 0 returns iso itself). */
export function addWorkingDays(iso: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`addWorkingDays needs a whole number of days, 0 or more, not ${n}`);
  }
  const from = dayIndex(iso);
  if (n === 0) return iso;
  const target = before(from + 1) + n;
  if (before(DAY_COUNT) < target) {
    throw new RangeError(
      `${n} working days after ${iso} is after ${WORKING_DAY_YEARS.last}, the last supported year`,
    );
  }
  // Smallest k with before(k) >= target: day k − 1 is then the n-th working day after iso.
  let low = from + 2;
  let high = DAY_COUNT;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid) >= target) high = mid;
    else low = mid + 1;
  }
  return addDays(FIRST_DAY, low - 1);
}

/**
 * workingDaysBetween for dates already held as days since 1970-01-01: the gap engine's hot
 * path, with no string handling. Throws a RangeError outside the supported years.
 */
export function workingDaysBetweenDays(from: number, to: number): number {
  if (to <= from) return 0;
  const i = from - UNIX_OFFSET;
  const j = to - UNIX_OFFSET;
  if (i < 0 || j >= DAY_COUNT) {
    throw new RangeError(
      `Working days are known for ${WORKING_DAY_YEARS.first}–${WORKING_DAY_YEARS.last} only`,
    );
  }
  return before(j + 1) - before(i + 1);
}
