import { Value } from 'typebox/value';
import type { ReviewKind } from '../contract/reviews';
import { type RuleDocument, RuleDocumentSchema } from '../contract/rules';
import dhrAdult from './packs/dhr-adult.json';
import england from './packs/england.json';
import localPractice from './packs/local-practice.json';
import practiceTimescales from './packs/practice-timescales.json';
import wales from './packs/wales.json';

export type Jurisdiction = 'wales' | 'england';
export type { ReviewKind };

/** Rules of the child packs that apply to any review: nothing in them is about a child. */
const ANY_REVIEW_RULES = new Set([
  'timescales.concern-acted-on',
  'timescales.referral-receipt',
  'timescales.housing-domestic-abuse',
]);

/**
 * Rules of the DHR / adult pack that a child review starts with too: each starts from a DASH
 * or a MARAC referral, so it stays silent where there is no domestic abuse, and where there is,
 * a child review holds the same agencies to the same standard (a high-risk DASH with no MARAC
 * referral was a criticised gap in the CSPR case of fixtures/corpus/cases).
 */
const DOMESTIC_ABUSE_RULES = new Set(['dhr.dash-high-to-marac', 'dhr.marac-to-idva']);

/**
 * Child rules a domestic homicide review keeps: each fires only when a record names a child
 * or baby, so they stay silent in a household without children, and where there are children
 * their safeguarding is part of the review.
 * The decision and its reason are in dhr-adult.json's $comment and docs/rules.md.
 */
const CHILD_PRESENT_RULES = new Set([
  'local.domestic-abuse-child-referral',
  'local.domestic-abuse-child-strategy',
  'local.domestic-abuse-child-seen',
  'timescales.non-mobile-baby-injury',
]);

/**
 * The rules a new review starts with, chosen by its kind and jurisdiction. A child review:
 * the jurisdiction's procedures, the local-practice rules the seed review found missing, the
 * more timescales reviews hold practice against and the DHR pack's two domestic abuse rules
 * (DASH to MARAC, MARAC to IDVA). A domestic homicide or adult review: the
 * DHR / adult pack and the rules of the child packs that apply to it. A reviewer copies,
 * edits and disables them per review.
 */
export function rulePack(jurisdiction: Jurisdiction, kind: ReviewKind = 'child'): RuleDocument[] {
  const childRules = [...localPractice.rules, ...practiceTimescales.rules];
  const rules: unknown[] =
    kind === 'child'
      ? [
          ...(jurisdiction === 'wales' ? wales : england).rules,
          ...childRules,
          ...dhrAdult.rules.filter((rule) => DOMESTIC_ABUSE_RULES.has(rule.id)),
        ]
      : [
          ...dhrAdult.rules,
          ...childRules.filter(
            (rule) =>
              ANY_REVIEW_RULES.has(rule.id) ||
              (kind === 'domestic-homicide' && CHILD_PRESENT_RULES.has(rule.id)),
          ),
        ];
  return rules.map(checked);
}

function checked(rule: unknown): RuleDocument {
  if (!Value.Check(RuleDocumentSchema, rule)) {
    const [first] = Value.Errors(RuleDocumentSchema, rule);
    throw new Error(
      `Rule pack entry ${JSON.stringify((rule as { id?: string }).id)} is invalid: ${first?.instancePath} ${first?.message}`,
    );
  }
  return rule;
}
