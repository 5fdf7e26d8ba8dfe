// A day typed into the web app, read as an upload's date cell is read: day first whatever the
// browser's locale (03/06/2019 is 3 June), and the other forms the upload accepts (3 Jun 2019,
// 2019-06-03, June 2019). Kept apart from dates.ts: the page's first script imports that, and
// the reader is not needed until a form is shown.
import { normaliseDate } from '../../../server/ingest/dates';

/** Which day a less exact date stands for: a "from" bound its first, a "to" bound its last. */
export type DayEdge = 'earliest' | 'latest';

export type DayRead = { iso: string | null } | { error: string };

/**
 * The day `text` names, as an ISO date (null when it is blank), or why it is not one. A date
 * less exact than a day (`June 2019`, `Q2 2019`) stands for its first or last day (`edge`).
 */
export function readDayInput(
  text: string,
  edge: DayEdge,
  referenceYear = new Date().getFullYear(),
): DayRead {
  const trimmed = text.trim();
  if (trimmed === '') return { iso: null };
  const read = normaliseDate(trimmed, { referenceYear });
  if (!read.ok) {
    return read.code === 'date.empty'
      ? { error: `"${trimmed}" gives no date: type a day such as 03/06/2019.` }
      : { error: read.message };
  }
  // What an upload tolerates in an agency's cell is a slip in a field typed here: say so.
  if (read.notes.some((n) => n.code === 'date.excel-serial')) {
    return { error: `"${trimmed}" is a number, not a date: type a day such as 03/06/2019.` };
  }
  if (read.value.uncertain) {
    return { error: `Type the date without a "?" or "c.": "${trimmed}" is marked as doubtful.` };
  }
  if (read.time !== null) {
    return { error: `Type the day without a time: "${trimmed}" has one.` };
  }
  return { iso: edge === 'latest' ? read.value.latest : read.value.earliest };
}

/** An ISO date as the inputs show it, day first: 2019-06-03 is 03/06/2019; null is blank. */
export function dayInputText(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}
