// Where things sit on the walk-through's strip: the event nearest a click, and the month (or year) marks under it.
import type { EventDto } from '../../../../server/contract/events';
import { DAY_MS } from '../../../shared/lib/dates';
import { eventTimeSpan } from '../../../shared/lib/timeline-items';
import { percentAt, type StripRange } from './walkthrough';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The event whose time is nearest `ms` (0 inside its span); the first of equals; null for none. */
export function nearestEvent(events: readonly EventDto[], ms: number): EventDto | null {
  let best: EventDto | null = null;
  let bestDistance = Infinity;
  for (const event of events) {
    const span = eventTimeSpan(event);
    const distance = ms < span.start ? span.start - ms : ms > span.end ? ms - span.end : 0;
    if (distance < bestDistance) {
      best = event;
      bestDistance = distance;
    }
  }
  return best;
}

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
