import { describe, expect, it } from 'vitest';
import { decideEventType, typeMapFrom } from '../../server/ingest/vocabulary';
import { TypeScorer } from '../../server/ingest/type-scorer';

// A type cell no synonym matches, read by weighing its words against every code (a naive Bayes
// learned from the vocabulary's own synonyms), with an abstain threshold: `other` rather than a
// guess. Issue #10, "event types by meaning".

const none = typeMapFrom({});
const decide = (typeText: string, agencyKind?: string, description = '') =>
  decideEventType({ typeText, description, agencyKind }, none);

describe('a type cell no synonym matches, weighed word by word', () => {
  it('reads a planning meeting from its own words', () => {
    expect(decide('TEAM around the baby.').code).toBe('meeting.planning');
  });

  it.each([
    ['Temp accom placement', 'housing', 'housing'],
    ['Refuge space offered', undefined, 'housing'],
    ['Enquiry (non-statutory)', 'adult-services', 'adult.enquiry'],
    ['EWO HV', 'education', 'contact.home-visit'],
  ])('"%s" (%s) → %s, from the type cell', (text, kind, code) => {
    const decided = decide(text, kind);
    expect(decided.code).toBe(code);
    expect(decided.basis.from).toBe('type cell');
    // The words that spoke for the code, as the agency wrote them.
    expect(decided.basis.words.length).toBeGreaterThan(0);
    for (const word of decided.basis.words) expect(text).toContain(word);
  });

  it.each([
    ['Lunch'],
    ['Printer jammed'],
    ['Staff rota'],
    ['Data protection query'],
    // "welfare" is used by a concern, a welfare visit and a police welfare check alike: no code
    // is clearly likeliest, so it abstains.
    ['Welfare – Appearance'],
    // Words three or more codes share may weigh, but one at most two codes use must be there:
    // "Information received" is as much a referral or a birth notice as information shared.
    ['Information received'],
    ['Welfare check – child seen'],
    // A one-digit number is a count, not a kind of event.
    ['1:1 session (YP)'],
    // Cells that say little are left to the description, never weighed.
    ['Case note'],
    ['Other'],
    ['CN01'],
  ])('"%s" stays other', (text) => {
    const decided = decide(text);
    expect(decided.code).toBe('other');
    expect(decided.basis.from).toBe('none');
  });

  it('never overrides a synonym the matcher found, nor a description that names the type', () => {
    expect(decide('Refuge space offered', undefined, 'Strategy discussion held.').code).toBe(
      'strategy',
    );
    expect(decide('Home visit').basis.words).toEqual(['Home', 'visit']);
  });

  it('an ambulance record keeps its own code for words that match nothing', () => {
    expect(decide('Refuge space offered', 'ambulance').code).toBe('health.emergency');
  });
});

describe('TypeScorer', () => {
  const scorer = new TypeScorer([
    { code: 'contact.home-visit', synonyms: ['home visit', 'joint visit', 'unannounced visit'] },
    { code: 'contact.phone', synonyms: ['phone call', 'telephone', 'call'] },
    { code: 'housing', synonyms: ['tenancy', 'rent arrears', 'tenancy sustainment'] },
    { code: 'other', synonyms: [] },
  ]);

  it('weighs every telling word and names those that spoke', () => {
    expect(scorer.scoreText('Unannounced – joint')).toMatchObject({
      code: 'contact.home-visit',
      words: ['Unannounced', 'joint'],
    });
    expect(scorer.scoreText('Arrears review')?.code).toBe('housing');
  });

  it('abstains when no word is known, or when the words pull two ways', () => {
    expect(scorer.scoreText('Printer jammed')).toBeNull();
    expect(scorer.scoreText('Tenancy call')).toBeNull();
    // The same words with a lower bar: one code is likelier, but not clearly.
    expect(scorer.scoreText('Tenancy call', 0.4)?.code).toBeDefined();
  });
});

describe('what happened at a face-to-face contact', () => {
  it.each([
    ['F2F – police station', 'DASH RIC completed with client. 16 ticks.', 'risk.assessment'],
    ['Face to face', 'Present at DVDS disclosure with the client.', 'disclosure'],
  ])('"%s" with "%s" → %s, from the description', (typeText, description, code) => {
    const decided = decideEventType({ typeText, description, agencyKind: 'voluntary' }, none);
    expect(decided).toMatchObject({ code, basis: { from: 'description' } });
  });

  it('an order talked about at an appointment is not the order', () => {
    const decided = decideEventType(
      {
        typeText: 'Face to face',
        description: 'Restraining order explained.',
        agencyKind: 'probation',
      },
      none,
    );
    expect(decided.code).toBe('contact.office');
  });
});
