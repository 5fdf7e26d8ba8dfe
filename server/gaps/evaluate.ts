import type { GapDto, RuleDocument } from '../contract/rules';
import { formatUkDate } from '../ingest/calendar';
import { certainlyAfter, certainlyBefore, compareEvents, type GapEvent } from './gap-event';
import { describeElapsed, describeLimit, type Limit, measure, type Moment } from './limits';
import { compileMatch, type EventPredicate } from './match';

export interface GapInput {
  events: readonly GapEvent[];
  rules: readonly RuleDocument[];
  period: { start: string; end: string };
  /** Pairs a reviewer confirmed as one incident recorded twice. */
  sameIncident?: ReadonlyArray<{ a: string; b: string }>;
}

/**
 * Every gap the rules find in a review's events. Pure: the caller loads events, rules and
 * links, and stores nothing. Rules that are disabled are skipped.
 */
export function evaluateGaps(input: GapInput): GapDto[] {
  const events = [...input.events].sort(compareEvents);
  const incident = incidentOf(input.sameIncident ?? []);
  const gaps: GapDto[] = [];
  for (const rule of input.rules) {
    if (rule.enabled === false) continue;
    const found =
      rule.kind === 'follow-up'
        ? followUps(rule, events, input.period, incident)
        : silences(rule, events, input.period);
    gaps.push(...found);
  }
  return gaps.sort(
    (a, b) =>
      (a.certainty === b.certainty ? 0 : a.certainty === 'certain' ? -1 : 1) ||
      a.start.localeCompare(b.start) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

type IncidentOf = (id: string) => string;

/** Union-find over same-incident links: each event maps to one representative id. */
function incidentOf(pairs: ReadonlyArray<{ a: string; b: string }>): IncidentOf {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return find;
}

/**
 * follow-up: after each trigger, the first event that could be the expected one. A trigger's
 * search stops at the same agency's next trigger of the same rule: an answer after that
 * answers the later trigger (the police's May referral is not the reply to January's MARF).
 */
function followUps(
  rule: RuleDocument,
  events: readonly GapEvent[],
  period: { start: string; end: string },
  incident: IncidentOf,
): GapDto[] {
  if (!rule.trigger) return [];
  const isTrigger = compileMatch(rule.trigger);
  const isExpected = compileMatch(rule.expect);
  const scope = rule.expect.scope ?? 'any';
  const triggers = events.filter(isTrigger);
  const candidates = new CandidateIndex(events.filter(isExpected));
  const nextTriggers = nextTriggerOf(triggers, scope === 'any' ? incident : null);
  const gaps: GapDto[] = [];
  const seenIncidents = new Set<string>();

  triggers.forEach((trigger, i) => {
    // A same-incident pair recorded by two agencies is one trigger, not two.
    const key = incident(trigger.id);
    if (seenIncidents.has(key)) return;
    seenIncidents.add(key);

    const answer = candidates.firstAnswer(trigger, scope, incident, nextTriggers[i]);
    const limit: Limit = rule.within;
    const endOfPeriod: Moment = { earliest: period.end, latest: period.end, time: null };
    let result;
    try {
      result = measure(trigger, answer ?? endOfPeriod, limit);
    } catch (error) {
      // Dates outside the working-day calendar (before 1990) cannot be measured.
      if (error instanceof RangeError) return;
      throw error;
    }
    if (!result.certainty) return;
    if (!answer && trigger.latest > period.end) return;

    const what = rule.trigger?.label ?? trigger.type;
    const expected = rule.expect.label ?? rule.expect.types.join(' or ');
    const head = `${capitalise(what)} by ${trigger.agency} on ${trigger.dateText}`;
    const limitText = `the limit is ${describeLimit(limit)}`;
    const qualifier = result.certainty === 'possible' ? ', possibly more than the limit' : '';
    const message = answer
      ? `${head}: ${expected} followed on ${answer.dateText} (${answer.agency}), ${describeElapsed(result)} later${qualifier}; ${limitText}.`
      : `${head}: no record of ${expected} by the end of the review period (${formatUkDate(period.end)}), ${describeElapsed(result)} later${qualifier}; ${limitText}.`;
    gaps.push({
      id: `${rule.id}:${trigger.id}`,
      ruleId: rule.id,
      ruleName: rule.name,
      kind: 'follow-up',
      certainty: result.certainty,
      triggerEventId: trigger.id,
      expectedEventId: answer?.id ?? null,
      start: trigger.earliest,
      end: answer ? answer.latest : period.end,
      elapsed: result.elapsed,
      limit: { amount: limit.amount, unit: limit.unit },
      message,
      source: rule.source,
      basis: rule.basis,
      why: rule.why,
    });
  });
  return gaps;
}

/**
 * For each trigger, the next trigger that certainly came after it: from the same agency when
 * the rule is about who answers (same or other agency), from any agency (other than the same
 * incident) when anyone may answer.
 */
function nextTriggerOf(
  triggers: readonly GapEvent[],
  anyAgency: IncidentOf | null,
): Array<GapEvent | undefined> {
  const next: Array<GapEvent | undefined> = new Array(triggers.length);
  const pending = new Map<string, number[]>();
  triggers.forEach((trigger, i) => {
    const group = anyAgency ? '' : trigger.agency;
    const waiting = pending.get(group) ?? [];
    // Triggers are in time order, so whoever is waiting and is certainly before this one
    // gets it as their next; the others (same day, no time) keep waiting.
    const still = waiting.filter((j) => {
      const earlier = triggers[j] as GapEvent;
      const sameIncident = anyAgency && anyAgency(earlier.id) === anyAgency(trigger.id);
      if (!sameIncident && certainlyAfter(trigger, earlier)) {
        next[j] = trigger;
        return false;
      }
      return true;
    });
    still.push(i);
    pending.set(group, still);
  });
  return next;
}

const DAY_MS = 86_400_000;

/**
 * Expected events in time order, searched from the trigger's date: a binary search, then a
 * short walk. The walk starts early enough to see an approximate event ("May 2019") whose
 * interval began before the trigger's day.
 */
class CandidateIndex {
  private readonly earliestMs: number[];
  private readonly longestSpanMs: number;

  constructor(private readonly events: readonly GapEvent[]) {
    this.earliestMs = events.map((e) => Date.parse(e.earliest));
    this.longestSpanMs = events.reduce(
      (span, e) => Math.max(span, Date.parse(e.latest) - Date.parse(e.earliest)),
      0,
    );
  }

  firstAnswer(
    trigger: GapEvent,
    scope: 'any' | 'same-agency' | 'other-agency',
    incident: IncidentOf,
    nextTrigger: GapEvent | undefined,
  ): GapEvent | undefined {
    const own = incident(trigger.id);
    const from = Date.parse(trigger.earliest) - this.longestSpanMs - DAY_MS;
    for (let i = this.lowerBound(from); i < this.events.length; i++) {
      const candidate = this.events[i] as GapEvent;
      if (candidate.latest < trigger.earliest) continue;
      if (candidate.id === trigger.id || incident(candidate.id) === own) continue;
      if (certainlyBefore(candidate, trigger)) continue;
      if (nextTrigger && certainlyAfter(candidate, nextTrigger)) return undefined;
      if (scope === 'same-agency' && candidate.agency !== trigger.agency) continue;
      if (scope === 'other-agency' && candidate.agency === trigger.agency) continue;
      return candidate;
    }
    return undefined;
  }

  private lowerBound(ms: number): number {
    let lo = 0;
    let hi = this.earliestMs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.earliestMs[mid] as number) < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * silence: the longest stretches with no expected event (e.g. the child seen by a social
 * worker), inside each window the rule's status is open (registered … de-registered), or the
 * whole period when the rule has no status.
 */
function silences(
  rule: RuleDocument,
  events: readonly GapEvent[],
  period: { start: string; end: string },
): GapDto[] {
  const isExpected = compileMatch(rule.expect);
  const windows = rule.while
    ? statusWindows(
        events,
        compileMatch(rule.while.from),
        rule.while.until ? compileMatch(rule.while.until) : null,
        period,
      )
    : [
        {
          opener: null,
          from: periodMoment(period.start),
          until: periodMoment(period.end),
          closer: null,
        },
      ];
  const gaps: GapDto[] = [];
  const expected = rule.expect.label ?? rule.expect.types.join(' or ');
  for (const window of windows) {
    const inside = events.filter(
      (e) => isExpected(e) && e.latest >= window.from.earliest && e.earliest <= window.until.latest,
    );
    const marks: Array<{ moment: Moment; event: GapEvent | null; text: string }> = [
      {
        moment: window.from,
        event: window.opener,
        text: window.opener ? window.opener.dateText : formatUkDate(period.start),
      },
      ...inside.map((e) => ({ moment: e as Moment, event: e, text: e.dateText })),
      {
        moment: window.until,
        event: window.closer,
        text: window.closer ? window.closer.dateText : formatUkDate(period.end),
      },
    ];
    for (let i = 1; i < marks.length; i++) {
      const before = marks[i - 1]!;
      const after = marks[i]!;
      let result;
      try {
        result = measure(before.moment, after.moment, rule.within);
      } catch (error) {
        if (error instanceof RangeError) continue;
        throw error;
      }
      if (!result.certainty) continue;
      const anchor = before.event ?? after.event;
      if (!anchor) continue;
      const to = after.event
        ? `${after.text} (${after.event.agency})`
        : `the end of the period (${after.text})`;
      const from = before.event
        ? `${before.text} (${before.event.agency})`
        : `the start (${before.text})`;
      const qualifier = result.certainty === 'possible' ? ', possibly more than the limit' : '';
      gaps.push({
        id: `${rule.id}:${before.event?.id ?? 'start'}:${after.event?.id ?? 'end'}`,
        ruleId: rule.id,
        ruleName: rule.name,
        kind: 'silence',
        certainty: result.certainty,
        triggerEventId: anchor.id,
        expectedEventId: after.event && before.event ? after.event.id : null,
        start: before.moment.earliest,
        end: after.moment.latest,
        elapsed: result.elapsed,
        limit: { amount: rule.within.amount, unit: rule.within.unit },
        message: `No record of ${expected} between ${from} and ${to}: ${describeElapsed(result)}${qualifier}; the limit is ${describeLimit(rule.within)}.`,
        source: rule.source,
        basis: rule.basis,
        why: rule.why,
      });
    }
  }
  return gaps;
}

interface StatusWindow {
  opener: GapEvent | null;
  from: Moment;
  until: Moment;
  closer: GapEvent | null;
}

function statusWindows(
  events: readonly GapEvent[],
  opens: EventPredicate,
  closes: EventPredicate | null,
  period: { start: string; end: string },
): StatusWindow[] {
  const windows: StatusWindow[] = [];
  let open: GapEvent | null = null;
  for (const event of events) {
    if (!open && opens(event)) open = event;
    else if (open && closes?.(event)) {
      windows.push({ opener: open, from: open, until: event, closer: event });
      open = null;
    }
  }
  if (open)
    windows.push({ opener: open, from: open, until: periodMoment(period.end), closer: null });
  return windows;
}

function periodMoment(iso: string): Moment {
  return { earliest: iso, latest: iso, time: null };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
