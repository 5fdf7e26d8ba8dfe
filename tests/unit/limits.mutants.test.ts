import { describe, it, expect } from 'vitest';
import type { Span } from '../../server/gaps/gap-event';
import { dayNumber } from '../../server/shared/calendar';
import { describeElapsed, describeLimit, measure, type Measure } from '../../server/gaps/limits';

// measure() on its own, at each limit's edges: a breach is *certain* only when even the
// shortest possible interval is over the limit, and no breach at all when the longest is
// within it (DOMAIN.md, "Gaps as rules"). Found by mutation testing (docs/testing.md).

const day = (iso: string, minute: number | null = null): Span => {
  const n = dayNumber(iso);
  return { first: n, last: n, minute };
};
const between = (first: string, last: string): Span => ({
  first: dayNumber(first),
  last: dayNumber(last),
  minute: null,
});
const at = (iso: string, hhmm: string): Span =>
  day(iso, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)));

describe('measure: calendar days', () => {
  const limit = { amount: 10, unit: 'days' } as const;

  it('is within the limit on the last day allowed, and certainly over it the day after', () => {
    expect(measure(day('2019-03-01'), day('2019-03-11'), limit)).toBeNull();
    expect(measure(day('2019-03-01'), day('2019-03-12'), limit)).toEqual({
      certainty: 'certain',
      elapsed: { min: 11, max: 11, unit: 'days' },
      days: { min: 11, max: 11 },
    });
  });

  it('is only possibly over when the shortest interval equals the limit', () => {
    // Trigger some day in 1–2 March, answer on 12 March: 10 to 11 days.
    expect(measure(between('2019-03-01', '2019-03-02'), day('2019-03-12'), limit)).toMatchObject({
      certainty: 'possible',
      elapsed: { min: 10, max: 11 },
    });
  });

  it('counts no negative time when the answer may come before the trigger', () => {
    const answer = between('2019-02-01', '2019-04-30');
    expect(measure(day('2019-03-01'), answer, limit)).toEqual({
      certainty: 'possible',
      elapsed: { min: 0, max: 60, unit: 'days' },
      days: { min: 0, max: 60 },
    });
  });
});

describe('measure: working days', () => {
  const limit = { amount: 1, unit: 'working-days' } as const;

  it('counts the working days after the trigger up to the answer, skipping a bank holiday', () => {
    // Thursday 18 April 2019; Good Friday 19th and Easter Monday 22nd are bank holidays.
    expect(measure(day('2019-04-18'), day('2019-04-23'), limit)).toBeNull();
    expect(measure(day('2019-04-18'), day('2019-04-24'), limit)).toEqual({
      certainty: 'certain',
      elapsed: { min: 2, max: 2, unit: 'working-days' },
      days: { min: 6, max: 6 },
    });
  });

  it('is possible, not certain, when the shortest count equals the limit', () => {
    // Trigger Mon 4 or Tue 5 March, answer Wed 6 March: 1 or 2 working days.
    expect(measure(between('2019-03-04', '2019-03-05'), day('2019-03-06'), limit)).toMatchObject({
      certainty: 'possible',
      elapsed: { min: 1, max: 2, unit: 'working-days' },
    });
  });
});

describe('measure: hours', () => {
  const limit = { amount: 24, unit: 'hours' } as const;

  it('measures timed events to the minute', () => {
    expect(measure(at('2019-03-01', '09:00'), at('2019-03-02', '09:00'), limit)).toBeNull();
    expect(measure(at('2019-03-01', '09:00'), at('2019-03-02', '09:01'), limit)).toEqual({
      certainty: 'certain',
      elapsed: { min: 24, max: 24, unit: 'hours' },
      days: { min: 1, max: 1 },
    });
  });

  it('takes an untimed day as any minute of it', () => {
    // Trigger at 09:00, answer some time on the next day: 15 to 38 hours 59 minutes.
    expect(measure(at('2019-03-01', '09:00'), day('2019-03-02'), limit)).toEqual({
      certainty: 'possible',
      elapsed: { min: 15, max: 39, unit: 'hours' },
      days: { min: 1, max: 1 },
    });
    // An untimed trigger (as late as 23:59) and an answer at 23:59 the next day: exactly 24 h
    // at least, so only possibly over; a minute later it is certain.
    expect(measure(day('2019-03-01'), at('2019-03-02', '23:59'), limit)).toMatchObject({
      certainty: 'possible',
      elapsed: { min: 24, max: 48 },
    });
    expect(measure(day('2019-03-01'), at('2019-03-03', '00:00'), limit)).toMatchObject({
      certainty: 'certain',
    });
  });

  it('counts no negative time when the answer may come first', () => {
    expect(measure(day('2019-03-02'), day('2019-03-01'), limit)).toBeNull();
  });
});

describe('measure: months', () => {
  const limit = { amount: 3, unit: 'months' } as const;

  it('is within on the same day three months on, and certainly over the day after', () => {
    expect(measure(day('2019-01-15'), day('2019-04-15'), limit)).toBeNull();
    expect(measure(day('2019-01-15'), day('2019-04-16'), limit)).toEqual({
      certainty: 'certain',
      elapsed: { min: 91, max: 91, unit: 'days' },
      days: { min: 91, max: 91 },
    });
  });

  it("takes a month's last day when the day N months on does not exist", () => {
    // 30 November + 3 months is 28 February 2019 (no 30 February).
    expect(measure(day('2018-11-30'), day('2019-02-28'), limit)).toBeNull();
    expect(measure(day('2018-11-30'), day('2019-03-01'), limit)).toMatchObject({
      certainty: 'certain',
    });
  });

  it('is only possible when the shortest interval is exactly the months allowed', () => {
    expect(measure(between('2019-01-01', '2019-01-15'), day('2019-04-15'), limit)).toMatchObject({
      certainty: 'possible',
    });
  });

  it('is possible when only the longest interval is over', () => {
    expect(measure(between('2019-01-01', '2019-01-31'), day('2019-04-15'), limit)).toMatchObject({
      certainty: 'possible',
      elapsed: { min: 74, max: 104, unit: 'days' },
    });
  });
});

const breach = (days: [number, number], elapsed: Measure['elapsed']): Measure => ({
  certainty: 'certain',
  elapsed,
  days: { min: days[0], max: days[1] },
});

describe('describeElapsed', () => {
  it.each([
    [breach([3, 3], { min: 3, max: 3, unit: 'days' }), '3 days'],
    [breach([1, 1], { min: 1, max: 1, unit: 'days' }), '1 day'],
    [breach([3, 5], { min: 3, max: 5, unit: 'days' }), '3–5 days'],
    [breach([13, 13], { min: 13, max: 13, unit: 'days' }), '13 days'],
    [breach([14, 14], { min: 14, max: 14, unit: 'days' }), 'about 2 weeks (14 days)'],
    [breach([32, 70], { min: 32, max: 70, unit: 'days' }), 'about 7 weeks (32–70 days)'],
    [breach([59, 59], { min: 59, max: 59, unit: 'days' }), 'about 8 weeks (59 days)'],
    [breach([60, 60], { min: 60, max: 60, unit: 'days' }), 'about 2 months (60 days)'],
    [breach([1, 2], { min: 30, max: 30, unit: 'hours' }), '30 hours'],
    [breach([1, 1], { min: 1, max: 1, unit: 'hours' }), '1 hour'],
    [breach([1, 2], { min: 25, max: 47, unit: 'hours' }), '25–47 hours'],
    [breach([2, 3], { min: 48, max: 48, unit: 'hours' }), '2–3 days'],
    [breach([6, 6], { min: 2, max: 2, unit: 'working-days' }), '2 working days (6 days)'],
    [breach([1, 1], { min: 1, max: 1, unit: 'working-days' }), '1 working day (1 day)'],
    [breach([6, 13], { min: 4, max: 9, unit: 'working-days' }), '4–9 working days (6–13 days)'],
  ])('%#: %s', (m, text) => {
    expect(describeElapsed(m)).toBe(text);
  });
});

describe('describeLimit', () => {
  it.each([
    [{ amount: 1, unit: 'hours' }, '1 hour'],
    [{ amount: 24, unit: 'hours' }, '24 hours'],
    [{ amount: 1, unit: 'days' }, '1 day'],
    [{ amount: 7, unit: 'working-days' }, '7 working days'],
    [{ amount: 1, unit: 'working-days' }, '1 working day'],
    [{ amount: 3, unit: 'months' }, '3 months'],
  ] as const)('%o is %s', (limit, text) => {
    expect(describeLimit(limit)).toBe(text);
  });
});
