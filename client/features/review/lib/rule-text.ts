import type { RuleDocument, RuleDto } from '../../../shared/api/api-types';

/** Reads the rule editor's text: JSON, and an object with a text id; the server checks the rest. */
export function parseRuleText(
  text: string,
): { ok: true; value: RuleDocument } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      message: `This is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'A rule is a JSON object: { "id": …, "name": …, … }.' };
  }
  const id = (value as { id?: unknown }).id;
  if (typeof id !== 'string' || id.trim() === '') {
    return {
      ok: false,
      message: 'The rule needs an "id": a short text such as "local.minutes-shared".',
    };
  }
  return { ok: true, value: value as RuleDocument };
}

/** The editable document of a stored rule: without the server's bookkeeping fields. */
export function ruleDocument(rule: RuleDto): RuleDocument {
  const { position: _position, updatedAt: _updatedAt, ...document } = rule;
  return document;
}

export function ruleTitle(rule: Pick<RuleDocument, 'id' | 'name'>): string {
  return rule.name || rule.id;
}

/** A starting point for a new local rule: a follow-up, the most common shape. */
export const NEW_RULE_TEMPLATE: RuleDocument = {
  id: 'local.new-rule',
  name: 'New local rule',
  kind: 'follow-up',
  trigger: { types: ['meeting.planning'], label: 'a planning meeting' },
  expect: { types: ['info.shared'], label: 'minutes shared', scope: 'any' },
  within: { amount: 5, unit: 'working-days' },
  basis: 'local',
  source: 'Set by the review panel',
  why: 'Say in one sentence why this matters to the review.',
};

/** What a rule's basis says about its limit, as the rules page lists it. */
export const BASIS_LABELS: Record<RuleDto['basis'], string> = {
  procedure: 'procedure',
  practice: 'common practice: confirm locally',
  local: 'local expectation',
};
