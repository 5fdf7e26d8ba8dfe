import { describe, expect, it } from 'vitest';
import { compileMatch } from '../../server/gaps/match';
import { gapEvent as event, gapsOf, packRule } from '../support/gap-events';

// A conference whose outcome records the registration starts the registration rules when no
// registration row exists, once per registration (DOMAIN.md, "Gaps as rules"; issue 10 item 5).

const PERIOD = { start: '2019-01-01', end: '2019-12-31' };
const coreGroup = packRule('wales.first-core-group', 'wales', 'child');
const visits = packRule('wales.registered-child-seen', 'wales', 'child');
const englandCoreGroup = packRule('england.first-core-group', 'england', 'child');

const conference = (
  id: string,
  earliest: string,
  outcome: string,
  agency = 'Children’s Services',
) => event({ id, type: 'meeting.conference', earliest, outcome, agency, description: 'ICPC held' });

describe('a trigger on the outcome’s words', () => {
  it('a conference whose outcome records a registration starts the first core group rule', () => {
    const found = gapsOf(
      [conference('icpc', '2019-03-01', 'Child placed on CP register under neglect')],
      [coreGroup],
      PERIOD,
    );
    expect(found.map((g) => [g.ruleId, g.triggerEventId, g.certainty])).toEqual([
      ['wales.first-core-group', 'icpc', 'certain'],
    ]);
    expect(found[0]?.message).toContain('no record of a core group meeting');
  });

  it('is answered by a core group within 10 working days of the conference', () => {
    const found = gapsOf(
      [
        conference('icpc', '2019-03-01', 'Registered: neglect'),
        event({ type: 'meeting.core-group', earliest: '2019-03-15' }),
      ],
      [coreGroup],
      PERIOD,
    );
    expect(found).toEqual([]);
  });

  it.each([
    'Not registered; child in need plan',
    'Child to remain on the register',
    'Child de-registered, plan ended',
    'Threshold not met for a child protection plan',
  ])('an outcome that negates the registration (“%s”) starts nothing', (outcome) => {
    expect(gapsOf([conference('c', '2019-03-01', outcome)], [coreGroup], PERIOD)).toEqual([]);
  });

  it('reads only the outcome: the same words in the description do not start it', () => {
    const described = event({
      type: 'meeting.conference',
      earliest: '2019-03-01',
      description: 'Conference considered whether the child should be registered',
    });
    expect(gapsOf([described], [coreGroup], PERIOD)).toEqual([]);
  });

  it('mentions still read the description and people, not the outcome', () => {
    const matches = compileMatch({ types: ['meeting.conference'], mentions: ['registered'] });
    expect(
      matches(event({ type: 'meeting.conference', earliest: '2019-03-01', outcome: 'registered' })),
    ).toBe(false);
    expect(
      matches(
        event({ type: 'meeting.conference', earliest: '2019-03-01', description: 'registered' }),
      ),
    ).toBe(true);
  });
});

describe('one registration starts the rule once', () => {
  it('a registration row on the day of the conference: one flag, from the registration row', () => {
    const found = gapsOf(
      [
        conference('icpc', '2019-03-01', 'Child placed on the CP register'),
        event({ id: 'reg', type: 'register.add', earliest: '2019-03-01' }),
      ],
      [coreGroup],
      PERIOD,
    );
    expect(found.map((g) => g.triggerEventId)).toEqual(['reg']);
  });

  it('a registration row typed in the next day is the same registration', () => {
    const found = gapsOf(
      [
        conference('icpc', '2019-03-01', 'Child placed on the CP register'),
        event({ id: 'reg', type: 'register.add', earliest: '2019-03-02' }),
        event({ type: 'meeting.core-group', earliest: '2019-04-30' }),
      ],
      [coreGroup],
      PERIOD,
    );
    expect(found.map((g) => [g.triggerEventId, g.certainty])).toEqual([['reg', 'certain']]);
  });

  it('two agencies’ records of the same conference, no registration row: one flag', () => {
    const found = gapsOf(
      [
        conference('cs', '2019-03-01', 'Registered under neglect'),
        conference('hv', '2019-03-01', 'Child made subject to a child protection plan', 'Health'),
      ],
      [coreGroup],
      PERIOD,
    );
    expect(found.map((g) => g.triggerEventId)).toEqual(['cs']);
  });

  it('a registration months after a conference’s is a second registration', () => {
    const found = gapsOf(
      [
        conference('icpc', '2019-03-01', 'Child placed on the CP register'),
        event({ id: 'reg', type: 'register.add', earliest: '2019-09-02' }),
      ],
      [coreGroup],
      PERIOD,
    );
    expect(found.map((g) => g.triggerEventId)).toEqual(['icpc', 'reg']);
  });

  it('England: a registration row with none of the conference words starts the rule, and with the ICPC row counts once', () => {
    const found = gapsOf(
      [
        event({
          id: 'icpc',
          type: 'meeting.conference',
          earliest: '2019-03-01',
          description: 'ICPC',
        }),
        event({
          id: 'plan',
          type: 'register.add',
          earliest: '2019-03-01',
          description: 'CP plan: neglect',
        }),
        event({
          id: 'later',
          type: 'register.add',
          earliest: '2019-07-01',
          description: 'Neglect',
        }),
      ],
      [englandCoreGroup],
      PERIOD,
    );
    expect(found.map((g) => g.triggerEventId)).toEqual(['plan', 'later']);
  });
});

describe('statutory visits opened and closed by conference outcomes', () => {
  it('measures silences only while the conferences’ outcomes say the child was registered', () => {
    const found = gapsOf(
      [
        conference('icpc', '2019-02-01', 'Child placed on the CP register'),
        event({ id: 'v1', type: 'contact.home-visit', earliest: '2019-02-08', childSeen: true }),
        event({ id: 'v2', type: 'contact.home-visit', earliest: '2019-02-15', childSeen: true }),
        event({ id: 'v3', type: 'contact.home-visit', earliest: '2019-03-20', childSeen: true }),
        conference('rcpc', '2019-03-25', 'Child de-registered'),
        event({ id: 'after', type: 'contact.home-visit', earliest: '2019-09-01', childSeen: true }),
      ],
      [visits],
      PERIOD,
    );
    expect(found.map((g) => [g.triggerEventId, g.expectedEventId])).toEqual([['v2', 'v3']]);
  });
});
