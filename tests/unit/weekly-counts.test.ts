import { describe, expect, it } from 'vitest';
import {
  isContact,
  laneOrder,
  weekStart,
  weeklyCounts,
  type WeekEvent,
} from '../../server/timeline/weekly-counts';
import { dayNumber } from '../../server/shared/calendar';

const event = (over: Partial<WeekEvent>): WeekEvent => ({
  agency: 'Police',
  type: 'contact.home-visit',
  childSeen: null,
  earliest: '2018-06-06',
  latest: '2018-06-06',
  ...over,
});

describe('isContact', () => {
  it.each([
    ['contact.home-visit', null, true],
    ['health.appointment', null, true],
    ['meeting.strategy', null, true],
    ['idva.contact', null, true],
    ['contact.no-access', null, false],
    ['contact.not-brought', true, false],
    ['referral.received', null, false],
    ['referral.received', true, true],
  ] as const)('%s (child seen %s) → %s', (type, childSeen, expected) => {
    expect(isContact({ type, childSeen })).toBe(expected);
  });
});

describe('weekStart', () => {
  it('is the Monday on or before the day', () => {
    // 4 June 2018 was a Monday; 10 June a Sunday.
    for (const day of ['2018-06-04', '2018-06-06', '2018-06-10'])
      expect(weekStart(dayNumber(day))).toBe(dayNumber('2018-06-04'));
    expect(weekStart(dayNumber('2018-06-11'))).toBe(dayNumber('2018-06-11'));
    expect(weekStart(dayNumber('1969-12-31'))).toBe(dayNumber('1969-12-29'));
  });
});

describe('weeklyCounts', () => {
  const range = { from: '2018-06-01', to: '2018-06-30' };

  it('counts a day in its week as certain, a span as possible in every week it could fall in', () => {
    const counts = weeklyCounts(
      [
        event({}),
        event({ agency: 'Health', earliest: '2018-06-01', latest: '2018-06-30' }),
        event({ type: 'contact.no-access' }),
      ],
      range,
      ['Police', 'Health'],
      'contacts',
    );
    expect(counts.weekStarts).toEqual(
      ['2018-05-28', '2018-06-04', '2018-06-11', '2018-06-18', '2018-06-25'].map(dayNumber),
    );
    expect(counts.rows).toEqual([
      { agency: 'Police', certain: [0, 1, 0, 0, 0], possible: [0, 0, 0, 0, 0] },
      { agency: 'Health', certain: [0, 0, 0, 0, 0], possible: [1, 1, 1, 1, 1] },
    ]);
    expect(counts.all).toEqual({
      agency: '',
      certain: [0, 1, 0, 0, 0],
      possible: [1, 1, 1, 1, 1],
    });
  });

  it('counts by measure, leaves out unlisted lanes, and clips to the range', () => {
    const events = [
      event({ childSeen: true }),
      event({ type: 'referral.received' }),
      event({ agency: 'Housing' }),
      event({ earliest: '2018-05-01', latest: '2018-05-01' }),
      event({ earliest: '2018-05-20', latest: '2018-06-02' }),
    ];
    const all = weeklyCounts(events, range, ['Police'], 'all');
    expect(all.rows[0]).toEqual({
      agency: 'Police',
      certain: [0, 2, 0, 0, 0],
      possible: [1, 0, 0, 0, 0],
    });
    const seen = weeklyCounts(events, range, ['Police'], 'child-seen');
    expect(seen.all.certain).toEqual([0, 1, 0, 0, 0]);
    expect(seen.all.possible).toEqual([0, 0, 0, 0, 0]);
  });

  it('has no weeks for a range that ends before it starts', () => {
    expect(
      weeklyCounts([], { from: '2018-06-30', to: '2018-06-01' }, [], 'all').weekStarts,
    ).toEqual([]);
  });
});

describe('laneOrder', () => {
  it('orders by kind of agency, then by name', () => {
    expect(
      laneOrder([
        { name: 'Zeta Health', kind: 'health' },
        { name: 'Housing', kind: 'housing' },
        { name: 'Alpha Health', kind: 'health' },
        { name: 'Police', kind: 'police' },
      ]),
    ).toEqual(['Police', 'Alpha Health', 'Zeta Health', 'Housing']);
  });
});
