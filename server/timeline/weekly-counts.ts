// Per-week totals for the overview strip (GET …/timeline/weeks): pure, no database. The web
// app used to count these itself; the server counts them now, over the same filters as the
// feed, and the strip only puts them on its lanes (client/features/timeline/lib/weekly-counts.ts).
import { AGENCY_KINDS, type AgencyKind } from '../contract/common';
import type { StripMeasureName, TimelineWeeks } from '../contract/feed';
import { dayNumber } from '../shared/calendar';

/** What the counting needs of an event. */
export interface WeekEvent {
  agency: string;
  type: string;
  childSeen: boolean | null;
  earliest: string;
  latest: string;
}

/**
 * A contact is a time someone from an agency saw or spoke with the family: visits, office or
 * clinic appointments, calls and messages, IDVA contacts, and the meetings and health checks
 * they attended. A visit with no access or a missed appointment is not one: those are what a
 * silence is made of.
 */
export function isContact(event: Pick<WeekEvent, 'type' | 'childSeen'>): boolean {
  if (event.type === 'contact.no-access' || event.type === 'contact.not-brought') return false;
  return (
    event.type.startsWith('contact.') ||
    event.type.startsWith('health.') ||
    event.type.startsWith('meeting.') ||
    event.type === 'idva.contact' ||
    event.childSeen === true
  );
}

function counts(event: WeekEvent, measure: StripMeasureName): boolean {
  if (measure === 'all') return true;
  if (measure === 'child-seen') return event.childSeen === true;
  return isContact(event);
}

/** The Monday on or before a day (days since 1970-01-01, a Thursday). */
export function weekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The agencies in the web app's lane order: by kind (AGENCY_KINDS order), then by name. */
export function laneOrder(agencies: ReadonlyArray<{ name: string; kind: string }>): string[] {
  const rank = (kind: string) => AGENCY_KINDS.indexOf(kind as AgencyKind);
  return [...agencies]
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name, 'en-GB'))
    .map((a) => a.name);
}

/**
 * Counts per lane per ISO week (Monday to Sunday) from `range.from` to `range.to` (ISO days).
 * An approximately dated event ('Nov 2018') is not counted in any one week (that would fill a
 * silence with a guess): it is counted as *possible* in every week it could fall in. Events
 * of a lane not listed are not counted, in a row or in `all`.
 */
export function weeklyCounts(
  events: Iterable<WeekEvent>,
  range: { from: string; to: string },
  lanes: readonly string[],
  measure: StripMeasureName,
): TimelineWeeks {
  const first = weekStart(dayNumber(range.from));
  const last = weekStart(dayNumber(range.to));
  const weekCount = Math.max(0, (last - first) / 7 + 1);
  const weekStarts = Array.from({ length: weekCount }, (_, i) => first + i * 7);
  const emptyRow = (agency: string) => ({
    agency,
    certain: new Array<number>(weekCount).fill(0),
    possible: new Array<number>(weekCount).fill(0),
  });
  const byLane = new Map(lanes.map((lane) => [lane, emptyRow(lane)]));
  const all = emptyRow('');
  const weekOf = (iso: string) => (weekStart(dayNumber(iso)) - first) / 7;
  for (const event of events) {
    const row = byLane.get(event.agency);
    if (!row || !counts(event, measure)) continue;
    const a = weekOf(event.earliest);
    const b = weekOf(event.latest);
    if (b < 0 || a >= weekCount) continue;
    if (a === b) {
      row.certain[a]!++;
      all.certain[a]!++;
      continue;
    }
    for (let w = Math.max(a, 0); w <= Math.min(b, weekCount - 1); w++) {
      row.possible[w]!++;
      all.possible[w]!++;
    }
  }
  return { weekStarts, rows: lanes.map((lane) => byLane.get(lane)!), all };
}
