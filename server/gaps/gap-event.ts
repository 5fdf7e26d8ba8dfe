/** What the gap engine knows of an event: enough to match rules and place it in time. */
export interface GapEvent {
  id: string;
  agency: string;
  agencyKind: string;
  dateText: string;
  earliest: string;
  latest: string;
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
 * Days since 1970-01-01 of an ISO date, by arithmetic rather than through a Date: the engine
 * calls it for every event of a review (Howard Hinnant's days_from_civil).
 */
export function dayNumberOf(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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
