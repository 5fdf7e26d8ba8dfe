import { describe, it, expect } from 'vitest';
import {
  normaliseDate,
  normaliseTime,
  type DateContext,
  type DateResult,
} from '../../server/ingest/dates';

// Edges of the date and time reader that the main tests (dates.test.ts) did not pin, found by
// mutation testing (docs/testing.md): month and day limits, the US-order hint, Excel serials
// that look like a day and month, ranges, doubt markers and the forms a time may take.

const REF: DateContext = { referenceYear: 2026 };

function parsed(text: string): Extract<DateResult, { ok: true }> {
  const result = normaliseDate(text, REF);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.code}: ${result.message}`);
  return result;
}

function refused(text: string): Extract<DateResult, { ok: false }> {
  const result = normaliseDate(text, REF);
  if (result.ok) throw new Error(`"${text}" was accepted as ${JSON.stringify(result.value)}`);
  return result;
}

const span = (text: string) => {
  const { earliest, latest } = parsed(text).value;
  return [earliest, latest];
};

describe('months and days out of range', () => {
  it.each([
    ['22/00/2016', 'there is no month 0'],
    ['00/2016', 'there is no month 0'],
    ['13/2016', 'there is no month 13'],
    ['0/13/2019', 'there is no month 13'],
    ['13/13/2019', 'there is no month 13'],
  ])('refuses %s: %s', (text, reason) => {
    expect(refused(text)).toMatchObject({ code: 'date.impossible' });
    expect(refused(text).message).toContain(reason);
  });

  it('reads the first and last months written as numbers', () => {
    expect(span('01/2016')).toEqual(['2016-01-01', '2016-01-31']);
    expect(span('12/2016')).toEqual(['2016-12-01', '2016-12-31']);
    expect(span('11/12/2019')).toEqual(['2019-12-11', '2019-12-11']);
  });

  it('refuses a four-digit year after 2199', () => {
    expect(refused('22/05/2216')).toMatchObject({ code: 'date.impossible' });
  });
});

describe('a date written month first (US order)', () => {
  it('says how to write it day first, with two-digit day and month', () => {
    const result = refused('1/13/2019');
    expect(result.code).toBe('date.us-order');
    expect(result.message).toContain('If you meant 13 January 2019, write 13/01/2019.');
  });
});

describe('Excel serial numbers that are not dates', () => {
  it.each(['22.01', '5.12'])('%s is a day and month with no year', (text) => {
    expect(refused(text).code).toBe('date.no-year');
  });

  it.each(['45.05', '22.00', '22.13', '2019.5'])(
    '%s is explained as the Excel serial it would be',
    (text) => {
      expect(refused(text)).toMatchObject({ code: 'date.unrecognised' });
      expect(refused(text).message).toContain('as an Excel serial number it would be');
    },
  );

  it('takes a four-digit number after 2199 as a serial, not a year', () => {
    expect(refused('2500')).toMatchObject({ code: 'date.unrecognised' });
    expect(refused('2500').message).toContain('as an Excel serial number');
  });

  it("explains Excel's 29 February 1900", () => {
    expect(refused('60').message).toContain('(Excel wrongly treats 1900 as a leap year)');
  });
});

describe('ranges and seasons', () => {
  it('takes a two-digit first day from the end date', () => {
    expect(span('between 13 and 17 June 2019')).toEqual(['2019-06-13', '2019-06-17']);
  });

  it('keeps a range that starts and ends on the same day in its year', () => {
    expect(span('between 7 June and 7 June 2019')).toEqual(['2019-06-07', '2019-06-07']);
  });

  it('refuses a range whose start is not a date, rather than failing', () => {
    expect(refused('between soon and 7 June 2019').code).toBe('date.unrecognised');
  });

  it('keeps the notes of both ends of a range', () => {
    expect(parsed('between Spring 2019 and Summer 2019').notes.map((n) => n.code)).toEqual([
      'date.season',
      'date.season',
    ]);
  });

  it('suggests the short form of a winter across two years', () => {
    expect(refused('Winter 2019/2022').message).toContain('e.g. "Winter 2019/20"');
  });

  it('asks for an approximate date when the cell is blank', () => {
    expect(refused('').message).toContain('even an approximate one such as "May 2016" or "2016".');
  });
});

describe('doubt markers', () => {
  it('reads "c" run into the year and "(approx)" after a date as doubt', () => {
    expect(parsed('c1990').value).toMatchObject({ earliest: '1990-01-01', uncertain: true });
    expect(parsed('22/05/2016 (approx)').value).toMatchObject({
      earliest: '2016-05-22',
      uncertain: true,
    });
  });
});

describe('a time after a date', () => {
  it.each([
    ['22/05/2016 11pm', '23:00'],
    ['22/05/2016 2.30pm', '14:30'],
    ['22/05/2016 at 2:30 p.m.', '14:30'],
    ['22/05/2016 1430hr', '14:30'],
    ['22/05/2016 00:00:30', '00:00'],
    ['22/05/2016 0:00', null],
    ['22/05/2016 00:00', null],
  ])('%s has the time %s', (text, time) => {
    expect(parsed(text).time).toBe(time);
  });

  it('refuses words after the time', () => {
    expect(refused('22/05/2016 14:30 onwards').code).toBe('date.unrecognised');
  });
});

describe('normaliseTime', () => {
  it.each([
    ['1pm', '13:00'],
    ['12pm', '12:00'],
    ['14:30hr', '14:30'],
    ['1430hr', '14:30'],
    ['2  pm', '14:00'],
  ])('reads %s as %s', (text, time) => {
    expect(normaliseTime(text)).toEqual({ ok: true, value: time });
  });

  it.each([
    'ab14:30',
    '14:30 onwards',
    'at 2pm',
    '2pm onwards',
    'x1430',
    '1430 onwards',
    'afternoon',
    'midday meal',
    'after midnight',
    'midnight feed',
  ])('refuses %j', (text) => {
    expect(normaliseTime(text).ok).toBe(false);
  });

  it('quotes the time as written, without its surrounding spaces', () => {
    const result = normaliseTime('  evening ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^"evening" is not a time we can read/);
  });
});

describe('ISO date-times with a zone (found by the run after the zone rules)', () => {
  const dayAndTime = (text: string) => {
    const r = parsed(text);
    return [r.value.earliest, r.time];
  };

  it('reads a zone written as "UTC" like "Z", and names it so when the clock moves', () => {
    expect(dayAndTime('2020-01-07 09:20 UTC')).toEqual(['2020-01-07', '09:20']);
    expect(parsed('2020-01-07 09:20 UTC').notes).toEqual([]);
    const moved = parsed('2020-06-30 23:30 UTC');
    expect(moved.value.earliest).toBe('2020-07-01');
    expect(moved.notes).toEqual([
      {
        code: 'date.time-zone',
        message: '"2020-06-30 23:30 UTC" is written in UTC: read as UK time, 01/07/2020 00:30.',
      },
    ]);
  });

  it('reads an offset written with minutes, without a colon, or as hours alone', () => {
    // India's offset: half an hour counts.
    expect(dayAndTime('2022-01-10T15:30:00+05:30')).toEqual(['2022-01-10', '10:00']);
    expect(dayAndTime('2022-01-10T15:30:00+0530')).toEqual(['2022-01-10', '10:00']);
    expect(dayAndTime('2022-01-10T10:00:00+01')).toEqual(['2022-01-10', '09:00']);
  });

  it('moves a midnight of another zone to the UK clock ("+01:00" in winter is 23:00 the day before)', () => {
    expect(dayAndTime('2022-01-10T00:00:00+01:00')).toEqual(['2022-01-09', '23:00']);
  });

  it('keeps only an exact midnight UTC as a date with no time', () => {
    expect(dayAndTime('2020-01-07T00:30:00Z')).toEqual(['2020-01-07', '00:30']);
    // Thirty seconds past midnight UTC in summer is one o’clock in the UK.
    expect(dayAndTime('2022-05-03T00:00:30Z')).toEqual(['2022-05-03', '01:00']);
  });

  it('refuses a zoned date-time with anything written before or after it, rather than reading part of the cell', () => {
    // A five-digit year, or a reference run into the cell: the whole cell is the date or none.
    expect(refused('12019-01-07T09:20:00Z')).toMatchObject({ code: 'date.unrecognised' });
    expect(refused('Ref 2020-01-07T09:20:00Z')).toMatchObject({ code: 'date.unrecognised' });
    expect(refused('2020-01-07T09:20:00Z ref 4471')).toMatchObject({ code: 'date.unrecognised' });
  });
});
