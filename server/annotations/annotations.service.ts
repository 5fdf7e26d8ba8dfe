import type {
  AnnotationDto,
  AnnotationInput,
  AnnotationUpdate,
  EpisodeDto,
  EpisodeInput,
} from '../contract/walkthrough';
import type { Redactor } from '../anonymise/redact';
import type { Db, DbOrTx } from '../db/handle';
import { newId } from '../db/ids';
import { AppError } from '../errors';
import { ReviewCache } from '../core/review-cache';
import { findRevision } from '../core/review-rows.repository';
import { AnchorIndex, contentHashOf, type Anchor } from './anchor';
import {
  deleteAnnotationRow,
  deleteEpisodeRow,
  findAnnotations,
  findCurrentRecord,
  findCurrentRecords,
  findEpisodes,
  findEventIdsBetween,
  findNotesSignature,
  insertAnnotation,
  insertEpisode,
  updateAnnotationRow,
  updateEpisodeRow,
  type AnnotationRow,
  type EpisodeRow,
  type RecordRow,
} from './annotations.repository';

function anchorOf(row: RecordRow): Anchor {
  return {
    eventId: row.id,
    agencyKey: row.name_key,
    sourceRef: row.source_ref,
    contentHash: contentHashOf({
      dateText: row.date_text,
      time: row.time,
      endDateText: row.end_date_text,
      type: row.type,
      typeText: row.type_text,
      description: row.description,
      outcome: row.outcome,
      subjectsJson: row.subjects_json,
    }),
  };
}

/**
 * Indexes by review, kept while its revision is unchanged: only an upload (which bumps it)
 * changes the current records, and hashing every record again for each note read would make
 * a follower's refresh cost a pass over the whole review. 16 reviews: an index grows with the
 * review's records, and a handful of reviews are open at once.
 */
const indexes = new ReviewCache<AnchorIndex>(16);

/**
 * The current records of a review, keyed for finding notes again; questions on records
 * (server/questions/) find theirs with the same index.
 */
export async function currentAnchorIndex(db: Db, reviewId: string): Promise<AnchorIndex> {
  const revision = (await findRevision(db, reviewId)) ?? -1;
  return indexes.getOrCompute(reviewId, revision, () => freshAnchorIndex(db, reviewId));
}

/**
 * The same, read now and not kept: inside a transaction that changes the current records
 * (erasing a version, reviews/erase.repository.ts), as that transaction sees them.
 */
export async function freshAnchorIndex(db: DbOrTx, reviewId: string): Promise<AnchorIndex> {
  const rows = await findCurrentRecords(db, reviewId);
  return new AnchorIndex(
    rows.map((row) => ({
      id: row.id,
      agencyKey: row.name_key,
      sourceRef: row.source_ref,
      contentHash: anchorOf(row).contentHash!,
    })),
  );
}

/**
 * The anchor of a current record of the review, or null when it has none by that id: for
 * what else holds on to a record as a note does (a question, server/questions/).
 */
export async function currentRecordAnchor(
  db: DbOrTx,
  reviewId: string,
  eventId: string,
): Promise<Anchor | null> {
  const row = await findCurrentRecord(db, reviewId, eventId);
  return row ? anchorOf(row) : null;
}

/** The anchor for a note made now on a current record of the review, or a 404. */
async function anchorFor(db: Db, reviewId: string, eventId: string) {
  const row = await findCurrentRecord(db, reviewId, eventId);
  if (!row) throw new AppError('NOT_FOUND', `No current event ${eventId} in this review.`);
  return { anchor: anchorOf(row), dateEarliest: row.date_earliest };
}

const cleanList = (items: readonly string[] | undefined) => [
  ...new Set((items ?? []).map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean)),
];

export interface ResolvedNotes {
  annotations: AnnotationDto[];
  episodes: EpisodeDto[];
  themes: string[];
}

/** Every note and episode of the review, each placed on the current records. */
export async function resolveNotes(db: Db, reviewId: string): Promise<ResolvedNotes> {
  const [index, annotationRows, episodeRows] = await Promise.all([
    currentAnchorIndex(db, reviewId),
    findAnnotations(db, reviewId),
    findEpisodes(db, reviewId),
  ]);
  const annotations = annotationRows.map((row) => toAnnotationDto(row, index));
  const episodes = episodeRows.map((row) => toEpisodeDto(row, index));
  const themes = new Set<string>();
  for (const note of [...annotations, ...episodes]) for (const t of note.themes) themes.add(t);
  return {
    annotations,
    episodes,
    themes: [...themes].sort((a, b) => a.localeCompare(b, 'en-GB')),
  };
}

function toAnnotationDto(row: AnnotationRow, index: AnchorIndex): AnnotationDto {
  const resolved = index.resolve({
    eventId: row.event_id,
    agencyKey: row.agency_key,
    sourceRef: row.source_ref,
    contentHash: row.content_hash,
  });
  return {
    id: row.id,
    kind: row.kind as AnnotationDto['kind'],
    text: row.text,
    themes: JSON.parse(row.themes_json) as string[],
    status: resolved.status,
    eventId: resolved.eventId,
    originalEventId: row.event_id,
    sourceRef: row.source_ref,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toEpisodeDto(row: EpisodeRow, index: AnchorIndex): EpisodeDto {
  const end = (prefix: 'start' | 'end') => {
    const resolved = index.resolve({
      eventId: row[`${prefix}_event_id`],
      agencyKey: row[`${prefix}_agency_key`],
      sourceRef: row[`${prefix}_source_ref`],
      contentHash: row[`${prefix}_content_hash`],
    });
    return { ...resolved, originalEventId: row[`${prefix}_event_id`] };
  };
  return {
    id: row.id,
    title: row.title,
    assessment: row.assessment as EpisodeDto['assessment'],
    summary: row.summary,
    factors: JSON.parse(row.factors_json) as string[],
    themes: JSON.parse(row.themes_json) as string[],
    start: end('start'),
    end: end('end'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function createAnnotation(
  db: Db,
  reviewId: string,
  input: AnnotationInput,
  userId: string,
): Promise<AnnotationDto> {
  const { anchor } = await anchorFor(db, reviewId, input.eventId);
  const now = new Date().toISOString();
  const id = newId();
  await insertAnnotation(db, {
    id,
    review_id: reviewId,
    kind: input.kind,
    text: input.text.trim(),
    themes_json: JSON.stringify(cleanList(input.themes)),
    event_id: anchor.eventId,
    agency_key: anchor.agencyKey,
    source_ref: anchor.sourceRef,
    content_hash: anchor.contentHash,
    created_by: userId,
    created_at: now,
    updated_at: now,
  });
  return findAnnotation(db, reviewId, id);
}

async function findAnnotation(db: Db, reviewId: string, id: string): Promise<AnnotationDto> {
  const note = (await resolveNotes(db, reviewId)).annotations.find((a) => a.id === id);
  if (!note) throw new AppError('NOT_FOUND', 'No annotation with that id in this review.');
  return note;
}

export async function updateAnnotation(
  db: Db,
  reviewId: string,
  id: string,
  input: AnnotationUpdate,
): Promise<AnnotationDto> {
  const current = await findAnnotation(db, reviewId, id);
  // Re-attaching takes the record as it now reads: the note is then "attached" to it.
  const anchor =
    input.reattach && current.eventId
      ? (await anchorFor(db, reviewId, current.eventId)).anchor
      : null;
  await updateAnnotationRow(db, reviewId, id, {
    kind: input.kind,
    text: input.text.trim(),
    themes_json: JSON.stringify(cleanList(input.themes)),
    updated_at: new Date().toISOString(),
    ...(anchor
      ? {
          event_id: anchor.eventId,
          agency_key: anchor.agencyKey,
          source_ref: anchor.sourceRef,
          content_hash: anchor.contentHash,
        }
      : {}),
  });
  return findAnnotation(db, reviewId, id);
}

export async function deleteAnnotation(db: Db, reviewId: string, id: string): Promise<void> {
  await deleteNote(db, 'annotations', reviewId, id);
}

/** Deletes one of the review's notes or episodes, or a 404 naming which. */
async function deleteNote(
  db: Db,
  table: 'annotations' | 'episodes',
  reviewId: string,
  id: string,
): Promise<void> {
  const deleted =
    table === 'annotations'
      ? await deleteAnnotationRow(db, reviewId, id)
      : await deleteEpisodeRow(db, reviewId, id);
  if (deleted === 0) {
    const what = table === 'annotations' ? 'annotation' : 'episode';
    throw new AppError('NOT_FOUND', `No ${what} with that id in this review.`);
  }
}

export async function saveEpisode(
  db: Db,
  reviewId: string,
  input: EpisodeInput,
  userId: string,
  id: string | null = null,
): Promise<EpisodeDto> {
  const start = await anchorFor(db, reviewId, input.startEventId);
  const end = await anchorFor(db, reviewId, input.endEventId);
  if (end.dateEarliest < start.dateEarliest) {
    throw new AppError('BAD_REQUEST', 'body/endEventId: the episode ends before it starts.');
  }
  const now = new Date().toISOString();
  const values = {
    title: input.title.trim(),
    assessment: input.assessment,
    summary: (input.summary ?? '').trim(),
    factors_json: JSON.stringify(cleanList(input.factors)),
    themes_json: JSON.stringify(cleanList(input.themes)),
    start_event_id: start.anchor.eventId,
    start_agency_key: start.anchor.agencyKey,
    start_source_ref: start.anchor.sourceRef,
    start_content_hash: start.anchor.contentHash,
    end_event_id: end.anchor.eventId,
    end_agency_key: end.anchor.agencyKey,
    end_source_ref: end.anchor.sourceRef,
    end_content_hash: end.anchor.contentHash,
    updated_at: now,
  };
  let episodeId = id;
  if (episodeId) {
    const updated = await updateEpisodeRow(db, reviewId, episodeId, values);
    if (updated === 0) {
      throw new AppError('NOT_FOUND', 'No episode with that id in this review.');
    }
  } else {
    episodeId = newId();
    await insertEpisode(db, {
      id: episodeId,
      review_id: reviewId,
      created_by: userId,
      created_at: now,
      ...values,
    });
  }
  const saved = (await resolveNotes(db, reviewId)).episodes.find((e) => e.id === episodeId);
  return saved!;
}

export async function deleteEpisode(db: Db, reviewId: string, id: string): Promise<void> {
  await deleteNote(db, 'episodes', reviewId, id);
}

/**
 * The current records a walk-through filter on notes keeps: with `themes`, those carrying a
 * note or inside an episode with one of the themes; with `annotatedOnly`, those with any note
 * or that open or close an episode (the "key events" of the annex).
 */
export async function notedEventIds(
  db: Db,
  reviewId: string,
  options: { themes?: string[]; annotatedOnly?: boolean; redact?: Redactor },
): Promise<Set<string>> {
  const notes = await resolveNotes(db, reviewId);
  const wanted = options.themes?.length
    ? new Set(options.themes.map((t) => t.toLowerCase()))
    : null;
  // A theme is matched as the viewer reads it: in the anonymised view, after redaction.
  const redact = options.redact ?? ((text: string) => text);
  const hasTheme = (themes: string[]) =>
    !wanted || themes.some((t) => wanted.has(redact(t).toLowerCase()));
  const ids = new Set<string>();
  for (const a of notes.annotations) if (a.eventId && hasTheme(a.themes)) ids.add(a.eventId);
  const episodes = notes.episodes.filter((e) => hasTheme(e.themes));
  for (const e of episodes) {
    if (e.start.eventId) ids.add(e.start.eventId);
    if (e.end.eventId) ids.add(e.end.eventId);
  }
  if (wanted && episodes.length > 0) {
    // A theme on an episode covers every record inside its span.
    const spans = await Promise.all(
      episodes
        .filter((e) => e.start.eventId && e.end.eventId)
        .map((e) => findEventIdsBetween(db, reviewId, e.start.eventId!, e.end.eventId!)),
    );
    for (const span of spans) for (const id of span) ids.add(id);
  }
  return ids;
}

/** The review's notes and episodes as a signature that changes with any edit (timeline-tag.ts). */
export function notesSignature(db: Db, reviewId: string): Promise<string> {
  return findNotesSignature(db, reviewId);
}
