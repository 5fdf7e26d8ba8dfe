import type { EventDto } from '../../../server/contract/events';
import type { NotesResponse } from '../api/api-types';
import { eventType } from './event-types';
import { filtersToParams, type EventFilters } from './filters';
import { ASSESSMENT_LABELS, NOTE_KIND_LABELS } from './notes';
import type { ViewMode } from './view-mode';
import { houseDates } from '../../../server/contract/house-date';

// Pure: the annex ("summary timeline of significant events") as the print view lays it out,
// with the same columns and the same review notes per row as the server's CSV and XLSX
// (server/annex/annex-rows.ts). Text arrives already in the chosen view (labels or names).

export interface AnnexOptions {
  format: 'csv' | 'xlsx' | 'docx';
  /** Key events only (`annotated=true`), or the timeline's filters as they stand. */
  rows: 'key' | 'filters';
  view: ViewMode;
  /** Every date in the house form, or with a column of the dates as the agencies wrote them. */
  dates: 'house' | 'as-written';
}

/** The annex's query asks for the "Date as written" column with this (the server's name). */
const AS_WRITTEN_PARAM = 'dateAsWritten';

/** The events list's query for the annex: `annotated=true` or the filters, then `view=named`. */
export function annexQuery(
  options: Pick<AnnexOptions, 'rows' | 'view' | 'dates'>,
  filters: EventFilters,
): URLSearchParams {
  const query =
    options.rows === 'key' ? new URLSearchParams({ annotated: 'true' }) : filtersToParams(filters);
  if (options.view === 'named') query.set('view', 'named');
  if (options.dates === 'as-written') query.set(AS_WRITTEN_PARAM, 'true');
  return query;
}

/** The annex query's events list filters: without the choice of columns. */
export function annexEventsQuery(query: URLSearchParams): URLSearchParams {
  const events = new URLSearchParams(query);
  events.delete(AS_WRITTEN_PARAM);
  return events;
}

export const ANNEX_HEADERS = [
  { key: 'date', label: 'Date' },
  { key: 'dateAsWritten', label: 'Date as written' },
  { key: 'time', label: 'Time' },
  { key: 'agency', label: 'Agency' },
  { key: 'type', label: 'Type' },
  { key: 'people', label: 'People' },
  // A zero-width space lets the narrow column wrap after the slash.
  { key: 'practitionerTeam', label: 'Practitioner/\u200bteam' },
  { key: 'description', label: 'What happened' },
  { key: 'outcome', label: 'Outcome' },
  { key: 'reviewNotes', label: 'Review notes' },
  { key: 'themes', label: 'Themes' },
  { key: 'sourceRef', label: 'Source ref' },
] as const;

export type AnnexKey = (typeof ANNEX_HEADERS)[number]['key'];
export type AnnexHeader = (typeof ANNEX_HEADERS)[number];

/** The print view's columns for this query: "Date as written" only when asked for. */
export function annexHeaders(query: URLSearchParams): readonly AnnexHeader[] {
  return query.get(AS_WRITTEN_PARAM) === 'true'
    ? ANNEX_HEADERS
    : ANNEX_HEADERS.filter((h) => h.key !== 'dateAsWritten');
}

export interface AnnexPrintRow {
  id: string;
  cells: Record<AnnexKey, string>;
  /** Each note as its own line: "Missed opportunity: …". */
  notes: string[];
}

export function annexPrintRows(events: readonly EventDto[], notes: NotesResponse): AnnexPrintRow[] {
  const byEvent = new Map<string, { line: string; themes: string[] }[]>();
  const add = (id: string | null, line: string, themes: string[]) => {
    if (!id) return;
    byEvent.set(id, [...(byEvent.get(id) ?? []), { line, themes }]);
  };
  for (const note of notes.annotations) {
    add(
      note.eventId,
      note.text ? `${NOTE_KIND_LABELS[note.kind]}: ${note.text}` : NOTE_KIND_LABELS[note.kind],
      note.themes,
    );
  }
  for (const episode of notes.episodes) {
    const what = `${ASSESSMENT_LABELS[episode.assessment]} episode “${episode.title}”`;
    add(episode.start.eventId, `Episode starts: ${what}`, episode.themes);
    add(episode.end.eventId, `Episode ends: ${what}`, episode.themes);
  }
  return events.map((event) => {
    const eventNotes = byEvent.get(event.id) ?? [];
    const themes = [...new Set(eventNotes.flatMap((n) => n.themes))];
    const type = eventType(event.type);
    return {
      id: event.id,
      notes: eventNotes.map((n) => n.line),
      cells: {
        date: houseDates(event.date, null, event.endDate, event.endTime),
        dateAsWritten: event.endDate
          ? `${event.date.text} to ${event.endDate.text}`
          : event.date.text,
        time: event.time ?? '',
        agency: event.agency,
        type: event.type === 'other' && event.typeText ? event.typeText : type.label,
        people: [...new Set(event.subjects)].join('; '),
        practitionerTeam: [event.practitioner, event.team].filter(Boolean).join(', '),
        description: event.description ?? '',
        outcome: event.outcome ?? '',
        reviewNotes: eventNotes.map((n) => n.line).join('\n'),
        themes: themes.join('; '),
        sourceRef: event.sourceRef ?? '',
      },
    };
  });
}

/** What the print view says it holds: "Key events only · role labels". */
export function annexDescription(query: URLSearchParams): string {
  const parts: string[] = [];
  const filtered = [...query.keys()].some(
    (k) => k !== 'view' && k !== 'annotated' && k !== AS_WRITTEN_PARAM,
  );
  if (query.get('annotated') === 'true') parts.push('Key events only');
  if (filtered) parts.push('filtered');
  if (parts.length === 0) parts.push('Every event');
  parts.push(query.get('view') === 'named' ? 'names shown' : 'people as role labels');
  return parts.join(' · ');
}

/**
 * A CSS string literal for any text: letters, digits, spaces and plain punctuation as they are,
 * every other character as a hex escape, so no reference or marking can close the string or
 * the rule it sits in.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /^[A-Za-z0-9 .,:/()_-]$/.test(ch)
      ? ch
      : `\\${(ch.codePointAt(0) as number).toString(16)} `;
  }
  return `${out}"`;
}

/**
 * The printed page's margin boxes: the protective marking at the top and bottom centre of every
 * page, the reference at the bottom left, "Page n of m" at the bottom right.
 */
export function pageMarginCss(reference: string, marking: string): string {
  const mark = cssString(marking);
  return [
    '@page {',
    `  @top-center { content: ${mark}; font: 700 9pt system-ui, sans-serif; }`,
    `  @bottom-center { content: ${mark}; font: 700 9pt system-ui, sans-serif; }`,
    `  @bottom-left { content: ${cssString(reference)}; font: 8pt system-ui, sans-serif; }`,
    '  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; }',
    '}',
  ].join('\n');
}
