import type { TimelineEvent } from '../../../server/contract/feed';
import { DAY_MS, formatDay, formatInterval, isoDateToMs, timeOfDayMs } from './dates';
import { eventType } from './event-types';
import type { GapDto } from '../api/api-types';
import { houseDate } from '../../../server/contract/house-date';

/**
 * What the timeline draws for one thing, as plain data. The component turns `label` and
 * `tooltip` into DOM text nodes (never HTML): every string here may come from an upload.
 */
export interface TimelineItemSpec {
  id: string;
  group: string;
  start: number;
  /** Set for ranges: approximate dates, spans with an end date, gap flags, weekly totals. */
  end?: number;
  type: 'point' | 'range' | 'background';
  /** Items of one subgroup may overlap instead of stacking (gap flags of one rule). */
  subgroup?: string;
  className: string;
  label: string;
  tooltip: string[];
}

/**
 * Gap flags get one lane per rule above the agencies' lanes, so each row reads as one finding
 * ("Meeting minutes shared") and a rule's flags overlap in their row instead of stacking into a
 * tall pile: the flags that run to the end of the period darken where they pile up, and each
 * one's start is a tick of its own.
 */
export function gapLaneId(ruleId: string): string {
  return `\u0000gap:${ruleId}`;
}

export const GAP_SUBGROUP = 'flags';

/** Where an event sits in time: an instant for a dated day, an interval for anything vaguer. */
export function eventTimeSpan(event: TimelineEvent): {
  start: number;
  end: number;
  exact: boolean;
} {
  const day = isoDateToMs(event.date.earliest);
  const exactDay = event.date.precision === 'day' && event.date.earliest === event.date.latest;
  if (event.endDate) {
    const endDay = isoDateToMs(event.endDate.latest);
    const endTime = event.endDate.precision === 'day' ? timeOfDayMs(event.endTime) : null;
    return {
      start: day + (exactDay ? (timeOfDayMs(event.time) ?? 0) : 0),
      end: endTime === null ? endDay + DAY_MS : endDay + endTime,
      exact: false,
    };
  }
  if (exactDay) {
    const start = day + (timeOfDayMs(event.time) ?? 0);
    return { start, end: start, exact: true };
  }
  return { start: day, end: isoDateToMs(event.date.latest) + DAY_MS, exact: false };
}

/** The label an item carries: our short type name, or the agency's words when unmapped. */
export function itemLabel(event: TimelineEvent): string {
  const type = eventType(event.type);
  const base = event.type === 'other' && event.typeText ? event.typeText : type.short;
  return event.date.uncertain ? `? ${base}` : base;
}

/** A review note's marker on an item: extra classes and a tooltip line (shared/lib/notes.ts). */
export interface ItemMark {
  className: string;
  label: string;
}

/** An event as drawn: the feed's, with its short label, or a full record with its description. */
export type DrawnEvent = TimelineEvent & { description?: string | null };

export function eventToItem(
  event: DrawnEvent,
  flagged = false,
  mark: ItemMark | null = null,
  /** The event's description from its full record, when the event itself has none. */
  description: string | null = null,
): TimelineItemSpec {
  const span = eventTimeSpan(event);
  const type = eventType(event.type);
  const approximate = event.date.precision !== 'day' || event.date.earliest !== event.date.latest;
  const classes = [`t-${type.family}`];
  if (approximate) classes.push('approx');
  else if (!span.exact) classes.push('span');
  if (event.date.uncertain) classes.push('uncertain');
  if (flagged) classes.push('flagged');
  if (mark) classes.push(mark.className);
  const tooltip = eventTooltip(event, description);
  if (mark) tooltip.push(mark.label);
  return {
    id: event.id,
    group: event.agency,
    start: span.start,
    ...(span.exact ? {} : { end: span.end }),
    type: span.exact ? 'point' : 'range',
    className: classes.join(' '),
    label: itemLabel(event),
    tooltip,
  };
}

function eventTooltip(event: DrawnEvent, description: string | null): string[] {
  const type = eventType(event.type);
  const when = houseDate(event.date, event.time);
  const lines = [when];
  if (event.date.precision !== 'day' || event.date.earliest !== event.date.latest) {
    lines.push(`Approximate (${event.date.precision}): ${formatInterval(event.date)}`);
  }
  if (event.date.uncertain) lines.push('The agency marked this date as uncertain');
  lines.push(event.typeText ? `${type.label} (“${event.typeText}”)` : type.label);
  lines.push(event.agency);
  const text = event.description ?? description ?? event.label;
  if (text) lines.push(truncate(text, 240));
  return lines;
}

export function gapToItem(gap: GapDto): TimelineItemSpec {
  const start = isoDateToMs(gap.start);
  const end = Math.max(isoDateToMs(gap.end) + DAY_MS, start + DAY_MS);
  return {
    id: `gap:${gap.id}`,
    group: gapLaneId(gap.ruleId),
    subgroup: GAP_SUBGROUP,
    start,
    end,
    type: 'range',
    className: `gap gap-${gap.certainty}${gap.expectedEventId ? '' : ' gap-open'}`,
    label: '',
    tooltip: [
      gap.ruleName,
      gap.certainty === 'certain'
        ? 'Certain: even the shortest reading of the dates breaches the limit'
        : 'Possible: only the longest reading of the dates breaches the limit',
      `${formatDay(gap.start)} → ${formatDay(gap.end)}${gap.expectedEventId ? '' : ' (end of the period: nothing recorded)'}`,
      gap.message,
      `Source: ${gap.source}`,
    ],
  };
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const UNIT_NAMES = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' };

/** A lane's total for one bucket, drawn when the window holds too many events to show one by one. */
export function bucketToItem(
  bucket: { lane: string; start: number; end: number; count: number },
  unit: keyof typeof UNIT_NAMES,
): TimelineItemSpec {
  const when =
    unit === 'week'
      ? `Week commencing ${formatDay(bucket.start)}`
      : unit === 'day'
        ? formatDay(bucket.start)
        : `${formatDay(bucket.start)} – ${formatDay(bucket.end - DAY_MS)}`;
  const density = bucket.count >= 50 ? 4 : bucket.count >= 20 ? 3 : bucket.count >= 5 ? 2 : 1;
  return {
    id: `agg:${bucket.lane}:${bucket.start}`,
    group: bucket.lane,
    start: bucket.start,
    end: bucket.end,
    type: 'range',
    className: `agg agg-${density}`,
    label: bucket.count.toLocaleString('en-GB'),
    tooltip: [
      `${bucket.count.toLocaleString('en-GB')} ${bucket.count === 1 ? 'event' : 'events'}`,
      bucket.lane,
      when,
      `Totals per ${UNIT_NAMES[unit]}: click to zoom in and see the events`,
    ],
  };
}

/** Shades the time outside the review period, so an event dated before it stands out. */
export function outsidePeriodItems(period: { from: number; to: number }): TimelineItemSpec[] {
  const far = 200 * 365 * DAY_MS;
  const base = {
    group: '',
    type: 'background' as const,
    className: 'outside-period',
    label: '',
    tooltip: [],
  };
  return [
    { ...base, id: 'period:before', start: period.from - far, end: period.from },
    { ...base, id: 'period:after', start: period.to, end: period.to + far },
  ];
}

/** A busy rule's flags open during one bucket, drawn instead of each flag when zoomed out. */
export function gapBucketToItem(
  bucket: { lane: string; start: number; end: number; count: number },
  unit: keyof typeof UNIT_NAMES,
  ruleName: string,
): TimelineItemSpec {
  return {
    id: `gapagg:${bucket.lane}:${bucket.start}`,
    group: bucket.lane,
    subgroup: GAP_SUBGROUP,
    start: bucket.start,
    end: bucket.end,
    type: 'range',
    className: `gap-agg gap-agg-${bucket.count >= 50 ? 3 : bucket.count >= 10 ? 2 : 1}`,
    label: bucket.count.toLocaleString('en-GB'),
    tooltip: [
      `${bucket.count.toLocaleString('en-GB')} “${ruleName}” flags open`,
      `${formatDay(bucket.start)} – ${formatDay(bucket.end - DAY_MS)}`,
      `Too many to draw one by one at this zoom (totals per ${UNIT_NAMES[unit]}): click to zoom in`,
    ],
  };
}
