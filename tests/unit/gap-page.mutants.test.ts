import { describe, it, expect } from 'vitest';
import type { GapDto } from '../../server/contract/rules';
import { gapPage, ruleSummary } from '../../server/gaps/gap-page';

// The page of flags the client draws (GET …/gaps), on its own: the API tests reach it through a
// real review; these pin each filter, the window's edges and the per-rule counts, found by
// mutation testing (docs/testing.md).

let n = 0;
function gap(partial: Partial<GapDto> & Pick<GapDto, 'ruleId' | 'start' | 'end'>): GapDto {
  n += 1;
  return {
    id: `g${n}`,
    ruleName: `Rule ${partial.ruleId}`,
    kind: 'follow-up',
    certainty: 'certain',
    triggerEventId: `t${n}`,
    expectedEventId: null,
    elapsed: { min: 20, max: 20, unit: 'days' },
    limit: { amount: 10, unit: 'days' },
    message: 'late',
    source: 'test',
    basis: 'local',
    why: 'test',
    ...partial,
  };
}

const a1 = gap({ ruleId: 'a', start: '2019-01-10', end: '2019-01-20' });
const b1 = gap({ ruleId: 'b', start: '2019-02-01', end: '2019-02-28', certainty: 'possible' });
const a2 = gap({ ruleId: 'a', start: '2019-03-01', end: '2019-03-05', certainty: 'possible' });
const b2 = gap({ ruleId: 'b', start: '2019-04-01', end: '2019-04-30' });
const ALL = [a1, b1, a2, b2];
const ids = (gaps: readonly GapDto[]) => gaps.map((g) => g.id);

describe('gapPage: filters', () => {
  it('gives every flag, the default page size and offset, without a filter', () => {
    const page = gapPage(ALL, {});
    expect(ids(page.gaps)).toEqual(ids(ALL));
    expect(page).toMatchObject({ total: 4, limit: 1000, offset: 0 });
  });

  it("keeps one rule's flags", () => {
    const page = gapPage(ALL, { ruleId: 'b' });
    expect(ids(page.gaps)).toEqual(ids([b1, b2]));
    expect(page.total).toBe(2);
  });

  it('keeps one certainty', () => {
    expect(ids(gapPage(ALL, { certainty: 'possible' }).gaps)).toEqual(ids([b1, a2]));
    expect(ids(gapPage(ALL, { certainty: 'certain' }).gaps)).toEqual(ids([a1, b2]));
  });

  it('keeps a flag that ends on the first day of the window, not one ending the day before', () => {
    expect(ids(gapPage(ALL, { from: '2019-03-05' }).gaps)).toEqual(ids([a2, b2]));
    expect(ids(gapPage(ALL, { from: '2019-03-06' }).gaps)).toEqual(ids([b2]));
  });

  it('keeps a flag that starts on the last day of the window, not one starting the day after', () => {
    expect(ids(gapPage(ALL, { to: '2019-02-01' }).gaps)).toEqual(ids([a1, b1]));
    expect(ids(gapPage(ALL, { to: '2019-01-31' }).gaps)).toEqual(ids([a1]));
  });

  it('keeps flags overlapping a window, and needs every filter given to hold', () => {
    expect(ids(gapPage(ALL, { from: '2019-01-25', to: '2019-03-01' }).gaps)).toEqual(ids([b1, a2]));
    expect(
      ids(
        gapPage(ALL, { from: '2019-01-25', to: '2019-03-01', certainty: 'possible', ruleId: 'a' })
          .gaps,
      ),
    ).toEqual(ids([a2]));
  });
});

describe('gapPage: paging and counts', () => {
  it('pages the matching flags and gives their total', () => {
    const page = gapPage(ALL, { limit: 2, offset: 1 });
    expect(ids(page.gaps)).toEqual(ids([b1, a2]));
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
  });

  it('counts certain and possible over the whole review, whatever the filter', () => {
    const page = gapPage(ALL, { ruleId: 'a', certainty: 'certain' });
    expect(ids(page.gaps)).toEqual(ids([a1]));
    expect(page.total).toBe(1);
    expect(page.counts).toEqual({ certain: 2, possible: 2 });
    expect(page.rules.map((r) => r.ruleId)).toEqual(['a', 'b']);
  });
});

describe('ruleSummary', () => {
  it('counts each rule’s certain and possible flags and its earliest start', () => {
    expect(ruleSummary(ALL)).toEqual([
      { ruleId: 'a', ruleName: 'Rule a', certain: 1, possible: 1, first: '2019-01-10' },
      { ruleId: 'b', ruleName: 'Rule b', certain: 1, possible: 1, first: '2019-02-01' },
    ]);
  });

  it('finds the earliest flag whatever the order given, and orders rules by it', () => {
    const late = gap({ ruleId: 'late', start: '2019-06-01', end: '2019-06-02' });
    const early = gap({ ruleId: 'late', start: '2019-01-01', end: '2019-01-02' });
    const summary = ruleSummary([b2, late, early, b1]);
    expect(summary.map((r) => [r.ruleId, r.first])).toEqual([
      ['late', '2019-01-01'],
      ['b', '2019-02-01'],
    ]);
  });

  it('orders rules whose earliest flags share a day by rule id', () => {
    const z = gap({ ruleId: 'z', start: '2019-05-01', end: '2019-05-02' });
    const m = gap({ ruleId: 'm', start: '2019-05-01', end: '2019-05-03' });
    const k = gap({ ruleId: 'k', start: '2019-05-02', end: '2019-05-03' });
    expect(ruleSummary([z, k, m]).map((r) => r.ruleId)).toEqual(['m', 'z', 'k']);
    expect(ruleSummary([m, z, k]).map((r) => r.ruleId)).toEqual(['m', 'z', 'k']);
  });

  it('counts certain and possible apart when they differ', () => {
    expect(gapPage([a1, b1, a2], {}).counts).toEqual({ certain: 1, possible: 2 });
  });

  it('is empty for no flags', () => {
    expect(ruleSummary([])).toEqual([]);
    expect(gapPage([], {})).toMatchObject({
      gaps: [],
      total: 0,
      counts: { certain: 0, possible: 0 },
    });
  });
});
