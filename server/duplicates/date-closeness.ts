// How close in time two events of the corpus are, for the duplicate score's time part and the
// reasons shown with it. Dates are intervals (a month stays a month), so closeness is read
// from the overlap of the intervals, and from the clock only when both are single timed days.
// Pure.
//
//   1    times at most 2 hours apart (same day, or either side of midnight);
//   0.7  same single day;
//   0.4  overlapping dates where the vaguer one spans ≤ 10 days ('mid-February');
//   0.25 ditto, spanning ≤ 31 days ('Nov 2018'); 0.1 longer;
//   0.2  not overlapping but within the day tolerance ('1 day apart').

import type { Corpus } from './corpus';

export const TWO_HOURS = 120;

/** Days between the two events' intervals: 0 when they overlap. */
export function gapDays(corpus: Corpus, i: number, j: number): number {
  const { start, end } = corpus;
  const later = Math.max(start[i] as number, start[j] as number);
  const earlier = Math.min(end[i] as number, end[j] as number);
  return Math.max(0, later - earlier);
}

export function singleDays(corpus: Corpus, i: number, j: number): boolean {
  const { start, end } = corpus;
  return start[i] === end[i] && start[j] === end[j];
}

/** Minutes between two timed single-day events; NaN when either is untimed or vague. */
export function minutesApart(corpus: Corpus, i: number, j: number): number {
  if (!singleDays(corpus, i, j)) return NaN;
  const { start, minutes } = corpus;
  const days = (start[j] as number) - (start[i] as number);
  return Math.abs(days * 24 * 60 + (minutes[j] as number) - (minutes[i] as number));
}

/** The time part of the score, 0..1, as in the table above. */
export function timeScore(corpus: Corpus, i: number, j: number, tolerance: number): number {
  if (minutesApart(corpus, i, j) <= TWO_HOURS) return 1;
  const gap = gapDays(corpus, i, j);
  if (gap > 0) return gap <= tolerance ? 0.2 : 0;
  if (singleDays(corpus, i, j)) return 0.7;
  const { start, end } = corpus;
  const widest =
    Math.max((end[i] as number) - (start[i] as number), (end[j] as number) - (start[j] as number)) +
    1;
  return widest <= 10 ? 0.4 : widest <= 31 ? 0.25 : 0.1;
}

/** Whether event i happened before event j: by first day, then last day, then time. */
export function startsBefore(corpus: Corpus, i: number, j: number): boolean {
  const { start, end, minutes } = corpus;
  if (start[i] !== start[j]) return (start[i] as number) < (start[j] as number);
  if (end[i] !== end[j]) return (end[i] as number) < (end[j] as number);
  return (minutes[i] as number) < (minutes[j] as number); // false when either has no time
}
