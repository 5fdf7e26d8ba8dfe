import type { Redactor } from './redact';

/**
 * Rule ids as the panel reads them. An id is a reviewer's words ("custom.jane-visits") and can
 * hold a name, so the panel gets it through the redactor like any other text. An id the
 * redactor changes also gets "#n" (its place among the changed ids, in sorted order): two ids
 * that differ only by a name ("custom.jane", "custom.zelda") stay two, and the result can
 * never equal a real id, which may not contain "#". /rules and /gaps both compute it from the
 * review's whole list of rules, so a gap's ruleId still finds its rule.
 */
export function panelRuleIds(ruleIds: readonly string[], redact: Redactor): Map<string, string> {
  const ids = new Map<string, string>();
  let changed = 0;
  for (const id of [...ruleIds].sort()) {
    const redacted = redact(id);
    ids.set(id, redacted === id ? id : `${redacted}#${++changed}`);
  }
  return ids;
}

/** A gap's id starts with its rule's id ("rule:event" or "rule:before:after"). */
export function panelGapId(gapId: string, ruleId: string, panelRuleId: string): string {
  return gapId.startsWith(`${ruleId}:`) ? panelRuleId + gapId.slice(ruleId.length) : gapId;
}

/** Gaps with their ids and rule ids as the panel reads them (see panelRuleIds). */
export function withPanelRuleIds<T extends { id: string; ruleId: string }>(
  gaps: readonly T[],
  ruleIds: readonly string[],
  redact: Redactor,
): T[] {
  const ids = panelRuleIds(ruleIds, redact);
  return gaps.map((g) => {
    const ruleId = ids.get(g.ruleId) ?? redact(g.ruleId);
    return { ...g, id: panelGapId(g.id, g.ruleId, ruleId), ruleId };
  });
}
