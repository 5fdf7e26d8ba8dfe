import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../server/ingest/dates';
import {
  BOUNDARY_PERIOD,
  GAP_BOUNDARY_CASES,
  type BoundaryRecord,
} from '../support/gap-boundaries';
import { gapEvent, gapsOf, packRule } from '../support/gap-events';

// The shared table of gap limits at their edges (tests/support/gap-boundaries.ts) through the
// gap engine, with the pack's own rule and dates read as ingest reads them. The same table goes
// through the HTTP API in tests/api/gap-boundaries.test.ts. Planted bugs each fail both
// (docs/testing.md, "Planted bugs"): bank holidays left out of the working-day count (the
// bank-holiday cases), a flag counted certain when the shortest interval equals the limit (the
// 'early March' and month-only cases), and an off-by-one at the limit (the at-the-limit cases).

function event(record: BoundaryRecord, id: string) {
  const read = normaliseDate(record.date, { referenceYear: 2019 });
  if (!read.ok) throw new Error(`"${record.date}" is not a date: ${read.message}`);
  return gapEvent({
    id,
    type: record.type,
    earliest: read.value.earliest,
    latest: read.value.latest,
    precision: read.value.precision,
    uncertain: read.value.uncertain,
  });
}

describe('gap limits at their edges, through the gap engine', () => {
  it.each(GAP_BOUNDARY_CASES)('$name', (c) => {
    const rule = packRule(c.ruleId, 'wales', 'child');
    const gaps = gapsOf([event(c.trigger, 'trigger'), event(c.answer, 'answer')], [rule], {
      ...BOUNDARY_PERIOD,
    }).filter((g) => g.ruleId === c.ruleId && g.triggerEventId === 'trigger');
    expect(
      gaps.map((g) => ({ certainty: g.certainty, answer: g.expectedEventId, ...g.elapsed })),
    ).toEqual(
      c.expected
        ? [
            {
              certainty: c.expected.certainty,
              answer: 'answer',
              ...c.expected.elapsed,
              unit: 'working-days',
            },
          ]
        : [],
    );
  });
});
