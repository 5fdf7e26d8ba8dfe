// Where the overview strip puts things: the week under a click, the timeline's window, month marks, a cell's fill, the silent weeks.
import { DAY_MS } from '../../../shared/lib/dates';
import type { WeekRow } from './weekly-counts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A mark at the start of each month after `from` and before `to`: the year at January, else the month. */
export function monthTicks(from: number, to: number): { at: number; label: string }[] {
  const ticks: { at: number; label: string }[] = [];
  const d = new Date(from);
  let at = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  while (at < to) {
    const date = new Date(at);
    const month = date.getUTCMonth();
    ticks.push({
      at,
      label: month === 0 ? String(date.getUTCFullYear()) : (MONTHS[month] as string),
    });
    at = Date.UTC(date.getUTCFullYear(), month + 1, 1);
  }
  return ticks;
}

/**
 * The timeline's window on the strip, in weeks from its first (`x`, width `w`, at least a
 * quarter-week); null when the window is off the strip.
 */
export function windowBox(
  window: { from: number; to: number } | null,
  first: number,
  weeks: number,
): { x: number; w: number } | null {
  const span = weeks * 7 * DAY_MS;
  if (!window || window.to <= first || window.from >= first + span) return null;
  return {
    x: Math.max(0, ((window.from - first) / span) * weeks),
    w: Math.max(
      0.25,
      ((Math.min(window.to, first + span) - Math.max(window.from, first)) / span) * weeks,
    ),
  };
}

/** The week under a click `fraction` (0 to 1) of the way across the strip, kept within it. */
export function weekAt(fraction: number, weeks: number): number {
  return Math.min(Math.max(Math.floor(fraction * weeks), 0), weeks - 1);
}

/** Weeks with nothing counted, not even an event dated only approximately. */
export function silentWeeks(row: WeekRow): number {
  return row.certain.filter((c, i) => c === 0 && (row.possible[i] ?? 0) === 0).length;
}

/**
 * A cell's fill: the lane's colour when it counted something; hatched when only an event
 * dated approximately may fall in it; else blank (warmer on the all-agencies row).
 */
export function cellFill(level: number, possible: number, colour: string, all: boolean): string {
  if (level > 0) return colour;
  if (possible > 0) return 'url(#strip-hatch)';
  return all ? '#f6efe4' : '#f1f3f5';
}
