// What the timeline workspace derives from a review's events and gap flags: lanes, flagged events, gaps in view, ranges.
import type { TimelineEvent } from '../../../../server/contract/feed';
import type { GapDto } from '../../../shared/api/api-types';
import { AGENCY_KINDS } from '../../../shared/lib/agencies';
import { DAY_MS, isoDateToMs } from '../../../shared/lib/dates';

/** The agencies of the events, by kind of agency (in AGENCY_KINDS order), then by name. */
export function defaultLaneOrder(events: readonly TimelineEvent[]): string[] {
  // Each agency's kind as its last event gives it, without a pair made per event.
  const kinds = new Map<string, TimelineEvent['agencyKind']>();
  for (const e of events) kinds.set(e.agency, e.agencyKind);
  return [...kinds]
    .sort(
      ([a, ka], [b, kb]) =>
        AGENCY_KINDS.indexOf(ka) - AGENCY_KINDS.indexOf(kb) || a.localeCompare(b, 'en-GB'),
    )
    .map(([a]) => a);
}

/** The events a gap flag starts or ends at. */
export function gapEventIds(gaps: readonly GapDto[]): Set<string> {
  const ids = new Set<string>();
  for (const gap of gaps) {
    ids.add(gap.triggerEventId);
    if (gap.expectedEventId) ids.add(gap.expectedEventId);
  }
  return ids;
}

/** The gaps with at least one of their events among `ids`. */
export function gapsTouching(gaps: readonly GapDto[], ids: { has(id: string): boolean }): GapDto[] {
  return gaps.filter(
    (g) => ids.has(g.triggerEventId) || (g.expectedEventId !== null && ids.has(g.expectedEventId)),
  );
}

/** How many events each agency (lane) has. */
export function countByLane(events: readonly TimelineEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.agency, (counts.get(e.agency) ?? 0) + 1);
  return counts;
}

/** The review's period in milliseconds: from its first day's start to its last day's end. */
export function periodMs(periodStart: string, periodEnd: string): { from: number; to: number } {
  return { from: isoDateToMs(periodStart), to: isoDateToMs(periodEnd) + DAY_MS };
}

/** The window the timeline opens on: the one in the address, else the period and a week either side. */
export function openingWindow(
  window: { from: string; to: string } | null,
  period: { from: number; to: number },
): { from: number; to: number } {
  return window
    ? { from: isoDateToMs(window.from), to: isoDateToMs(window.to) + DAY_MS }
    : { from: period.from - 7 * DAY_MS, to: period.to + 7 * DAY_MS };
}

/** The window that shows a gap: its days and 15% either side, at least three days. */
export function gapWindow(gap: Pick<GapDto, 'start' | 'end'>): { from: number; to: number } {
  const from = isoDateToMs(gap.start);
  const to = isoDateToMs(gap.end) + DAY_MS;
  const pad = Math.max((to - from) * 0.15, 3 * DAY_MS);
  return { from: from - pad, to: to + pad };
}

/** What the timeline highlights: a chosen gap's flag and both its events, else the chosen event. */
export function highlightedIds(
  gap: Pick<GapDto, 'id' | 'triggerEventId' | 'expectedEventId'> | null,
  eventId: string | null,
): string[] {
  if (gap)
    return [
      gap.triggerEventId,
      ...(gap.expectedEventId ? [gap.expectedEventId] : []),
      `gap:${gap.id}`,
    ];
  return eventId ? [eventId] : [];
}
