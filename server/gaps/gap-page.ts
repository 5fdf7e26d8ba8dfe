import type { GapDto, GapListQueryInput, GapRuleSummaryDto } from '../contract/rules';

/**
 * One page of a review's flags under the query's filters, with the counts the client needs
 * for lanes and badges (per rule, for the whole review) so it never has to fetch every flag.
 * `gaps` is the engine's cached list, already certain first and by start date.
 */
export function gapPage(gaps: readonly GapDto[], query: GapListQueryInput) {
  const limit = query.limit ?? 1000;
  const offset = query.offset ?? 0;
  const matching =
    query.ruleId || query.certainty || query.from || query.to
      ? gaps.filter(
          (g) =>
            (!query.ruleId || g.ruleId === query.ruleId) &&
            (!query.certainty || g.certainty === query.certainty) &&
            (!query.from || g.end >= query.from) &&
            (!query.to || g.start <= query.to),
        )
      : gaps;
  const certain = gaps.filter((g) => g.certainty === 'certain').length;
  return {
    gaps: matching.slice(offset, offset + limit),
    counts: { certain, possible: gaps.length - certain },
    total: matching.length,
    limit,
    offset,
    rules: ruleSummary(gaps),
  };
}

/** Per rule: certain and possible counts, and its earliest flag; ordered by that flag. */
export function ruleSummary(gaps: readonly GapDto[]): GapRuleSummaryDto[] {
  const rules = new Map<string, GapRuleSummaryDto>();
  for (const gap of gaps) {
    let rule = rules.get(gap.ruleId);
    if (!rule) {
      rule = {
        ruleId: gap.ruleId,
        ruleName: gap.ruleName,
        certain: 0,
        possible: 0,
        first: gap.start,
      };
      rules.set(gap.ruleId, rule);
    }
    rule[gap.certainty]++;
    if (gap.start < rule.first) rule.first = gap.start;
  }
  return [...rules.values()].sort(
    (a, b) =>
      (a.first < b.first ? -1 : a.first > b.first ? 1 : 0) || a.ruleId.localeCompare(b.ruleId),
  );
}
