import type { ReviewDto } from '../../../shared/api/api';

type Kind = ReviewDto['kind'];
type Jurisdiction = ReviewDto['jurisdiction'];

/** What each jurisdiction calls the review (Wales: practice reviews; England: SAR / CSPR). */
const NAMES: Record<Kind, Record<Jurisdiction, string>> = {
  child: { wales: 'Child Practice Review', england: 'Child Safeguarding Practice Review' },
  'domestic-homicide': { wales: 'Domestic Homicide Review', england: 'Domestic Homicide Review' },
  adult: { wales: 'Adult Practice Review', england: 'Safeguarding Adults Review' },
};

export function reviewKindName(kind: Kind, jurisdiction: Jurisdiction): string {
  return NAMES[kind][jurisdiction];
}

/** The choices of the new-review form, with the rules each starts with (server/gaps/packs.ts). */
export const REVIEW_KIND_CHOICES: readonly { kind: Kind; label: string; rules: string }[] = [
  {
    kind: 'child',
    label: 'Child practice review (CPR / CSPR)',
    rules:
      'Starts with the jurisdiction’s child protection timescales, the local-practice rules and the wider practice timescales.',
  },
  {
    kind: 'domestic-homicide',
    label: 'Domestic homicide review',
    rules:
      'Starts with the DHR / adult rules (DASH, MARAC, IDVA, risk plans, routine enquiry, adult concerns) and the child rules that fire only when a record names a child or baby.',
  },
  {
    kind: 'adult',
    label: 'Adult review (APR / SAR)',
    rules:
      'Starts with the DHR / adult rules and the rules that apply to any review (concerns acted on, referrals recorded).',
  },
];
