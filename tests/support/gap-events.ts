import type { RuleDocument } from '../../server/contract/rules';
import { evaluateGaps } from '../../server/gaps/evaluate';
import type { GapEvent } from '../../server/gaps/gap-event';
import { type Jurisdiction, type ReviewKind, rulePack } from '../../server/gaps/packs';

let seq = 0;

/** An event as the gap engine reads it: children's services, no time, unless the test says. */
export function gapEvent(
  partial: Partial<GapEvent> & { earliest: string; type: string },
): GapEvent {
  seq += 1;
  return {
    id: partial.id ?? `e${seq}`,
    agency: 'Children’s Services',
    agencyKind: 'children-services',
    precision: 'day',
    uncertain: false,
    latest: partial.latest ?? partial.earliest,
    time: null,
    subjects: [],
    childSeen: null,
    description: null,
    outcome: null,
    seq,
    ...partial,
  };
}

/** One rule of a shipped pack, as a new review of that jurisdiction and kind gets it. */
export function packRule(id: string, jurisdiction: Jurisdiction, kind: ReviewKind): RuleDocument {
  const rule = rulePack(jurisdiction, kind).find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id} in the ${jurisdiction} ${kind} packs`);
  return rule;
}

export function gapsOf(
  events: GapEvent[],
  rules: RuleDocument[],
  period = { start: '2024-01-01', end: '2024-12-31' },
) {
  return evaluateGaps({ events, rules, period });
}
