// The one way Tapestry writes an event's date on screen and in the annex, whatever form the
// agency wrote it in: `12 Mar 2018`, `Aug 2018`, `early Jan 2019`, `?2 Jan 2019`, with the time
// where there is one. Agencies write 12.03.18, 2018-07-26, Aug-18 and 27/11/2018 on one
// page; the date as written is kept on every event (`date.text`) and shown one step away (the
// event's detail, the annex's "Date as written" column). Pure: the server's annex and the web
// app both use it.
import type { FuzzyDateDto } from './events';

export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** UK meteorological seasons by their first month (as the date reader takes them). */
const SEASONS: Record<number, string> = { 3: 'Spring', 6: 'Summer', 9: 'Autumn', 12: 'Winter' };

export type DatePrecision = FuzzyDateDto['precision'];
type HouseDateInput = Pick<FuzzyDateDto, 'earliest' | 'latest' | 'precision' | 'uncertain'>;

function parts(iso: string): { year: number; month: number; day: number } {
  return {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  };
}

/** 2019-06-03 as `3 Jun 2019`. */
export function houseDay(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${day} ${MONTH_ABBREVIATIONS[month - 1] ?? '?'} ${year}`;
}

function monthYear(iso: string): string {
  const { year, month } = parts(iso);
  return `${MONTH_ABBREVIATIONS[month - 1] ?? '?'} ${year}`;
}

/** The date without its time or its doubt, by how exactly it is known. */
function bare(date: HouseDateInput): string {
  const start = parts(date.earliest);
  switch (date.precision) {
    case 'day':
      return houseDay(date.earliest);
    case 'week':
      return `w/c ${houseDay(date.earliest)}`;
    case 'part-month': {
      const third = start.day <= 10 ? 'early' : start.day <= 20 ? 'mid' : 'late';
      return `${third} ${monthYear(date.earliest)}`;
    }
    case 'month':
      return monthYear(date.earliest);
    case 'quarter':
      return `Q${Math.ceil(start.month / 3)} ${start.year}`;
    case 'season': {
      const name = SEASONS[start.month] ?? 'Season';
      return start.month === 12
        ? `${name} ${start.year}/${String(start.year + 1).slice(2)}`
        : `${name} ${start.year}`;
    }
    case 'year':
      return String(start.year);
    case 'range':
      return houseRange(date.earliest, date.latest);
  }
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A range as exactly as its ends are known: `between May and July 2011` is `May – Jul 2011`,
 * `2016 to 2018` is `2016 – 2018`, and only ends given to the day are written as days, so the
 * annex never states days the agency did not give.
 */
function houseRange(earliest: string, latest: string): string {
  if (earliest === latest) return houseDay(earliest);
  const from = parts(earliest);
  const to = parts(latest);
  const wholeMonths = from.day === 1 && to.day === lastDayOfMonth(to.year, to.month);
  if (wholeMonths && from.month === 1 && to.month === 12) {
    return from.year === to.year ? String(from.year) : `${from.year} – ${to.year}`;
  }
  if (wholeMonths) {
    const start = MONTH_ABBREVIATIONS[from.month - 1] ?? '?';
    return from.year === to.year
      ? `${start} – ${monthYear(latest)}`
      : `${monthYear(earliest)} – ${monthYear(latest)}`;
  }
  return `${houseDay(earliest)} – ${houseDay(latest)}`;
}

/**
 * An event's date in the house form: `?` before it when the agency marked it doubtful, and
 * `, 14:30` after it when a time was given.
 */
export function houseDate(date: HouseDateInput, time?: string | null): string {
  const written = `${date.uncertain ? '?' : ''}${bare(date)}`;
  return time ? `${written}, ${time}` : written;
}

/**
 * The date as a sentence takes it: `on 3 Jun 2019`, `in Nov 2018`, `in 2018`, `in the week
 * commencing 3 Jun 2019`, `between May and Jul 2011` (a gap flag's message).
 */
export function houseDatePhrase(date: HouseDateInput): string {
  const doubt = date.uncertain ? '?' : '';
  switch (date.precision) {
    case 'day':
      return `on ${houseDate(date)}`;
    case 'week':
      return `in the week commencing ${doubt}${houseDay(date.earliest)}`;
    case 'range': {
      const written = houseRange(date.earliest, date.latest);
      const [from, to] = written.split(' – ');
      return to ? `between ${doubt}${from} and ${to}` : `on ${doubt}${written}`;
    }
    default:
      return `in ${houseDate(date)}`;
  }
}

/** A start and an end, as the annex and the walk-through give them: `3 Jun 2019 to 5 Jun 2019`. */
export function houseDates(
  date: HouseDateInput,
  time: string | null,
  endDate: HouseDateInput | null,
  endTime: string | null,
): string {
  const start = houseDate(date, time);
  return endDate ? `${start} to ${houseDate(endDate, endTime)}` : start;
}
