import { describe, it, expect } from 'vitest';
import type { RuleDocument } from '../../server/contract/rules';
import { evaluateGaps } from '../../server/gaps/evaluate';
import type { GapEvent } from '../../server/gaps/gap-event';
import { gapEvent as event } from '../support/gap-events';

// The gap engine's choices that the rule and API tests did not pin, found by mutation testing
// (docs/testing.md): which event answers which trigger, one incident recorded by several
// agencies, the order of flags, and the windows of a silence rule.

const PERIOD = { start: '2019-01-01', end: '2019-12-31' };

const followUp = (overrides: Partial<RuleDocument> = {}): RuleDocument => ({
  id: 'test.referral-acknowledged',
  name: 'Referral acknowledged',
  kind: 'follow-up',
  trigger: { types: ['referral.sent'], label: 'referral' },
  expect: { types: ['referral.acknowledged'], label: 'an acknowledgement' },
  within: { amount: 10, unit: 'days' },
  basis: 'local',
  source: 'Test',
  why: 'Test',
  ...overrides,
});

function run(
  events: GapEvent[],
  rules: RuleDocument[] = [followUp()],
  sameIncident: Array<{ a: string; b: string }> = [],
) {
  return evaluateGaps({ events, rules, period: PERIOD, sameIncident });
}
const sent = (id: string, earliest: string, more: Partial<GapEvent> = {}) =>
  event({ id, type: 'referral.sent', earliest, ...more });
const ack = (id: string, earliest: string, more: Partial<GapEvent> = {}) =>
  event({ id, type: 'referral.acknowledged', earliest, ...more });
const flagged = (gaps: ReturnType<typeof run>) =>
  gaps.map((g) => [g.triggerEventId, g.expectedEventId]);

describe('follow-up: which event answers a trigger', () => {
  it('names a flag by its rule and trigger, and lists the expected types when the rule has no label', () => {
    const rule = followUp({ expect: { types: ['referral.acknowledged', 'info.shared'] } });
    const [gap] = run([sent('m1', '2019-03-01')], [rule]);
    expect(gap?.id).toBe('test.referral-acknowledged:m1');
    expect(gap?.message).toContain('no record of referral.acknowledged or info.shared by the end');
  });

  it('stops a search at the next trigger from any agency when anyone may answer', () => {
    const found = run([
      sent('police', '2019-03-01', { agency: 'Police' }),
      sent('health', '2019-03-05', { agency: 'Health' }),
      ack('a', '2019-03-06'),
    ]);
    expect(flagged(found)).toEqual([['police', null]]);
  });

  it("stops a search only at the same agency's next trigger when the same agency must answer", () => {
    const rule = followUp({ expect: { types: ['referral.acknowledged'], scope: 'same-agency' } });
    const found = run(
      [
        sent('police', '2019-03-01', { agency: 'Police' }),
        sent('health', '2019-03-03', { agency: 'Health' }),
        ack('a', '2019-03-05', { agency: 'Police' }),
      ],
      [rule],
    );
    expect(flagged(found)).toEqual([['health', null]]);
  });

  it('does not let two triggers on the same day, neither certainly first, cut each other off', () => {
    const found = run([sent('m1', '2019-03-01'), sent('m2', '2019-03-01'), ack('a', '2019-03-04')]);
    expect(found).toEqual([]);
  });

  it('does not take an answer recorded earlier than the trigger, on an earlier day or time', () => {
    const found = run([
      // A year-long entry makes the engine look back a long way for approximate answers.
      ack('vague', '2018-01-01', { latest: '2018-12-31' }),
      ack('before', '2019-05-10'),
      ack('same-day-earlier', '2019-05-15', { time: '09:00' }),
      sent('m1', '2019-05-15', { time: '10:00' }),
    ]);
    expect(flagged(found)).toEqual([['m1', null]]);
  });

  it('takes an approximate answer whose span began before the trigger', () => {
    const found = run(
      [sent('m1', '2019-05-15'), ack('may', '2019-05-01', { latest: '2019-05-31' })],
      [followUp({ within: { amount: 30, unit: 'days' } })],
    );
    expect(found).toEqual([]);
  });

  it('is not answered by itself when trigger and answer are the same kind of event', () => {
    const rule = followUp({
      expect: { types: ['referral.sent'], label: 'another referral' },
    });
    expect(flagged(run([sent('only', '2019-03-01')], [rule]))).toEqual([['only', null]]);
  });

  it('is not answered by another agency when the same agency must answer', () => {
    const rule = followUp({ expect: { types: ['referral.acknowledged'], scope: 'same-agency' } });
    const found = run(
      [sent('m1', '2019-03-01'), ack('a', '2019-03-02', { agency: 'Police' })],
      [rule],
    );
    expect(flagged(found)).toEqual([['m1', null]]);
  });

  it('flags a trigger late on the last day of the period when an hours limit may run out by midnight', () => {
    const rule = followUp({ within: { amount: 1, unit: 'hours' } });
    const [gap, ...rest] = run([sent('m1', '2019-12-31', { time: '09:00' })], [rule]);
    expect(rest).toEqual([]);
    expect(gap).toMatchObject({ triggerEventId: 'm1', certainty: 'possible' });
  });

  it('flags nothing for a trigger after the period, nor for a follow-up rule without a trigger', () => {
    expect(
      run([sent('m1', '2020-01-02')], [followUp({ within: { amount: 1, unit: 'hours' } })]),
    ).toEqual([]);
    const noTrigger = followUp();
    delete noTrigger.trigger;
    expect(run([sent('m1', '2019-03-01')], [noTrigger])).toEqual([]);
  });
});

describe('follow-up: one incident recorded by several agencies', () => {
  it('counts three linked records as one trigger, however the links are written', () => {
    const found = run(
      [
        sent('z-police', '2019-03-01', { agency: 'Police' }),
        sent('b-health', '2019-03-01', { agency: 'Health' }),
        sent('m-school', '2019-03-02', { agency: 'School' }),
        sent('other', '2019-06-03', { agency: 'Police' }),
      ],
      [followUp()],
      // Written later id first, then a chain: all three are one incident.
      [
        { a: 'z-police', b: 'b-health' },
        { a: 'm-school', b: 'z-police' },
      ],
    );
    expect(flagged(found)).toEqual([
      ['b-health', null],
      ['other', null],
    ]);
  });

  it('does not let a linked record cut off the search of the record it duplicates', () => {
    const found = run(
      [
        sent('police', '2019-03-01', { agency: 'Police' }),
        sent('health', '2019-03-03', { agency: 'Health' }),
        ack('a', '2019-03-05'),
      ],
      [followUp()],
      [{ a: 'police', b: 'health' }],
    );
    expect(found).toEqual([]);
  });

  it('still cuts a search off at the next trigger of another incident when links exist', () => {
    const found = run(
      [
        sent('m1', '2019-03-01'),
        sent('m2', '2019-03-05', { agency: 'Police' }),
        ack('a', '2019-03-06'),
      ],
      [followUp()],
      [{ a: 'x', b: 'y' }],
    );
    expect(flagged(found)).toEqual([['m1', null]]);
  });

  it('still takes an answer from another record when links exist', () => {
    const found = run(
      [sent('m1', '2019-03-01'), ack('a', '2019-03-04'), sent('m2', '2019-05-01')],
      [followUp()],
      [{ a: 'm2', b: 'x' }],
    );
    expect(flagged(found)).toEqual([['m2', null]]);
  });
});

describe('the order of flags', () => {
  it('lists certain flags first, then by start date, then by rule', () => {
    const other = followUp({ id: 'test.a-rule' });
    const found = run(
      [
        sent('possible', '2019-06-01', { latest: '2019-06-30' }),
        ack('a', '2019-07-08'),
        sent('late', '2019-09-02'),
        sent('early', '2019-02-01'),
      ],
      [followUp(), other],
    );
    expect(found.map((g) => [g.certainty, g.start, g.ruleId])).toEqual([
      ['certain', '2019-02-01', 'test.a-rule'],
      ['certain', '2019-02-01', 'test.referral-acknowledged'],
      ['certain', '2019-09-02', 'test.a-rule'],
      ['certain', '2019-09-02', 'test.referral-acknowledged'],
      ['possible', '2019-06-01', 'test.a-rule'],
      ['possible', '2019-06-01', 'test.referral-acknowledged'],
    ]);
  });
});

describe('the order of flags across rules', () => {
  it('orders by start before rule id, and by rule id on the same start', () => {
    const a = followUp({ id: 'test.a' });
    const z = followUp({ id: 'test.z', trigger: { types: ['referral.sent', 'decision'] } });
    const found = run(
      [event({ id: 'd', type: 'decision', earliest: '2019-02-01' }), sent('m', '2019-05-01')],
      [a, z],
    );
    expect(found.map((g) => [g.start, g.ruleId])).toEqual([
      ['2019-02-01', 'test.z'],
      ['2019-05-01', 'test.a'],
      ['2019-05-01', 'test.z'],
    ]);
  });
});

describe('silence rules: windows and edges', () => {
  const visits: RuleDocument = {
    id: 'test.seen',
    name: 'Child seen',
    kind: 'silence',
    expect: { types: ['contact.home-visit'], label: 'the child seen' },
    within: { amount: 10, unit: 'days' },
    while: { from: { types: ['register.add'] }, until: { types: ['register.remove'] } },
    basis: 'practice',
    source: 'Test',
    why: 'Test',
  };
  const visit = (id: string, earliest: string) =>
    event({ id, type: 'contact.home-visit', earliest });
  const ids = (gaps: ReturnType<typeof run>) => gaps.map((g) => g.id);

  it('counts a visit on the day of registration and on the day of de-registration', () => {
    const found = run(
      [
        event({ id: 'reg', type: 'register.add', earliest: '2019-03-01' }),
        visit('v1', '2019-03-01'),
        visit('v2', '2019-03-12'),
        visit('v3', '2019-03-23'),
        event({ id: 'dereg', type: 'register.remove', earliest: '2019-03-23' }),
      ],
      [visits],
    );
    expect(ids(found)).toEqual(['test.seen:v1:v2', 'test.seen:v2:v3']);
  });

  it('keeps one window for a registration repeated while registered', () => {
    const found = run(
      [
        event({ id: 'reg1', type: 'register.add', earliest: '2019-03-01' }),
        event({ id: 'reg2', type: 'register.add', earliest: '2019-03-02' }),
        visit('v1', '2019-03-14'),
        event({ id: 'dereg', type: 'register.remove', earliest: '2019-03-16' }),
      ],
      [visits],
    );
    expect(ids(found)).toEqual(['test.seen:reg1:v1']);
  });

  it('keeps one window for a repeated registration in a third window too', () => {
    const found = run(
      [
        event({ id: 'reg1', type: 'register.add', earliest: '2019-03-01' }),
        event({ id: 'dereg1', type: 'register.remove', earliest: '2019-03-03' }),
        event({ id: 'reg2', type: 'register.add', earliest: '2019-03-05' }),
        event({ id: 'dereg2', type: 'register.remove', earliest: '2019-03-07' }),
        event({ id: 'reg3', type: 'register.add', earliest: '2019-03-10' }),
        event({ id: 'reg3-again', type: 'register.add', earliest: '2019-03-12' }),
        event({ id: 'dereg3', type: 'register.remove', earliest: '2019-03-30' }),
      ],
      [visits],
    );
    expect(ids(found)).toEqual(['test.seen:reg3:dereg3']);
  });

  it('opens a second window at a registration after a de-registration, to its own closing', () => {
    const found = run(
      [
        event({ id: 'reg1', type: 'register.add', earliest: '2019-03-01' }),
        event({ id: 'dereg1', type: 'register.remove', earliest: '2019-03-05' }),
        event({ id: 'reg2', type: 'register.add', earliest: '2019-05-01' }),
        event({ id: 'dereg2', type: 'register.remove', earliest: '2019-05-20' }),
      ],
      [visits],
    );
    expect(ids(found)).toEqual(['test.seen:reg2:dereg2']);
    expect(found[0]).toMatchObject({ start: '2019-05-01', end: '2019-05-20' });
  });

  it('names the start and end of the period, with no status to open a window', () => {
    const always = { ...visits, while: undefined };
    const found = run([visit('v1', '2019-06-03')], [always]);
    expect(ids(found)).toEqual(['test.seen:start:v1', 'test.seen:v1:end']);
    expect(found[0]?.message).toContain(
      'No record of the child seen between the start of the period (1 Jan 2019) and',
    );
    expect(found[1]?.message).toContain('and the end of the period (31 Dec 2019)');
    expect(found[1]?.expectedEventId).toBeNull();
  });

  it('flags nothing without a single event to hang a flag on', () => {
    expect(run([], [{ ...visits, while: undefined }])).toEqual([]);
  });
});
