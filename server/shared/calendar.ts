// Calendar facts and day arithmetic on ISO 'YYYY-MM-DD' strings. Everything goes through
// Date.UTC so that the server's time zone and daylight saving can never shift a date by a day.

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** Name of month 1–12, e.g. 'May'. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 14, 5 → '14:05'. */
export function clock(hours: number, minutes: number): string {
  return `${pad(hours)}:${pad(minutes)}`;
}

/** 'may', 'Sept', 'December' → 5, 9, 12; anything else → 0. Three letters decide. */
export function monthFromName(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** First and last day of `count` months from firstMonth, running into the next year if needed. */
export function monthsSpan(
  year: number,
  firstMonth: number,
  count: number,
): [earliest: string, latest: string] {
  const lastIndex = firstMonth - 1 + count - 1;
  const latestYear = year + Math.floor(lastIndex / 12);
  return [isoDate(year, firstMonth, 1), lastDayOfMonth(latestYear, (lastIndex % 12) + 1)];
}

export function isoParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? NaN, month: month ?? NaN, day: day ?? NaN };
}

export function addDays(iso: string, days: number): string {
  const { year, month, day } = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Days since 1970-01-01 of an ISO date; NaN for anything else, 2019-02-30 included. By
 * arithmetic rather than through a Date (Howard Hinnant's days_from_civil): the gap engine calls
 * it for every event of a review, and the duplicate finder for every date it compares.
 */
export function dayNumber(iso: string): number {
  if (!ISO_DATE.test(iso)) return NaN;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Negative, zero or positive, for sorting. ISO dates with 4-digit years sort as strings. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** '2019-12-01' → '1 December 2019'. */
export function formatLongDate(iso: string): string {
  const { year, month, day } = isoParts(iso);
  return `${day} ${monthName(month)} ${year}`;
}

/** '2017-09-22' → '22/09/2017', the UK form data officers type. */
export function formatUkDate(iso: string): string {
  const { year, month, day } = isoParts(iso);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

// Two-digit years (Excel's 22-May-16, a typed 22/05/16) go in the century that puts them from
// 80 years before to 19 years after the reference year: with 2026, 45 → 2045 and 46 → 1946.
// Chronologies reach back to parents' childhoods but hardly ever into the future.
export function expandTwoDigitYear(yy: number, referenceYear: number): number {
  const top = referenceYear + 19;
  return top - ((((top - yy) % 100) + 100) % 100);
}

export const MAX_EXCEL_SERIAL = 2958465; // 31/12/9999, the last date Excel can show

/** Excel (1900 date system) serial → ISO date; the fraction (time of day) is ignored. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL || whole === 60) return null;
  // Excel copied Lotus 1-2-3 in counting a 29 February 1900 (serial 60), so from serial 61 on
  // the count is one day ahead of a true count from 31 December 1899.
  return addDays(whole < 60 ? '1899-12-31' : '1899-12-30', whole);
}
