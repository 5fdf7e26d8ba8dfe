import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CYSUR_REVIEW, createReview, createTestApp, type TestApp, upload } from '../support/app';

// A review's kind (child, domestic homicide, adult) and jurisdiction choose the rule packs it
// starts with (server/gaps/packs.ts, docs/rules.md).

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

async function ruleIds(reviewId: string): Promise<string[]> {
  const response = await t.app.inject({ url: `/api/reviews/${reviewId}/rules` });
  expect(response.statusCode).toBe(200);
  return response.json().rules.map((r: { id: string }) => r.id);
}

const DHR = {
  reference: 'DHR 1/2026',
  title: 'Domestic Homicide Review: Adult A',
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  jurisdiction: 'england',
  kind: 'domestic-homicide',
} as const;

describe('review kinds', () => {
  it('a domestic homicide review starts with the DHR pack and the child rules that fire only when a child is named', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/reviews',
      payload: { ...DHR, joinAsReviewer: true },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().kind).toBe('domestic-homicide');
    const id = created.json().id;
    expect((await t.app.inject({ url: `/api/reviews/${id}` })).json().kind).toBe(
      'domestic-homicide',
    );
    expect(await t.queryOne('select kind from reviews where id = ?', id)).toEqual({
      kind: 'domestic-homicide',
    });

    const ids = await ruleIds(id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'dhr.dash-high-to-marac',
        'dhr.marac-to-idva',
        'dhr.risk-plan-review',
        'dhr.new-relationship-shared',
        'dhr.injury-routine-enquiry',
        'adult.concern-enquiry-decision',
        'local.domestic-abuse-child-referral',
        'timescales.non-mobile-baby-injury',
        'timescales.referral-receipt',
      ]),
    );
    for (const childOnly of [
      'england.first-core-group',
      'england.plan-child-seen',
      'local.minutes-shared',
      'local.referral-recorded',
      'timescales.child-seen-after-allegation',
    ]) {
      expect(ids).not.toContain(childOnly);
    }
  });

  it('an adult review starts with the DHR / adult pack and no child rules', async () => {
    const id = await createReview(t.app, { ...DHR, reference: 'SAR 1/2026', kind: 'adult' });
    const ids = await ruleIds(id);
    expect(ids).toContain('adult.concern-enquiry-decision');
    expect(ids).toContain('timescales.concern-acted-on');
    expect(ids.filter((r) => r.startsWith('local.') || r.startsWith('england.'))).toEqual([]);
  });

  it('a child review in England starts with the England pack, local practice and the more-timescales rules', async () => {
    const id = await createReview(t.app, {
      ...CYSUR_REVIEW,
      jurisdiction: 'england',
      kind: 'child',
    });
    const ids = await ruleIds(id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'england.referral-decision',
        'england.first-core-group',
        'england.early-help',
        'local.minutes-shared',
        'timescales.concern-acted-on',
        'timescales.non-mobile-baby-injury',
        'timescales.child-seen-after-allegation',
        'timescales.referral-receipt',
        'timescales.housing-domestic-abuse',
        'dhr.dash-high-to-marac',
        'dhr.marac-to-idva',
      ]),
    );
    expect(ids.some((r) => r.startsWith('wales.'))).toBe(false);
    // The DHR pack's rules about offenders and adults at risk stay out.
    expect(ids).not.toContain('dhr.risk-plan-review');
  });

  it('a review created without a kind, and one stored before kinds existed, is a child review', async () => {
    const id = await createReview(t.app, CYSUR_REVIEW);
    expect((await t.app.inject({ url: `/api/reviews/${id}` })).json().kind).toBe('child');
    expect(await ruleIds(id)).toContain('wales.first-core-group');
    // A row written without the column, as every review before the migration was.
    await t.query(`insert into reviews (id, reference, title, period_start, period_end, jurisdiction, created_at)
         values ('old-review', 'OLD 1', 'Old', '2018-01-01', '2018-12-31', 'wales', '2026-01-01')`);
    const list = (await t.app.inject({ url: '/api/reviews' })).json().reviews;
    expect(list.find((r: { id: string }) => r.id === 'old-review').kind).toBe('child');
  });

  it.each([
    ['an unknown kind', { kind: 'serious-case-review' }],
    ['a kind in other words', { kind: 'DHR' }],
  ])('refuses %s with a 400 naming the field, and stores nothing', async (_name, change) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/reviews',
      payload: { ...DHR, ...change },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('kind');
    expect(await t.queryOne('select count(*) n from reviews')).toEqual({ n: 0 });
    expect(await t.queryOne('select count(*) n from review_rules')).toEqual({ n: 0 });
  });
});

describe('a domestic homicide review end to end', () => {
  it('flags a high-risk DASH with no MARAC referral, and not one referred the next working day', async () => {
    const id = await createReview(t.app, DHR);
    // Friday 24 May 2024 → Tuesday 28 May: the Monday is the spring bank holiday, so the
    // referral is 1 working day later. 7 June → 12 June is 3 working days: late.
    const csv = [
      'Date,Type,Description,Outcome',
      '24/05/2024,DASH RIC,DASH completed with victim after assault,High risk',
      '28/05/2024,MARAC referral,Referral sent to MARAC coordinator,',
      '07/06/2024,DASH,DASH completed: 15 ticks,Graded high',
      '12/06/2024,MARAC referral,Referral sent to MARAC,',
    ].join('\n');
    const stored = await upload(t.app, id, csv, { agency: 'Metropolitan Police' });
    expect(stored.statusCode).toBe(201);
    const events = (await t.app.inject({ url: `/api/reviews/${id}/events` })).json().events;
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'risk.assessment',
      'marac.referral',
      'risk.assessment',
      'marac.referral',
    ]);
    const gaps = (await t.app.inject({ url: `/api/reviews/${id}/gaps` })).json().gaps;
    const flags = gaps.filter((g: { ruleId: string }) => g.ruleId === 'dhr.dash-high-to-marac');
    expect(flags.map((g: { triggerEventId: string }) => g.triggerEventId)).toEqual([events[2].id]);
    expect(flags[0]).toMatchObject({ certainty: 'certain', basis: 'practice' });
    expect(flags[0].message).toContain('3 working days');
    expect(flags[0].source).toContain('SafeLives');
  });
});

describe('rules with alternatives and outcome words on the rules page', () => {
  it('a pack rule with alternatives reads back and saves unchanged; an unknown code inside an alternative is named', async () => {
    const id = await createReview(t.app, CYSUR_REVIEW);
    const rules = (await t.app.inject({ url: `/api/reviews/${id}/rules` })).json().rules;
    const {
      position: _p,
      updatedAt: _u,
      ...rule
    } = rules.find((r: { id: string }) => r.id === 'wales.first-core-group');
    expect(rule.trigger.or[0]).toMatchObject({ types: ['meeting.conference'], standIn: true });
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${id}/rules/${rule.id}`,
      payload: rule,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().trigger).toEqual(rule.trigger);

    const wrong = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${id}/rules/${rule.id}`,
      payload: {
        ...rule,
        trigger: { ...rule.trigger, or: [{ types: ['meeting.conferense'], standIn: true }] },
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('trigger.or[0].types[0]');

    const nested = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${id}/rules/${rule.id}`,
      payload: {
        ...rule,
        trigger: { ...rule.trigger, or: [{ types: ['meeting.conference'], or: [] }] },
      },
    });
    expect(nested.statusCode).toBe(400);
  });
});
