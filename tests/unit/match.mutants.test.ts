import { describe, it, expect } from 'vitest';
import { compileMatch, compileDescription, typesNamed, typesOf } from '../../server/gaps/match';
import { gapEvent as event } from '../support/gap-events';

// How a rule's description picks events (rules are data; DOMAIN.md "Gaps as rules"): each part
// given must hold. Each part on its own, found by mutation testing (docs/testing.md).

describe('compileDescription: types', () => {
  const matches = compileDescription({ types: ['referral.sent', 'contact.'] });

  it('takes an exact code, or any code under a prefix ending in a dot', () => {
    expect(matches(event({ type: 'referral.sent', earliest: '2019-01-01' }))).toBe(true);
    expect(matches(event({ type: 'contact.phone', earliest: '2019-01-01' }))).toBe(true);
    expect(matches(event({ type: 'contact.home-visit', earliest: '2019-01-01' }))).toBe(true);
  });

  it('takes no other code, nor one that only begins like an exact code', () => {
    expect(matches(event({ type: 'referral.received', earliest: '2019-01-01' }))).toBe(false);
    expect(matches(event({ type: 'referral.sent-on', earliest: '2019-01-01' }))).toBe(false);
    expect(matches(event({ type: 'contactless', earliest: '2019-01-01' }))).toBe(false);
  });
});

describe('compileDescription: the other parts', () => {
  const base = { type: 'concern', earliest: '2019-01-01' };

  it("needs the agency's kind to be one listed", () => {
    const matches = compileDescription({ types: ['concern'], agencyKinds: ['police', 'health'] });
    expect(matches(event({ ...base, agencyKind: 'police' }))).toBe(true);
    expect(matches(event({ ...base, agencyKind: 'health' }))).toBe(true);
    expect(matches(event({ ...base, agencyKind: 'education' }))).toBe(false);
  });

  it('needs the child seen, or not seen, when the rule says which', () => {
    const seen = compileDescription({ types: ['concern'], childSeen: true });
    expect(seen(event({ ...base, childSeen: true }))).toBe(true);
    expect(seen(event({ ...base, childSeen: false }))).toBe(false);
    expect(seen(event({ ...base, childSeen: null }))).toBe(false);
    const notSeen = compileDescription({ types: ['concern'], childSeen: false });
    expect(notSeen(event({ ...base, childSeen: false }))).toBe(true);
    expect(notSeen(event({ ...base, childSeen: true }))).toBe(false);
  });

  it('finds a word mentioned in the description or in any of the people, as a whole word', () => {
    const matches = compileDescription({ types: ['concern'], mentions: ['unborn', ' infant '] });
    expect(matches(event({ ...base, description: 'Concern for the UNBORN baby' }))).toBe(true);
    expect(matches(event({ ...base, subjects: ['Mother', 'Infant'] }))).toBe(true);
    expect(matches(event({ ...base, description: 'Infants' }))).toBe(false);
    expect(matches(event({ ...base, description: 'nonunborn' }))).toBe(false);
    expect(matches(event({ ...base, description: 'unborn2' }))).toBe(false);
    expect(matches(event({ ...base, description: null, subjects: ['Mother'] }))).toBe(false);
  });

  it('refuses a word it must not mention, in the description or the people', () => {
    const matches = compileDescription({ types: ['concern'], notMentions: ['domestic'] });
    expect(matches(event({ ...base, description: 'Bruise seen' }))).toBe(true);
    expect(matches(event({ ...base, description: null }))).toBe(true);
    expect(matches(event({ ...base, description: 'Domestic abuse disclosed' }))).toBe(false);
    expect(matches(event({ ...base, subjects: ['Domestic partner'] }))).toBe(false);
  });

  it('looks for outcome words in the outcome only, and refuses a negation there', () => {
    const matches = compileDescription({
      types: ['concern'],
      outcomeMentions: ['registered'],
      outcomeNotMentions: ['not registered'],
    });
    expect(matches(event({ ...base, outcome: 'Registered under neglect' }))).toBe(true);
    expect(matches(event({ ...base, outcome: 'Not registered' }))).toBe(false);
    expect(matches(event({ ...base, outcome: null, description: 'registered' }))).toBe(false);
    const negated = compileDescription({ types: ['concern'], outcomeNotMentions: ['no further'] });
    expect(negated(event({ ...base, outcome: null }))).toBe(true);
    expect(negated(event({ ...base, outcome: 'No further action' }))).toBe(false);
  });

  it('reads the words of a rule literally, not as a pattern', () => {
    const matches = compileDescription({ types: ['concern'], mentions: ['s.47 (child)'] });
    expect(matches(event({ ...base, description: 'Strategy: s.47 (child) enquiry' }))).toBe(true);
    expect(matches(event({ ...base, description: 'Strategy: sx47 child enquiry' }))).toBe(false);
  });
});

describe('compileMatch', () => {
  const match = {
    types: ['referral.sent'],
    agencyKinds: ['police' as const],
    or: [{ types: ['concern'], mentions: ['MARF'] }],
  };
  const matches = compileMatch(match);

  it('takes an event the main description or any alternative matches', () => {
    expect(
      matches(event({ type: 'referral.sent', agencyKind: 'police', earliest: '2019-01-01' })),
    ).toBe(true);
    expect(
      matches(event({ type: 'concern', description: 'MARF sent', earliest: '2019-01-01' })),
    ).toBe(true);
  });

  it('takes none that neither matches', () => {
    expect(
      matches(event({ type: 'referral.sent', agencyKind: 'health', earliest: '2019-01-01' })),
    ).toBe(false);
    expect(matches(event({ type: 'concern', description: 'seen', earliest: '2019-01-01' }))).toBe(
      false,
    );
  });

  it('names the types of the description and its alternatives', () => {
    expect(typesNamed(match)).toEqual(['referral.sent', 'concern']);
    expect(typesNamed({ types: ['decision'] })).toEqual(['decision']);
  });
});

describe('typesOf', () => {
  it('keeps the known types a rule names, by code or prefix, in the order known', () => {
    const known = ['contact.phone', 'decision', 'contact.office', 'contactless', 'referral.sent'];
    expect(typesOf(['contact.', 'referral.sent'], known)).toEqual([
      'contact.phone',
      'contact.office',
      'referral.sent',
    ]);
    expect(typesOf(['decision.'], known)).toEqual([]);
    expect(typesOf(['contact'], known)).toEqual([]);
  });
});
