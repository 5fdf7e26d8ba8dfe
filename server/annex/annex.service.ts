import { resolveNotes } from '../annotations/annotations.service';
import type { Redactor } from '../anonymise/redact';
import type { EventListQueryInput } from '../contract/events';
import type { Db } from '../db/handle';
import { listEvents } from '../events/events.service';
import { EVENT_TYPES } from '../ingest/vocabulary';
import { requireReview } from '../core/require-review';
import { ANNEX_COLUMNS, annexRows, type AnnexRow } from './annex-rows';
import { toCsv } from './csv-writer';
import { toXlsx } from './xlsx-writer';

const NOTE_LABELS: Record<string, string> = {
  'key-event': 'Key event',
  'missed-opportunity': 'Missed opportunity',
  'good-practice': 'Good practice',
  'learning-point': 'Learning point',
};
const TYPE_LABELS = new Map(EVENT_TYPES.map((t) => [t.code, t.label]));

/** The most rows an annex holds: a whole review at the largest size the app is built for. */
const ANNEX_LIMIT = 100_000;

export interface Annex {
  reference: string;
  title: string;
  marking: string;
  rows: AnnexRow[];
}

/**
 * The merged chronology as the report's annex: the events the filter keeps (key events only
 * with `annotated`), each with the review's notes on it, people as the redactor renders them.
 */
export async function buildAnnex(
  db: Db,
  reviewId: string,
  query: EventListQueryInput,
  redact: Redactor,
): Promise<Annex> {
  const review = await requireReview(db, reviewId);
  const [{ events }, notes] = await Promise.all([
    listEvents(db, reviewId, { ...query, facets: false, limit: ANNEX_LIMIT, offset: 0 }),
    resolveNotes(db, reviewId),
  ]);
  const notesByEvent = new Map<string, Array<{ kind: string; text: string; themes: string[] }>>();
  const add = (eventId: string | null, note: { kind: string; text: string; themes: string[] }) => {
    if (!eventId) return;
    const list = notesByEvent.get(eventId);
    if (list) list.push(note);
    else notesByEvent.set(eventId, [note]);
  };
  for (const a of notes.annotations) {
    add(a.eventId, { kind: NOTE_LABELS[a.kind] ?? a.kind, text: a.text, themes: a.themes });
  }
  for (const e of notes.episodes) {
    const what = `${e.assessment === 'good' ? 'Good' : 'Problematic'} practice episode "${e.title}"`;
    add(e.start.eventId, { kind: 'Episode starts', text: what, themes: e.themes });
    add(e.end.eventId, { kind: 'Episode ends', text: what, themes: e.themes });
  }
  const rows = annexRows(
    events.map((e) => {
      const eventNotes = notesByEvent.get(e.id) ?? [];
      return {
        dateText: e.date.text,
        time: e.time,
        endDateText: e.endDate?.text ?? null,
        agencyName: e.agency,
        typeLabel: TYPE_LABELS.get(e.type) ?? e.typeText ?? e.type,
        subjects: e.subjects,
        practitioner: e.practitioner,
        team: e.team,
        description: e.description,
        outcome: e.outcome,
        sourceRef: e.sourceRef,
        annotations: eventNotes.map(({ kind, text }) => ({ kind, text })),
        themes: [...new Set(eventNotes.flatMap((n) => n.themes))],
      };
    }),
    redact,
  );
  return {
    reference: review.reference,
    title: redact(review.title),
    marking: review.marking,
    rows,
  };
}

export function annexCsv(annex: Annex): string {
  return toCsv(ANNEX_COLUMNS, annex.rows);
}

export function annexXlsx(annex: Annex): Promise<Buffer> {
  return toXlsx({
    columns: ANNEX_COLUMNS,
    rows: annex.rows,
    title: annex.title,
    reference: annex.reference,
    marking: annex.marking,
  });
}

/** "annex-CYSUR-2-2020-anonymised.xlsx": ASCII only, from the review's reference. */
export function annexFileName(reference: string, view: string, extension: string): string {
  const slug = reference.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'review';
  return `annex-${slug}-${view}.${extension}`;
}
