import type { DatePrecision } from '../contract/house-date';
/** What the gap engine knows of an event: enough to match rules and place it in time. */
export interface GapEvent {
  id: string;
  agency: string;
  agencyKind: string;
  earliest: string;
  latest: string;
  /**
   * How exactly the date is known, and whether the agency doubted it: with earliest and latest,
   * what a flag's message writes in the house form (contract/house-date.ts), for the few events
   * a message names, not for every event the engine reads.
   */
  precision: DatePrecision;
  uncertain: boolean;
  time: string | null;
  type: string;
  subjects: readonly string[];
  childSeen: boolean | null;
  description: string | null;
  /** The action / outcome column ("Child placed on CP register under neglect"). */
  outcome?: string | null;
  /** The agency's own row order, to break ties on the same day and time. */
  seq: number;
}

/**
 * A point or span in time as the engine compares them: whole days since 1970, and the minute
 * of the day when the event has one exact day and a time.
 */
export interface Span {
  first: number;
  last: number;
  minute: number | null;
}

/** Sort key: earliest day, then time (untimed first), then agency, then the agency's row order. */
export function compareEvents(a: GapEvent, b: GapEvent): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  const at = a.time ?? '';
  const bt = b.time ?? '';
  if (at !== bt) return at < bt ? -1 : 1;
  if (a.agency !== b.agency) return a.agency < b.agency ? -1 : 1;
  return a.seq - b.seq;
}

/** True when `b` certainly happened after `a`: a later day for sure, or a later time that day. */
export function certainlyAfter(b: Span, a: Span): boolean {
  if (b.first > a.last) return true;
  return b.first === a.last && a.minute !== null && b.minute !== null && b.minute > a.minute;
}
