/**
 * Events as rows of the report's annex, the "summary timeline of significant events", ready for
 * toCsv or toXlsx. Rows come out in the order the events go in: the caller sorts and selects.
 *
 * The redactor is applied to every field a person could be named in: the description, outcome,
 * people, practitioner, team, review-note text and themes, and the source reference (an
 * agency's record id can hold a surname). The agency's name, the type label, the dates and the
 * time are ours or the agency's and are written as given; so is the kind of a review note.
 * Pass buildRedactor([]) (or any identity) for the named, not anonymised, annex.
 */
import type { Redactor } from '../anonymise/redact';
import type { XlsxColumn } from './xlsx-writer';

export interface AnnexAnnotation {
  /** How the note is headed in the annex: "Missed opportunity", "Key event"… */
  readonly kind: string;
  readonly text: string;
}

export interface AnnexEvent {
  readonly dateText: string;
  readonly time: string | null;
  readonly endDateText: string | null;
  readonly agencyName: string;
  readonly typeLabel: string;
  readonly subjects: readonly string[];
  readonly practitioner: string | null;
  readonly team: string | null;
  readonly description: string | null;
  readonly outcome: string | null;
  readonly sourceRef: string | null;
  readonly annotations?: readonly AnnexAnnotation[];
  readonly themes?: readonly string[];
}

/** The annex's columns, in order, with widths that fit A4 landscape when printed. */
export const ANNEX_COLUMNS = [
  { key: 'date', header: 'Date', width: 14 },
  { key: 'time', header: 'Time', width: 7 },
  { key: 'agency', header: 'Agency', width: 18 },
  { key: 'type', header: 'Type', width: 18 },
  { key: 'people', header: 'People', width: 16 },
  { key: 'practitionerTeam', header: 'Practitioner/team', width: 16 },
  { key: 'description', header: 'What happened', width: 50 },
  { key: 'outcome', header: 'Outcome', width: 30 },
  { key: 'reviewNotes', header: 'Review notes', width: 30 },
  { key: 'themes', header: 'Themes', width: 16 },
  { key: 'sourceRef', header: 'Source ref', width: 12 },
] as const satisfies readonly XlsxColumn[];

export type AnnexColumnKey = (typeof ANNEX_COLUMNS)[number]['key'];
export type AnnexRow = Record<AnnexColumnKey, string | null>;

/** A blank value is no value: the cell is left empty. */
function present(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== '';
}

function redacted(value: string | null, redact: Redactor): string | null {
  return present(value) ? redact(value) : null;
}

/** Redacted, without blanks or repeats ("Jane; Ms Smith" is "Mother", once), or null. */
function list(values: readonly string[] | undefined, redact: Redactor): string | null {
  const out: string[] = [];
  for (const value of values ?? []) {
    if (!present(value)) continue;
    const text = redact(value);
    if (!out.includes(text)) out.push(text);
  }
  return out.length > 0 ? out.join('; ') : null;
}

export function annexRow(event: AnnexEvent, redact: Redactor): AnnexRow {
  const practitionerTeam = [event.practitioner, event.team]
    .filter(present)
    .map((part) => redact(part))
    .join(', ');
  const notes = (event.annotations ?? [])
    .filter((note) => present(note.kind) || present(note.text))
    .map((note) => {
      const text = present(note.text) ? redact(note.text) : '';
      return present(note.kind) && text ? `${note.kind}: ${text}` : note.kind.trim() || text;
    });
  return {
    date: present(event.endDateText) ? `${event.dateText} to ${event.endDateText}` : event.dateText,
    time: present(event.time) ? event.time : null,
    agency: event.agencyName,
    type: event.typeLabel,
    people: list(event.subjects, redact),
    practitionerTeam: practitionerTeam || null,
    description: redacted(event.description, redact),
    outcome: redacted(event.outcome, redact),
    reviewNotes: notes.length > 0 ? notes.join('\n') : null,
    themes: list(event.themes, redact),
    sourceRef: redacted(event.sourceRef, redact),
  };
}

export function annexRows(events: readonly AnnexEvent[], redact: Redactor): AnnexRow[] {
  return events.map((event) => annexRow(event, redact));
}
