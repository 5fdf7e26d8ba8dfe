import type { TimelineEvent } from '../../../../server/contract/feed';
import { DAY_MS, isoDateToMs, weekStartMs } from '../../../shared/lib/dates';

/** What the overview strip counts. */
export type StripMeasure = 'contacts' | 'child-seen' | 'all';

export const STRIP_MEASURES: Record<StripMeasure, string> = {
  contacts: 'Contacts',
  'child-seen': 'Child seen',
  all: 'All records',
};

/**
 * A contact is a time someone from an agency saw or spoke with the family: visits, office or
 * clinic appointments, calls and messages, IDVA contacts, and the meetings and health checks
 * they attended.
 * A visit with no access or a missed appointment is not one: those are what a silence is made of.
 */
export function isContact(event: TimelineEvent): boolean {
  if (event.type === 'contact.no-access' || event.type === 'contact.not-brought') return false;
  return (
    event.type.startsWith('contact.') ||
    event.type.startsWith('health.') ||
    event.type.startsWith('meeting.') ||
    event.type === 'idva.contact' ||
    event.childSeen === true
  );
}

function counts(event: TimelineEvent, measure: StripMeasure): boolean {
  if (measure === 'all') return true;
  if (measure === 'child-seen') return event.childSeen === true;
  return isContact(event);
}

export interface WeekRow {
  lane: string;
  /** Events whose whole date falls in the week. */
  certain: number[];
  /** Events whose date could fall in the week but could also fall in another. */
  possible: number[];
}

export interface WeeklyCounts {
  weekStarts: number[];
  rows: WeekRow[];
  /** Every lane together: a week with 0 here is a week when no agency recorded a contact. */
  all: WeekRow;
}

/**
 * Counts per agency per ISO week (Monday to Sunday) from `from` to `to`. An approximately
 * dated event ('Nov 2018') is not counted as a contact in any one week (that would fill a
 * silence with a guess); it is counted as *possible* in every week it could fall in.
 */
export function weeklyCounts(
  events: readonly TimelineEvent[],
  range: { from: string; to: string },
  lanes: readonly string[],
  measure: StripMeasure,
): WeeklyCounts {
  const first = weekStartMs(isoDateToMs(range.from));
  const last = weekStartMs(isoDateToMs(range.to));
  const weekCount = Math.max(0, Math.round((last - first) / (7 * DAY_MS)) + 1);
  const weekStarts = Array.from({ length: weekCount }, (_, i) => first + i * 7 * DAY_MS);
  const emptyRow = (lane: string): WeekRow => ({
    lane,
    certain: new Array<number>(weekCount).fill(0),
    possible: new Array<number>(weekCount).fill(0),
  });
  const byLane = new Map(lanes.map((lane) => [lane, emptyRow(lane)]));
  const all = emptyRow('');
  const weekOf = (ms: number) => Math.round((weekStartMs(ms) - first) / (7 * DAY_MS));

  for (const event of events) {
    const row = byLane.get(event.agency);
    if (!row || !counts(event, measure)) continue;
    const a = weekOf(isoDateToMs(event.date.earliest));
    const b = weekOf(isoDateToMs(event.date.latest));
    if (b < 0 || a >= weekCount) continue;
    if (a === b) {
      row.certain[a] = (row.certain[a] ?? 0) + 1;
      all.certain[a] = (all.certain[a] ?? 0) + 1;
      continue;
    }
    for (let w = Math.max(a, 0); w <= Math.min(b, weekCount - 1); w++) {
      row.possible[w] = (row.possible[w] ?? 0) + 1;
      all.possible[w] = (all.possible[w] ?? 0) + 1;
    }
  }
  return { weekStarts, rows: lanes.map((lane) => byLane.get(lane) as WeekRow), all };
}

/** Heat level 0–4 for a count, relative to the busiest cell, so one busy week does not wash out the rest. */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  const ratio = Math.sqrt(count / max);
  return ratio > 0.75 ? 4 : ratio > 0.5 ? 3 : ratio > 0.25 ? 2 : 1;
}
