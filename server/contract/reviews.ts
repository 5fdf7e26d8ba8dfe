import { Type, type Static } from 'typebox';
import { Id, IsoDate } from './common';

export const JurisdictionSchema = Type.Union([Type.Literal('wales'), Type.Literal('england')]);

export const CreateReviewBody = Type.Object(
  {
    reference: Type.String({ minLength: 1, maxLength: 100 }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    periodStart: IsoDate,
    periodEnd: IsoDate,
    jurisdiction: JurisdictionSchema,
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
  createdAt: Type.String(),
  agencyCount: Type.Integer(),
  eventCount: Type.Integer({ description: 'Events in current submissions' }),
});
export type ReviewDto = Static<typeof ReviewSchema>;

export const ReviewListResponse = Type.Object({ reviews: Type.Array(ReviewSchema) });
