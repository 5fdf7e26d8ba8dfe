import type { LimitUnit } from '../contract/rules';
import { addDays, daysInMonth, isoDate, isoParts } from '../ingest/calendar';
import { type GapEvent, instantRange } from './gap-event';
import { addWorkingDays, workingDaysBetween } from './working-days';

export interface Limit {
  amount: number;
  unit: LimitUnit;
}

/** Something that happened, or the end of the review period standing in for "not yet". */
export type Moment = Pick<GapEvent, 'earliest' | 'latest' | 'time'>;

export interface Measure {
  /** certain: even the shortest possible interval breaks the limit; possible: only the longest. */
  certainty: 'certain' | 'possible' | null;
  elapsed: { min: number; max: number; unit: LimitUnit };
  /** Calendar days, shortest and longest possible: every message gives them. */
  days: { min: number; max: number };
}

const DAY_MS = 86_400_000;

function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** The last day (or, for hours, the last minute) that still meets the limit. */
function deadlineDay(iso: string, limit: Limit): string {
  switch (limit.unit) {
    case 'days':
      return addDays(iso, limit.amount);
    case 'working-days':
      return addWorkingDays(iso, limit.amount);
    case 'months':
      return addMonths(iso, limit.amount);
    case 'hours':
      throw new Error('hours are measured in minutes, not days');
  }
}

function addMonths(iso: string, months: number): string {
  const { year, month, day } = isoParts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Measures the time from a trigger to what followed it (or the period's end) against a limit.
 * With approximate dates the time is a range: the shortest from the trigger's last possible
 * day to the follow-up's first, the longest from first to last.
 */
export function measure(trigger: Moment, after: Moment, limit: Limit): Measure {
  const days = {
    min: Math.max(0, dayDiff(trigger.latest, after.earliest)),
    max: Math.max(0, dayDiff(trigger.earliest, after.latest)),
  };
  if (limit.unit === 'hours') {
    const [tFirst, tLast] = instantRange(trigger);
    const [aFirst, aLast] = instantRange(after);
    const min = Math.max(0, aFirst - tLast);
    const max = Math.max(0, aLast - tFirst);
    const allowed = limit.amount * 60;
    return {
      certainty: min > allowed ? 'certain' : max > allowed ? 'possible' : null,
      elapsed: { min: Math.floor(min / 60), max: Math.ceil(max / 60), unit: 'hours' },
      days,
    };
  }
  const certain = after.earliest > deadlineDay(trigger.latest, limit);
  const possible = after.latest > deadlineDay(trigger.earliest, limit);
  const elapsed =
    limit.unit === 'working-days'
      ? {
          min: workingDaysBetween(trigger.latest, after.earliest),
          max: workingDaysBetween(trigger.earliest, after.latest),
          unit: limit.unit,
        }
      : { ...days, unit: limit.unit === 'months' ? ('days' as const) : limit.unit };
  return { certainty: certain ? 'certain' : possible ? 'possible' : null, elapsed, days };
}

/** "6 weeks (32–70 days)", "3 days", "4–9 working days (6–13 days)", "30 hours". */
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
