import { describe, expect, it } from 'vitest';
import type { GapDto } from '../../client/shared/api/api-types';
import { buildGapIndex, planGaps } from '../../client/features/timeline/lib/gap-detail';
import { gapLaneId } from '../../client/shared/lib/timeline-items';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function gap(ruleId: string, start: string, end: string, n: number): GapDto {
  return {
    id: `${ruleId}:${n}`,
    ruleId,
    ruleName: ruleId,
    kind: 'follow-up',
    certainty: 'certain',
    triggerEventId: `t${n}`,
    expectedEventId: null,
    start,
    end,
    elapsed: { min: 1, max: 1, unit: 'days' },
    limit: { amount: 1, unit: 'days' },
    message: '',
    source: '',
    basis: 'local',
    why: '',
  };
}

describe('planGaps', () => {
  // A busy rule: one open flag starting each day of November, all open to the end of the year.
  const busy = Array.from({ length: 30 }, (_, i) =>
    gap('local.intelligence-shared', `2018-11-${String(i + 1).padStart(2, '0')}`, '2018-12-31', i),
  );
  const quiet = [gap('wales.report-acknowledged', '2018-11-05', '2018-11-20', 99)];
  const index = buildGapIndex([...busy, ...quiet]);
  const window = { from: at('2018-10-29'), to: at('2018-12-31'), widthPx: 1400 };

  it('draws each flag of a rule with few in view', () => {
    const plan = planGaps(index, window, 10);
    expect(plan.flags.map((f) => f.id)).toEqual(['wales.report-acknowledged:99']);
  });

  it('draws, for a busy rule, how many of its flags are open in each bucket', () => {
    const plan = planGaps(index, window, 10);
    expect(plan.unit).toBe('day');
    const lane = gapLaneId('local.intelligence-shared');
    const counts = new Map(
      plan.buckets
        .filter((b) => b.lane === lane)
        .map((b) => [new Date(b.start).toISOString().slice(0, 10), b.count]),
    );
    expect(counts.get('2018-10-31')).toBeUndefined();
    expect(counts.get('2018-11-01')).toBe(1);
    expect(counts.get('2018-11-10')).toBe(10);
    expect(counts.get('2018-12-15')).toBe(30);
    expect(counts.get('2018-12-31')).toBe(30);
    expect(counts.get('2019-01-01')).toBeUndefined();
  });

  it('draws every flag when none is busy', () => {
    expect(planGaps(index, window, 100).flags).toHaveLength(31);
    expect(planGaps(index, window, 100).buckets).toEqual([]);
  });
});
