import { Type, type Static } from 'typebox';
import { RoleSchema } from './auth';
import { Id, IsoDate, Nullable } from './common';

export const JurisdictionSchema = Type.Union([Type.Literal('wales'), Type.Literal('england')]);

/**
 * child: a Child Practice Review (Wales) or Child Safeguarding Practice Review (England);
 * domestic-homicide: a Domestic Homicide Review; adult: an Adult Practice Review (Wales) or
 * Safeguarding Adults Review (England).
 */
export const ReviewKindSchema = Type.Union([
  Type.Literal('child'),
  Type.Literal('domestic-homicide'),
  Type.Literal('adult'),
]);
export type ReviewKind = Static<typeof ReviewKindSchema>;

export const CreateReviewBody = Type.Object(
  {
    reference: Type.String({ minLength: 1, maxLength: 100 }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    periodStart: IsoDate,
    periodEnd: IsoDate,
    jurisdiction: JurisdictionSchema,
    /** Chooses the rule packs the review starts with; a child review when not given. */
    kind: Type.Optional(ReviewKindSchema),
    /** The protective marking printed on every page of exports (GSC: OFFICIAL-SENSITIVE). */
    marking: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    /** Also make the admin creating it the review's reviewer (they may read its case data). */
    joinAsReviewer: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateReviewInput = Static<typeof CreateReviewBody>;

export const ReviewSchema = Type.Object({
  id: Id,
  reference: Type.String(),
  title: Type.String(),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  jurisdiction: JurisdictionSchema,
  kind: ReviewKindSchema,
  marking: Type.String(),
  createdAt: Type.String(),
  agencyCount: Nullable(
    Type.Integer({ description: "A submitter's own agency only; null for an admin outside it" }),
  ),
  eventCount: Nullable(Type.Integer({ description: 'Events in current submissions' })),
  myRole: Nullable(RoleSchema),
  /** A submitter's agency: the only one they upload for and see. */
  myAgency: Nullable(Type.String()),
  /** When a submitter's agency is due to send its chronology, if the review says. */
  myAgencyDue: Nullable(IsoDate),
});
export type ReviewDto = Static<typeof ReviewSchema>;

export const ReviewListResponse = Type.Object({ reviews: Type.Array(ReviewSchema) });
