import { describe, it, expect } from 'vitest';
import {
  excelSerialToIso,
  normaliseDate,
  normaliseTime,
  type DateContext,
  type DatePrecision,
  type DateResult,
} from '../../server/ingest/dates';
import {
  addDays,
  compareIsoDates,
  daysInMonth,
  expandTwoDigitYear,
  formatLongDate,
  isLeapYear,
  monthFromName,
  monthsSpan,
} from '../../server/shared/calendar';

// A fixed reference year keeps two-digit years stable whatever year the tests run in.
const REF: DateContext = { referenceYear: 2026 };

function parsed(text: string, context: DateContext = REF): Extract<DateResult, { ok: true }> {
  const result = normaliseDate(text, context);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.code}: ${result.message}`);
  return result;
}

function refused(text: string, context: DateContext = REF): Extract<DateResult, { ok: false }> {
  const result = normaliseDate(text, context);
  if (result.ok) throw new Error(`"${text}" was accepted as ${JSON.stringify(result.value)}`);
  return result;
}

type Row = [text: string, earliest: string, latest: string, time?: string | null];

function table(precision: DatePrecision, rows: Row[]): void {
  it.each(rows)('%s', (text, earliest, latest, time = null) => {
    const result = parsed(text);
    expect(result.value).toEqual({ text, earliest, latest, precision, uncertain: false });
    expect(result.time).toBe(time);
    // A season always says how it was read (a date.season note); nothing else carries a note.
    expect(result.notes.map((n) => n.code)).toEqual(precision === 'season' ? ['date.season'] : []);
  });
}

describe('normaliseDate: day precision', () => {
  table('day', [
    ['22/05/2016', '2016-05-22', '2016-05-22'],
    ['22/5/16', '2016-05-22', '2016-05-22'],
    ['2/5/2016', '2016-05-02', '2016-05-02'],
    ['22-05-2016', '2016-05-22', '2016-05-22'],
    ['22.05.16', '2016-05-22', '2016-05-22'],
    ['22.05.2016', '2016-05-22', '2016-05-22'],
    ['2016-05-22', '2016-05-22', '2016-05-22'],
    ['2016/05/22', '2016-05-22', '2016-05-22'],
    // ISO's basic form, as HL7 and SQL exports write it
    ['20160522', '2016-05-22', '2016-05-22'],
    ['19991231', '1999-12-31', '1999-12-31'],
    // A 12-hour export's seconds (.NET, SSRS), and its midnight for a date with no time
    ['22/05/2016 2:30:15 PM', '2016-05-22', '2016-05-22', '14:30'],
    ['3/1/2022 9:05:00 AM', '2022-01-03', '2022-01-03', '09:05'],
    ['22/05/2016 12:00:00 AM', '2016-05-22', '2016-05-22', null],
    ['22/05/2016 12:00 am', '2016-05-22', '2016-05-22', null],
    ['22/05/2016 12:00:00 PM', '2016-05-22', '2016-05-22', '12:00'],
    ['22-May-16', '2016-05-22', '2016-05-22'],
    ['22-May-2016', '2016-05-22', '2016-05-22'],
    ['22 May 2016', '2016-05-22', '2016-05-22'],
    ['22nd May 2016', '2016-05-22', '2016-05-22'],
    ['1st Jan 2019', '2019-01-01', '2019-01-01'],
    ['3rd February 2019', '2019-02-03', '2019-02-03'],
    ['22nd of May 2016', '2016-05-22', '2016-05-22'],
    ['22 May, 2016', '2016-05-22', '2016-05-22'],
    ['May 22 2016', '2016-05-22', '2016-05-22'],
    ['May 22nd, 2016', '2016-05-22', '2016-05-22'],
    ['22 Sept 2016', '2016-09-22', '2016-09-22'],
    ['22 Sep 2016', '2016-09-22', '2016-09-22'],
    ['22 September 2016', '2016-09-22', '2016-09-22'],
    ['4 June 2019', '2019-06-04', '2019-06-04'],
    ['4 July 2019', '2019-07-04', '2019-07-04'],
    ['22 MAY 2016', '2016-05-22', '2016-05-22'],
    ['Sun 22 May 2016', '2016-05-22', '2016-05-22'],
    ['Tuesday, 24/05/2016', '2016-05-24', '2016-05-24'],
    ['Tues 24 May 2016', '2016-05-24', '2016-05-24'],
    ['22/05/2016 14:30', '2016-05-22', '2016-05-22', '14:30'],
    ['22/05/2016 14:30:00', '2016-05-22', '2016-05-22', '14:30'],
    ['2016-05-22T14:30', '2016-05-22', '2016-05-22', '14:30'],
    ['2016-05-22T09:05:59', '2016-05-22', '2016-05-22', '09:05'],
    ['22 May 2016 at 2pm', '2016-05-22', '2016-05-22', '14:00'],
    ['22/05/2016 1430hrs', '2016-05-22', '2016-05-22', '14:30'],
    // Police and health logs put an "@" between the date and the time.
    ['12.06.2018 @ 14:30', '2018-06-12', '2018-06-12', '14:30'],
    ['12/06/2018 @1430hrs', '2018-06-12', '2018-06-12', '14:30'],
    // A 24-hour time written with a dot, after a dotted or slashed date.
    ['12.03.2018 14.30', '2018-03-12', '2018-03-12', '14:30'],
    ['12/03/2018 09.05', '2018-03-12', '2018-03-12', '09:05'],
    ['12.03.18 14.30', '2018-03-12', '2018-03-12', '14:30'],
    // Excel's date-only cells come out with a midnight time: that is no time at all.
    ['22/05/2016 00:00', '2016-05-22', '2016-05-22', null],
    ['22/05/2016 00:00:00', '2016-05-22', '2016-05-22', null],
    ['2016-05-22T00:00:00', '2016-05-22', '2016-05-22', null],
  ]);

  it('trims surrounding whitespace and keeps the text otherwise as written', () => {
    const result = parsed('  22  May 2016 \t');
    expect(result.value.text).toBe('22  May 2016');
    expect(result.value.earliest).toBe('2016-05-22');
  });
});

// A '.'-separated date is read day first, as a UK writer means it (European agencies and some
// housing systems write 03.04.2019). These are the cases where month first would also be a
// real date, so only the order tells them apart: read month first, 03.04.2019 would be
// 4 March. (Planting that in server/ingest/dates.ts numericDay, for both parts ≤ 12, failed
// these tests while 22.05.16 above still passed; reverted.)
describe('normaliseDate: a "."-separated date is day first', () => {
  table('day', [
    ['03.04.2019', '2019-04-03', '2019-04-03'],
    ['3.4.19', '2019-04-03', '2019-04-03'],
    ['3.4.2019', '2019-04-03', '2019-04-03'],
    ['12.01.2019', '2019-01-12', '2019-01-12'],
    ['01.12.2019', '2019-12-01', '2019-12-01'],
    ['05.06.18 10:15', '2018-06-05', '2018-06-05', '10:15'],
  ]);

  it('refuses a "."-separated date that is only real month first, naming the UK reading', () => {
    const result = refused('04.13.2019');
    expect(result.code).toBe('date.us-order');
    expect(result.message).toContain('write 13.04.2019');
  });
});

describe('normaliseDate: month precision', () => {
  table('month', [
    ['May 2016', '2016-05-01', '2016-05-31'],
    ['May, 2016', '2016-05-01', '2016-05-31'],
    // How Excel displays a month-formatted cell: May 2016, not 16 May.
    ['May-16', '2016-05-01', '2016-05-31'],
    ['Sept 2016', '2016-09-01', '2016-09-30'],
    ['February 2020', '2020-02-01', '2020-02-29'],
    ['Feb 2019', '2019-02-01', '2019-02-28'],
    ['05/2016', '2016-05-01', '2016-05-31'],
    ['5/2016', '2016-05-01', '2016-05-31'],
    ['2016-05', '2016-05-01', '2016-05-31'],
    ['??/05/2016', '2016-05-01', '2016-05-31'],
    ['xx/05/2016', '2016-05-01', '2016-05-31'],
    ['XX/04/16', '2016-04-01', '2016-04-30'],
  ]);
});

describe('normaliseDate: part of a month', () => {
  table('part-month', [
    ['early January 2019', '2019-01-01', '2019-01-10'],
    ['beginning of January 2019', '2019-01-01', '2019-01-10'],
    ['start of January 2019', '2019-01-01', '2019-01-10'],
    ['mid January 2019', '2019-01-11', '2019-01-20'],
    ['mid-January 2019', '2019-01-11', '2019-01-20'],
    ['Mid-Feb 2019', '2019-02-11', '2019-02-20'],
    ['middle of January 2019', '2019-01-11', '2019-01-20'],
    ['late January 2019', '2019-01-21', '2019-01-31'],
    ['end of January 2019', '2019-01-21', '2019-01-31'],
    ['late February 2019', '2019-02-21', '2019-02-28'],
    ['late February 2020', '2020-02-21', '2020-02-29'],
    ['end of April 2019', '2019-04-21', '2019-04-30'],
  ]);
});

describe('normaliseDate: one month or another', () => {
  // "June/July 2018": the writer knew it was one of two months; read as both.
  table('range', [
    ['June/July 2018', '2018-06-01', '2018-07-31'],
    ['May or June 2018', '2018-05-01', '2018-06-30'],
    ['Dec/Jan 2019', '2018-12-01', '2019-01-31'],
  ]);
  // A week's anchor is a day: week words repeated are refused, not read over and over.
  it('"w/c" written thousands of times is refused, not a stack overflow', () => {
    expect(normaliseDate(`${'w/c '.repeat(8000)}1/1/2020`).ok).toBe(false);
  });
  // A month then a year after the slash is no pair of months.
  it.each(['Oct/2018', 'Jan/2018'])('%s is not read as a range', (text) => {
    expect(normaliseDate(text).ok).toBe(false);
  });
});

describe('normaliseDate: part of a year', () => {
  // Thirds of a year, as of a month, read as the range of months they span.
  table('range', [
    ['early 2018', '2018-01-01', '2018-04-30'],
    ['beginning of 2018', '2018-01-01', '2018-04-30'],
    ['mid-2018', '2018-05-01', '2018-08-31'],
    ['late 2017', '2017-09-01', '2017-12-31'],
    ['end of 2017', '2017-09-01', '2017-12-31'],
  ]);
});

describe('normaliseDate: quarters and years', () => {
  describe('quarter', () => {
    table('quarter', [
      ['Q1 2019', '2019-01-01', '2019-03-31'],
      ['Q2 2019', '2019-04-01', '2019-06-30'],
      ['Q3 2019', '2019-07-01', '2019-09-30'],
      ['q4 2019', '2019-10-01', '2019-12-31'],
    ]);
  });
  describe('year', () => {
    table('year', [
      ['2019', '2019-01-01', '2019-12-31'],
      ['1800', '1800-01-01', '1800-12-31'],
      ['2199', '2199-01-01', '2199-12-31'],
    ]);
  });
});

describe('normaliseDate: school terms and school or financial years', () => {
  it.each([
    ['Autumn term 2021', '2021-09-01', '2021-12-31', 'date.term'],
    ['Spring Term, 2022', '2022-01-01', '2022-04-30', 'date.term'],
    ['summer term 2022', '2022-04-01', '2022-07-31', 'date.term'],
    // Which of the two years is not said: April of the first to August of the second
    ['2021/22', '2021-04-01', '2022-08-31', 'date.year-span'],
    ['2021/2022', '2021-04-01', '2022-08-31', 'date.year-span'],
    ['2008 / 09', '2008-04-01', '2009-08-31', 'date.year-span'],
    ['1999/00', '1999-04-01', '2000-08-31', 'date.year-span'],
  ])('%s is %s – %s, with a %s note saying how it was read', (text, earliest, latest, code) => {
    const result = parsed(text);
    expect(result.value).toEqual({ text, earliest, latest, precision: 'range', uncertain: false });
    expect(result.notes.map((n) => n.code)).toEqual([code]);
    expect(result.notes[0]!.message).toContain(`"${text}" read as ${formatLongDate(earliest)}`);
  });

  it("a year span is two years running; ISO's month is still a month", () => {
    expect(refused('2021/23').code).toBe('date.unrecognised');
    expect(refused('2021/2023').code).toBe('date.unrecognised');
    expect(parsed('2008-09').value).toMatchObject({ earliest: '2008-09-01', precision: 'month' });
    expect(parsed('2016/05').value).toMatchObject({ earliest: '2016-05-01', precision: 'month' });
  });

  it('eight digits are a date only as ISO writes one', () => {
    expect(refused('20221399').code).toBe('date.impossible');
    expect(refused('20220230').code).toBe('date.impossible');
    expect(refused('99999999').code).toBe('date.unrecognised');
  });
});

describe('normaliseDate: seasons (UK meteorological)', () => {
  table('season', [
    ['Spring 2019', '2019-03-01', '2019-05-31'],
    ['Summer 2019', '2019-06-01', '2019-08-31'],
    ['Autumn 2019', '2019-09-01', '2019-11-30'],
    ['Fall 2019', '2019-09-01', '2019-11-30'],
    ['Spring 1999', '1999-03-01', '1999-05-31'],
    ['Winter 2019', '2019-12-01', '2020-02-29'],
    ['Winter 2018/19', '2018-12-01', '2019-02-28'],
    ['Winter 2018-19', '2018-12-01', '2019-02-28'],
    ['Winter 2018/2019', '2018-12-01', '2019-02-28'],
  ]);

  it.each([
    ['Winter 2019', 'read as 1 December 2019 – 29 February 2020'],
    ['Winter 2018/19', 'read as 1 December 2018 – 28 February 2019'],
    ['Spring 2019', 'read as 1 March 2019 – 31 May 2019'],
  ])('%s carries a date.season note saying %s', (text, reading) => {
    const { notes } = parsed(text);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.code).toBe('date.season');
    expect(notes[0]?.message).toContain(reading);
  });
});

describe('normaliseDate: weeks', () => {
  table('week', [
    ['w/c 3 June 2019', '2019-06-03', '2019-06-09'],
    ['w/c 03/06/2019', '2019-06-03', '2019-06-09'],
    ['wc 3/6/19', '2019-06-03', '2019-06-09'],
    ['W/C 3rd June 2019', '2019-06-03', '2019-06-09'],
    ['week commencing 3 June 2019', '2019-06-03', '2019-06-09'],
    ['week beginning 3 June 2019', '2019-06-03', '2019-06-09'],
    ['w/e 9 June 2019', '2019-06-03', '2019-06-09'],
    ['week ending 9 June 2019', '2019-06-03', '2019-06-09'],
    // The week runs over a month end, a year end, and back over one.
    ['w/c 28 Feb 2019', '2019-02-28', '2019-03-06'],
    ['w/c 28 Feb 2020', '2020-02-28', '2020-03-05'],
    ['w/c 30 December 2019', '2019-12-30', '2020-01-05'],
    ['w/e 2 March 2019', '2019-02-24', '2019-03-02'],
    // A day's name before the date, as people write a week's Monday.
    ['w/c Mon 3 June 2019', '2019-06-03', '2019-06-09'],
    ['w/c Monday 03/06/2019', '2019-06-03', '2019-06-09'],
  ]);
});

describe('normaliseDate: ranges', () => {
  table('range', [
    ['between 26 April and 7 July 2011', '2011-04-26', '2011-07-07'],
    ['between 3 and 7 June 2019', '2019-06-03', '2019-06-07'],
    ['between 3rd and 7th June 2019', '2019-06-03', '2019-06-07'],
    ['26/04/2011 - 07/07/2011', '2011-04-26', '2011-07-07'],
    ['26 April 2011 to 7 July 2011', '2011-04-26', '2011-07-07'],
    ['26/04/2011 – 07/07/2011', '2011-04-26', '2011-07-07'],
    ['26/04/2011–07/07/2011', '2011-04-26', '2011-07-07'],
    ['from 3 June to 7 June 2019', '2019-06-03', '2019-06-07'],
    // Each side keeps its own interval: earliest of the first, latest of the second.
    ['between May and July 2019', '2019-05-01', '2019-07-31'],
    ['between early May and late June 2019', '2019-05-01', '2019-06-30'],
    ['between 2018 and 2019', '2018-01-01', '2019-12-31'],
    ['May 2018 - Q1 2019', '2018-05-01', '2019-03-31'],
    // A borrowed year that would put the start after the end is the year before.
    ['between 26 December and 5 January 2012', '2011-12-26', '2012-01-05'],
    // Days' names on either side.
    ['Tue 4 June 2019 - Thu 6 June 2019', '2019-06-04', '2019-06-06'],
    ['between Mon 3 June and Fri. 7 June 2019', '2019-06-03', '2019-06-07'],
  ]);

  it('reads a day name at the start or before a day number; after the date it is refused', () => {
    expect(parsed('Mon June 2019').value.earliest).toBe('2019-06-01');
    expect(refused('June 2019 sun').code).toBe('date.unrecognised');
    expect(refused('3 June 2019 Monday').code).toBe('date.unrecognised');
  });

  it('a same-day range is accepted', () => {
    expect(parsed('between 3 and 3 June 2019').value).toMatchObject({
      earliest: '2019-06-03',
      latest: '2019-06-03',
    });
  });
});

describe('normaliseDate: uncertainty markers', () => {
  it.each([
    ['?22/05/2016', '2016-05-22', '2016-05-22'],
    ['22/05/2016?', '2016-05-22', '2016-05-22'],
    ['? 22 May 2016', '2016-05-22', '2016-05-22'],
    ['22 May 2016 (?)', '2016-05-22', '2016-05-22'],
    ['?May 2016', '2016-05-01', '2016-05-31'],
    ['c. 2019', '2019-01-01', '2019-12-31'],
    ['c.2019', '2019-01-01', '2019-12-31'],
    ['c 2019', '2019-01-01', '2019-12-31'],
    ['ca. 2019', '2019-01-01', '2019-12-31'],
    ['circa 2019', '2019-01-01', '2019-12-31'],
    ['Circa Spring 1999', '1999-03-01', '1999-05-31'],
    ['approx 22/05/2016', '2016-05-22', '2016-05-22'],
    ['approx. May 2016', '2016-05-01', '2016-05-31'],
    ['approximately May 2016', '2016-05-01', '2016-05-31'],
    ['May 2016 approx', '2016-05-01', '2016-05-31'],
    ['about 22 May 2016', '2016-05-22', '2016-05-22'],
    ['around mid-January 2019', '2019-01-11', '2019-01-20'],
    ['?between 3 and 7 June 2019', '2019-06-03', '2019-06-07'],
    ['c. w/c 3 June 2019', '2019-06-03', '2019-06-09'],
  ])('%s is uncertain, same interval', (text, earliest, latest) => {
    const { value } = parsed(text);
    expect(value).toMatchObject({ text, earliest, latest, uncertain: true });
  });

  it('an unknown day (??/05/2016) is month precision, not doubt', () => {
    expect(parsed('??/05/2016').value.uncertain).toBe(false);
    expect(parsed('??/05/2016?').value).toMatchObject({ uncertain: true, precision: 'month' });
  });
});

describe('normaliseDate: leap years', () => {
  it.each([
    ['29/02/2020', '2020-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['29 February 2016', '2016-02-29'],
  ])('%s is a real date', (text, iso) => {
    expect(parsed(text).value.earliest).toBe(iso);
  });

  it.each([
    ['29/02/2019', 'February 2019 has 28 days'],
    ['29/02/1900', 'February 1900 has 28 days'],
    ['29/02/2100', 'February 2100 has 28 days'],
  ])('%s is refused: %s', (text, reason) => {
    const result = refused(text);
    expect(result.code).toBe('date.impossible');
    expect(result.message).toBe(`"${text}" is not a real date: ${reason}.`);
  });
});

describe('normaliseDate: two-digit years', () => {
  it.each([
    // With 2026 the window is 1946–2045.
    ['22/05/45', 2026, '2045-05-22'],
    ['22/05/46', 2026, '1946-05-22'],
    ['22/05/00', 2026, '2000-05-22'],
    ['22-May-99', 2026, '1999-05-22'],
    // With 1990 it is 1910–2009.
    ['22/05/16', 1990, '1916-05-22'],
    ['22/05/09', 1990, '2009-05-22'],
    ['22/05/10', 1990, '1910-05-22'],
  ])('%s with reference year %i is %s', (text, referenceYear, iso) => {
    expect(parsed(text, { referenceYear }).value.earliest).toBe(iso);
  });

  it('May-16 with reference year 1990 is May 1916', () => {
    expect(parsed('May-16', { referenceYear: 1990 }).value.earliest).toBe('1916-05-01');
  });

  it('defaults to the current UTC year as reference', () => {
    const now = new Date().getUTCFullYear();
    const lastInWindow = now + 19;
    const firstInWindow = now - 80;
    const yy = (y: number) => String(y % 100).padStart(2, '0');
    expect(parsed(`01/01/${yy(lastInWindow)}`, {}).value.earliest).toBe(`${lastInWindow}-01-01`);
    expect(parsed(`01/01/${yy(firstInWindow)}`, {}).value.earliest).toBe(`${firstInWindow}-01-01`);
    expect(parsed('22/05/16', {}).value.earliest).toBe('2016-05-22');
  });

  it('expandTwoDigitYear keeps the year within [reference-80, reference+19]', () => {
    for (let yy = 0; yy < 100; yy++) {
      const year = expandTwoDigitYear(yy, 2026);
      expect(year % 100).toBe(yy);
      expect(year).toBeGreaterThanOrEqual(1946);
      expect(year).toBeLessThanOrEqual(2045);
    }
  });
});

describe('Excel serial numbers', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [43000, '2017-09-22'],
    [43000.75, '2017-09-22'],
    [2958465, '9999-12-31'],
  ])('excelSerialToIso(%d) is %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it.each([60, 0, -1, 0.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY])(
    'excelSerialToIso(%d) is null',
    (serial) => {
      expect(excelSerialToIso(serial)).toBeNull();
    },
  );

  it.each([
    ['18264', '1950-01-01', null, '01/01/1950'],
    ['43000', '2017-09-22', null, '22/09/2017'],
    ['43000.75', '2017-09-22', '18:00', '22/09/2017 18:00'],
    ['43000.5', '2017-09-22', '12:00', '22/09/2017 12:00'],
    ['43000.0', '2017-09-22', null, '22/09/2017'],
    // Rounded to the minute, this is midnight at the start of the next day.
    ['43000.9999999', '2017-09-23', null, '23/09/2017'],
  ])('"%s" is read as %s, time %s, with a note', (text, iso, time, shown) => {
    const result = parsed(text);
    expect(result.value).toMatchObject({ earliest: iso, latest: iso, precision: 'day' });
    expect(result.time).toBe(time);
    expect(result.notes).toEqual([
      {
        code: 'date.excel-serial',
        message: `Excel serial number ${text} read as ${shown}: check the cell is formatted as a date.`,
      },
    ]);
  });

  it('a four-digit number from 1800 to 2199 is a year, not a serial', () => {
    expect(parsed('2019').value.precision).toBe('year');
    expect(parsed('1800').value.precision).toBe('year');
  });

  // No case chronology holds a date before 1950: a small number in the date column is a
  // day that lost its month and year, or a slip, never an Excel date.
  it.each([
    ['1', '01/01/1900'],
    ['16', '16/01/1900'],
    ['61', '01/03/1900'],
    ['1799', '03/12/1904'],
    ['18263', '31/12/1949'],
  ])('"%s" (Excel serial for %s) is refused as implausible', (text, shown) => {
    const result = refused(text);
    expect(result.code).toBe('date.unrecognised');
    expect(result.message).toContain(`"${text}"`);
    expect(result.message).toContain(shown);
  });

  // As a year written after 2199 is refused: a record id in the date column, not a date.
  it('reads the serial of 31/12/2199, the last day of a year it accepts', () => {
    expect(parsed('109574').value.earliest).toBe('2199-12-31');
  });

  it.each([
    ['109575', '01/01/2200'],
    ['123456', '03/01/2238'],
  ])('"%s" (Excel serial for %s) is refused, after 2199', (text, shown) => {
    const result = refused(text);
    expect(result.code).toBe('date.unrecognised');
    expect(result.message).toBe(
      `"${text}" is not a date: as an Excel serial number it would be ${shown}, after 2199. Write the date as 22/05/2016.`,
    );
  });

  it.each(['22.05', '1.6', '31.12'])('"%s" is a day and month without a year', (text) => {
    const result = refused(text);
    expect(result.code).toBe('date.no-year');
    expect(result.message).toContain(`"${text}"`);
  });

  it("serial 60, Excel's 29/02/1900, is refused", () => {
    const result = refused('60');
    expect(result.code).toBe('date.excel-leap-bug');
    expect(result.message).toContain('"60"');
    expect(result.message).toContain('29/02/1900');
  });

  it.each(['0', '0.5', '2958466', '99999999'])('"%s" is outside the serial range', (text) => {
    const result = refused(text);
    expect(result.code).toBe('date.unrecognised');
    expect(result.message).toContain(`"${text}"`);
  });
});

describe('normaliseDate: errors', () => {
  it.each([
    ['31/02/2019', 'date.impossible'],
    ['22/13/2019', 'date.impossible'],
    ['00/05/2019', 'date.impossible'],
    ['32/01/2019', 'date.impossible'],
    ['31/04/2019', 'date.impossible'],
    ['31 April 2019', 'date.impossible'],
    ['2019-02-30', 'date.impossible'],
    ['13/2019', 'date.impossible'],
    ['22/05/0216', 'date.impossible'],
    ['Winter 2018/20', 'date.impossible'],
    ['12/31/2019', 'date.us-order'],
    ['05/13/2019', 'date.us-order'],
    ['12/31/19', 'date.us-order'],
    ['five months later', 'date.relative'],
    ['the day before', 'date.relative'],
    ['next day', 'date.relative'],
    ['two weeks after', 'date.relative'],
    ['same day', 'date.relative'],
    ['yesterday', 'date.relative'],
    ['later that week', 'date.relative'],
    ['following day', 'date.relative'],
    ['previous month', 'date.relative'],
    ['3 days earlier', 'date.relative'],
    ['two years ago', 'date.relative'],
    ['late July', 'date.no-year'],
    ['22 May', 'date.no-year'],
    ['22/05', 'date.no-year'],
    ['May 22nd', 'date.no-year'],
    ['Spring', 'date.no-year'],
    ['w/c 3 June', 'date.no-year'],
    ['between 3 and 7 June', 'date.no-year'],
    ['07/07/2011 - 26/04/2011', 'date.range-reversed'],
    ['between 7 and 3 June 2019', 'date.range-reversed'],
    ['2019 to 2018', 'date.range-reversed'],
    ['unknown', 'date.unrecognised'],
    ['22nd', 'date.unrecognised'],
    ['w/c May 2019', 'date.unrecognised'],
    ['May 2016 14:30', 'date.unrecognised'],
    ['22/05/2016 25:00', 'time.invalid'],
  ])('"%s" is refused with %s, quoting the text', (text, code) => {
    const result = refused(text);
    expect(result.code).toBe(code);
    expect(result.message).toContain(`"${text}"`);
  });

  it.each([
    ['', 'The date is blank'],
    ['   ', 'The date is blank'],
    ['?', '"?" gives no date'],
  ])('%j is date.empty', (text, start) => {
    const result = refused(text);
    expect(result.code).toBe('date.empty');
    expect(result.message.startsWith(start)).toBe(true);
  });

  it('says exactly why an impossible date is impossible', () => {
    expect(refused('31/02/2019').message).toBe(
      '"31/02/2019" is not a real date: February 2019 has 28 days.',
    );
    expect(refused('22/13/2019').message).toBe(
      '"22/13/2019" is not a real date: there is no month 13.',
    );
    expect(refused('00/05/2019').message).toBe(
      '"00/05/2019" is not a real date: there is no day 0.',
    );
  });

  it('explains US order and suggests the UK form', () => {
    expect(refused('12/31/2019').message).toBe(
      'Dates are read day first (UK): "12/31/2019" would be month 31. ' +
        'If you meant 31 December 2019, write 31/12/2019.',
    );
    expect(refused('5-13-19').message).toContain('If you meant 13 May 2019, write 13-05-19.');
  });

  it('a second number over 12 that cannot be a day is impossible, not US order', () => {
    expect(refused('02/30/2019').code).toBe('date.impossible');
    expect(refused('12/45/2019').code).toBe('date.impossible');
  });

  it('explains a relative date with an example', () => {
    expect(refused('five months later').message).toBe(
      'A relative date ("five months later") cannot be placed on its own: write the date it ' +
        'refers to, e.g. 22/10/2018, or an approximate one such as "October 2018".',
    );
  });

  it('says a year is needed', () => {
    expect(refused('late July').message).toMatch(/^"late July" has no year/);
  });

  it('lists accepted forms when it cannot read the text', () => {
    const { message } = refused('unknown');
    for (const form of ['22/05/2016', 'May 2016', 'Spring 2016', 'w/c 3 June 2019']) {
      expect(message).toContain(form);
    }
  });
});

describe('normaliseTime', () => {
  it.each([
    ['14:30', '14:30'],
    ['14.30', '14:30'],
    ['14:30:59', '14:30'],
    ['9:05', '09:05'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['2.30pm', '14:30'],
    ['2:30 pm', '14:30'],
    ['2pm', '14:00'],
    ['2 PM', '14:00'],
    ['11am', '11:00'],
    ['12am', '00:00'],
    ['12:30am', '00:30'],
    ['12pm', '12:00'],
    ['9:05:00 AM', '09:05'],
    ['09:05:30 pm', '21:05'],
    ['1430hrs', '14:30'],
    ['1430 hrs', '14:30'],
    ['1430', '14:30'],
    ['0930h', '09:30'],
    ['noon', '12:00'],
    ['Midnight', '00:00'],
    [' 14:30 ', '14:30'],
  ])('%j is %s', (text, hhmm) => {
    expect(normaliseTime(text)).toEqual({ ok: true, value: hhmm });
  });

  it.each(['', '   '])('%j is no time', (text) => {
    expect(normaliseTime(text)).toEqual({ ok: true, value: null });
  });

  it.each([
    '25:00',
    '24:00',
    '14:75',
    '14:30:60',
    'evening',
    'morning',
    '13pm',
    '0pm',
    '2430',
    '9:05:60 am',
  ])('%j is refused, quoting it and listing accepted forms', (text) => {
    const result = normaliseTime(text);
    if (result.ok) throw new Error(`"${text}" was accepted as ${result.value}`);
    expect(result.code).toBe('time.invalid');
    expect(result.message).toContain(`"${text}"`);
    expect(result.message).toContain('14:30');
    expect(result.message).toContain('description');
  });
});

describe('calendar helpers', () => {
  it('isLeapYear follows the Gregorian rule', () => {
    expect([1900, 2000, 2019, 2020, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it('daysInMonth', () => {
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 4)).toBe(30);
    expect(daysInMonth(2019, 12)).toBe(31);
  });

  it('addDays crosses month and year ends both ways', () => {
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2019-03-01', -1)).toBe('2019-02-28');
  });

  it('compareIsoDates orders ISO dates', () => {
    expect(compareIsoDates('2019-01-02', '2019-01-10')).toBeLessThan(0);
    expect(compareIsoDates('2019-01-10', '2019-01-02')).toBeGreaterThan(0);
    expect(compareIsoDates('2019-01-10', '2019-01-10')).toBe(0);
  });

  it('monthsSpan runs into the next year', () => {
    expect(monthsSpan(2019, 12, 3)).toEqual(['2019-12-01', '2020-02-29']);
    expect(monthsSpan(2019, 1, 12)).toEqual(['2019-01-01', '2019-12-31']);
  });

  it('monthFromName reads full names and abbreviations, and nothing else', () => {
    expect(['Jan', 'sept', 'December', 'MAY'].map(monthFromName)).toEqual([1, 9, 12, 5]);
    expect(monthFromName('Smarch')).toBe(0);
  });

  it('formatLongDate', () => {
    expect(formatLongDate('2019-12-01')).toBe('1 December 2019');
  });
});

describe('a dotted time after a date', () => {
  it('is refused when it is no time of day, and after a month-only date', () => {
    expect(normaliseDate('12.03.2018 25.30')).toMatchObject({ ok: false, code: 'time.invalid' });
    expect(normaliseDate('March 2018 14.30')).toMatchObject({
      ok: false,
      code: 'date.unrecognised',
    });
  });
});

describe('ISO date-times as systems and APIs write them', () => {
  it.each([
    // SQL Server's default text for a datetime (Epic Clarity, most report servers).
    ['2022-05-03 00:00:00.000', '2022-05-03', null],
    ['2022-05-03 14:30:15.123', '2022-05-03', '14:30'],
    // A zone of UTC in winter: the UK clock reads the same.
    ['2020-01-07T09:20:00Z', '2020-01-07', '09:20'],
    ['2020-01-07T09:20:00.000Z', '2020-01-07', '09:20'],
    // Already written in UK summer time.
    ['2022-05-03T10:15:00.000+01:00', '2022-05-03', '10:15'],
    // Midnight UTC is how a date with no time is stored: no hour is invented in summer.
    ['2022-05-03T00:00:00Z', '2022-05-03', null],
    // The end of summer time: 01:30 UTC on 27/10/2019 is 01:30 GMT.
    ['2019-10-27T01:30:00Z', '2019-10-27', '01:30'],
  ])('%s is %s at %s, with no note', (text, day, time) => {
    const result = parsed(text);
    expect(result.value).toMatchObject({ earliest: day, latest: day, precision: 'day' });
    expect(result.time).toBe(time);
    expect(result.notes).toEqual([]);
  });

  it('reads a UTC time as the UK clock read it, moving the day when it must, and says so', () => {
    const result = parsed('2020-06-30T23:30:00Z');
    expect(result.value).toMatchObject({ earliest: '2020-07-01', latest: '2020-07-01' });
    expect(result.time).toBe('00:30');
    expect(result.notes).toEqual([
      {
        code: 'date.time-zone',
        message: '"2020-06-30T23:30:00Z" is written in UTC: read as UK time, 01/07/2020 00:30.',
      },
    ]);
  });

  it("reads another zone's offset", () => {
    const result = parsed('2022-07-01T09:00:00-05:00');
    expect(result.time).toBe('15:00');
    expect(result.notes[0]?.message).toContain('UTC-05:00');
  });

  it('still refuses a day that does not exist', () => {
    expect(refused('2021-02-30T10:00:00Z').code).toBe('date.unrecognised');
  });

  // Dynamics CRM and OData v2 write a date as milliseconds since 1970 in UTC.
  it('reads Microsoft’s JSON date, "/Date(ms)/", as the UK clock read it', () => {
    const midnight = parsed('/Date(1528761600000)/');
    expect(midnight.value).toMatchObject({ earliest: '2018-06-12', latest: '2018-06-12' });
    expect(midnight.time).toBeNull();
    const evening = parsed('/Date(1593559800000+0100)/');
    expect(evening.value).toMatchObject({ earliest: '2020-07-01' });
    expect(evening.time).toBe('00:30');
    expect(evening.notes[0]?.code).toBe('date.time-zone');
    expect(refused('/Date(abc)/').code).toBe('date.unrecognised');
  });
});
