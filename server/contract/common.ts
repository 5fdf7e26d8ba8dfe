import { Type, type Static } from 'typebox';

// Shared primitives for every route schema. The client imports the same types.

export const IsoDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar date, YYYY-MM-DD',
});
export const Id = Type.String({ minLength: 1, maxLength: 64 });
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

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
