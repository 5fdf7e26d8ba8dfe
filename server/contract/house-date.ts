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
      return date.earliest === date.latest
        ? houseDay(date.earliest)
        : `${houseDay(date.earliest)} – ${houseDay(date.latest)}`;
  }
}

/**
 * An event's date in the house form: `?` before it when the agency marked it doubtful, and
 * `, 14:30` after it when a time was given.
 */
export function houseDate(date: HouseDateInput, time?: string | null): string {
  const written = `${date.uncertain ? '?' : ''}${bare(date)}`;
  return time ? `${written}, ${time}` : written;
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
