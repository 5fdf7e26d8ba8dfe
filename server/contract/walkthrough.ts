import { Type, type Static } from 'typebox';
import { Id, Nullable } from './common';

// Annotations, key practice episodes, the people glossary, meetings and the annex (issue #6).

export const ANNOTATION_KINDS = [
  'key-event',
  'missed-opportunity',
  'good-practice',
  'learning-point',
] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export const AnnotationKindSchema = Type.Enum(ANNOTATION_KINDS);

export const ANCHOR_STATUSES = ['attached', 'source-changed', 'orphaned'] as const;
const AnchorStatusSchema = Type.Enum(ANCHOR_STATUSES, {
  description:
    'attached: on its record; source-changed: the agency re-uploaded the record with different content; orphaned: the record is gone from the current version',
});

const Theme = Type.String({ minLength: 1, maxLength: 60 });
const Themes = Type.Array(Theme, { maxItems: 20 });

export const AnnotationBody = Type.Object(
  {
    eventId: Id,
    kind: AnnotationKindSchema,
    text: Type.String({ maxLength: 5000 }),
    themes: Type.Optional(Themes),
  },
  { additionalProperties: false },
);
export type AnnotationInput = Static<typeof AnnotationBody>;

export const AnnotationUpdateBody = Type.Object(
  {
    kind: AnnotationKindSchema,
    text: Type.String({ maxLength: 5000 }),
    themes: Type.Optional(Themes),
    /** Accept the record as it reads now: a "source changed" note becomes attached. */
    reattach: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type AnnotationUpdate = Static<typeof AnnotationUpdateBody>;

export const AnnotationSchema = Type.Object({
  id: Id,
  kind: AnnotationKindSchema,
  text: Type.String(),
  themes: Type.Array(Type.String()),
  status: AnchorStatusSchema,
  /** The current record it is on; null when orphaned. */
  eventId: Nullable(Type.String()),
  /** The record it was made on (possibly in a superseded version), for an orphan's context. */
  originalEventId: Nullable(Type.String()),
  sourceRef: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type AnnotationDto = Static<typeof AnnotationSchema>;

export const EPISODE_ASSESSMENTS = ['good', 'problematic'] as const;

export const EpisodeBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    assessment: Type.Enum(EPISODE_ASSESSMENTS),
    startEventId: Id,
    endEventId: Id,
    summary: Type.Optional(Type.String({ maxLength: 10_000 })),
    /** Contributory factors (SCIE Learning Together): why practice went as it did. */
    factors: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 30 }),
    ),
    themes: Type.Optional(Themes),
  },
  { additionalProperties: false },
);
export type EpisodeInput = Static<typeof EpisodeBody>;

const EpisodeEnd = Type.Object({
  status: AnchorStatusSchema,
  eventId: Nullable(Type.String()),
  originalEventId: Nullable(Type.String()),
});

export const EpisodeSchema = Type.Object({
  id: Id,
  title: Type.String(),
  assessment: Type.Enum(EPISODE_ASSESSMENTS),
  summary: Type.String(),
  factors: Type.Array(Type.String()),
  themes: Type.Array(Type.String()),
  start: EpisodeEnd,
  end: EpisodeEnd,
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type EpisodeDto = Static<typeof EpisodeSchema>;

export const AnnotationsResponse = Type.Object({
  annotations: Type.Array(AnnotationSchema),
  episodes: Type.Array(EpisodeSchema),
  /** Every theme used, A–Z, for the walk-through's filter. */
  themes: Type.Array(Type.String()),
});

export const AnnotationParams = Type.Object({ reviewId: Id, annotationId: Id });
export const EpisodeParams = Type.Object({ reviewId: Id, episodeId: Id });

export const GlossaryEntrySchema = Type.Object({
  label: Type.String({ minLength: 1, maxLength: 80 }),
  names: Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { minItems: 1, maxItems: 50 }),
});
export const GlossaryBody = Type.Object(
  { entries: Type.Array(GlossaryEntrySchema, { maxItems: 300 }) },
  { additionalProperties: false },
);
export type GlossaryInput = Static<typeof GlossaryBody>;

export const VIEW_MODES = ['anonymised', 'named'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];
/** Reviewers may ask for the named view (it is audited); everyone else gets labels. */
export const ViewQuery = Type.Object({
  view: Type.Optional(Type.Enum(VIEW_MODES)),
});

export const MeetingSchema = Type.Object({
  id: Id,
  title: Type.String(),
  chairId: Type.String(),
  chairName: Type.String(),
  /** The walk-through's filter: the events list's query string (agency=…&from=…&theme=…). */
  filter: Type.String(),
  position: Nullable(Type.String()),
  seq: Type.Integer(),
  startedAt: Type.String(),
  endedAt: Nullable(Type.String()),
});
export type MeetingDto = Static<typeof MeetingSchema>;

export const StartMeetingBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    filter: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export const MeetingParams = Type.Object({ reviewId: Id, meetingId: Id });
export const MoveBody = Type.Object({ eventId: Id }, { additionalProperties: false });
