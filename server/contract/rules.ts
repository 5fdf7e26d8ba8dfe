import { Type, type Static } from 'typebox';
import { AgencyKindSchema, Id, IsoDate, Nullable } from './common';

/** A vocabulary code ("referral.sent") or a prefix ending in a dot ("contact."). */
const TypePattern = Type.String({ pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)*\\.?$', maxLength: 60 });

const Words = Type.Array(Type.String({ minLength: 1, maxLength: 60 }), {
  minItems: 1,
  maxItems: 50,
});

/** What one description of an event can say; every part given must hold. */
const describedBy = {
  types: Type.Array(TypePattern, { minItems: 1, maxItems: 30 }),
  agencyKinds: Type.Optional(Type.Array(AgencyKindSchema, { minItems: 1 })),
  /** Any of these words in the event's people or description (whole words, any case). */
  mentions: Type.Optional(Words),
  /** None of these words in the people or description: "unborn", "domestic". */
  notMentions: Type.Optional(Words),
  /** Any of these words in the event's action / outcome ("placed on the CP register"). */
  outcomeMentions: Type.Optional(Words),
  /** None of these words in the outcome: "not registered", "removed from" the register. */
  outcomeNotMentions: Type.Optional(Words),
  /** Only events that record the child as seen. */
  childSeen: Type.Optional(Type.Boolean()),
};

/**
 * Another description an event may match instead (`or`). One marked `standIn` describes
 * another record of the same happening, e.g. a conference whose outcome records the
 * registration when no registration row exists: as a trigger or a status opening, an event
 * only stand-ins match is not counted when an event the other descriptions match, or a
 * stand-in already counted, lies within a day of it.
 */
export const AlternativeMatchSchema = Type.Object(
  { ...describedBy, standIn: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type AlternativeMatch = Static<typeof AlternativeMatchSchema>;

const matchProperties = {
  ...describedBy,
  or: Type.Optional(Type.Array(AlternativeMatchSchema, { minItems: 1, maxItems: 10 })),
  /** How the message names such an event: "a MARF or referral", "the child seen". */
  label: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
};

export const EventMatchSchema = Type.Object(matchProperties, { additionalProperties: false });
export type EventMatch = Static<typeof EventMatchSchema>;

export const ExpectSchema = Type.Object(
  {
    ...matchProperties,
    /** Who must record the expected event, relative to the trigger's agency. */
    scope: Type.Optional(Type.Enum(['any', 'same-agency', 'other-agency'])),
  },
  { additionalProperties: false },
);
export type ExpectMatch = Static<typeof ExpectSchema>;

export const LIMIT_UNITS = ['hours', 'days', 'working-days', 'months'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

export const RuleDocumentSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9.-]*$', minLength: 2, maxLength: 80 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Enum(['follow-up', 'silence']),
    enabled: Type.Optional(Type.Boolean()),
    /** follow-up: the event that starts the clock. */
    trigger: Type.Optional(EventMatchSchema),
    /** follow-up: what should follow; silence: what must keep happening. */
    expect: ExpectSchema,
    within: Type.Object(
      {
        amount: Type.Integer({ minimum: 1, maximum: 10_000 }),
        unit: Type.Enum(LIMIT_UNITS),
      },
      { additionalProperties: false },
    ),
    /** silence: only while a status is open, e.g. from register.add until register.remove. */
    while: Type.Optional(
      Type.Object(
        { from: EventMatchSchema, until: Type.Optional(EventMatchSchema) },
        { additionalProperties: false },
      ),
    ),
    /**
     * procedure: a timescale in named procedures or statutory guidance; practice: common
     * practice, to be confirmed for the area; local: the review's own expectation.
     */
    basis: Type.Enum(['procedure', 'practice', 'local']),
    source: Type.String({ minLength: 1, maxLength: 500 }),
    why: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type RuleDocument = Static<typeof RuleDocumentSchema>;

export const RuleSchema = Type.Intersect([
  RuleDocumentSchema,
  Type.Object({ enabled: Type.Boolean(), position: Type.Integer(), updatedAt: Type.String() }),
]);
export const RuleListResponse = Type.Object({ rules: Type.Array(RuleSchema) });
export const RuleParams = Type.Object({ reviewId: Id, ruleId: Type.String({ maxLength: 80 }) });

export const GapSchema = Type.Object({
  id: Type.String(),
  ruleId: Type.String(),
  ruleName: Type.String(),
  kind: Type.Enum(['follow-up', 'silence']),
  certainty: Type.Enum(['certain', 'possible']),
  triggerEventId: Id,
  expectedEventId: Nullable(Id),
  /** Where the flag is drawn: from the trigger to the expected event, or the period's end. */
  start: IsoDate,
  end: IsoDate,
  elapsed: Type.Object({ min: Type.Number(), max: Type.Number(), unit: Type.Enum(LIMIT_UNITS) }),
  limit: Type.Object({ amount: Type.Integer(), unit: Type.Enum(LIMIT_UNITS) }),
  message: Type.String(),
  source: Type.String(),
  basis: Type.Enum(['procedure', 'practice', 'local']),
  why: Type.String(),
});
export type GapDto = Static<typeof GapSchema>;
/** The most flags one response holds: 41,680 flags at once were 37 MB (issue #11, item 3). */
export const MAX_GAP_PAGE = 1000;

export const GapListQuery = Type.Object({
  view: Type.Optional(Type.Enum(['anonymised', 'named'])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_GAP_PAGE, default: MAX_GAP_PAGE })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000, default: 0 })),
  ruleId: Type.Optional(Type.String({ maxLength: 80, description: 'Only this rule’s flags' })),
  certainty: Type.Optional(Type.Enum(['certain', 'possible'])),
  /** Only flags overlapping this window (a flag runs from its start to its end). */
  from: Type.Optional(Type.String({ ...IsoDate, format: 'date' })),
  to: Type.Optional(Type.String({ ...IsoDate, format: 'date' })),
});
export type GapListQueryInput = Static<typeof GapListQuery>;

export const GapRuleSummarySchema = Type.Object({
  ruleId: Type.String(),
  ruleName: Type.String(),
  certain: Type.Integer(),
  possible: Type.Integer(),
  /** The start of its earliest flag: lanes are ordered by it. */
  first: IsoDate,
});
export type GapRuleSummaryDto = Static<typeof GapRuleSummarySchema>;

export const GapListResponse = Type.Object({
  /** One page, certain flags first, then by start date. */
  gaps: Type.Array(GapSchema),
  /** Every flag in the review, whatever the query's filters. */
  counts: Type.Object({ certain: Type.Integer(), possible: Type.Integer() }),
  /** Flags matching the query's filters: page on with offset until offset + limit ≥ total. */
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  /** Per rule with flags, in the order of its first flag: counts for every flag in the review. */
  rules: Type.Array(GapRuleSummarySchema),
});
