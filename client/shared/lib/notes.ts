import type { EventDto } from '../../../server/contract/events';
import {
  ANNOTATION_KINDS,
  type AnnotationDto,
  type AnnotationKind,
  type EpisodeDto,
  type NotesResponse,
} from '../api/api-types';

// Pure: the review's notes on records and its key practice episodes, as the screens need them.
// The server places each note on the current record (following re-uploads); these functions
// only index what it says.

export const NOTE_KIND_LABELS: Record<AnnotationKind, string> = {
  'key-event': 'Key event',
  'missed-opportunity': 'Missed opportunity',
  'good-practice': 'Good practice',
  'learning-point': 'Learning point',
};

/** Which kind shows when an event has several: the one a panel most needs to see first. */
const KIND_PRIORITY: readonly AnnotationKind[] = [
  'missed-opportunity',
  'good-practice',
  'learning-point',
  'key-event',
];

export const ASSESSMENT_LABELS: Record<EpisodeDto['assessment'], string> = {
  good: 'Good practice',
  problematic: 'Problematic practice',
};

export function isNoteKind(value: string): value is AnnotationKind {
  return (ANNOTATION_KINDS as readonly string[]).includes(value);
}

/**
 * Themes typed as one line: "information sharing, voice of the child; MARF" → three themes,
 * trimmed, inner spaces collapsed, repeats (any case) dropped, first spelling kept.
 */
export function parseList(text: string, separators = /[,;\n]/): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(separators)) {
    const value = part.trim().replace(/\s+/g, ' ');
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

export const parseThemes = (text: string): string[] => parseList(text);

/** Contributory factors: one per line (a factor may contain commas). */
export const parseFactors = (text: string): string[] => parseList(text, /\n/);

export const EMPTY_NOTES: NotesResponse = { annotations: [], episodes: [], themes: [] };

/** Where an episode sits in time: from its first record's earliest day to its last's latest. */
export interface EpisodeSpan {
  episode: EpisodeDto;
  /** ISO dates; null when an end is orphaned (its record is gone). */
  from: string | null;
  to: string | null;
}

export interface NotesIndex {
  /** Notes on each current record (attached or "source changed"), oldest first. */
  byEvent: Map<string, AnnotationDto[]>;
  /** Key events: a note on it, or an episode starting or ending there (the API's `annotated`). */
  keyIds: Set<string>;
  episodes: EpisodeSpan[];
}

export function indexNotes(
  notes: NotesResponse,
  eventsById: ReadonlyMap<string, Pick<EventDto, 'date' | 'endDate'>>,
): NotesIndex {
  const byEvent = new Map<string, AnnotationDto[]>();
  const keyIds = new Set<string>();
  for (const note of notes.annotations) {
    if (!note.eventId) continue;
    keyIds.add(note.eventId);
    const list = byEvent.get(note.eventId);
    if (list) list.push(note);
    else byEvent.set(note.eventId, [note]);
  }
  const episodes = notes.episodes.map((episode) => {
    if (episode.start.eventId) keyIds.add(episode.start.eventId);
    if (episode.end.eventId) keyIds.add(episode.end.eventId);
    const start = episode.start.eventId ? eventsById.get(episode.start.eventId) : undefined;
    const end = episode.end.eventId ? eventsById.get(episode.end.eventId) : undefined;
    return {
      episode,
      from: start ? start.date.earliest : null,
      to: end ? end.date.latest : null,
    };
  });
  return { byEvent, keyIds, episodes };
}

/** An event's place in an episode: where it starts, ends, or a record in between. */
export type EpisodeRole = 'start' | 'end' | 'start-end' | 'inside';

/**
 * The episodes an event belongs to. Inside means its earliest possible day falls between the
 * episode's first record's earliest day and its last record's latest day (as the API's theme
 * filter counts it).
 */
export function episodesAt(
  index: NotesIndex,
  event: Pick<EventDto, 'id' | 'date'>,
): { episode: EpisodeDto; role: EpisodeRole }[] {
  const out: { episode: EpisodeDto; role: EpisodeRole }[] = [];
  for (const span of index.episodes) {
    const { episode } = span;
    const isStart = episode.start.eventId === event.id;
    const isEnd = episode.end.eventId === event.id;
    if (isStart || isEnd) {
      out.push({ episode, role: isStart && isEnd ? 'start-end' : isStart ? 'start' : 'end' });
    } else if (
      span.from !== null &&
      span.to !== null &&
      event.date.earliest >= span.from &&
      event.date.earliest <= span.to
    ) {
      out.push({ episode, role: 'inside' });
    }
  }
  return out;
}

/**
 * The events the theme and "key events only" filters keep, as the API works them out
 * (server/annotations/annotations.service.ts `notedEventIds`): with themes, records with a note
 * carrying one, the ends of episodes carrying one and every record inside those episodes;
 * without, every key event. Themes match in any case.
 */
export function notedEventIds(
  index: NotesIndex,
  notes: NotesResponse,
  events: readonly Pick<EventDto, 'id' | 'date'>[],
  themes: readonly string[],
): Set<string> {
  if (themes.length === 0) return new Set(index.keyIds);
  const wanted = new Set(themes.map((t) => t.toLowerCase()));
  const hasTheme = (list: readonly string[]) => list.some((t) => wanted.has(t.toLowerCase()));
  const ids = new Set<string>();
  for (const note of notes.annotations)
    if (note.eventId && hasTheme(note.themes)) ids.add(note.eventId);
  const spans = index.episodes.filter((s) => hasTheme(s.episode.themes));
  for (const { episode } of spans) {
    if (episode.start.eventId) ids.add(episode.start.eventId);
    if (episode.end.eventId) ids.add(episode.end.eventId);
  }
  const ranges = spans.filter((s) => s.from !== null && s.to !== null);
  if (ranges.length > 0) {
    for (const event of events) {
      const day = event.date.earliest;
      if (ranges.some((s) => day >= (s.from as string) && day <= (s.to as string)))
        ids.add(event.id);
    }
  }
  return ids;
}

/** What the timeline and the table show on an event with notes. */
export interface EventMark {
  /** CSS classes: `noted`, `noted-<kind>` (the most telling kind), `episode-edge`. */
  className: string;
  /** The kind shown, for a marker's colour; null for an episode's end without a note. */
  kind: AnnotationKind | null;
  /** One line for a tooltip: "Review notes: Missed opportunity, Key event". */
  label: string;
}

export function topKind(kinds: Iterable<AnnotationKind>): AnnotationKind | null {
  const set = new Set(kinds);
  return KIND_PRIORITY.find((k) => set.has(k)) ?? null;
}

export function eventMarks(index: NotesIndex): Map<string, EventMark> {
  const edges = new Map<string, string[]>();
  for (const { episode } of index.episodes) {
    for (const [end, word] of [
      [episode.start.eventId, 'starts'],
      [episode.end.eventId, 'ends'],
    ] as const) {
      if (!end) continue;
      edges.set(end, [...(edges.get(end) ?? []), `episode “${episode.title}” ${word}`]);
    }
  }
  const marks = new Map<string, EventMark>();
  for (const id of index.keyIds) {
    const notes = index.byEvent.get(id) ?? [];
    const kinds = [...new Set(notes.map((n) => n.kind))];
    const kind = topKind(kinds);
    const classes = ['noted'];
    if (kind) classes.push(`noted-${kind}`);
    const edge = edges.get(id);
    if (edge) classes.push('episode-edge');
    const parts = [
      ...kinds
        .sort((a, b) => KIND_PRIORITY.indexOf(a) - KIND_PRIORITY.indexOf(b))
        .map((k) => NOTE_KIND_LABELS[k]),
      ...(edge ?? []),
    ];
    marks.set(id, {
      className: classes.join(' '),
      kind,
      label: `Review notes: ${parts.join('; ')}`,
    });
  }
  return marks;
}

export function statusLabel(status: AnnotationDto['status']): string {
  return status === 'attached'
    ? 'On its record'
    : status === 'source-changed'
      ? 'Source changed'
      : 'Orphaned';
}

/** Notes sorted by their record's date (then when they were written); orphans last, by date written. */
export function sortNotes(
  notes: readonly AnnotationDto[],
  eventsById: ReadonlyMap<string, Pick<EventDto, 'date'>>,
): AnnotationDto[] {
  const day = (n: AnnotationDto) =>
    (n.eventId ? eventsById.get(n.eventId)?.date.earliest : undefined) ?? '9999';
  return [...notes].sort(
    (a, b) => day(a).localeCompare(day(b)) || a.createdAt.localeCompare(b.createdAt),
  );
}
