import { Type, type Static } from 'typebox';
import { AgencyKindSchema, Id, Nullable, RowIssueSchema } from './common';
import { FuzzyDateSchema } from './events';

const FieldMap = Type.Record(Type.String(), Nullable(Type.String()), {
  description: 'Canonical field → the header in your file (null: no such column)',
});
const TypeMapSchema = Type.Record(Type.String(), Type.String(), {
  description: 'Your event-type words → a vocabulary code, e.g. {"Strat disc": "strategy"}',
});

/**
 * One body for both content types. multipart/form-data sends `mapping` and `typeMap` as JSON
 * text and `file` as the uploaded part; application/json sends objects and `events`.
 */
export const SubmissionBody = Type.Object({
  agency: Type.String({ minLength: 1, maxLength: 200, description: "The agency's name" }),
  agencyKind: Type.Optional(AgencyKindSchema),
  mapping: Type.Optional(Type.Union([Type.String(), FieldMap])),
  typeMap: Type.Optional(Type.Union([Type.String(), TypeMapSchema])),
  dryRun: Type.Optional(Type.Boolean({ description: 'Check and report; store nothing' })),
  events: Type.Optional(
    Type.Array(Type.Unknown(), {
      description: 'JSON body only: the events, keyed like CSV headers',
    }),
  ),
  file: Type.Optional(
    Type.Unknown({
      description: 'multipart only: the CSV, JSON, Excel (.xlsx) or Word (.docx) file',
    }),
  ),
  sheet: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        'Excel only: the sheet to read, by name (otherwise the chronology sheet is found)',
    }),
  ),
});
export type SubmissionBodyInput = Static<typeof SubmissionBody>;

export const SubmissionSchema = Type.Object({
  id: Nullable(Id),
  agency: Type.String(),
  agencyId: Nullable(Id),
  agencyKind: AgencyKindSchema,
  version: Type.Integer(),
  eventCount: Type.Integer(),
  warningCount: Type.Integer(),
  sha256: Type.String(),
  fileName: Nullable(Type.String()),
  format: Type.String(),
  encoding: Nullable(Type.String()),
  delimiter: Nullable(Type.String()),
  byteSize: Type.Integer(),
  createdAt: Nullable(Type.String()),
  supersededAt: Nullable(Type.String()),
  current: Type.Boolean(),
});
export type SubmissionDto = Static<typeof SubmissionSchema>;

export const PreviewEventSchema = Type.Object({
  row: Type.Integer(),
  date: FuzzyDateSchema,
  time: Nullable(Type.String()),
  type: Type.String(),
  typeText: Nullable(Type.String()),
  subjects: Type.Array(Type.String()),
  description: Nullable(Type.String()),
});

export const ColumnReadingSchema = Type.Object(
  {
    header: Type.String(),
    field: Nullable(Type.String({ description: 'The field it feeds; null: kept as written' })),
    source: Type.Union(
      [
        Type.Literal('uploader'),
        Type.Literal('remembered'),
        Type.Literal('recognised'),
        Type.Literal('none'),
      ],
      { description: "Who decided: the mapping sent, the agency's last upload, or recognition" },
    ),
    score: Type.Number({ minimum: 0, maximum: 1 }),
    confidence: Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('low')]),
    reasons: Type.Array(Type.String(), { description: 'Plain text: header words, cell evidence' }),
  },
  { description: 'One column of the file: what it was read as, why, and how sure' },
);
export type ColumnReadingDto = Static<typeof ColumnReadingSchema>;
const ColumnReadings = Type.Array(ColumnReadingSchema, {
  description: "Every column, in the file's order",
});
export const TableOriginSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('sheet'), Type.Literal('table')]),
    name: Type.String({ description: "The sheet's name, or the Word tables read" }),
    headerRow: Type.Integer(),
    sheets: Type.Array(
      Type.Object({ name: Type.String(), rows: Type.Integer(), hidden: Type.Boolean() }),
      { description: 'Excel: every sheet, with its rows under a header' },
    ),
    note: Type.String(),
  },
  { description: 'Excel and Word: which sheet or tables were read as the chronology' },
);
export type TableOriginDto = Static<typeof TableOriginSchema>;
export const TypeSuggestionSchema = Type.Object({
  code: Type.String({ description: 'A vocabulary code' }),
  label: Type.String(),
  agencies: Type.Array(Type.String(), {
    description:
      'Other agencies of the review whose type map sends these words to this code ("mapped so for …"); empty for a code suggested by shared words',
  }),
});
export type TypeSuggestionDto = Static<typeof TypeSuggestionSchema>;

/** A free-text type column can hold thousands of distinct cells: the preview lists the commonest. */
export const MAX_TYPE_READINGS = 500;

export const TypeReadingSchema = Type.Object(
  {
    text: Type.String({ description: 'The type cell as written' }),
    rows: Type.Integer(),
    readAs: Type.Array(
      Type.Object({
        code: Type.String(),
        from: Type.Union(
          [
            Type.Literal('type cell'),
            Type.Literal('description'),
            Type.Literal('outcome'),
            Type.Literal('type map'),
            Type.Literal('learned'),
            Type.Literal('none'),
          ],
          {
            description:
              "What decided: the cell's words, each row's description or outcome, the type map, the reader learned from labelled rows (where the rules were weak), or none (the agency kind's usual type, or other)",
          },
        ),
        words: Type.Array(Type.String(), {
          description:
            'The words that decided, from the type cell or the type map; for the learned reader, those of the type cell that weighed most',
        }),
        rows: Type.Integer(),
      }),
      { description: 'Every code its rows were read as, most rows first' },
    ),
    saysLittle: Type.Boolean({
      description:
        'A word that says little ("Contact", a code): descriptions decide first, and a type map entry applies only to the rows nothing else explains',
    }),
  },
  { description: 'One distinct type word of the file and what it was read as' },
);
export type TypeReadingDto = Static<typeof TypeReadingSchema>;

export const SubmissionReport = Type.Object({
  submission: SubmissionSchema,
  headers: Type.Array(Type.String(), { description: "The file's column headers, in order" }),
  mapping: FieldMap,
  unmappedColumns: Type.Array(Type.String()),
  columns: ColumnReadings,
  unmappedTypes: Type.Record(Type.String(), Type.Integer(), {
    description: 'Type words that matched no code, with their row counts',
  }),
  typeSuggestions: Type.Optional(
    Type.Record(Type.String(), Type.Array(TypeSuggestionSchema), {
      description:
        'For each unrecognised type word, likeliest codes first: offered, never applied until sent back in typeMap',
    }),
  ),
  typeReadings: Type.Array(TypeReadingSchema, {
    description: `Every distinct type word (the ${MAX_TYPE_READINGS} on most rows) and what it was read as, so a reviewer can check the recognised ones too`,
  }),
  typeWordCount: Type.Integer({ description: 'How many distinct type words the file holds' }),
  warnings: Type.Array(RowIssueSchema),
  dryRun: Type.Boolean(),
  unchanged: Type.Boolean({ description: 'The same file was already the current version' }),
  preview: Type.Array(PreviewEventSchema, { description: 'Dry run only: the first rows parsed' }),
  source: Type.Optional(TableOriginSchema),
});
export type SubmissionReportDto = Static<typeof SubmissionReport>;

export const SubmissionRejected = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
  issues: Type.Array(RowIssueSchema),
  headers: Type.Optional(Type.Array(Type.String())),
  mapping: Type.Optional(FieldMap),
  warnings: Type.Optional(Type.Array(RowIssueSchema)),
  columns: Type.Optional(ColumnReadings),
  source: Type.Optional(TableOriginSchema),
});

export const SubmissionListResponse = Type.Object({ submissions: Type.Array(SubmissionSchema) });

export const SubmissionDetail = Type.Intersect([
  SubmissionSchema,
  Type.Object({
    headers: Type.Array(Type.String()),
    mapping: FieldMap,
    typeMap: TypeMapSchema,
    warnings: Type.Array(RowIssueSchema, { description: 'As reported at upload (first 1,000)' }),
  }),
]);
export const SubmissionParams = Type.Object({ reviewId: Id, submissionId: Id });
