import { resolveNotes } from '../annotations/annotations.service';
import type { Redactor } from '../anonymise/redact';
import type { EventListQueryInput } from '../contract/events';
import type { Db } from '../db/handle';
import { listTimeline } from '../timeline/timeline.service';
import { EVENT_TYPES } from '../ingest/vocabulary';
import { requireReview } from '../core/require-review';
import type { AnnexAsSeen } from '../anonymise/as-seen';
import type { AnnexDto } from '../contract/annex';
import { houseDates } from '../contract/house-date';
import { annexColumns, annexRows, type AnnexColumnOptions } from './annex-rows';
import { toCsv } from './csv-writer';
import { toDocx } from './docx-writer';
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

/**
 * The merged chronology as the report's annex, as written: the events the filter keeps (key
 * events only with `annotated`), each with the review's notes on it. `redact` is the view the
 * filters match (a search for "Mother" in the anonymised view); the route gives the annex
 * through annexAsSeen before anything is laid out.
 */
export async function buildAnnex(
  db: Db,
  reviewId: string,
  query: EventListQueryInput,
  redact: Redactor,
): Promise<AnnexDto> {
  const review = await requireReview(db, reviewId);
  const [{ events }, notes] = await Promise.all([
    listTimeline(
      db,
      reviewId,
      { ...query, facets: false, limit: ANNEX_LIMIT, offset: 0 },
      { redact },
    ),
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
  return {
    reference: review.reference,
    title: review.title,
    marking: review.marking,
    events: events.map((e) => {
      const eventNotes = notesByEvent.get(e.id) ?? [];
      return {
        date: houseDates(e.date, null, e.endDate, e.endTime),
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
  };
}

export function annexCsv(annex: AnnexAsSeen, options: AnnexColumnOptions = {}): string {
  return toCsv(annexColumns(options), annexRows(annex));
}

export function annexXlsx(annex: AnnexAsSeen, options: AnnexColumnOptions = {}): Promise<Buffer> {
  return toXlsx({
    columns: annexColumns(options),
    rows: annexRows(annex),
    title: annex.title,
    reference: annex.reference,
    marking: annex.marking,
  });
}

export function annexDocx(annex: AnnexAsSeen, options: AnnexColumnOptions = {}): Buffer {
  return toDocx({
    columns: annexColumns(options),
    rows: annexRows(annex),
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
