import { describe, it, expect } from 'vitest';
import { rulePack } from '../../server/gaps/packs';

// Which rules a new review starts with, by its kind (packs.ts; docs/rules.md): a child review
// gets its jurisdiction's procedures and the child practice rules; a domestic homicide review
// the DHR pack, the rules of any review and the child rules that fire only when a child is
// named; an adult review no child rule at all; a child review the DHR pack's two domestic
// abuse rules. Found by mutation testing (docs/testing.md).

const ids = (...args: Parameters<typeof rulePack>) => rulePack(...args).map((r) => r.id);
const ANY_REVIEW = [
  'timescales.concern-acted-on',
  'timescales.referral-receipt',
  'timescales.housing-domestic-abuse',
];
const CHILD_PRESENT = [
  'local.domestic-abuse-child-referral',
  'local.domestic-abuse-child-strategy',
  'local.domestic-abuse-child-seen',
  'timescales.non-mobile-baby-injury',
];

describe('rulePack', () => {
  it('gives an adult review the DHR and adult pack and the rules for any review, no child rule', () => {
    const adult = ids('wales', 'adult');
    expect(adult.filter((id) => !/^(dhr|adult)\./.test(id)).sort()).toEqual([...ANY_REVIEW].sort());
    expect(adult).toContain('adult.concern-enquiry-decision');
    expect(adult).toContain('dhr.dash-high-to-marac');
  });

  it('adds to a domestic homicide review the child rules that need a child named', () => {
    const dhr = ids('england', 'domestic-homicide');
    expect(dhr.filter((id) => !/^(dhr|adult)\./.test(id)).sort()).toEqual(
      [...ANY_REVIEW, ...CHILD_PRESENT].sort(),
    );
  });

  it("gives a child review its jurisdiction's procedures and every child practice rule", () => {
    const child = ids('wales', 'child');
    expect(child).toEqual(expect.arrayContaining([...ANY_REVIEW, ...CHILD_PRESENT]));
    expect(child).toContain('local.decision-family-informed');
    expect(child).toContain('wales.report-acknowledged');
    expect(child.some((id) => id.startsWith('england.'))).toBe(false);
    // Of the DHR pack, only the two rules that start from a DASH or a MARAC referral.
    expect(child.filter((id) => /^(dhr|adult)\./.test(id)).sort()).toEqual([
      'dhr.dash-high-to-marac',
      'dhr.marac-to-idva',
    ]);
    expect(ids('wales')).toEqual(child);
  });
});
