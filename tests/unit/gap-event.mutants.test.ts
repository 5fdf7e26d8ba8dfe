import { describe, it, expect } from 'vitest';
import { certainlyAfter, compareEvents, type Span } from '../../server/gaps/gap-event';
import { dayNumber } from '../../server/shared/calendar';
import { gapEvent as event } from '../support/gap-events';

// The engine's notion of order: the merged order of events and "certainly after" (DOMAIN.md:
// approximate dates are intervals). Found by mutation testing (docs/testing.md).

describe('compareEvents: the merged order', () => {
  it('orders by earliest day, then untimed before timed and by time, then agency, then row', () => {
    const rows = [
      event({ id: 'late', earliest: '2019-03-02', type: 't', seq: 1 }),
      event({ id: 'police-2', earliest: '2019-03-01', type: 't', agency: 'Police', seq: 3 }),
      event({ id: 'timed-10', earliest: '2019-03-01', type: 't', time: '10:00', seq: 4 }),
      event({ id: 'police-1', earliest: '2019-03-01', type: 't', agency: 'Police', seq: 2 }),
      event({ id: 'timed-09', earliest: '2019-03-01', type: 't', time: '09:00', seq: 5 }),
      event({ id: 'health', earliest: '2019-03-01', type: 't', agency: 'Health', seq: 9 }),
    ];
    const expected = ['health', 'police-1', 'police-2', 'timed-09', 'timed-10', 'late'];
    expect([...rows].sort(compareEvents).map((e) => e.id)).toEqual(expected);
    expect(
      [...rows]
        .reverse()
        .sort(compareEvents)
        .map((e) => e.id),
    ).toEqual(expected);
  });

  it('gives 0 only for the same place in the order', () => {
    const a = event({ earliest: '2019-03-01', type: 't', seq: 7 });
    expect(compareEvents(a, { ...a })).toBe(0);
  });
});

describe('certainlyAfter', () => {
  const span = (first: string, last = first, minute: number | null = null): Span => ({
    first: dayNumber(first),
    last: dayNumber(last),
    minute,
  });

  it('is true for a later day, false for the same or an overlapping day', () => {
    expect(certainlyAfter(span('2019-03-02'), span('2019-03-01'))).toBe(true);
    expect(certainlyAfter(span('2019-03-01'), span('2019-03-01'))).toBe(false);
    expect(certainlyAfter(span('2019-03-02'), span('2019-03-01', '2019-03-02'))).toBe(false);
    expect(certainlyAfter(span('2019-03-01'), span('2019-03-02'))).toBe(false);
  });

  it('on the same day, is true only for a later time when both have one', () => {
    expect(
      certainlyAfter(span('2019-03-01', '2019-03-01', 600), span('2019-03-01', '2019-03-01', 540)),
    ).toBe(true);
    expect(
      certainlyAfter(span('2019-03-01', '2019-03-01', 540), span('2019-03-01', '2019-03-01', 540)),
    ).toBe(false);
    expect(
      certainlyAfter(span('2019-03-01', '2019-03-01', 540), span('2019-03-01', '2019-03-01', 600)),
    ).toBe(false);
    expect(certainlyAfter(span('2019-03-01', '2019-03-01', 600), span('2019-03-01'))).toBe(false);
    expect(certainlyAfter(span('2019-03-01'), span('2019-03-01', '2019-03-01', 540))).toBe(false);
  });
});
