import { describe, expect, it } from 'vitest';
import { decideEventType } from '../../server/ingest/vocabulary';

const none = new Map<string, string>();
const decide = (agencyKind: string, typeText: string, description = '') =>
  decideEventType({ typeText, description, agencyKind }, none);

// A message carries what it sends (server/ingest/type-context.ts `sharedWithProfessional`,
// type-narrative.ts `whatHappened`).
describe('a message is what it carried', () => {
  it.each([
    ['health', 'Email sent to GP'],
    ['education', 'Letter posted to school nurse'],
    ['children-services', 'Copy forwarded to HV'],
  ])('%s: "%s" names the professional past a word of sending: info.shared', (kind, text) => {
    expect(decide(kind, text).code).toBe('info.shared');
  });

  it('a message cell whose first sentence says what went to a professional is information shared', () => {
    expect(
      decide(
        'children-services',
        'Letter',
        'Chronology emailed to the social worker for conference.',
      ),
    ).toEqual({
      code: 'info.shared',
      basis: { from: 'description', words: ['emailed', 'social'] },
    });
  });

  it('a message cell whose first sentence is a referral sent is the referral', () => {
    const decided = decide(
      'housing',
      'Email',
      "Safeguarding referral sent to the children's front door. Tenant aware.",
    );
    expect(decided.code).toBe('referral.sent');
    expect(decided.basis.from).toBe('description');
  });

  it.each([
    // To the family: a message, not information shared between agencies.
    ['health', 'Letter', 'Letter to mum about the missed appointment.'],
    // What went to the professional is said only in a later sentence.
    ['health', 'Letter', 'Appointment letter for 3 May. Copy emailed to HV.'],
  ])('%s: "%s" / "%s" stays a message', (kind, text, description) => {
    expect(decide(kind, text, description).code).toBe('contact.message');
  });

  it('a call that names a referral only talked about it', () => {
    expect(
      decide('health', 'Telephone', 'Rang MASH to discuss a referral made last week.').code,
    ).toBe('contact.phone');
  });
});

// Face to face says how the contact was made, not where (type-narrative.ts `whatHappened`).
describe('a face-to-face contact whose description opens with a home visit', () => {
  it('is the home visit', () => {
    expect(
      decide('health', 'Face to face', 'Home visit to grandparents. Baby seen asleep in cot.'),
    ).toEqual({
      code: 'contact.home-visit',
      basis: { from: 'description', words: ['Home', 'visit'] },
    });
  });

  it('not a home visit named only in a later sentence', () => {
    expect(
      decide('health', 'Face to face', 'Mum tearful, engaging well. Home visit next week.').code,
    ).toBe('contact.office');
  });
});

// A cell naming only how the contact was made, and a description saying an assessment was
// done there: the assessment is what happened (type-narrative.ts `whatHappened`).
describe('an assessment done at a contact', () => {
  it('an office visit where an assessment was completed is the assessment', () => {
    expect(
      decide('health', 'Office Visit', 'Initial assessment completed at Brook House. Low mood.'),
    ).toEqual({
      code: 'assessment.complete',
      basis: { from: 'description', words: ['assessment', 'completed'] },
    });
  });

  it('so is a telephone triage assessment, and a Care Act assessment begun by phone', () => {
    expect(decide('health', 'Telephone', 'Triage assessment completed with mother.').code).toBe(
      'assessment.complete',
    );
    expect(
      decide('adult-services', 'Phone', 'Care Act assessment started with daughter on the phone.')
        .code,
    ).toBe('assessment.start');
  });

  it('a call that only talks about a breach, or plans an assessment later, stays the call', () => {
    expect(
      decide('health', 'Telephone', 'Mum rang to rebook. Says partner breached his bail.').code,
    ).toBe('contact.phone');
    expect(decide('health', 'Telephone', 'Call to mum. Assessment to start next week.').code).toBe(
      'contact.phone',
    );
  });
});

describe('something delivered by hand is a message, not a birth', () => {
  it.each([
    ['housing', 'HAND DELIVERED'],
    ['housing', 'Letter delivered by hand'],
    ['police', 'Hand delivered'],
  ])('%s: "%s" is a message', (kind, text) => {
    expect(decide(kind, text).code).toBe('contact.message');
  });

  it('a midwife’s delivery is still the birth', () => {
    expect(decide('health', 'Delivery').code).toBe('health.birth');
  });
});
