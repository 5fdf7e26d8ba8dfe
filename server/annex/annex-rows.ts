/**
 * The annex's events as rows of the report's annex, the "summary timeline of significant
 * events", ready for toCsv or toXlsx. Rows come out in the order the events go in: the caller
 * sorts and selects.
 *
 * It takes only an annex that has been through the redaction boundary (annexAsSeen, which
 * decides which fields are redacted and which are kept): this file lays text out and redacts
 * nothing, so the annex has one place where names are replaced, as every other answer does.
 */
import { shapeOf, type AnnexAsSeen } from '../anonymise/as-seen';
import type { AnnexEvent } from '../contract/annex';
import type { XlsxColumn } from './xlsx-writer';

/** The annex's columns, in order, with widths that fit A4 landscape when printed. */
export const ANNEX_COLUMNS = [
  { key: 'date', header: 'Date', width: 14 },
  { key: 'dateAsWritten', header: 'Date as written', width: 14 },
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

export interface AnnexColumnOptions {
  /** Add "Date as written" beside the house form's "Date" (the route's `dateAsWritten=true`). */
  dateAsWritten?: boolean;
}

/**
 * The columns an annex is written with: every date in the house form (`12 Mar 2018`), and the
 * date as each agency wrote it (`12.03.18`) only when asked for.
 */
export function annexColumns(options: AnnexColumnOptions = {}): XlsxColumn[] {
  return ANNEX_COLUMNS.filter((c) => c.key !== 'dateAsWritten' || options.dateAsWritten);
}

/** A blank value is no value: the cell is left empty. */
function present(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== '';
}

function orNull(value: string | null): string | null {
  return present(value) ? value : null;
}

/** Without blanks or repeats (redacted, "Jane; Ms Smith" is "Mother", once), or null. */
function list(values: readonly string[] | undefined): string | null {
  const out: string[] = [];
  for (const value of values ?? []) {
    if (present(value) && !out.includes(value)) out.push(value);
  }
  return out.length > 0 ? out.join('; ') : null;
}

function annexRow(event: AnnexEvent): AnnexRow {
  const practitionerTeam = [event.practitioner, event.team].filter(present).join(', ');
  const notes = (event.annotations ?? [])
    .filter((note) => present(note.kind) || present(note.text))
    .map((note) => {
      const text = present(note.text) ? note.text : '';
      return present(note.kind) && text ? `${note.kind}: ${text}` : note.kind.trim() || text;
    });
  return {
    date: event.date,
    dateAsWritten: present(event.endDateText)
      ? `${event.dateText} to ${event.endDateText}`
      : event.dateText,
    time: present(event.time) ? event.time : null,
    agency: event.agencyName,
    type: event.typeLabel,
    people: list(event.subjects),
    practitionerTeam: practitionerTeam || null,
    description: orNull(event.description),
    outcome: orNull(event.outcome),
    reviewNotes: notes.length > 0 ? notes.join('\n') : null,
    themes: list(event.themes),
    sourceRef: orNull(event.sourceRef),
  };
}

export function annexRows(annex: AnnexAsSeen): AnnexRow[] {
  // The type says so already; this also stops a cast from slipping text past the boundary.
  if (shapeOf(annex) !== 'annex') throw new Error('The annex was laid out without annexAsSeen.');
  return annex.events.map(annexRow);
}
