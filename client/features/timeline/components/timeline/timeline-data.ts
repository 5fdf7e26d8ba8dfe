import type { DataSet } from 'vis-data/esnext';
import type { DataItem } from 'vis-timeline/esnext';
import type { GapDto } from '../../../../shared/api/api-types';
import { formatDay } from '../../../../shared/lib/dates';
import type { TimelineItemSpec } from '../../../../shared/lib/timeline-items';
import { itemContent, tooltipContent } from './item-dom';

/** An item as the timeline's DataSet holds it: `spec` is its signature, to skip unchanged ones. */
export type Item = DataItem & { spec: string };

/**
 * Brings the DataSet to exactly `specs`, touching only what changed: vis-timeline redraws
 * what its DataSet reports, so an unchanged item must not be re-sent.
 */
export function applySpecs(items: DataSet<Item, 'id'>, specs: readonly TimelineItemSpec[]): void {
  const wanted = new Map(specs.map((s) => [s.id, s]));
  const stale = items.getIds().filter((id) => !wanted.has(String(id)));
  if (stale.length > 0) items.remove(stale);
  const changed: Item[] = [];
  for (const spec of specs) {
    const signature = `${spec.start}|${spec.end ?? ''}|${spec.className}|${spec.label}|${spec.group}|${spec.tooltip.join('\n')}`;
    const current = items.get(spec.id);
    if (current && current.spec === signature) continue;
    const background = spec.type === 'background';
    changed.push({
      id: spec.id,
      ...(spec.group ? { group: spec.group } : {}),
      ...(spec.subgroup ? { subgroup: spec.subgroup } : {}),
      start: spec.start,
      ...(spec.end !== undefined ? { end: spec.end } : {}),
      type: spec.type,
      className: spec.className,
      // Elements, not strings: see item-dom.ts. The typings say string; vis accepts both.
      content: background ? '' : (itemContent(spec) as unknown as string),
      ...(spec.tooltip.length > 0
        ? { title: tooltipContent(spec.tooltip) as unknown as string }
        : {}),
      selectable: !background,
      spec: signature,
    });
  }
  if (changed.length > 0) items.update(changed);
}

export function windowLabel(from: number, to: number): string {
  return `${formatDay(from)} – ${formatDay(to)}`;
}

/** Rules with flags, in the order of their first flag. */
export function gapRules(
  gaps: readonly GapDto[],
): { ruleId: string; ruleName: string; count: number }[] {
  const rules = new Map<
    string,
    { ruleId: string; ruleName: string; count: number; first: string }
  >();
  for (const gap of gaps) {
    const rule = rules.get(gap.ruleId);
    if (rule) {
      rule.count++;
      if (gap.start < rule.first) rule.first = gap.start;
    } else
      rules.set(gap.ruleId, {
        ruleId: gap.ruleId,
        ruleName: gap.ruleName,
        count: 1,
        first: gap.start,
      });
  }
  return [...rules.values()].sort((a, b) => a.first.localeCompare(b.first));
}
