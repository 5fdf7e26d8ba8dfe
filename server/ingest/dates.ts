// Reads the date and time columns of agency chronologies into intervals (earliest–latest day)
// with a precision, keeping the text as written. Numeric dates are always day first (UK).
import * as cal from '../shared/calendar';
import {
  ACCEPTED_FORMS,
  EXCEL_MIDNIGHT,
  LEADING_DOUBT,
  MAX_YEAR,
  MIN_YEAR,
  MONTH,
  MONTH_NAMED,
  ORDINAL,
  PART_OF_MONTH,
  RELATIVE,
  SECOND_FRACTION,
  TRAILING_DOUBT,
  thirdOf,
  TRAILING_TIME,
  WEEK_END,
  WEEK_START,
  WEEKDAY,
  YEAR,
} from './date-marks';
import {
  type Builder,
  type Ctx,
  DateFailure,
  fail,
  impossible,
  type Parsed,
  re,
  type Rule,
  span,
} from './date-parts';
import { excelSerial } from './date-serial';
import type { DateContext, DateResult } from './date-types';
import { inUkTime } from './time-zones';
import { normaliseTime, TIME_HELP } from './times';

export { compareIsoDates, daysInMonth, excelSerialToIso, isLeapYear } from '../shared/calendar';
export type * from './date-types';
export { normaliseTime } from './times';

/** A month group, written as a number (05) or a name (May, Sept). */
const monthIn = (g = ''): number => (/^\d+$/.test(g) ? Number(g) : cal.monthFromName(g));

function yearOf(written: string | undefined, ctx: Ctx): number {
  if (written === undefined) {
    if (ctx.defaultYear !== undefined) return ctx.defaultYear;
    fail(
      'date.no-year',
      `"${ctx.src}" has no year: add one, e.g. "22/05/2016", "22 May 2016" or "late July 2016".`,
    );
  }
  const year =
    written.length === 2
      ? cal.expandTwoDigitYear(Number(written), ctx.referenceYear)
      : Number(written);
  // TWO_DIGIT_YEAR_NOTE: the window puts "30" in 2030 for a review ending in 2019, a date that
  // cannot be in its chronologies; 1930 may be meant (a parent's or grandparent's history), or
  // a typing slip. Neither is a safe guess, so the writer is asked for all four digits.
  if (
    written.length === 2 &&
    ctx.latestTwoDigitYear !== undefined &&
    year > ctx.latestTwoDigitYear
  ) {
    fail(
      'date.two-digit-year',
      `"${ctx.src}" has a two-digit year: read as ${year} it would be after the review period, so it may mean ${year - 100}. Write the year in full (${year - 100} or ${year}).`,
    );
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    fail(
      'date.impossible',
      `"${ctx.src}" has the year ${written}, outside ${MIN_YEAR}–${MAX_YEAR}: check for a typing error.`,
    );
  }
  return year;
}

function day(year: number, month: number, d: number, ctx: Ctx): Parsed {
  if (month < 1 || month > 12) impossible(ctx, `there is no month ${month}`);
  const days = cal.daysInMonth(year, month);
  if (d < 1) impossible(ctx, `there is no day ${d}`);
  if (d > days) impossible(ctx, `${cal.monthName(month)} ${year} has ${days} days`);
  const iso = cal.isoDate(year, month, d);
  return span(iso, iso, 'day');
}

function month(year: number, m: number, ctx: Ctx): Parsed {
  if (m < 1 || m > 12) impossible(ctx, `there is no month ${m}`);
  return span(cal.isoDate(year, m, 1), cal.lastDayOfMonth(year, m), 'month');
}

function numericDay(m: RegExpExecArray, ctx: Ctx): Parsed {
  const d = Number(m[1]);
  const mo = Number(m[3]);
  const year = yearOf(m[4], ctx);
  // 12/31/2019 is a US-order date: say so, rather than "there is no month 31".
  if (mo > 12 && d >= 1 && d <= 12 && mo <= cal.daysInMonth(year, d)) {
    const [sep, dd, mm] = [m[2], String(mo).padStart(2, '0'), String(d).padStart(2, '0')];
    fail(
      'date.us-order',
      `Dates are read day first (UK): "${ctx.src}" would be month ${mo}. ` +
        `If you meant ${mo} ${cal.monthName(d)} ${year}, write ${dd}${sep}${mm}${sep}${m[4]}.`,
    );
  }
  return day(year, mo, d, ctx);
}

// Conventional thirds of a month: early 1–10, mid 11–20, late 21 to the month's last day.
function partMonth(m: RegExpExecArray, ctx: Ctx): Parsed {
  const third = thirdOf(m[1]);
  const [year, mo] = [yearOf(m[3], ctx), monthIn(m[2])];
  const last = third === 2 ? cal.daysInMonth(year, mo) : third * 10 + 10;
  return span(cal.isoDate(year, mo, third * 10 + 1), cal.isoDate(year, mo, last), 'part-month');
}

// Thirds of a year: Jan–Apr, May–Aug, Sep–Dec, kept as that range ("Jan – Apr 2018").
function partYear(m: RegExpExecArray, ctx: Ctx): Parsed {
  return span(...cal.monthsSpan(yearOf(m[2], ctx), thirdOf(m[1]) * 4 + 1, 4), 'range');
}

function quarter(m: RegExpExecArray, ctx: Ctx): Parsed {
  return span(...cal.monthsSpan(yearOf(m[2], ctx), Number(m[1]) * 3 - 2, 3), 'quarter');
}

// UK meteorological seasons (Met Office): spring Mar–May, summer Jun–Aug, autumn Sep–Nov and
// winter Dec–Feb, so "Winter 2019" runs into 2020. The note tells the reader which months we took.
const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** A span read from words that do not give its days, with a note saying which days were taken. */
function readAs(
  ctx: Ctx,
  [earliest, latest]: [string, string],
  precision: 'season' | 'range',
  code: string,
  why: string,
): Parsed {
  const message = `"${ctx.src}" read as ${cal.formatLongDate(earliest)} – ${cal.formatLongDate(latest)}${why}`;
  return span(earliest, latest, precision, [{ code, message }]);
}

/** "2018/19", "2018/2019", "2018-19": the second year is the one after the first. */
function nextYearWritten(year: number, second: string | undefined): boolean {
  const next = String(year + 1);
  return second === next || second === next.slice(2);
}

function seasonOf(firstMonth: number, year: number, ctx: Ctx): Parsed {
  const months = cal.monthsSpan(year, firstMonth, 3);
  return readAs(ctx, months, 'season', 'date.season', ' (UK meteorological seasons).');
}

function season(m: RegExpExecArray, ctx: Ctx): Parsed {
  return seasonOf(SEASONS[m[1] ?? ''] ?? 3, yearOf(m[2], ctx), ctx);
}

function winterAcrossYears(m: RegExpExecArray, ctx: Ctx): Parsed {
  const year = yearOf(m[1], ctx);
  if (!nextYearWritten(year, m[2])) {
    fail(
      'date.impossible',
      `"${ctx.src}": a winter runs from December into the next year, e.g. "Winter ${year}/${String(year + 1).slice(2)}".`,
    );
  }
  return seasonOf(12, year, ctx);
}

// English and Welsh school terms, as schools date a summary ("Autumn term 2021"): autumn
// September–December, spring January–April, summer April–July (Easter moves the boundary).
const TERMS: Record<string, [first: number, count: number]> = {
  autumn: [9, 4],
  spring: [1, 4],
  summer: [4, 4],
};

function schoolTerm(m: RegExpExecArray, ctx: Ctx): Parsed {
  const [first, count] = TERMS[m[1] ?? ''] ?? [9, 4];
  const months = cal.monthsSpan(yearOf(m[2], ctx), first, count);
  return readAs(ctx, months, 'range', 'date.term', " (the school term's months).");
}

// "2021/22": a school year (September to August) or a financial year (April to March). Which
// is not said, so the range holds both: April of the first year to August of the second.
function yearSpan(m: RegExpExecArray, ctx: Ctx): Parsed | null {
  const year = yearOf(m[1], ctx);
  if (!nextYearWritten(year, m[2])) return null;
  const both =
    ': a school year (September–August) or a financial year (April–March), whichever was meant.';
  return readAs(ctx, cal.monthsSpan(year, 4, 17), 'range', 'date.year-span', both);
}

function week(offset: 0 | -6): Builder {
  return (m, ctx) => {
    // A week's anchor is a day, never another week ("w/c w/c …" would recurse without end).
    const anchor = parseWith(SINGLE_RULES.slice(0, -2), m[1] ?? '', ctx);
    if (!anchor) return null;
    if (anchor.precision !== 'day') {
      fail(
        'date.unrecognised',
        `"${ctx.src}": a week is given by the day it starts or ends, e.g. "w/c 3 June 2019" or "w/e 9 June 2019".`,
      );
    }
    const earliest = cal.addDays(anchor.earliest, offset);
    return span(earliest, cal.addDays(earliest, 6), 'week', anchor.notes);
  };
}

function range(m: RegExpExecArray, ctx: Ctx): Parsed | null {
  const first = m[1] ?? '';
  const end = parseWith(SINGLE_RULES, m[2] ?? '', ctx);
  if (!end) return null;
  // "between 3 and 7 June 2019": a bare day takes the month and year of the end;
  // "between 26 April and 7 July 2011": a missing year is the end's.
  const { year, month: endMonth } = cal.isoParts(end.earliest);
  const bareDay = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(first);
  let start = bareDay
    ? day(year, endMonth, Number(bareDay[1]), ctx)
    : parseWith(SINGLE_RULES, first, { ...ctx, defaultYear: year });
  if (!start) return null;
  // "between 26 December and 5 January 2012" starts in 2011; an explicit year is unaffected.
  if (cal.compareIsoDates(end.latest, start.earliest) < 0) {
    start = parseWith(SINGLE_RULES, first, { ...ctx, defaultYear: year - 1 }) ?? start;
  }
  if (cal.compareIsoDates(end.latest, start.earliest) < 0) {
    fail(
      'date.range-reversed',
      `"${ctx.src}" ends before it starts: put the earlier date first, e.g. "between 26 April and 7 July 2011".`,
    );
  }
  return span(start.earliest, end.latest, 'range', [...start.notes, ...end.notes]);
}

// A rule's groups hold (day, month, year) or (month, year), numbered as in its regex.
function dayAt(d: number, mo: number, y: number): Builder {
  return (m, c) => day(yearOf(m[y], c), monthIn(m[mo]), Number(m[d]), c);
}
function monthAt(mo: number, y: number): Builder {
  return (m, c) => month(yearOf(m[y], c), monthIn(m[mo]), c);
}

// Everything except Excel serials and ranges: what may stand on either side of a range.
const SINGLE_RULES: readonly Rule[] = [
  // 22/05/2016, 22-5-16, 22.05.2016 (one separator throughout); 22/05 has no year
  { re: re`(\d{1,2})([/.-])(\d{1,2})(?:\2${YEAR})?`, build: numericDay },
  // Year first only as ISO writes it, with all four digits: 2016-05-22, 2016/05/22, and its
  // basic form 20160522 (HL7, SQL exports)
  { re: re`(\d{4})([/.-])(\d{1,2})\2(\d{1,2})`, build: dayAt(4, 3, 1) },
  { re: re`((?:19|20)\d{2})(\d{2})(\d{2})`, build: dayAt(3, 2, 1) },
  // ??/05/2016, xx/05/2016: the writer knew the month but not the day
  { re: re`(?:\?\??|xx?)([/.-])(\d{1,2})\1${YEAR}`, build: monthAt(2, 3) },
  { re: re`(\d{1,2})[/.-](\d{4})`, build: monthAt(1, 2) },
  // 2021/22, 2021/2022: a school or financial year, when the second year follows the first
  { re: re`(\d{4}) ?/ ?(\d{4}|\d{2})`, build: yearSpan },
  // 2016-05; the month must be 1–12 so that "2018-19" (a financial year) is not read as one
  { re: re`(\d{4})[/-](0?[1-9]|1[0-2])`, build: monthAt(2, 1) },
  // 22 May 2016, 22nd May 2016, 22-May-16, 22 May, 2016, 22nd of May 2016
  { re: re`(\d{1,2})${ORDINAL}(?: of)?[ -]${MONTH}(?:(?:,? |-)${YEAR})?`, build: dayAt(1, 2, 3) },
  // May 22 2016, May 22nd, 2016
  { re: re`${MONTH} (\d{1,2})${ORDINAL}(?:,? (\d{4}))?`, build: dayAt(2, 1, 3) },
  // May-16 is how Excel displays a month-formatted cell: May 2016, not 16 May
  { re: re`${MONTH}-(\d{2})`, build: monthAt(1, 2) },
  { re: re`${MONTH}(?:,? (\d{4}))?`, build: monthAt(1, 2) },
  { re: re`${PART_OF_MONTH}${MONTH}(?: (\d{4}))?`, build: partMonth },
  // early 2018, mid-2018, end of 2018: a third of the year, read as the months it spans
  { re: re`${PART_OF_MONTH}(\d{4})`, build: partYear },
  { re: re`q([1-4])(?:[ -]?(\d{4}))?`, build: quarter },
  { re: re`winter (\d{4}) ?[/-] ?(\d{4}|\d{2})`, build: winterAcrossYears },
  { re: re`(spring|summer|autumn|fall|winter)(?: (\d{4}))?`, build: season },
  { re: re`(autumn|spring|summer) term,? (\d{4})`, build: schoolTerm },
  { re: re`(\d{4})`, build: (m, c) => span(...cal.monthsSpan(yearOf(m[1], c), 1, 12), 'year') },
  // The week rules last: a week's anchor is read by the rules before them.
  { re: re`${WEEK_START}(.+)`, build: week(0) },
  { re: re`${WEEK_END}(.+)`, build: week(-6) },
];

const TOP_RULES: readonly Rule[] = [
  { re: re`\d+(?:\.\d+)?`, build: excelSerial },
  ...SINGLE_RULES,
  { re: re`between (.+?) and (.+)`, build: range },
  // June/July 2018, May or June 2018: the months between them
  { re: re`${MONTH} ?(?:/|or|&) ?(${MONTH_NAMED}.*)`, build: range },
  { re: re`(?:from )?(.+?)(?: - | to | until | ?[–—] ?)(.+)`, build: range },
];

function parseWith(rules: readonly Rule[], text: string, ctx: Ctx): Parsed | null {
  for (const { re: pattern, build } of rules) {
    const m = pattern.exec(text);
    const parsed = m && build(m, ctx);
    if (parsed) return parsed;
  }
  return null;
}

export function normaliseDate(input: string, context: DateContext = {}): DateResult {
  const text = input.trim();
  const referenceYear = context.referenceYear ?? new Date().getUTCFullYear();
  try {
    let core = text.toLowerCase().replace(/\s+/g, ' ');
    const uncertain = LEADING_DOUBT.test(core) || TRAILING_DOUBT.test(core);
    core = core.replace(LEADING_DOUBT, '').replace(TRAILING_DOUBT, '').replace(WEEKDAY, '').trim();
    if (core === '') {
      fail(
        'date.empty',
        `${text === '' ? 'The date is blank' : `"${text}" gives no date`}: every row needs one, ` +
          'even an approximate one such as "May 2016" or "2016".',
      );
    }
    const zoned = inUkTime(core, text);
    if (zoned) core = zoned.core;
    // Seconds' fractions ("2022-05-03 00:00:00.000", SQL Server's default) say nothing more.
    core = core.replace(SECOND_FRACTION, '$1');
    const timed = TRAILING_TIME.exec(core);
    const parsed = parseWith(TOP_RULES, timed?.[1] ?? core, {
      src: text,
      referenceYear,
      latestTwoDigitYear: context.latestTwoDigitYear,
    });
    if (!parsed && RELATIVE.test(core)) {
      fail(
        'date.relative',
        `A relative date ("${text}") cannot be placed on its own: write the date it refers to, ` +
          'e.g. 22/10/2018, or an approximate one such as "October 2018".',
      );
    }
    if (!parsed) {
      fail(
        'date.unrecognised',
        `"${text}" is not a date we can read. Write it as, for example, ${ACCEPTED_FORMS}.`,
      );
    }
    let time = parsed.time;
    const timeText = timed?.[2];
    if (timeText !== undefined) {
      if (parsed.precision !== 'day') {
        fail(
          'date.unrecognised',
          `"${text}": a time can only follow a full date, e.g. "22/05/2016 14:30".`,
        );
      }
      const t = normaliseTime(timeText);
      if (!t.ok) fail('time.invalid', `"${text}" has a time we cannot read: ${TIME_HELP}.`);
      time = EXCEL_MIDNIGHT.test(timeText) ? null : t.value;
    }
    const { earliest, latest, precision } = parsed;
    const notes = zoned?.note ? [...parsed.notes, zoned.note] : parsed.notes;
    return { ok: true, value: { text, earliest, latest, precision, uncertain }, time, notes };
  } catch (e) {
    if (e instanceof DateFailure) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
}
