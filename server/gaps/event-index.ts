import type { AlternativeMatch, EventMatch, ExpectMatch } from '../contract/rules';
import { dayNumber } from '../shared/calendar';
import type { GapEvent, Span } from './gap-event';
import { compileMatch, typesNamed, typesOf } from './match';

/** An event with its place in time worked out once, as every rule compares it. */
export interface IndexedEvent extends Span {
  event: GapEvent;
  position: number;
}

/**
 * A review's events in time order, indexed by type, so that each rule looks only at the
 * events of its own types (a review of 100,000 events has a few hundred decisions), and each
 * selection is made once however many rules share it.
 */
export class EventIndex {
  readonly events: readonly IndexedEvent[];
  private readonly byType = new Map<string, IndexedEvent[]>();
  private readonly selections = new Map<string, IndexedEvent[]>();

  constructor(events: readonly GapEvent[]) {
    this.events = inMergedOrder(events);
    for (const indexed of this.events) {
      const list = this.byType.get(indexed.event.type);
      if (list) list.push(indexed);
      else this.byType.set(indexed.event.type, [indexed]);
    }
  }

  /** The events a rule's description (or one of its alternatives) matches, in time order. */
  select(match: EventMatch | ExpectMatch): readonly IndexedEvent[] {
    return this.cached(`select ${keyOf(match)}`, () => {
      const lists = typesOf(typesNamed(match), this.byType.keys()).map(
        (t) => this.byType.get(t) ?? [],
      );
      const candidates =
        lists.length === 1
          ? (lists[0] ?? [])
          : lists.flat().sort((a, b) => a.position - b.position);
      const matches = compileMatch(match);
      return candidates.filter((e) => matches(e.event));
    });
  }

  /**
   * The events that start a rule's clock (a trigger, a status opening): as `select`, but an
   * event only `standIn` alternatives match is left out when an event the other descriptions
   * match, or a stand-in already kept, lies within a day of it. A conference whose outcome
   * records the registration and the registration row are one registration, not two; the
   * registration row is often typed in the next day.
   */
  starts(match: EventMatch): readonly IndexedEvent[] {
    if (!match.or?.some((alternative) => alternative.standIn)) return this.select(match);
    return this.cached(`starts ${keyOf(match)}`, () => {
      const counted = compileMatch({
        ...match,
        or: match.or?.filter((alternative) => !alternative.standIn),
      });
      const covered = new Set<number>();
      const cover = (e: IndexedEvent) => {
        for (let day = e.first - 1; day <= e.last + 1; day++) covered.add(day);
      };
      const all = this.select(match);
      const isMain = all.map((e) => counted(e.event));
      all.forEach((e, i) => isMain[i] && cover(e));
      return all.filter((e, i) => {
        if (isMain[i]) return true;
        for (let day = e.first; day <= e.last; day++) if (covered.has(day)) return false;
        cover(e);
        return true;
      });
    });
  }

  private cached(key: string, run: () => IndexedEvent[]): readonly IndexedEvent[] {
    const hit = this.selections.get(key);
    if (hit) return hit;
    const selected = run();
    this.selections.set(key, selected);
    return selected;
  }
}

/** Two descriptions that select the same events share a key; labels and scope do not count. */
function keyOf(match: EventMatch | ExpectMatch): string {
  const describe = (m: AlternativeMatch) => [
    m.types,
    m.agencyKinds,
    m.mentions,
    m.notMentions,
    m.outcomeMentions,
    m.outcomeNotMentions,
    m.childSeen,
    'standIn' in m ? m.standIn : undefined,
  ];
  return JSON.stringify([describe(match), match.or?.map(describe)]);
}

/**
 * The merged order (earliest day, untimed before timed, time, agency, the agency's row order),
 * sorted on a number worked out once per event rather than by comparing date strings.
 */
function inMergedOrder(events: readonly GapEvent[]): IndexedEvent[] {
  const n = events.length;
  // Agencies by name, as numbers: the tie-break on the same day and time folds into the key.
  const agencies = [...new Set(events.map((e) => e.agency))].sort();
  const agencyRank = new Map(agencies.map((name, i) => [name, i]));
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const minutes = new Int16Array(n);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const event = events[i] as GapEvent;
    first[i] = dayNumber(event.earliest);
    last[i] = event.latest === event.earliest ? first[i]! : dayNumber(event.latest);
    minutes[i] = event.time ? minuteOfDay(event.time) : -1;
    keys[i] =
      (first[i]! * 1441 + minutes[i]! + 1) * agencies.length + (agencyRank.get(event.agency) ?? 0);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) => keys[a]! - keys[b]! || (events[a] as GapEvent).seq - (events[b] as GapEvent).seq,
  );
  return order.map((i, position) => {
    // A time places an event only when its day is known exactly.
    const minute = first[i] === last[i] && minutes[i]! >= 0 ? minutes[i]! : null;
    return { event: events[i] as GapEvent, position, first: first[i]!, last: last[i]!, minute };
  });
}

function minuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
