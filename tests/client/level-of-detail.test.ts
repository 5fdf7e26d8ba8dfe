import { describe, expect, it } from 'vitest';
import {
  aggregateByBucket,
  bucketEnd,
  bucketStart,
  buildTimelineIndex,
  chooseBucketUnit,
  entriesInWindow,
  planTimeline,
  type TimelinePlan,
} from '../../client/features/timeline/lib/level-of-detail';
import { DAY_MS } from '../../client/shared/lib/dates';
import { makeEvent, monthEvent } from './support/events';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The plan, asserted to be in the given mode (a wrong mode fails here, not skips the test). */
function inMode<M extends TimelinePlan['mode']>(
  plan: TimelinePlan,
  mode: M,
): Extract<TimelinePlan, { mode: M }> {
  expect(plan.mode).toBe(mode);
  return plan as Extract<TimelinePlan, { mode: M }>;
}

describe('aggregateByBucket', () => {
  const index = buildTimelineIndex([
    makeEvent({ id: 'a', on: '2018-11-30', agency: 'Police', time: '23:59' }),
    makeEvent({ id: 'b', on: '2018-11-05', agency: 'Health' }),
    makeEvent({ id: 'c', on: '2018-11-02', agency: 'Police' }),
    makeEvent({ id: 'd', on: '2018-12-01', agency: 'Police', time: '00:01' }),
    makeEvent({ id: 'e', on: '2018-11-04', agency: 'Health', time: '18:00' }),
  ]);
  const counts = (unit: Parameters<typeof aggregateByBucket>[1]) =>
    aggregateByBucket(index.entries, unit).map((b) => [b.lane, iso(b.start), iso(b.end), b.count]);

  it('counts each lane’s events by the bucket they start in, first met first', () => {
    const [police, health] = ['Police', 'Health'].map(
      (agency) => index.entries.find((e) => e.event.agency === agency)!.lane,
    );
    expect(counts('month')).toEqual([
      [police, '2018-11-01', '2018-12-01', 2],
      [health, '2018-11-01', '2018-12-01', 2],
      [police, '2018-12-01', '2019-01-01', 1],
    ]);
    // Weeks start on Mondays: 2018-10-29, 2018-11-05 and 2018-11-26.
    expect(counts('week')).toEqual([
      [police, '2018-10-29', '2018-11-05', 1],
      [health, '2018-10-29', '2018-11-05', 1],
      [health, '2018-11-05', '2018-11-12', 1],
      [police, '2018-11-26', '2018-12-03', 2],
    ]);
    expect(counts('quarter')).toEqual([
      [police, '2018-10-01', '2019-01-01', 3],
      [health, '2018-10-01', '2019-01-01', 2],
    ]);
  });
});

describe('the timeline index', () => {
  const events = [
    makeEvent({ id: 'late', on: '2019-03-01' }),
    monthEvent('2018-11', { id: 'month' }),
    makeEvent({ id: 'early', on: '2018-06-01', agency: 'Police' }),
  ];
  const index = buildTimelineIndex(events);

  it('sorts by start and knows its longest span', () => {
    expect(index.entries.map((e) => e.id)).toEqual(['early', 'month', 'late']);
    expect(index.maxSpan).toBe(30 * DAY_MS);
  });

  it('finds an approximate event whose range starts before the window', () => {
    expect(
      entriesInWindow(index, at('2018-11-20'), at('2018-11-25'), null).map((e) => e.id),
    ).toEqual(['month']);
  });

  it('finds only the lanes asked for', () => {
    expect(
      entriesInWindow(index, at('2018-01-01'), at('2019-12-31'), new Set(['Police'])).map(
        (e) => e.id,
      ),
    ).toEqual(['early']);
  });
});

describe('buckets', () => {
  it('picks the smallest bucket that stays readable at the zoom', () => {
    const year = 365 * DAY_MS;
    expect(chooseBucketUnit(year, 1200)).toBe('week');
    expect(chooseBucketUnit(30 * DAY_MS, 1200)).toBe('day');
    expect(chooseBucketUnit(5 * year, 1200)).toBe('month');
    expect(chooseBucketUnit(10 * year, 1200)).toBe('quarter');
    expect(chooseBucketUnit(40 * year, 1200)).toBe('year');
  });

  it('starts weeks on Monday and months, quarters and years on their first day', () => {
    const thursday = at('2018-11-15') + 13 * 3_600_000;
    expect(iso(bucketStart(thursday, 'week'))).toBe('2018-11-12');
    expect(iso(bucketStart(thursday, 'month'))).toBe('2018-11-01');
    expect(iso(bucketStart(thursday, 'quarter'))).toBe('2018-10-01');
    expect(iso(bucketStart(thursday, 'year'))).toBe('2018-01-01');
    expect(iso(bucketEnd(at('2018-11-01'), 'quarter'))).toBe('2019-02-01');
  });
});

describe('planTimeline', () => {
  // Ten events a day for 60 days in one lane, two in another.
  const events = [
    ...Array.from({ length: 600 }, (_, i) =>
      makeEvent({ agency: 'CS', on: iso(at('2018-09-01') + Math.floor(i / 10) * DAY_MS) }),
    ),
    makeEvent({ agency: 'Police', on: '2018-09-10' }),
    makeEvent({ agency: 'Police', on: '2018-10-20' }),
  ];
  const index = buildTimelineIndex(events);
  const request = { widthPx: 1600, lanes: null, maxItems: 100 };

  it('shows totals per lane when the window holds more events than it can draw one by one', () => {
    const plan = inMode(
      planTimeline(index, { ...request, from: at('2018-09-01'), to: at('2018-11-01') }),
      'aggregate',
    );
    expect(plan.inView).toBe(602);
    expect(plan.unit).toBe('day');
    const total = plan.buckets.reduce((n, b) => n + b.count, 0);
    expect(total).toBe(602);
    expect(plan.buckets.filter((b) => b.lane === 'Police')).toHaveLength(2);
  });

  it('shows the events themselves, with a margin either side, when few are in view', () => {
    const plan = inMode(
      planTimeline(index, {
        ...request,
        from: at('2018-09-05'),
        to: at('2018-09-10') + DAY_MS - 1,
      }),
      'events',
    );
    // 5–10 September: six days of ten, and the Police event of the 10th.
    expect(plan.inView).toBe(61);
    expect(plan.entries.length).toBeGreaterThan(61);
  });

  it('counts only the visible lanes', () => {
    const plan = planTimeline(index, {
      ...request,
      lanes: new Set(['Police']),
      from: at('2018-09-01'),
      to: at('2018-11-01'),
    });
    expect(plan).toMatchObject({ mode: 'events', inView: 2 });
  });
});
