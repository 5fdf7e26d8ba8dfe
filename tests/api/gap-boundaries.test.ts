import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYSUR_REVIEW, createReview, createTestApp, upload, type TestApp } from '../support/app';
import { BOUNDARY_PERIOD, GAP_BOUNDARY_CASES } from '../support/gap-boundaries';

// The shared table of gap limits at their edges (tests/support/gap-boundaries.ts) through the
// HTTP API: a review of its own per case (Wales, child), the two records uploaded as a CSV, the
// flags read from the gaps endpoint. The same table goes through the gap engine in
// tests/unit/gap-boundaries.test.ts. Planted bugs each fail both (docs/testing.md, "Planted
// bugs"): bank holidays left out of the working-day count, a flag counted certain when the
// shortest interval equals the limit, and an off-by-one at the limit.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

let reviews = 0;
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

describe('gap limits at their edges, through the API', () => {
  it.each(GAP_BOUNDARY_CASES)('$name', async (c) => {
    const reviewId = await createReview(t.app, {
      ...CYSUR_REVIEW,
      reference: `EDGE ${++reviews}/2019`,
      periodStart: BOUNDARY_PERIOD.start,
      periodEnd: BOUNDARY_PERIOD.end,
    });
    const csv = [
      'Date,Type,Description',
      ...[c.trigger, c.answer].map((r, i) =>
        [r.date, r.typeText, `Record ${i + 1}`].map(csvCell).join(','),
      ),
    ].join('\n');
    const uploaded = await upload(t.app, reviewId, csv, {
      agency: "Powys Children's Services",
      fields: { agencyKind: 'children-services' },
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const listed = await t.app.inject({ url: `/api/reviews/${reviewId}/events?view=named` });
    expect(listed.statusCode).toBe(200);
    const byRecord = new Map<string, { id: string; type: string; date: { text: string } }>(
      listed.json().events.map((e: { description: string }) => [e.description, e]),
    );
    const [trigger, answer] = [byRecord.get('Record 1')!, byRecord.get('Record 2')!];
    // The records read as the table says: the type the rule reads, the date as written.
    expect([trigger, answer].map((e) => [e.type, e.date.text])).toEqual([
      [c.trigger.type, c.trigger.date],
      [c.answer.type, c.answer.date],
    ]);

    const response = await t.app.inject({
      url: `/api/reviews/${reviewId}/gaps?ruleId=${c.ruleId}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const flags = (
      response.json().gaps as Array<{
        ruleId: string;
        triggerEventId: string;
        expectedEventId: string | null;
        certainty: string;
        elapsed: { min: number; max: number; unit: string };
      }>
    ).filter((g) => g.ruleId === c.ruleId && g.triggerEventId === trigger.id);
    expect(
      flags.map((g) => ({ certainty: g.certainty, answer: g.expectedEventId, ...g.elapsed })),
    ).toEqual(
      c.expected
        ? [
            {
              ...c.expected.elapsed,
              certainty: c.expected.certainty,
              answer: answer.id,
              unit: 'working-days',
            },
          ]
        : [],
    );
  });
});
