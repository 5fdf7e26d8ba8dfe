import { describe, expect, it } from 'vitest';
import type { GapDto } from '../../client/shared/api/api-types';
import {
  countByLane,
  defaultLaneOrder,
  gapEventIds,
  gapsTouching,
  gapWindow,
  highlightedIds,
  openingWindow,
  periodMs,
} from '../../client/features/timeline/lib/workspace-view';
import { makeEvent } from './support/events';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function gap(
  id: string,
  trigger: string,
  expected: string | null,
  start = '2018-11-01',
  end = '2018-11-10',
): GapDto {
  return {
    id,
    ruleId: 'r1',
    ruleName: 'Rule one',
    kind: 'follow-up',
    certainty: 'certain',
    triggerEventId: trigger,
    expectedEventId: expected,
    start,
    end,
    elapsed: { min: 1, max: 1, unit: 'days' },
    limit: { amount: 1, unit: 'days' },
    message: '',
    source: '',
    basis: 'local',
    why: '',
  } as GapDto;
}

describe('the workspace lanes', () => {
  it('orders agencies by kind of agency, then by name', () => {
    const events = [
      makeEvent({ agency: 'Shelter Cymru', agencyKind: 'housing' }),
      makeEvent({ agency: 'Powys Health', agencyKind: 'health' }),
      makeEvent({ agency: 'Dyfed-Powys Police', agencyKind: 'police' }),
      makeEvent({ agency: 'Aneurin Health', agencyKind: 'health' }),
      makeEvent({ agency: 'Dyfed-Powys Police', agencyKind: 'police' }),
    ];
    expect(defaultLaneOrder(events)).toEqual([
      'Dyfed-Powys Police',
      'Aneurin Health',
      'Powys Health',
      'Shelter Cymru',
    ]);
  });

  it('counts the events of each lane', () => {
    const counts = countByLane([
      makeEvent({ agency: 'Police' }),
      makeEvent({ agency: 'Health' }),
      makeEvent({ agency: 'Police' }),
    ]);
    expect([...counts]).toEqual([
      ['Police', 2],
      ['Health', 1],
    ]);
  });
});

describe('the workspace gap flags', () => {
  const open = gap('g1', 'a', null);
  const closed = gap('g2', 'b', 'c');

  it('flags both events of a gap, or its one event while it is open', () => {
    expect([...gapEventIds([open, closed])].sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps a gap while either of its events is shown', () => {
    expect(gapsTouching([open, closed], new Set(['c'])).map((g) => g.id)).toEqual(['g2']);
    expect(gapsTouching([open, closed], new Set(['a', 'b'])).map((g) => g.id)).toEqual([
      'g1',
      'g2',
    ]);
    expect(gapsTouching([open, closed], new Set(['x']))).toEqual([]);
  });

  it('highlights a chosen gap, its flag and both events, before the chosen event', () => {
    expect(highlightedIds(closed, 'z')).toEqual(['b', 'c', 'gap:g2']);
    expect(highlightedIds(open, null)).toEqual(['a', 'gap:g1']);
    expect(highlightedIds(null, 'z')).toEqual(['z']);
    expect(highlightedIds(null, null)).toEqual([]);
  });

  it('opens a short gap with three days either side and a long one with 15%', () => {
    expect(gapWindow({ start: '2018-11-01', end: '2018-11-01' })).toEqual({
      from: at('2018-11-01') - 3 * DAY,
      to: at('2018-11-02') + 3 * DAY,
    });
    // 100 days: 15 either side.
    expect(gapWindow({ start: '2018-01-01', end: '2018-04-10' })).toEqual({
      from: at('2018-01-01') - 15 * DAY,
      to: at('2018-04-11') + 15 * DAY,
    });
  });
});

describe('the workspace ranges', () => {
  it('opens on the window of the address, else the period and a week either side', () => {
    const period = periodMs('2018-06-01', '2018-12-31');
    expect(period).toEqual({ from: at('2018-06-01'), to: at('2019-01-01') });
    expect(openingWindow(null, period)).toEqual({
      from: at('2018-05-25'),
      to: at('2019-01-08'),
    });
    expect(openingWindow({ from: '2018-07-01', to: '2018-07-31' }, period)).toEqual({
      from: at('2018-07-01'),
      to: at('2018-08-01'),
    });
  });
});
