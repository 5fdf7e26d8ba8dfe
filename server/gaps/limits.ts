import type { LimitUnit } from '../contract/rules';
import type { Span } from './gap-event';
import { workingDaysBetweenDays } from './working-days';

export interface Limit {
  amount: number;
  unit: LimitUnit;
}

/** A broken limit; `measure` returns null when the limit was met. */
export interface Measure {
  /** certain: even the shortest possible interval breaks the limit; possible: only the longest. */
  certainty: 'certain' | 'possible';
  elapsed: { min: number; max: number; unit: LimitUnit };
  /** Calendar days, shortest and longest possible: every message gives them. */
  days: { min: number; max: number };
}

const MINUTES_PER_DAY = 1440;

/**
 * Measures the time from a trigger to what followed it (or the period's end) against a limit,
 * and returns null when even the longest possible interval keeps within it.
 * With approximate dates the time is a range: the shortest from the trigger's last possible
 * day to the follow-up's first, the longest from first to last. Elapsed working days count
 * the working days after the trigger up to and including the follow-up's day.
 */
export function measure(trigger: Span, after: Span, limit: Limit): Measure | null {
  let min: number;
  let max: number;
  let allowed = limit.amount;
  switch (limit.unit) {
    case 'hours': {
      const [tFirst, tLast] = minutes(trigger);
      const [aFirst, aLast] = minutes(after);
      min = Math.max(0, aFirst - tLast);
      max = Math.max(0, aLast - tFirst);
      allowed = limit.amount * 60;
      break;
    }
    case 'months': {
      // A month is not a fixed number of days: compare with the day N months on.
      const certain = after.first > addMonths(trigger.last, limit.amount);
      const possible = after.last > addMonths(trigger.first, limit.amount);
      if (!possible) return null;
      const d = calendarDays(trigger, after);
      return {
        certainty: certain ? 'certain' : 'possible',
        elapsed: { ...d, unit: 'days' },
        days: d,
      };
    }
    case 'working-days':
      min = workingDaysBetweenDays(trigger.last, after.first);
      max = workingDaysBetweenDays(trigger.first, after.last);
      break;
    case 'days':
      min = Math.max(0, after.first - trigger.last);
      max = Math.max(0, after.last - trigger.first);
      break;
  }
  // Most triggers are answered in time: no objects are made for them.
  if (max <= allowed) return null;
  const certainty = min > allowed ? 'certain' : 'possible';
  const elapsed =
    limit.unit === 'hours'
      ? { min: Math.round(min / 60), max: Math.round(max / 60), unit: limit.unit }
      : { min, max, unit: limit.unit };
  return { certainty, elapsed, days: calendarDays(trigger, after) };
}

function calendarDays(trigger: Span, after: Span): { min: number; max: number } {
  return {
    min: Math.max(0, after.first - trigger.last),
    max: Math.max(0, after.last - trigger.first),
  };
}

/** First and last possible minute (since 1970) of a span. */
function minutes(span: Span): [number, number] {
  if (span.minute !== null) {
    const at = span.first * MINUTES_PER_DAY + span.minute;
    return [at, at];
  }
  return [span.first * MINUTES_PER_DAY, span.last * MINUTES_PER_DAY + MINUTES_PER_DAY - 1];
}

function addMonths(day: number, months: number): number {
  const date = new Date(day * 86_400_000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / 86_400_000);
}

/** "about 6 weeks (32–70 days)", "3 days", "4–9 working days (6–13 days)", "30 hours". */
export function describeElapsed(m: Measure): string {
  const { min, max } = m.days;
  const span = min === max ? plural(min, 'day') : `${min}–${max} days`;
  if (m.elapsed.unit === 'hours' && m.elapsed.max < 48) {
    const { min: h1, max: h2 } = m.elapsed;
    return h1 === h2 ? plural(h1, 'hour') : `${h1}–${h2} hours`;
  }
  if (m.elapsed.unit === 'working-days') {
    const { min: w1, max: w2 } = m.elapsed;
    const working = w1 === w2 ? plural(w1, 'working day') : `${w1}–${w2} working days`;
    return `${working} (${span})`;
  }
  const typical = (min + max) / 2;
  if (typical >= 60) return `about ${Math.round(typical / 30.44)} months (${span})`;
  if (typical >= 14) return `about ${Math.round(typical / 7)} weeks (${span})`;
  return span;
}

export function describeLimit(limit: Limit): string {
  const names: Record<LimitUnit, string> = {
    hours: 'hour',
    days: 'day',
    'working-days': 'working day',
    months: 'month',
  };
  return plural(limit.amount, names[limit.unit]);
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
