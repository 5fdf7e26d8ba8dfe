import type { EventMatch, ExpectMatch } from '../contract/rules';
import { compareEvents, type GapEvent, type Span, spanOf } from './gap-event';
import { compileMatch, typesOf } from './match';

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
    // The repository returns the merged order; sort only when the caller's order is not it.
    const ordered = isSorted(events) ? events : [...events].sort(compareEvents);
    const days = new Map<string, number>();
    this.events = ordered.map((event, position) => {
      const { first, last, minute } = spanOf(event, days);
      return { event, position, first, last, minute };
    });
    for (const indexed of this.events) {
      const list = this.byType.get(indexed.event.type);
      if (list) list.push(indexed);
      else this.byType.set(indexed.event.type, [indexed]);
    }
  }

  /** The events a rule's description matches, in time order. */
  select(match: EventMatch | ExpectMatch): readonly IndexedEvent[] {
    const key = JSON.stringify([match.types, match.agencyKinds, match.mentions, match.childSeen]);
    const cached = this.selections.get(key);
    if (cached) return cached;
    const lists = typesOf(match, this.byType.keys()).map((t) => this.byType.get(t) ?? []);
    const candidates =
      lists.length === 1 ? (lists[0] ?? []) : lists.flat().sort((a, b) => a.position - b.position);
    const matches = compileMatch(match);
    const selected = candidates.filter((e) => matches(e.event));
    this.selections.set(key, selected);
    return selected;
  }
}

function isSorted(events: readonly GapEvent[]): boolean {
  for (let i = 1; i < events.length; i++) {
    if (compareEvents(events[i - 1] as GapEvent, events[i] as GapEvent) > 0) return false;
  }
  return true;
}
