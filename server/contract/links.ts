import { Type, type Static } from 'typebox';
import { Id } from './common';

export const LINK_KINDS = ['same-incident', 'related', 'conflict'] as const;
export const LinkKindSchema = Type.Enum(LINK_KINDS);

export const CreateLinkBody = Type.Object(
  { a: Id, b: Id, kind: LinkKindSchema },
  { additionalProperties: false },
);

export const LinkSchema = Type.Object({
  id: Id,
  a: Id,
  b: Id,
  kind: LinkKindSchema,
  createdAt: Type.String(),
});
export type LinkDto = Static<typeof LinkSchema>;

export const LinkListResponse = Type.Object({ links: Type.Array(LinkSchema) });
export const LinkParams = Type.Object({ reviewId: Id, linkId: Id });

export const DuplicateQuery = Type.Object({
  minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1, default: 0.35 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000, default: 500 })),
  includeDecided: Type.Optional(
    Type.Boolean({ default: false, description: 'Also list pairs a reviewer already linked' }),
  ),
});

export const DuplicateListResponse = Type.Object({
  suggestions: Type.Array(
    Type.Object({
      a: Id,
      b: Id,
      score: Type.Number(),
      reasons: Type.Array(Type.String()),
      decided: Type.Union([LinkKindSchema, Type.Null()]),
    }),
  ),
});
