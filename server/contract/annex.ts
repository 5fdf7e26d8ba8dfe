import { Type, type Static } from 'typebox';
import { Nullable } from './common';

/**
 * The report's annex as written, before the redaction boundary (annexAsSeen in
 * server/anonymise/as-seen.ts) gives it as the reader's view reads it, and before annex-rows.ts
 * lays it out as rows for the CSV, XLSX (and later Word) writers. A schema, although no route
 * answers with it as JSON, so that the boundary's test can fill every string with a name.
 */
export const AnnexNoteSchema = Type.Object({
  /** How the note is headed in the annex: "Missed opportunity", "Key event"… (ours). */
  kind: Type.String(),
  text: Type.String(),
});

export const AnnexEventSchema = Type.Object({
  /** The date (and an end date) in the house form, `12 Mar 2018 to 14 Mar 2018` (ours). */
  date: Type.String(),
  /** The date as the agency wrote it, for the annex's "Date as written" column. */
  dateText: Type.String(),
  time: Nullable(Type.String()),
  endDateText: Nullable(Type.String()),
  agencyName: Type.String(),
  /** The vocabulary's label for the type, or the agency's own words for a code it lacks. */
  typeLabel: Type.String(),
  subjects: Type.Array(Type.String()),
  practitioner: Nullable(Type.String()),
  team: Nullable(Type.String()),
  description: Nullable(Type.String()),
  outcome: Nullable(Type.String()),
  sourceRef: Nullable(Type.String()),
  annotations: Type.Optional(Type.Array(AnnexNoteSchema)),
  themes: Type.Optional(Type.Array(Type.String())),
});

export const AnnexSchema = Type.Object({
  reference: Type.String(),
  title: Type.String(),
  marking: Type.String(),
  events: Type.Array(AnnexEventSchema),
});

export type AnnexNote = Static<typeof AnnexNoteSchema>;
export type AnnexEvent = Static<typeof AnnexEventSchema>;
export type AnnexDto = Static<typeof AnnexSchema>;
