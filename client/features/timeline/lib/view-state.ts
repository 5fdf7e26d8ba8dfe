import { filtersToParams, parseFilters, type EventFilters } from '../../../shared/lib/filters';

/**
 * What the timeline page shows besides its filters, also kept in the URL so that a link opens
 * the same view: the open event, the visible window, the lane order and the hidden lanes.
 */
export interface TimelineViewState {
  event: string | null;
  window: { from: string; to: string } | null;
  laneOrder: string[];
  hidden: string[];
}

export const DEFAULT_VIEW: TimelineViewState = {
  event: null,
  window: null,
  laneOrder: [],
  hidden: [],
};

const WINDOW = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

export function parseViewState(params: URLSearchParams): TimelineViewState {
  const match = WINDOW.exec(params.get('window') ?? '');
  const from = match?.[1];
  const to = match?.[2];
  return {
    event: params.get('event') || null,
    window: from && to && from <= to ? { from, to } : null,
    laneOrder: params.getAll('lane').filter(Boolean),
    hidden: params.getAll('hide').filter(Boolean),
  };
}

/**
 * The filters of an address that the user's role can use: "flagged only" from a link means
 * nothing to a role without gap flags, nor a theme or "key events only" to one without notes,
 * so they are dropped.
 */
export function allowedFilters(
  params: URLSearchParams,
  may: { seeGaps: boolean; readNotes: boolean },
): EventFilters {
  const parsed = parseFilters(params);
  return {
    ...parsed,
    flagged: may.seeGaps && parsed.flagged,
    theme: may.readNotes ? parsed.theme : [],
    annotated: may.readNotes && parsed.annotated,
  };
}

/** Filters first (the server's names), then the view: `?agency=…&type=…&window=…&event=…`. */
export function timelineSearch(filters: EventFilters, view: TimelineViewState): string {
  const params = filtersToParams(filters);
  if (view.window) params.set('window', `${view.window.from}..${view.window.to}`);
  for (const lane of view.laneOrder) params.append('lane', lane);
  for (const lane of view.hidden) params.append('hide', lane);
  if (view.event) params.set('event', view.event);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Lanes in the order the reviewer chose; lanes not yet placed (an agency that uploaded since the
 * link was made) follow in the default order.
 */
export function orderLanes(defaultOrder: readonly string[], chosen: readonly string[]): string[] {
  const known = new Set(defaultOrder);
  const placed = chosen.filter((lane, i) => known.has(lane) && chosen.indexOf(lane) === i);
  const placedSet = new Set(placed);
  return [...placed, ...defaultOrder.filter((lane) => !placedSet.has(lane))];
}

/**
 * Puts a dragged lane where it was dropped: before `target`, or after it when `after` (the
 * lower half of the target's row). Returns the full new order; an unknown lane changes nothing.
 */
export function placeLane(
  order: readonly string[],
  lane: string,
  target: string,
  after: boolean,
): string[] {
  if (lane === target || !order.includes(lane) || !order.includes(target)) return [...order];
  const rest = order.filter((l) => l !== lane);
  const at = rest.indexOf(target) + (after ? 1 : 0);
  return [...rest.slice(0, at), lane, ...rest.slice(at)];
}

/** Moves a lane one place up (-1) or down (+1); returns the full new order. */
export function moveLane(order: readonly string[], lane: string, delta: -1 | 1): string[] {
  const next = [...order];
  const i = next.indexOf(lane);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= next.length) return next;
  [next[i], next[j]] = [next[j] as string, next[i] as string];
  return next;
}
