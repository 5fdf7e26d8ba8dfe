import { describe, expect, it } from 'vitest';
import type { GapEvent } from '../../server/gaps/gap-event';
import { type Jurisdiction, type ReviewKind, rulePack } from '../../server/gaps/packs';
import { gapEvent, gapsOf, packRule } from '../support/gap-events';

// Each rule added for issue 10 (DOMAIN.md, "More timescales reviews hold practice against" and
// "Domestic homicide and adult reviews"), as shipped in its pack: what starts it, an answer
// within the limit, one beyond it, and a near miss that must not start it. Working-day limits
// straddle Easter 2024 (Good Friday 29 March, Easter Monday 1 April) or the week after it, so
// a count that ignored bank holidays would get them wrong.

type Partial = Omit<Parameters<typeof gapEvent>[0], 'earliest'>;

interface Case {
  rule: string;
  pack: [Jurisdiction, ReviewKind];
  trigger: Partial & { earliest: string };
  answer: Partial;
  within: { earliest: string; time?: string };
  beyond: { earliest: string; time?: string };
  notATrigger: Partial & { why: string };
  unit: 'working-days' | 'hours';
}

const police = { agency: 'Police', agencyKind: 'police' };
const probation = { agency: 'Probation', agencyKind: 'probation' };
const adults = { agency: 'Adult Social Care', agencyKind: 'adult-services' };
const hospital = { agency: 'Hospital ED', agencyKind: 'health' };
const school = { agency: 'School', agencyKind: 'education' };
const housing = { agency: 'Housing', agencyKind: 'housing' };
const child: [Jurisdiction, ReviewKind] = ['england', 'child'];
const adult: [Jurisdiction, ReviewKind] = ['wales', 'adult'];
const dhr: [Jurisdiction, ReviewKind] = ['england', 'domestic-homicide'];

// 1 working day: Thursday 28 March → Tuesday 2 April is 1 (Good Friday and Easter Monday).
const ONE_WD = { trigger: '2024-03-28', within: '2024-04-02', beyond: '2024-04-03' };
// 2 working days: Thursday 28 March → Wednesday 3 April is 2.
const TWO_WD = { trigger: '2024-03-28', within: '2024-04-03', beyond: '2024-04-04' };
// 10 working days: Thursday 21 March → Monday 8 April is 10 (12 without the bank holidays).
const TEN_WD = { trigger: '2024-03-21', within: '2024-04-08', beyond: '2024-04-09' };

const CASES: Case[] = [
  {
    rule: 'timescales.concern-acted-on',
    pack: child,
    unit: 'working-days',
    trigger: { type: 'concern', ...school, earliest: ONE_WD.trigger },
    answer: { type: 'referral.sent', ...school },
    within: { earliest: ONE_WD.within },
    beyond: { earliest: ONE_WD.beyond },
    notATrigger: { type: 'concern', why: 'children’s services’ own concern' },
  },
  {
    rule: 'timescales.referral-receipt',
    pack: child,
    unit: 'working-days',
    trigger: { type: 'marac.referral', ...police, earliest: ONE_WD.trigger },
    answer: { type: 'marac.referral', agency: 'MARAC coordinator', agencyKind: 'other' },
    within: { earliest: ONE_WD.within },
    beyond: { earliest: ONE_WD.beyond },
    notATrigger: { type: 'referral.sent', ...police, why: 'left to the child packs’ rules' },
  },
  {
    rule: 'timescales.non-mobile-baby-injury',
    pack: child,
    unit: 'hours',
    trigger: {
      type: 'incident.injury',
      agency: 'Health Visiting',
      agencyKind: 'health',
      description: 'Small bruise on the baby’s cheek',
      earliest: '2024-03-28',
      time: '10:00',
    },
    answer: { type: 'referral.sent', agency: 'Health Visiting', agencyKind: 'health' },
    within: { earliest: '2024-03-28', time: '16:30' },
    beyond: { earliest: '2024-03-30' },
    notATrigger: {
      type: 'incident.injury',
      agencyKind: 'health',
      description: 'Bruise to mother’s arm',
      why: 'an adult’s injury',
    },
  },
  {
    rule: 'timescales.child-seen-after-allegation',
    pack: child,
    unit: 'hours',
    trigger: {
      type: 'referral.received',
      description: 'School reports an allegation that father hit the child',
      earliest: '2024-03-28',
      time: '09:00',
    },
    answer: { type: 'contact.home-visit', childSeen: true },
    within: { earliest: '2024-03-28', time: '15:00' },
    beyond: { earliest: '2024-03-30' },
    notATrigger: {
      type: 'referral.received',
      description: 'DIR: alleged assault on mother, who is pregnant (unborn child)',
      why: 'a domestic abuse report before the birth',
    },
  },
  {
    rule: 'england.early-help',
    pack: child,
    unit: 'working-days',
    trigger: {
      type: 'decision',
      description: 'Threshold for assessment not met',
      outcome: 'Step down to early help',
      earliest: TEN_WD.trigger,
    },
    answer: {
      type: 'assessment.start',
      agency: 'Early Help Hub',
      description: 'Early help assessment started',
    },
    within: { earliest: TEN_WD.within },
    beyond: { earliest: TEN_WD.beyond },
    notATrigger: { type: 'decision', outcome: 'NFA', why: 'a decision with no early help' },
  },
  {
    rule: 'dhr.dash-high-to-marac',
    pack: dhr,
    unit: 'working-days',
    trigger: {
      type: 'risk.assessment',
      ...police,
      description: 'DASH RIC completed',
      outcome: 'High risk',
      earliest: ONE_WD.trigger,
    },
    answer: { type: 'marac.referral', ...police },
    within: { earliest: ONE_WD.within },
    beyond: { earliest: ONE_WD.beyond },
    notATrigger: {
      type: 'risk.assessment',
      ...police,
      description: 'DASH RIC completed',
      outcome: 'Standard risk',
      why: 'a standard-risk DASH',
    },
  },
  {
    rule: 'dhr.marac-to-idva',
    pack: dhr,
    unit: 'working-days',
    trigger: { type: 'marac.referral', ...police, earliest: TWO_WD.trigger },
    answer: { type: 'idva.contact', agency: 'IDVA service', agencyKind: 'voluntary' },
    within: { earliest: TWO_WD.within },
    beyond: { earliest: TWO_WD.beyond },
    notATrigger: {
      type: 'marac.referral',
      agency: 'IDVA service',
      agencyKind: 'voluntary',
      why: 'the IDVA service’s own record of the referral',
    },
  },
  {
    rule: 'dhr.risk-plan-review',
    pack: dhr,
    unit: 'working-days',
    trigger: { type: 'justice.breach', ...probation, earliest: TEN_WD.trigger },
    answer: { type: 'risk.assessment', ...probation, description: 'OASys review' },
    within: { earliest: TEN_WD.within },
    beyond: { earliest: TEN_WD.beyond },
    notATrigger: { type: 'justice.breach', ...police, why: 'a breach not known to probation' },
  },
  {
    rule: 'dhr.new-relationship-shared',
    pack: dhr,
    unit: 'working-days',
    trigger: {
      type: 'contact.office',
      ...probation,
      description: 'Disclosed he has a new partner with two children',
      earliest: ONE_WD.trigger,
    },
    answer: { type: 'info.shared', ...probation, description: 'Police told; DVDS considered' },
    within: { earliest: ONE_WD.within },
    beyond: { earliest: ONE_WD.beyond },
    notATrigger: {
      type: 'contact.office',
      ...probation,
      description: 'Reported to office',
      why: 'a contact with no new relationship',
    },
  },
  {
    rule: 'dhr.injury-routine-enquiry',
    pack: dhr,
    unit: 'hours',
    trigger: {
      type: 'health.emergency',
      ...hospital,
      description: 'Attended with facial bruising, said she fell',
      earliest: '2024-03-28',
      time: '22:00',
    },
    answer: { type: 'risk.assessment', ...hospital, description: 'Routine enquiry: denied DA' },
    within: { earliest: '2024-03-29', time: '02:00' },
    beyond: { earliest: '2024-03-30' },
    notATrigger: {
      type: 'health.emergency',
      ...hospital,
      description: 'Attended with chest pain',
      why: 'an attendance with no injury',
    },
  },
  {
    rule: 'timescales.housing-domestic-abuse',
    pack: adult,
    unit: 'working-days',
    trigger: {
      type: 'housing',
      ...housing,
      description: 'ASB complaint from neighbour: a man shouting most nights, a woman crying',
      earliest: ONE_WD.trigger,
    },
    answer: {
      type: 'contact.phone',
      ...housing,
      description: 'Called tenant when alone: asked about domestic abuse, safety plan offered',
    },
    within: { earliest: ONE_WD.within },
    beyond: { earliest: ONE_WD.beyond },
    notATrigger: {
      type: 'housing',
      ...housing,
      description: 'ASB complaint from neighbour: loud music late at night',
      why: 'a noise report with no sign of abuse',
    },
  },
  {
    rule: 'adult.concern-enquiry-decision',
    pack: dhr,
    unit: 'working-days',
    trigger: { type: 'adult.concern', ...adults, earliest: TWO_WD.trigger },
    answer: { type: 'decision', ...adults, description: 'Section 42 criteria met' },
    within: { earliest: TWO_WD.within },
    beyond: { earliest: TWO_WD.beyond },
    notATrigger: { type: 'adult.concern', ...police, why: 'the concern as the police sent it' },
  },
];

function run(c: Case, events: GapEvent[]) {
  return gapsOf(events, [packRule(c.rule, ...c.pack)]);
}

describe.each(CASES)('$rule', (c) => {
  const trigger = () => gapEvent({ id: 'trigger', ...c.trigger });
  const answer = (at: { earliest: string; time?: string }) =>
    gapEvent({ id: 'answer', ...c.answer, ...at });

  it('is in its pack with a source, a why and a basis', () => {
    const rule = packRule(c.rule, ...c.pack);
    expect(rule.within.unit).toBe(c.unit);
    expect(rule.source.length).toBeGreaterThan(40);
    expect(rule.why.length).toBeGreaterThan(40);
    expect(['practice', 'local']).toContain(rule.basis);
  });

  it('flags a trigger with no answer by the end of the period', () => {
    const found = run(c, [trigger()]);
    expect(found.map((g) => [g.ruleId, g.triggerEventId, g.expectedEventId])).toEqual([
      [c.rule, 'trigger', null],
    ]);
    expect(found[0]?.message).toContain('no record of');
  });

  it('does not flag an answer within the limit', () => {
    expect(run(c, [trigger(), answer(c.within)])).toEqual([]);
  });

  it('flags an answer beyond the limit as certain', () => {
    const found = run(c, [trigger(), answer(c.beyond)]);
    expect(found.map((g) => [g.triggerEventId, g.expectedEventId, g.certainty])).toEqual([
      ['trigger', 'answer', 'certain'],
    ]);
    expect(found[0]?.limit.unit).toBe(c.unit);
  });

  it(`is not started by ${c.notATrigger.why}`, () => {
    const { why: _why, ...partial } = c.notATrigger;
    const nearMiss = gapEvent({ ...partial, earliest: c.trigger.earliest });
    expect(run(c, [nearMiss])).toEqual([]);
  });
});

describe('the packs each kind of review starts with', () => {
  it.each([
    ['wales', 'child'],
    ['england', 'child'],
    ['wales', 'domestic-homicide'],
    ['england', 'domestic-homicide'],
    ['wales', 'adult'],
    ['england', 'adult'],
  ] as const)('%s %s: valid rules with unique ids', (jurisdiction, kind) => {
    const rules = rulePack(jurisdiction, kind);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.length).toBeGreaterThan(7);
  });

  it('a child review holds the domestic abuse rules too; the housing rule is in every kind', () => {
    for (const jurisdiction of ['wales', 'england'] as const) {
      const ids = rulePack(jurisdiction, 'child').map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining(['dhr.dash-high-to-marac', 'dhr.marac-to-idva']));
      // Not the rules about offenders and adults at risk.
      expect(ids).not.toContain('dhr.risk-plan-review');
      expect(ids).not.toContain('adult.concern-enquiry-decision');
    }
    for (const kind of ['child', 'domestic-homicide', 'adult'] as const) {
      expect(rulePack('wales', kind).map((r) => r.id)).toContain(
        'timescales.housing-domestic-abuse',
      );
    }
  });

  it('early help is an England rule only', () => {
    expect(rulePack('england', 'child').map((r) => r.id)).toContain('england.early-help');
    expect(rulePack('wales', 'child').map((r) => r.id)).not.toContain('england.early-help');
  });
});

// The words agencies write for what a rule looks for, as they came in the review cases'
// records (fixtures/corpus/cases): each starts its rule with no answer recorded.
describe('the words a rule reads', () => {
  it.each([
    [
      'timescales.non-mobile-baby-injury',
      child,
      {
        type: 'incident.injury',
        agencyKind: 'health',
        description: 'Child R (16 weeks, not rolling) brought with a bruise on the forehead',
      },
    ],
    [
      'dhr.new-relationship-shared',
      dhr,
      {
        type: 'contact.office',
        ...probation,
        description: 'Says he has "met someone" and stays at her flat some nights',
      },
    ],
    [
      'dhr.dash-high-to-marac',
      child,
      {
        type: 'risk.assessment',
        ...police,
        description: 'DASH with mother: 14 ticks incl. strangulation. Graded HIGH.',
      },
    ],
  ] as const)('%s: %j', (rule, pack, trigger) => {
    const found = gapsOf(
      [gapEvent({ id: 'trigger', earliest: '2024-03-28', ...trigger })],
      [packRule(rule, ...pack)],
    );
    expect(found.map((g) => [g.ruleId, g.triggerEventId])).toEqual([[rule, 'trigger']]);
  });
});
