import { Value } from 'typebox/value';
import { type RuleDocument, RuleDocumentSchema } from '../contract/rules';
import england from './packs/england.json';
import localPractice from './packs/local-practice.json';
import wales from './packs/wales.json';

export type Jurisdiction = 'wales' | 'england';

/**
 * The rules a new review starts with: its jurisdiction's procedures plus the local-practice
 * rules the seed review found missing. A reviewer copies, edits and disables them per review.
 */
export function rulePack(jurisdiction: Jurisdiction): RuleDocument[] {
  const pack = jurisdiction === 'wales' ? wales : england;
  return [...pack.rules, ...localPractice.rules].map(checked);
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
