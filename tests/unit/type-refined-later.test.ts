import { describe, expect, it } from 'vitest';
import { decideEventType } from '../../server/ingest/vocabulary';

const none = new Map<string, string>();
const decide = (agencyKind: string, typeText: string, description: string) =>
  decideEventType({ typeText, description, agencyKind }, none);

// A cell naming only a family of events takes the family's narrower code from the description,
// even when the description first says where or why (server/ingest/type-context.ts `refined`).
describe('a family named in the cell, which of it said later in the description', () => {
  it.each([
    [
      'voluntary',
      'Court',
      'Went with her to the magistrates court. Restraining order made for two years.',
      'justice.order',
    ],
    ['police', 'MARAC', 'DASH scored 16. Referral made to MARAC today.', 'marac.referral'],
  ])('%s: "%s" / "%s" → %s', (kind, cell, description, code) => {
    const decided = decide(kind, cell, description);
    expect(decided.code).toBe(code);
    expect(decided.basis.from).toBe('description');
  });

  it('not under a cell that already says which of the family', () => {
    expect(
      decide('police', 'Breach', 'He rang her forty times in breach of the non-molestation order.')
        .code,
    ).toBe('justice.breach');
  });

  it('not a narrower code the description denies', () => {
    expect(
      decide(
        'adult-services',
        'Assessment',
        "Carer's assessment begun with daughter; not completed.",
      ).code,
    ).toBe('assessment.start');
  });
});

// A type cell says a referral's direction as a description does (type-codes.ts).
describe('a referral in a type cell followed by where it came from', () => {
  it.each([
    ['police', 'Vulnerable child – referral from school'],
    ['health', 'Safeguarding referral from police'],
  ])('%s: "%s" is the referral received', (kind, cell) => {
    expect(decideEventType({ typeText: cell, agencyKind: kind }, none).code).toBe(
      'referral.received',
    );
  });

  it('one followed by where it went stays sent', () => {
    expect(
      decideEventType({ typeText: 'Safeguarding referral to MASH', agencyKind: 'health' }, none)
        .code,
    ).toBe('referral.sent');
  });
});
