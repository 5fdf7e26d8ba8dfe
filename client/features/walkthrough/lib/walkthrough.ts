import type { EventDto } from '../../../../server/contract/events';
import type { GapDto } from '../../../shared/api/api-types';
import { AGENCY_KINDS } from '../../../shared/lib/agencies';
import { DAY_MS } from '../../../shared/lib/dates';
import {
  filtersToParams,
  NO_FILTERS,
  parseFilters,
  type EventFilters,
} from '../../../shared/lib/filters';
import { eventTimeSpan } from '../../../shared/lib/timeline-items';

// Pure: the walk-through (presentation mode), one event at a time, and following a meeting's
// chair. The sequence is the events list under the walk-through's filter, in the API's order.

export interface PresentParams {
  /** The walk-through's filter, under the events list's names (`annotated` = key events only). */
  filters: EventFilters;
  /** Following (or chairing) this meeting. */
  meeting: string | null;
  /** The event on screen, so a reload or a copied link comes back to it. */
  event: string | null;
}

export function parsePresent(search: string): PresentParams {
  const params = new URLSearchParams(search);
  return {
    filters: parseFilters(params),
    meeting: params.get('meeting') || null,
    event: params.get('event') || null,
  };
}

/** `?agency=…&theme=…&annotated=true&meeting=…&event=…`: filters first, as on the timeline. */
export function presentSearch(params: Partial<PresentParams>): string {
  const query = filtersToParams(params.filters ?? NO_FILTERS);
  if (params.meeting) query.set('meeting', params.meeting);
  if (params.event) query.set('event', params.event);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * The query the sequence is loaded with: every filter but "key events only", which the page
 * applies itself from the review's notes so that `k` toggles it at once, without a round trip
 * (the same events the API's `annotated=true` keeps).
 */
export function sequenceQuery(filters: EventFilters): URLSearchParams {
  return filtersToParams({ ...filters, annotated: false });
}

/** The next or previous event of the sequence; null at either end. */
export function step(
  ids: readonly string[],
  current: string | null,
  direction: 'next' | 'previous',
): string | null {
  if (ids.length === 0) return null;
  const i = current === null ? -1 : ids.indexOf(current);
  if (i < 0) return direction === 'next' ? (ids[0] ?? null) : (ids[ids.length - 1] ?? null);
  const j = direction === 'next' ? i + 1 : i - 1;
  return j >= 0 && j < ids.length ? (ids[j] ?? null) : null;
}

/** The next flagged event (a gap starts or ends there) after the current one; null when none. */
export function nextFlagged(
  ids: readonly string[],
  current: string | null,
  flagged: ReadonlySet<string>,
): string | null {
  const from = current === null ? -1 : ids.indexOf(current);
  for (let i = from + 1; i < ids.length; i++) {
    const id = ids[i] as string;
    if (flagged.has(id)) return id;
  }
  return null;
}

/**
 * Where the walk-through stands once "key events only" is switched on: the current event if it
 * is a key event, else the next key event after it, else the last one before it.
 */
export function keyTarget(
  baseIds: readonly string[],
  keyIds: ReadonlySet<string>,
  current: string | null,
): string | null {
  if (current !== null && keyIds.has(current)) return current;
  const at = current === null ? -1 : baseIds.indexOf(current);
  for (let i = at + 1; i < baseIds.length; i++) {
    if (keyIds.has(baseIds[i] as string)) return baseIds[i] as string;
  }
  for (let i = Math.min(at, baseIds.length) - 1; i >= 0; i--) {
    if (keyIds.has(baseIds[i] as string)) return baseIds[i] as string;
  }
  return null;
}

/**
 * Switching "key events only" on (`next`) or off: the notice to show and, when it goes on for
 * one who leads (solo or chair, not a follower), the key event to step to; none when there
 * are no key events at all.
 */
export function keyOnlySwitch(
  next: boolean,
  baseIds: readonly string[],
  keyIds: ReadonlySet<string>,
  current: string | null,
  leads: boolean,
): { notice: string; goTo: string | null } {
  if (next && keyIds.size === 0)
    return { notice: 'No key events yet: nothing carries a review note.', goTo: null };
  const target = next && leads ? keyTarget(baseIds, keyIds, current) : null;
  return {
    notice: next ? 'Key events only' : 'Every event',
    goTo: target && target !== current ? target : null,
  };
}

export interface StripRange {
  from: number;
  to: number;
}

/** The shortest period the strip shows, so a walk-through of a few days still reads as time. */
export const MIN_STRIP_MS = 60 * DAY_MS;

/**
 * The walk-through's period: its filter's dates when it has them, widened to its first event's
 * earliest day and its last's latest; at least two months, centred; padded a little either side.
 */
export function stripRange(
  events: readonly Pick<EventDto, 'date' | 'endDate' | 'time' | 'endTime'>[],
  fallback: { from: string; to: string },
  filter: { from: string | null; to: string | null } = { from: null, to: null },
): StripRange {
  let from = filter.from ? Date.parse(`${filter.from}T00:00:00Z`) : Infinity;
  let to = filter.to ? Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS : -Infinity;
  for (const event of events) {
    const span = eventTimeSpan(event as EventDto);
    from = Math.min(from, span.start);
    to = Math.max(to, span.end);
  }
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    from = Date.parse(`${fallback.from}T00:00:00Z`);
    to = Date.parse(`${fallback.to}T00:00:00Z`) + DAY_MS;
  }
  if (to - from < MIN_STRIP_MS) {
    const middle = (from + to) / 2;
    from = middle - MIN_STRIP_MS / 2;
    to = middle + MIN_STRIP_MS / 2;
  }
  const pad = (to - from) * 0.02;
  return { from: from - pad, to: to + pad };
}

/** A time as a percentage across the strip, kept inside it. */
export function percentAt(ms: number, range: StripRange): number {
  const width = range.to - range.from;
  if (width <= 0) return 50;
  return Math.min(100, Math.max(0, ((ms - range.from) / width) * 100));
}

/** Agencies in the timeline's default lane order: by kind, then name. */
export function laneOrder(events: readonly Pick<EventDto, 'agency' | 'agencyKind'>[]): string[] {
  const kinds = new Map(events.map((e) => [e.agency, e.agencyKind]));
  return [...kinds]
    .sort(
      ([a, ka], [b, kb]) =>
        AGENCY_KINDS.indexOf(ka) - AGENCY_KINDS.indexOf(kb) || a.localeCompare(b, 'en-GB'),
    )
    .map(([agency]) => agency);
}

/** Events a gap starts or ends at. */
export function flaggedEventIds(gaps: readonly GapDto[]): Set<string> {
  const ids = new Set<string>();
  for (const gap of gaps) {
    ids.add(gap.triggerEventId);
    if (gap.expectedEventId) ids.add(gap.expectedEventId);
  }
  return ids;
}

/** The gaps that touch the walk-through: their trigger or expected event is in it. */
export function gapsIn(gaps: readonly GapDto[], ids: ReadonlySet<string>): GapDto[] {
  return gaps.filter(
    (g) => ids.has(g.triggerEventId) || (g.expectedEventId !== null && ids.has(g.expectedEventId)),
  );
}

// Following the chair.

export interface FollowState {
  /** following: the screen shows the chair's event; away: the follower browses on their own. */
  mode: 'following' | 'away' | 'ended';
  /** The chair's latest position (remembered while away). */
  chairAt: string | null;
  seq: number;
  /** The event on the follower's screen. */
  shown: string | null;
}

export const START_FOLLOWING: FollowState = {
  mode: 'following',
  chairAt: null,
  seq: -1,
  shown: null,
};

/** A `position` message: applied while following, remembered while away, stale ones dropped. */
export function onPosition(
  state: FollowState,
  message: { eventId: string | null; seq: number },
): FollowState {
  if (state.mode === 'ended' || message.seq < state.seq) return state;
  const next = { ...state, chairAt: message.eventId, seq: message.seq };
  if (state.mode === 'following' && message.eventId !== null) next.shown = message.eventId;
  return next;
}

/** The follower browses: stream updates are remembered but not applied. */
export function stepAway(state: FollowState, shown: string | null = state.shown): FollowState {
  return state.mode === 'ended' ? { ...state, shown } : { ...state, mode: 'away', shown };
}

/** Back with the chair, at their latest position. */
export function rejoin(state: FollowState): FollowState {
  if (state.mode === 'ended') return state;
  return { ...state, mode: 'following', shown: state.chairAt ?? state.shown };
}

export function ended(state: FollowState): FollowState {
  return { ...state, mode: 'ended' };
}

/**
 * The chair's moves, sent one at a time, latest wins: a move made while one is on its way
 * replaces any waiting one, so a quick run of steps ends where the chair stopped, in order,
 * without a queue of stale moves.
 */
export function positionSender(
  send: (eventId: string) => Promise<unknown>,
  onError: (error: unknown) => void = () => undefined,
): (eventId: string) => Promise<void> {
  let inFlight: Promise<void> | null = null;
  let waiting: string | null = null;
  let last: string | null = null;
  const pump = async (): Promise<void> => {
    while (waiting !== null) {
      const id: string = waiting;
      waiting = null;
      if (id === last) continue;
      try {
        await send(id);
        last = id;
      } catch (error) {
        onError(error);
      }
    }
  };
  const kick = (): Promise<void> => {
    if (!inFlight) {
      inFlight = pump().finally(() => {
        inFlight = null;
        if (waiting !== null) void kick();
      });
    }
    return inFlight;
  };
  return (eventId: string) => {
    waiting = eventId;
    return kick();
  };
}
