import type { FuzzyDateDto } from '../../../server/contract/events';
import { MONTH_ABBREVIATIONS } from '../../../server/contract/house-date';

export const DAY_MS = 86_400_000;

const MONTHS = MONTH_ABBREVIATIONS;

const dayCache = new Map<string, number>();

/**
 * Calendar dates are placed at UTC midnight: the timeline runs in UTC so no day shifts by DST.
 * Called for every event on every filter change; a review has a few hundred distinct days, so
 * they are remembered.
 */
export function isoDateToMs(iso: string): number {
  let ms = dayCache.get(iso);
  if (ms === undefined) {
    ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
    if (dayCache.size > 50_000) dayCache.clear();
    dayCache.set(iso, ms);
  }
  return ms;
}

export function msToIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * 'HH:MM' (or 'H:MM', anything after the minutes ignored) → milliseconds after midnight;
 * anything else → null. Read a character at a time rather than with a regular expression: the
 * table's sort and the timeline's index ask it of every event, and at 50,000 events the match
 * was about 10 ms of the page's first draw (docs/benchmarks.md, "2026-12-07").
 */
export function timeOfDayMs(time: string | null | undefined): number | null {
  // Plain character codes, no closure and no array: this runs for every event of the page's
  // first draw, and a helper closure with a destructured pair made it 25–40 ms at 50,000
  // events against about 1 ms this way (docs/benchmarks.md, "2026-12-07, morning").
  if (!time) return null;
  const h1 = time.charCodeAt(0) - 48;
  if (!(h1 >= 0 && h1 <= 9)) return null;
  const h2 = time.charCodeAt(1) - 48;
  const twoDigits = h2 >= 0 && h2 <= 9;
  const hours = twoDigits ? h1 * 10 + h2 : h1;
  const colon = twoDigits ? 2 : 1;
  const m1 = time.charCodeAt(colon + 1) - 48;
  const m2 = time.charCodeAt(colon + 2) - 48;
  if (time.charCodeAt(colon) !== 58 || !(m1 >= 0 && m1 <= 9) || !(m2 >= 0 && m2 <= 9)) return null;
  const minutes = m1 * 10 + m2;
  if (hours > 23 || minutes > 59) return null;
  return (hours * 60 + minutes) * 60_000;
}

/** 22 May 2016: unambiguous for UK readers and no locale data needed. */
export function formatDay(msOrIso: number | string): string {
  const date = new Date(typeof msOrIso === 'number' ? msOrIso : isoDateToMs(msOrIso));
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The interval a fuzzy date was read as: "22 May 2016" or "1 Nov 2018 – 30 Nov 2018". */
export function formatInterval(date: Pick<FuzzyDateDto, 'earliest' | 'latest'>): string {
  return date.earliest === date.latest
    ? formatDay(date.earliest)
    : `${formatDay(date.earliest)} – ${formatDay(date.latest)}`;
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

/** Start of the ISO week (Monday 00:00 UTC) holding the instant. */
export function weekStartMs(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  // 1 January 1970 was a Thursday: Monday-based weekday = (day + 3) mod 7.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return (day - weekday) * DAY_MS;
}

/** A date and time for display, e.g. "25 Nov 2026, 17:44". */
export function formatTimestamp(iso: string | null): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${hh}:${mm}`;
}
