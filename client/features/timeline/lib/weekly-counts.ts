// The overview strip's counts as it draws them: the server's per-week totals (GET …/timeline/weeks,
// server/timeline/weekly-counts.ts counts them) put on the strip's lanes, and the heat scale.
import type { StripMeasureName, TimelineWeeks } from '../../../../server/contract/feed';
import { DAY_MS } from '../../../shared/lib/dates';

/** What the overview strip counts. */
export type StripMeasure = StripMeasureName;

export const STRIP_MEASURES: Record<StripMeasure, string> = {
  contacts: 'Contacts',
  'child-seen': 'Child seen',
  all: 'All records',
};

export interface WeekRow {
  lane: string;
  /** Events whose whole date falls in the week. */
  certain: number[];
  /** Events whose date could fall in the week but could also fall in another. */
  possible: number[];
}

export interface WeeklyCounts {
  /** Each week's Monday, in ms. */
  weekStarts: number[];
  rows: WeekRow[];
  /** Every lane shown together: a week with 0 here is a week when no agency recorded a contact. */
  all: WeekRow;
}

/**
 * The server's totals on the strip's lanes, in their order: a lane the server has no row for
 * has none to count. The server's "all" counts every agency; a lane the reviewer hid is taken
 * out of it, so the top row still adds up the rows under it (as when the browser counted).
 */
export function stripCounts(weeks: TimelineWeeks, lanes: readonly string[]): WeeklyCounts {
  const zeros = () => new Array<number>(weeks.weekStarts.length).fill(0);
  const byAgency = new Map(weeks.rows.map((row) => [row.agency, row]));
  const rows = lanes.map((lane) => ({
    lane,
    certain: byAgency.get(lane)?.certain ?? zeros(),
    possible: byAgency.get(lane)?.possible ?? zeros(),
  }));
  const shown = new Set(lanes);
  const left = weeks.rows.filter((row) => !shown.has(row.agency));
  const minus = (totals: number[], part: 'certain' | 'possible') =>
    left.length === 0
      ? totals
      : totals.map((n, w) => left.reduce((rest, row) => rest - (row[part][w] ?? 0), n));
  return {
    weekStarts: weeks.weekStarts.map((day) => day * DAY_MS),
    rows,
    all: {
      lane: '',
      certain: minus(weeks.all.certain, 'certain'),
      possible: minus(weeks.all.possible, 'possible'),
    },
  };
}

/** Heat level 0–4 for a count, relative to the busiest cell, so one busy week does not wash out the rest. */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  const ratio = Math.sqrt(count / max);
  return ratio > 0.75 ? 4 : ratio > 0.5 ? 3 : ratio > 0.25 ? 2 : 1;
}
