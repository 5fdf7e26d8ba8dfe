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
  /** The agency's own row order, to break ties on the same day and time. */
  seq: number;
}

/** Minutes since 1970 of the event's first and last possible moment. */
export function instantRange(e: Pick<GapEvent, 'earliest' | 'latest' | 'time'>): [number, number] {
  const start = Date.parse(`${e.earliest}T00:00:00Z`) / 60_000;
  const end = Date.parse(`${e.latest}T00:00:00Z`) / 60_000 + 1439;
  if (e.time && e.earliest === e.latest) {
    const [h, m] = e.time.split(':').map(Number) as [number, number];
    const at = start + h * 60 + m;
    return [at, at];
  }
  return [start, end];
}

/** Sort key: earliest day, then time (untimed first), then the agency's row order. */
export function compareEvents(a: GapEvent, b: GapEvent): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  const at = a.time ?? '';
  const bt = b.time ?? '';
  if (at !== bt) return at < bt ? -1 : 1;
  if (a.agency !== b.agency) return a.agency < b.agency ? -1 : 1;
  return a.seq - b.seq;
}

/**
 * True when `b` certainly happened after `a`: a later day for sure, or the same known day
 * with a later time.
 */
export function certainlyAfter(b: GapEvent, a: GapEvent): boolean {
  if (b.earliest > a.latest) return true;
  return (
    b.earliest === a.latest &&
    a.earliest === a.latest &&
    b.earliest === b.latest &&
    a.time !== null &&
    b.time !== null &&
    b.time > a.time
  );
}

/** True when `b` certainly happened before `a`. */
export function certainlyBefore(b: GapEvent, a: GapEvent): boolean {
  return certainlyAfter(a, b);
}
