// The month (or year) marks under the walk-through's strip (the events' drawing: strip-drawing.ts).
import { DAY_MS } from '../../../shared/lib/dates';
import { percentAt, type StripRange } from './walkthrough';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A mark at each month start after the range's start, as a percentage across it: every month
 * up to 15 months, every second to 30, every third to 48, else each January. A mark says the
 * year at January, and always when only Januaries are marked.
 */
export function monthMarks(range: StripRange): { at: number; label: string }[] {
  const marks: { at: number; label: string }[] = [];
  const start = new Date(range.from);
  const months = (range.to - range.from) / (30 * DAY_MS);
  const every = months <= 15 ? 1 : months <= 30 ? 2 : months <= 48 ? 3 : 12;
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + 1;
  for (let guard = 0; guard < 600; guard++) {
    if (month > 11) {
      month = 0;
      year++;
    }
    const ms = Date.UTC(year, month, 1);
    if (ms > range.to) break;
    if (month % every === 0) {
      marks.push({
        at: percentAt(ms, range),
        label: every === 12 || month === 0 ? `${MONTHS[month]} ${year}` : (MONTHS[month] as string),
      });
    }
    month++;
  }
  return marks;
}
