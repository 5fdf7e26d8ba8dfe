import type { GapDto, RuleDocument } from '../contract/rules';
import { houseDate, houseDatePhrase, houseDay } from '../contract/house-date';
import { dayNumber } from '../shared/calendar';
import { EventIndex, type IndexedEvent } from './event-index';
import { certainlyAfter, type GapEvent, type Span } from './gap-event';
import { describeElapsed, describeLimit, measure, type Measure } from './limits';

export interface GapInput {
  events: readonly GapEvent[];
  rules: readonly RuleDocument[];
  period: { start: string; end: string };
  /** Pairs a reviewer confirmed as one incident recorded twice. */
  sameIncident?: ReadonlyArray<{ a: string; b: string }>;
}

type Scope = 'any' | 'same-agency' | 'other-agency';
/** Maps an event to its incident's representative, or null when no links were made. */
type IncidentOf = ((id: string) => string) | null;

interface Period {
  start: string;
  end: string;
  startSpan: Span;
  endSpan: Span;
  /** As messages write them: 20/05/2019. */
  startText: string;
  endText: string;
}

/**
 * Every gap the rules find in a review's events. Pure: the caller loads events, rules and
 * links, and stores nothing. Rules that are disabled are skipped.
 */
export function evaluateGaps(input: GapInput): GapDto[] {
  const index = new EventIndex(input.events);
  const incident = incidentOf(input.sameIncident ?? []);
  const period: Period = {
    ...input.period,
    startSpan: daySpan(input.period.start),
    endSpan: daySpan(input.period.end),
    startText: houseDay(input.period.start),
    endText: houseDay(input.period.end),
  };
  const gaps: GapDto[] = [];
  for (const rule of input.rules) {
    if (rule.enabled === false) continue;
    if (rule.kind === 'follow-up') followUps(rule, index, period, incident, gaps);
    else silences(rule, index, period, gaps);
  }
  return gaps.sort(
    (a, b) =>
      (a.certainty === b.certainty ? 0 : a.certainty === 'certain' ? -1 : 1) ||
      (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** Union-find over same-incident links: each event maps to one representative id. */
function incidentOf(pairs: ReadonlyArray<{ a: string; b: string }>): IncidentOf {
  if (pairs.length === 0) return null;
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    // Only linked events are in the map; every other event is its own incident.
    if (root !== id) parent.set(id, root);
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
 * search stops at the next trigger of the same rule (from the same agency, or from any
 * agency when anyone may answer): an answer after that answers the later trigger, so the
 * police's May referral is not the reply to January's MARF.
 */
function followUps(
  rule: RuleDocument,
  index: EventIndex,
  period: Period,
  incident: IncidentOf,
  gaps: GapDto[],
): void {
  if (!rule.trigger) return;
  const scope: Scope = rule.expect.scope ?? 'any';
  const triggers = index.starts(rule.trigger);
  const answers = new Answers(index.select(rule.expect));
  const next = nextTriggers(triggers, scope === 'any', incident);
  const seenIncidents = new Set<string>();

  triggers.forEach((trigger, i) => {
    // A same-incident pair recorded by two agencies is one trigger, not two.
    if (incident) {
      const key = incident(trigger.event.id);
      if (seenIncidents.has(key)) return;
      seenIncidents.add(key);
    }

    const answer = answers.first(trigger, scope, incident, next[i]);
    if (!answer && trigger.first > period.endSpan.last) return;
    const result = safely(() => measure(trigger, answer ?? period.endSpan, rule.within));
    if (!result) return;

    const what = rule.trigger?.label ?? trigger.event.type;
    const expected = rule.expect.label ?? rule.expect.types.join(' or ');
    const head = `${capitalise(what)} by ${trigger.event.agency} ${houseDatePhrase(trigger.event)}`;
    const tail = `${describeElapsed(result)} later${qualifier(result)}; the limit is ${describeLimit(rule.within)}.`;
    const message = answer
      ? `${head}: ${expected} followed ${houseDatePhrase(answer.event)} (${answer.event.agency}), ${tail}`
      : `${head}: no record of ${expected} by the end of the review period (${period.endText}), ${tail}`;
    gaps.push(
      gap(rule, result, message, {
        id: `${rule.id}:${trigger.event.id}`,
        trigger: trigger.event.id,
        expected: answer?.event.id ?? null,
        start: trigger.event.earliest,
        end: answer ? answer.event.latest : period.end,
      }),
    );
  });
}

/**
 * For each trigger, the next trigger that certainly came after it: from the same agency when
 * the rule is about who answers (same or other agency), from any agency (other than the same
 * incident) when anyone may answer.
 */
function nextTriggers(
  triggers: readonly IndexedEvent[],
  anyAgency: boolean,
  incident: IncidentOf,
): Array<IndexedEvent | undefined> {
  const next: Array<IndexedEvent | undefined> = new Array(triggers.length);
  const waiting = new Map<string, number[]>();
  triggers.forEach((trigger, i) => {
    const group = anyAgency ? '' : trigger.event.agency;
    const queue = waiting.get(group) ?? [];
    // Triggers come in time order: whoever waits and is certainly before this one gets it as
    // their next; the others (same day, no time) keep waiting.
    const still: number[] = [];
    for (const j of queue) {
      const earlier = triggers[j] as IndexedEvent;
      const sameIncident =
        anyAgency && incident !== null && incident(earlier.event.id) === incident(trigger.event.id);
      if (!sameIncident && certainlyAfter(trigger, earlier)) next[j] = trigger;
      else still.push(j);
    }
    still.push(i);
    waiting.set(group, still);
  });
  return next;
}

/**
 * Expected events in time order, searched from the trigger's day: a binary search, then a
 * short walk. The walk starts early enough to see an approximate event ("May 2019") whose
 * interval began before the trigger's day.
 */
class Answers {
  private readonly longestSpan: number;

  constructor(private readonly events: readonly IndexedEvent[]) {
    this.longestSpan = events.reduce((span, e) => Math.max(span, e.last - e.first), 0);
  }

  first(
    trigger: IndexedEvent,
    scope: Scope,
    incident: IncidentOf,
    nextTrigger: IndexedEvent | undefined,
  ): IndexedEvent | undefined {
    const own = incident?.(trigger.event.id);
    for (let i = this.lowerBound(trigger.first - this.longestSpan); i < this.events.length; i++) {
      const candidate = this.events[i] as IndexedEvent;
      if (candidate.last < trigger.first || certainlyAfter(trigger, candidate)) continue;
      if (candidate === trigger || (incident && incident(candidate.event.id) === own)) continue;
      if (nextTrigger && certainlyAfter(candidate, nextTrigger)) return undefined;
      const sameAgency = candidate.event.agency === trigger.event.agency;
      if (scope === 'same-agency' && !sameAgency) continue;
      if (scope === 'other-agency' && sameAgency) continue;
      return candidate;
    }
    return undefined;
  }

  private lowerBound(day: number): number {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.events[mid] as IndexedEvent).first < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * silence: stretches with no expected event (e.g. the child seen by a social worker) longer
 * than the limit, inside each window the rule's status is open (registered … de-registered),
 * or across the whole period when the rule has no status.
 */
function silences(rule: RuleDocument, index: EventIndex, period: Period, gaps: GapDto[]): void {
  const expected = index.select(rule.expect);
  const windows = rule.while
    ? statusWindows(
        index.starts(rule.while.from),
        rule.while.until ? index.select(rule.while.until) : [],
      )
    : [{ opener: null, closer: null }];
  const label = rule.expect.label ?? rule.expect.types.join(' or ');

  for (const { opener, closer } of windows) {
    const from: Span = opener ?? period.startSpan;
    const until: Span = closer ?? period.endSpan;
    const marks: Array<{ span: Span; event: IndexedEvent | null }> = [
      { span: from, event: opener },
      ...expected
        .filter((e) => e.last >= from.first && e.first <= until.last)
        .map((e) => ({ span: e as Span, event: e })),
      { span: until, event: closer },
    ];
    for (let i = 1; i < marks.length; i++) {
      const before = marks[i - 1] as (typeof marks)[number];
      const after = marks[i] as (typeof marks)[number];
      const anchor = before.event ?? after.event;
      if (!anchor) continue;
      const result = safely(() => measure(before.span, after.span, rule.within));
      if (!result) continue;
      const fromText = before.event
        ? `${houseDate(before.event.event)} (${before.event.event.agency})`
        : `the start of the period (${period.startText})`;
      const toText = after.event
        ? `${houseDate(after.event.event)} (${after.event.event.agency})`
        : `the end of the period (${period.endText})`;
      const message = `No record of ${label} between ${fromText} and ${toText}: ${describeElapsed(result)}${qualifier(result)}; the limit is ${describeLimit(rule.within)}.`;
      gaps.push(
        gap(rule, result, message, {
          id: `${rule.id}:${before.event?.event.id ?? 'start'}:${after.event?.event.id ?? 'end'}`,
          trigger: anchor.event.id,
          expected: before.event && after.event ? after.event.event.id : null,
          start: before.event ? before.event.event.earliest : period.start,
          end: after.event ? after.event.event.latest : period.end,
        }),
      );
    }
  }
}

/** Pairs each opening event (registration) with the next closing one (de-registration). */
function statusWindows(
  openers: readonly IndexedEvent[],
  closers: readonly IndexedEvent[],
): Array<{ opener: IndexedEvent; closer: IndexedEvent | null }> {
  const windows: Array<{ opener: IndexedEvent; closer: IndexedEvent | null }> = [];
  let c = 0;
  for (const opener of openers) {
    const last = windows.at(-1);
    // Registered again while still registered: the open window goes on.
    if (last && (!last.closer || !certainlyAfter(opener, last.closer))) continue;
    while (c < closers.length && !certainlyAfter(closers[c] as IndexedEvent, opener)) c++;
    windows.push({ opener, closer: closers[c] ?? null });
  }
  return windows;
}

function gap(
  rule: RuleDocument,
  result: Measure,
  message: string,
  at: { id: string; trigger: string; expected: string | null; start: string; end: string },
): GapDto {
  return {
    id: at.id,
    ruleId: rule.id,
    ruleName: rule.name,
    kind: rule.kind,
    certainty: result.certainty,
    triggerEventId: at.trigger,
    expectedEventId: at.expected,
    start: at.start,
    end: at.end,
    elapsed: result.elapsed,
    limit: { amount: rule.within.amount, unit: rule.within.unit },
    message,
    source: rule.source,
    basis: rule.basis,
    why: rule.why,
  };
}

/** Dates outside the working-day calendar (before 1990) cannot be measured: no flag. */
function safely(run: () => Measure | null): Measure | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function qualifier(result: Measure): string {
  return result.certainty === 'possible' ? ', possibly more than the limit' : '';
}

function daySpan(iso: string): Span {
  const day = dayNumber(iso);
  return { first: day, last: day, minute: null };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
