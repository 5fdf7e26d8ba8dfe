import { describe, expect, it } from 'vitest';
import { houseDate, houseDatePhrase, houseDates, houseDay } from '../../server/contract/house-date';
import { normaliseDate } from '../../server/ingest/dates';

/** The house form of a date as an agency wrote it, read by the upload's own reader. */
function house(written: string, time: string | null = null): string {
  const read = normaliseDate(written, { referenceYear: 2026 });
  if (!read.ok) throw new Error(read.message);
  return houseDate(read.value, time);
}

describe('the house form of a date', () => {
  it('writes the same day the same way, whatever form the agency used', () => {
    for (const written of ['12.03.18', '12/03/2018', '2018-03-12', '12-Mar-18', '12th March 2018'])
      expect(house(written)).toBe('12 Mar 2018');
  });

  it('says how exactly the date is known', () => {
    expect(house('Aug-18')).toBe('Aug 2018');
    expect(house('August 2018')).toBe('Aug 2018');
    expect(house('early Jan 2019')).toBe('early Jan 2019');
    expect(house('mid January 2019')).toBe('mid Jan 2019');
    expect(house('end of Jan 2019')).toBe('late Jan 2019');
    expect(house('w/c 3 June 2019')).toBe('w/c 3 Jun 2019');
    expect(house('w/e 9 June 2019')).toBe('w/c 3 Jun 2019');
    expect(house('Q2 2016')).toBe('Q2 2016');
    expect(house('Spring 2016')).toBe('Spring 2016');
    expect(house('Winter 2019')).toBe('Winter 2019/20');
    expect(house('2016')).toBe('2016');
    expect(house('between 26 April and 7 July 2011')).toBe('26 Apr 2011 – 7 Jul 2011');
  });

  it('writes a range no more exactly than its ends were given', () => {
    expect(house('between May and July 2011')).toBe('May – Jul 2011');
    expect(house('May 2016 - Feb 2017')).toBe('May 2016 – Feb 2017');
    expect(house('2016 to 2018')).toBe('2016 – 2018');
    expect(house('3 May 2016 - Feb 2017')).toBe('3 May 2016 – 28 Feb 2017');
  });

  it('reads in a sentence: on a day, in a month or a year, between the ends of a range', () => {
    const phrase = (written: string) => {
      const read = normaliseDate(written, { referenceYear: 2026 });
      if (!read.ok) throw new Error(read.message);
      return houseDatePhrase(read.value);
    };
    expect(phrase('03/06/2019')).toBe('on 3 Jun 2019');
    expect(phrase('?02/01/2019')).toBe('on ?2 Jan 2019');
    expect(phrase('Nov-18')).toBe('in Nov 2018');
    expect(phrase('2018')).toBe('in 2018');
    expect(phrase('c. 2018')).toBe('in ?2018');
    expect(phrase('w/c 3 June 2019')).toBe('in the week commencing 3 Jun 2019');
    expect(phrase('between May and July 2011')).toBe('between May and Jul 2011');
    expect(phrase('between 26 April and 7 July 2011')).toBe('between 26 Apr 2011 and 7 Jul 2011');
  });

  it('marks a doubtful date, and adds the time', () => {
    expect(house('?02/01/2019')).toBe('?2 Jan 2019');
    expect(house('c. May 2016')).toBe('?May 2016');
    expect(house('26/07/2018', '14:30')).toBe('26 Jul 2018, 14:30');
  });

  it('gives a start and an end', () => {
    const day = (iso: string) =>
      ({ earliest: iso, latest: iso, precision: 'day', uncertain: false }) as const;
    expect(houseDates(day('2019-06-03'), '09:00', day('2019-06-05'), null)).toBe(
      '3 Jun 2019, 09:00 to 5 Jun 2019',
    );
    expect(houseDates(day('2019-06-03'), null, null, null)).toBe('3 Jun 2019');
    expect(houseDay('2019-12-31')).toBe('31 Dec 2019');
  });
});
