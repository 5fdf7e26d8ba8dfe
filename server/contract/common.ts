import { Type, type Static, type TSchema, type TUnsafe } from 'typebox';

// Shared primitives for every route schema. The client imports the same types.

export const IsoDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar date, YYYY-MM-DD',
});
export const Id = Type.String({ minLength: 1, maxLength: 64 });
/**
 * A value or null. Written as `type: [T, "null"]` rather than anyOf: Fastify's serializer
 * handles a type list directly but validates every value against each anyOf branch, which made
 * a page of 10,000 events several times slower to send.
 */
export const Nullable = <T extends TSchema>(schema: T): TUnsafe<Static<T> | null> => {
  const { type } = schema as { type?: unknown };
  return typeof type === 'string'
    ? Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'] })
    : Type.Unsafe<Static<T> | null>(Type.Union([schema, Type.Null()]));
};

export const AGENCY_KINDS = [
  'police',
  'health',
  'children-services',
  'adult-services',
  'housing',
  'education',
  'probation',
  'ambulance',
  'voluntary',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export const AgencyKindSchema = Type.Enum(AGENCY_KINDS);

export const RowIssueSchema = Type.Object({
  row: Nullable(Type.Integer()),
  column: Nullable(Type.String()),
  code: Type.String(),
  message: Type.String(),
});
export type RowIssueDto = Static<typeof RowIssueSchema>;

export const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
  issues: Type.Optional(Type.Array(RowIssueSchema)),
});

export const ReviewParams = Type.Object({ reviewId: Id });
