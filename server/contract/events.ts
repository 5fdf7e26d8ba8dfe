import { Type, type Static } from 'typebox';
import { AgencyKindSchema, Id, IsoDate, Nullable } from './common';

export const DATE_PRECISIONS = [
  'day',
  'week',
  'part-month',
  'month',
  'quarter',
  'season',
  'year',
  'range',
] as const;

export const FuzzyDateSchema = Type.Object({
  text: Type.String({ description: 'The date exactly as the agency wrote it' }),
  earliest: IsoDate,
  latest: IsoDate,
  precision: Type.Enum(DATE_PRECISIONS),
  uncertain: Type.Boolean({ description: 'The agency marked the date as doubtful (?, c., circa)' }),
});

export const EventSchema = Type.Object({
  id: Id,
  agency: Type.String(),
  agencyKind: AgencyKindSchema,
  submissionId: Id,
  row: Type.Integer({ description: 'Spreadsheet row in the uploaded file (header = 1)' }),
  date: FuzzyDateSchema,
  time: Nullable(Type.String()),
  endDate: Nullable(FuzzyDateSchema),
  endTime: Nullable(Type.String()),
  type: Type.String({ description: 'Code from the event vocabulary' }),
  typeText: Nullable(Type.String({ description: "The agency's own words for the type" })),
  team: Nullable(Type.String()),
  practitioner: Nullable(Type.String()),
  subjects: Type.Array(Type.String()),
  childSeen: Nullable(Type.Boolean()),
  seenAlone: Nullable(Type.Boolean()),
  description: Nullable(Type.String()),
  outcome: Nullable(Type.String()),
  analysis: Nullable(Type.String()),
  sourceRef: Nullable(Type.String()),
});
export type EventDto = Static<typeof EventSchema>;

const Repeatable = (description: string) =>
  Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { description, maxItems: 50 }),
  );

/**
 * A filter's day must be a real one: the pattern alone let from=2025-13-45 through as a
 * filter that matched nothing. (A review's own dates get their own message in the service.)
 */
const FilterDate = Type.String({ ...IsoDate, format: 'date' });

export const EventListQuery = Type.Object({
  agency: Repeatable('Agency name (repeat for several)'),
  agencyKind: Repeatable('Agency kind: police, health, children-services…'),
  type: Repeatable('Type code ("referral.sent") or prefix ending in a dot ("contact.")'),
  subject: Repeatable('A person as the chronologies name them: Mother, Father, Infant'),
  from: Type.Optional(FilterDate),
  to: Type.Optional(FilterDate),
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'Words in the description, outcome or type text' }),
  ),
  flagged: Type.Optional(Type.Boolean({ description: 'Only events a gap starts from or ends at' })),
  childSeen: Type.Optional(Type.Boolean()),
  theme: Repeatable('Only events with a note, or inside an episode, carrying this theme'),
  id: Repeatable(
    'Only these events (the chronology table fetches the full records of its rows in view)',
  ),
  annotated: Type.Optional(
    Type.Boolean({
      description: 'Only key events: those with a note or opening or closing an episode',
    }),
  ),
  view: Type.Optional(
    Type.Enum(['anonymised', 'named'], {
      description: 'Role labels for people (the default) or their names (reviewers only; audited)',
    }),
  ),
  facets: Type.Optional(
    Type.Boolean({ default: true, description: 'Include counts by agency, type and subject' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 10_000 })),
  // Far beyond any review, and inside what SQLite's OFFSET takes (a 64-bit whole number).
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000, default: 0 })),
});
export type EventListQueryInput = Static<typeof EventListQuery>;

const FacetList = Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }));

export const FacetsSchema = Type.Object({
  agency: FacetList,
  agencyKind: FacetList,
  type: FacetList,
  subject: FacetList,
});
export type FacetsDto = Static<typeof FacetsSchema>;

export const EventListResponse = Type.Object({
  events: Type.Array(EventSchema),
  total: Type.Integer(),
  facets: Type.Optional(FacetsSchema),
});

export const TYPE_BASES = [
  'type cell',
  'description',
  'outcome',
  'type map',
  'learned',
  'none',
] as const;

export const TypeBasisSchema = Type.Object(
  {
    from: Type.Enum(TYPE_BASES, {
      description:
        'The text that decided the type; "learned" when the reader learned from labelled rows decided where the rules were weak (its words weighed most); "none" when nothing matched (other)',
    }),
    words: Type.Array(Type.String(), { description: 'Its words that matched, as written' }),
  },
  { description: 'Why the event has its type code' },
);
export type TypeBasisDto = Static<typeof TypeBasisSchema>;

export const EventWithRawSchema = Type.Intersect([
  EventSchema,
  Type.Object({
    // Null for events stored before the basis was kept.
    typeBasis: Nullable(TypeBasisSchema),
    raw: Type.Record(Type.String(), Type.String(), {
      description: 'Every cell of the source row, keyed by the file header',
    }),
    fileName: Nullable(Type.String()),
    version: Type.Integer(),
  }),
]);

export const EventParams = Type.Object({ reviewId: Id, eventId: Id });
export type FuzzyDateDto = Static<typeof FuzzyDateSchema>;
