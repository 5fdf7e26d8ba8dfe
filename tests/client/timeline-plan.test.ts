import { describe, expect, it } from 'vitest';
import type { GapDto } from '../../client/shared/api/api-types';
import { buildGapIndex } from '../../client/features/timeline/lib/gap-detail';
import { buildTimelineIndex } from '../../client/features/timeline/lib/level-of-detail';
import {
  fitWindow,
  planItems,
  revealMove,
  type PlanInput,
} from '../../client/features/timeline/lib/timeline-plan';
import { gapLaneId } from '../../client/shared/lib/timeline-items';
import { makeEvent } from './support/events';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const events = [
  makeEvent({ id: 'a', agency: 'Police', on: '2018-11-02' }),
  makeEvent({ id: 'b', agency: 'Health', on: '2018-11-05' }),
  makeEvent({ id: 'c', agency: 'Police', on: '2018-11-09' }),
];
const flag = {
  id: 'g1',
  ruleId: 'r1',
  ruleName: 'Follow-up',
  kind: 'follow-up',
  certainty: 'certain',
  triggerEventId: 'a',
  expectedEventId: 'c',
  start: '2018-11-02',
  end: '2018-11-09',
  elapsed: { min: 7, max: 7, unit: 'days' },
  limit: { amount: 5, unit: 'days' },
  message: '',
  source: '',
  basis: 'local',
  why: '',
} as GapDto;

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    index: buildTimelineIndex(events),
    lanes: new Set(['Police', 'Health']),
    window: { from: at('2018-11-01'), to: at('2018-11-30') },
    widthPx: 800,
    maxItems: 350,
    flaggedIds: new Set(['a']),
    gapIndex: buildGapIndex([flag]),
    ruleNames: new Map([[gapLaneId('r1'), 'Follow-up']]),
    period: { from: at('2018-06-01'), to: at('2019-01-01') },
    ...overrides,
  };
}

describe('planItems', () => {
  it('draws each event, its flag and note marks, the gap flags and the shade outside the period', () => {
    const { plan, specs } = planItems(
      input({ marks: new Map([['b', { className: 'noted', label: 'A note' }]]) }),
    );
    expect(plan.mode).toBe('events');
    expect(specs.map((s) => s.id)).toEqual([
      'a',
      'b',
      'c',
      'gap:g1',
      'period:before',
      'period:after',
    ]);
    expect(specs[0]?.className).toContain('flagged');
    expect(specs[1]?.className).toContain('noted');
    expect(specs[1]?.tooltip).toContain('A note');
    expect(specs[2]?.className).not.toContain('flagged');
  });

  it('gives a feed event’s tooltip the description its full record brought, once it is here', () => {
    // Feed events have no text of their own (the web app asks for the feed without labels).
    const feedEvents = events.map(({ description: _none, ...e }) => e);
    const index = buildTimelineIndex(feedEvents);
    const without = planItems(input({ index })).specs.find((s) => s.id === 'b')!;
    expect(without.tooltip.some((line) => line.includes('Seen with the baby'))).toBe(false);
    const described = planItems(
      input({ index, describe: (id) => (id === 'b' ? 'Seen with the baby.' : undefined) }),
    ).specs;
    expect(described.find((s) => s.id === 'b')!.tooltip).toContain('Seen with the baby.');
    expect(described.find((s) => s.id === 'a')!.tooltip).toEqual(
      planItems(input({ index })).specs.find((s) => s.id === 'a')!.tooltip,
    );
  });

  it('draws per-lane totals above the most events it draws one by one', () => {
    const { plan, specs } = planItems(input({ maxItems: 2 }));
    expect(plan.mode).toBe('aggregate');
    const totals = specs.filter((s) => s.id.startsWith('agg:'));
    expect([...new Set(totals.map((s) => s.group))].sort()).toEqual(['Health', 'Police']);
    expect(totals.reduce((n, s) => n + Number(s.label), 0)).toBe(3);
    expect(specs.some((s) => ['a', 'b', 'c'].includes(s.id))).toBe(false);
  });

  it('draws nothing of a hidden lane', () => {
    const { specs } = planItems(input({ lanes: new Set(['Health']) }));
    expect(specs.filter((s) => !s.id.includes(':')).map((s) => s.id)).toEqual(['b']);
  });
});

describe('revealMove', () => {
  const entry = { id: 'a', lane: 'Police', start: at('2018-11-10'), end: at('2018-11-11') };
  const window = { from: at('2018-11-01'), to: at('2018-11-30') };

  it('leaves an event already drawn in the window where it is', () => {
    expect(revealMove(entry, window, 'events')).toEqual({ kind: 'none' });
  });

  it('moves to an event outside the window while events are drawn', () => {
    expect(revealMove(entry, { from: at('2019-01-01'), to: at('2019-02-01') }, 'events')).toEqual({
      kind: 'move',
      to: entry.start,
    });
  });

  it('zooms to a fortnight around an event shown only in a total, more for a long one', () => {
    const mid = at('2018-11-10') + DAY / 2;
    expect(revealMove(entry, window, 'aggregate')).toEqual({
      kind: 'window',
      from: mid - 7 * DAY,
      to: mid + 7 * DAY,
    });
    const long = { id: 'm', lane: 'x', start: at('2018-11-01'), end: at('2018-12-01') };
    expect(revealMove(long, window, null)).toEqual({
      kind: 'window',
      from: at('2018-11-16') - 22.5 * DAY,
      to: at('2018-11-16') + 22.5 * DAY,
    });
  });
});

describe('fitWindow', () => {
  it('spans every entry with 2% (at least a day) either side', () => {
    expect(fitWindow([])).toBeNull();
    const index = buildTimelineIndex(events);
    expect(fitWindow(index.entries)).toEqual({ from: at('2018-11-01'), to: at('2018-11-10') });
    const wide = [
      { id: 'x', lane: 'l', start: 0, end: 200 * DAY },
      { id: 'y', lane: 'l', start: 50 * DAY, end: 60 * DAY },
    ];
    expect(fitWindow(wide)).toEqual({ from: -4 * DAY, to: 204 * DAY });
  });
});
