import { Type, type Static } from 'typebox';
import { AgencyKindSchema, Nullable } from './common';
import { DATE_PRECISIONS, EventListQuery, FacetsSchema, type EventDto } from './events';

/**
 * The timeline feed (GET /api/reviews/:reviewId/timeline/feed): per event only what the
 * timeline, the overview strip, the chronology table's sorting and the filters need, in
 * columns rather than one object per event with its keys repeated. At 50,000 events the full
 * list (GET …/events) is about 30 MB of JSON; the feed is a small part of it, and compresses
 * well because its repeated texts are sent once (`strings`) and referred to by number.
 *
 * The free text of a record (description, outcome, analysis, raw cells, provenance) is not in
 * it: the event's detail fetches the full record (GET …/events/:eventId), the table fetches
 * the rows in view in pages (GET …/events?ids=…). `label` is the description's first
 * LABEL_LENGTH characters, for a client that has no other text to show for an event; the web
 * app asks without it (`labels=false`): on a real review the labels are most of the feed's
 * bytes, and it shows descriptions from the full records of what is in view instead.
 *
 * Encoding and decoding are here, in the contract, so that the server and the web app use the
 * one definition (both are pure and import nothing else).
 */

/** The description's first characters sent as an event's label. */
export const LABEL_LENGTH = 120;

/** Bits of `flags`. */
export const FEED_FLAGS = {
  childSeenKnown: 1,
  childSeen: 2,
  seenAloneKnown: 4,
  seenAlone: 8,
  uncertain: 16,
  endUncertain: 32,
} as const;

const Ints = (description: string) => Type.Array(Type.Integer(), { description });

export const TimelineFeedSchema = Type.Object({
  total: Type.Integer({ description: 'Events in the feed (every column has this length)' }),
  agencies: Type.Array(Type.Object({ name: Type.String(), kind: AgencyKindSchema })),
  types: Type.Array(Type.String(), { description: 'Type codes; `type` holds indexes into it' }),
  strings: Type.Array(Type.String(), {
    description: 'Repeated short texts (type words, date texts, times, subjects), sent once',
  }),
  id: Type.Array(Type.String()),
  agency: Ints('Index into agencies'),
  type: Ints('Index into types'),
  typeText: Ints('Index into strings of the agency’s own words for the type; -1 for none'),
  earliest: Ints('Earliest possible day, as days since 1970-01-01'),
  latest: Ints('Latest possible day, as days since 1970-01-01'),
  precision: Ints('Index into DATE_PRECISIONS'),
  dateText: Ints('Index into strings of the date as the agency wrote it'),
  time: Ints('Index into strings of the time (HH:MM); -1 for none'),
  flags: Ints('FEED_FLAGS bits: child seen, seen alone (each with a "known" bit), uncertain'),
  subjects: Type.Array(Type.Array(Type.Integer()), { description: 'Indexes into strings' }),
  label: Type.Optional(
    Type.Array(Nullable(Type.String()), { description: 'Absent when asked with labels=false' }),
  ),
  /** Events with an end date are few: their positions, then the end date's parts. */
  facets: Type.Optional(FacetsSchema),
  ends: Type.Object({
    at: Ints('Positions in the columns above of the events that have an end date'),
    earliest: Ints('Days since 1970-01-01'),
    latest: Ints('Days since 1970-01-01'),
    precision: Ints('Index into DATE_PRECISIONS'),
    dateText: Ints('Index into strings'),
    time: Ints('Index into strings; -1 for none'),
  }),
});
export type TimelineFeed = Static<typeof TimelineFeedSchema>;

/** The events list's filters and view, without its paging (the feed's and the strip's). */
const TimelineFilterQuery = Type.Omit(EventListQuery, ['limit', 'offset', 'facets']);

/**
 * The feed takes the events list's filters and view, and facets only when asked (the web app
 * asks when the server does its filtering); never a page: it is every match. `labels=false`
 * leaves the label column out.
 */
export const TimelineFeedQuery = Type.Intersect([
  TimelineFilterQuery,
  Type.Object({
    facets: Type.Optional(Type.Boolean({ default: false })),
    labels: Type.Optional(Type.Boolean({ default: true })),
  }),
]);
export type TimelineFeedQueryInput = Static<typeof TimelineFeedQuery>;

/**
 * An event as the timeline draws it: the record without its free text, with a short label.
 * A full EventDto is one too (its label is absent: its description is there instead), so
 * code that draws either takes this type.
 */
export type TimelineEvent = Pick<
  EventDto,
  | 'id'
  | 'agency'
  | 'agencyKind'
  | 'date'
  | 'time'
  | 'endDate'
  | 'endTime'
  | 'type'
  | 'typeText'
  | 'subjects'
  | 'childSeen'
  | 'seenAlone'
> & { label?: string | null };

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * `convert`, remembering each answer for the call it is made in. A review's events fall on a
 * few thousand days, so its days are converted once each, both ways: Date.parse on every
 * event's two or four dates was a tenth of encoding 100,000 events, and an ISO text made per
 * event the largest part of decoding 50,000.
 */
function remembered<K, V>(convert: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = convert(key)));
    return value;
  };
}

/** The feed of these events, in their order. */
export function encodeFeed(
  events: readonly (TimelineEvent & { description?: string | null })[],
  /** Applied to each label before it is cut to LABEL_LENGTH (as-seen.ts: the redaction). */
  labelAsSeen: (label: string) => string = (label) => label,
  /** False: no label column (the query's `labels=false`). */
  withLabels = true,
): TimelineFeed {
  const agencies: TimelineFeed['agencies'] = [];
  const agencyIndex = new Map<string, number>();
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (value: string | null | undefined): number => {
    if (value === null || value === undefined) return -1;
    let i = stringIndex.get(value);
    if (i === undefined) {
      i = strings.push(value) - 1;
      stringIndex.set(value, i);
    }
    return i;
  };
  const day = remembered(dayNumber);
  const feed: TimelineFeed = {
    total: events.length,
    agencies,
    types,
    strings,
    id: [],
    agency: [],
    type: [],
    typeText: [],
    earliest: [],
    latest: [],
    precision: [],
    dateText: [],
    time: [],
    flags: [],
    subjects: [],
    ...(withLabels ? { label: [] } : {}),
    ends: { at: [], earliest: [], latest: [], precision: [], dateText: [], time: [] },
  };
  for (const [position, event] of events.entries()) {
    let a = agencyIndex.get(event.agency);
    if (a === undefined) {
      a = agencies.push({ name: event.agency, kind: event.agencyKind }) - 1;
      agencyIndex.set(event.agency, a);
    }
    let t = typeIndex.get(event.type);
    if (t === undefined) {
      t = types.push(event.type) - 1;
      typeIndex.set(event.type, t);
    }
    feed.id.push(event.id);
    feed.agency.push(a);
    feed.type.push(t);
    feed.typeText.push(str(event.typeText));
    feed.earliest.push(day(event.date.earliest));
    feed.latest.push(day(event.date.latest));
    feed.precision.push(DATE_PRECISIONS.indexOf(event.date.precision));
    feed.dateText.push(str(event.date.text));
    feed.time.push(str(event.time));
    feed.flags.push(
      (event.childSeen !== null ? FEED_FLAGS.childSeenKnown : 0) |
        (event.childSeen ? FEED_FLAGS.childSeen : 0) |
        (event.seenAlone !== null ? FEED_FLAGS.seenAloneKnown : 0) |
        (event.seenAlone ? FEED_FLAGS.seenAlone : 0) |
        (event.date.uncertain ? FEED_FLAGS.uncertain : 0) |
        (event.endDate?.uncertain ? FEED_FLAGS.endUncertain : 0),
    );
    feed.subjects.push(event.subjects.map(str));
    if (feed.label) {
      const label = event.label ?? event.description ?? null;
      feed.label.push(label === null ? null : labelAsSeen(label).slice(0, LABEL_LENGTH));
    }
    if (event.endDate) {
      feed.ends.at.push(position);
      feed.ends.earliest.push(day(event.endDate.earliest));
      feed.ends.latest.push(day(event.endDate.latest));
      feed.ends.precision.push(DATE_PRECISIONS.indexOf(event.endDate.precision));
      feed.ends.dateText.push(str(event.endDate.text));
      feed.ends.time.push(str(event.endTime));
    }
  }
  return feed;
}

/**
 * The feed's events as objects. Repeated texts come back as one string each (not a copy per
 * event), which keeps the page's heap small at 50,000 events.
 */
export function decodeFeed(feed: TimelineFeed): TimelineEvent[] {
  const text = (i: number | undefined) =>
    i === undefined || i < 0 ? null : (feed.strings[i] ?? null);
  const precision = (i: number | undefined) => DATE_PRECISIONS[i ?? 0] ?? 'day';
  const ends = new Map<number, number>(feed.ends.at.map((position, k) => [position, k]));
  const iso = remembered(isoOfDay);
  const events: TimelineEvent[] = new Array(feed.total);
  for (let i = 0; i < feed.total; i++) {
    const agency = feed.agencies[feed.agency[i] ?? 0]!;
    const flags = feed.flags[i] ?? 0;
    const k = ends.get(i);
    events[i] = {
      id: feed.id[i]!,
      agency: agency.name,
      agencyKind: agency.kind,
      date: {
        text: text(feed.dateText[i]) ?? '',
        earliest: iso(feed.earliest[i]!),
        latest: iso(feed.latest[i]!),
        precision: precision(feed.precision[i]),
        uncertain: (flags & FEED_FLAGS.uncertain) !== 0,
      },
      time: text(feed.time[i]),
      endDate:
        k === undefined
          ? null
          : {
              text: text(feed.ends.dateText[k]) ?? '',
              earliest: iso(feed.ends.earliest[k]!),
              latest: iso(feed.ends.latest[k]!),
              precision: precision(feed.ends.precision[k]),
              uncertain: (flags & FEED_FLAGS.endUncertain) !== 0,
            },
      endTime: k === undefined ? null : text(feed.ends.time[k]),
      type: feed.types[feed.type[i] ?? 0] ?? 'other',
      typeText: text(feed.typeText[i]),
      subjects: (feed.subjects[i] ?? []).map((s) => text(s) ?? ''),
      childSeen:
        (flags & FEED_FLAGS.childSeenKnown) === 0 ? null : (flags & FEED_FLAGS.childSeen) !== 0,
      seenAlone:
        (flags & FEED_FLAGS.seenAloneKnown) === 0 ? null : (flags & FEED_FLAGS.seenAlone) !== 0,
      label: feed.label?.[i] ?? null,
    };
  }
  return events;
}

export const STRIP_MEASURE_NAMES = ['contacts', 'child-seen', 'all'] as const;
export type StripMeasureName = (typeof STRIP_MEASURE_NAMES)[number];

/** GET /api/reviews/:reviewId/timeline/weeks: the feed's filters, the measure and the range. */
export const TimelineWeeksQuery = Type.Intersect([
  TimelineFilterQuery,
  Type.Object({
    measure: Type.Optional(Type.Enum(STRIP_MEASURE_NAMES, { default: 'contacts' })),
  }),
]);
export type TimelineWeeksQueryInput = Static<typeof TimelineWeeksQuery>;

const WeekRowSchema = Type.Object({
  agency: Type.String({ description: 'The lane; "" for every agency together' }),
  certain: Ints('Per week: events whose whole date falls in the week'),
  possible: Ints('Per week: events whose date could fall in it but also in another'),
});

/**
 * Per-week totals for the overview strip, counted by the server over the same filters as the
 * feed: ISO weeks (Monday first) from the review's covered range.
 */
export const TimelineWeeksSchema = Type.Object({
  weekStarts: Ints('Each week’s Monday, as days since 1970-01-01'),
  rows: Type.Array(WeekRowSchema),
  all: WeekRowSchema,
});
export type TimelineWeeks = Static<typeof TimelineWeeksSchema>;
