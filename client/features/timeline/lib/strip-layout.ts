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

/** One shape of the strip's heat map: every cell drawn with one fill and opacity, as a path. */
export interface CellShape {
  fill: string;
  opacity: number;
  d: string;
}

export interface StripRowIn {
  row: WeekRow;
  colour: string;
  all: boolean;
}

/** A strip row's height and the space under it, in pixels (the SVG's y unit). */
export const STRIP_ROW = 11;
export const STRIP_ROW_GAP = 2;
const OPACITY = [1, 0.22, 0.45, 0.7, 0.95];

/**
 * The heat map's cells, grouped by fill and opacity into one path each: a few dozen elements
 * for the whole strip rather than a rectangle and a tooltip per agency per week (two elements
 * a cell: 750 on a one-year review of six agencies, 4,000 over five years), which the browser
 * styled and laid out again on every draw of the page (docs/benchmarks.md, "2026-12-07").
 * x is in weeks from the first (a cell is 0.88 of its week wide), y in pixels.
 */
export function cellShapes(
  rows: readonly StripRowIn[],
  level: (count: number, all: boolean) => number,
): CellShape[] {
  const shapes = new Map<string, CellShape>();
  rows.forEach(({ row, colour, all }, r) => {
    const y = r * (STRIP_ROW + STRIP_ROW_GAP);
    row.certain.forEach((certain, w) => {
      const heat = level(certain, all);
      const fill = cellFill(heat, row.possible[w] ?? 0, colour, all);
      const opacity = OPACITY[heat] ?? 1;
      const key = `${fill} ${opacity}`;
      const shape = shapes.get(key) ?? { fill, opacity, d: '' };
      shape.d += `M${w + 0.06} ${y}h0.88v${STRIP_ROW}h-0.88z`;
      shapes.set(key, shape);
    });
  });
  return [...shapes.values()];
}

/** The row and week under a point `fraction` of the way across the strip and `y` px down. */
export function cellAt(
  fraction: number,
  y: number,
  weeks: number,
  rows: number,
): { row: number; week: number } | null {
  const row = Math.floor(y / (STRIP_ROW + STRIP_ROW_GAP));
  if (row < 0 || row >= rows || y - row * (STRIP_ROW + STRIP_ROW_GAP) > STRIP_ROW) return null;
  return { row, week: weekAt(fraction, weeks) };
}
