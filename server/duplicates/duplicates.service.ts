import type { LinkDto } from '../contract/links';
import { newId } from '../db/ids';
import type { Db } from '../db/handle';
import { AppError } from '../errors';
import { findEventsForAnalysis } from '../events/events.repository';
import { requireReview } from '../core/require-review';
import { bumpRevision } from '../core/review-rows.repository';
import {
  countEventsInReview,
  deleteLink,
  findLink,
  findLinks,
  insertLink,
} from './links.repository';
import { suggestDuplicates } from './similarity';

type LinkKind = LinkDto['kind'];

export async function listDuplicates(
  db: Db,
  reviewId: string,
  options: { minScore?: number; limit?: number; includeDecided?: boolean },
) {
  await requireReview(db, reviewId);
  const [rows, links] = await Promise.all([
    findEventsForAnalysis(db, reviewId),
    findLinks(db, reviewId),
  ]);
  const decided = new Map(links.map((l) => [`${l.event_a} ${l.event_b}`, l.kind as LinkKind]));
  const suggestions = suggestDuplicates(
    rows.map((r) => ({
      id: r.id,
      agency: r.agency_name,
      earliest: r.date_earliest,
      latest: r.date_latest,
      time: r.time,
      type: r.type,
      text: [r.type_text, r.description, r.outcome].filter(Boolean).join(' '),
      subjects: JSON.parse(r.subjects_json) as string[],
    })),
    { minScore: options.minScore, limit: (options.limit ?? 500) + links.length },
  );
  return suggestions
    .map((s) => ({ ...s, decided: decided.get(`${s.a} ${s.b}`) ?? null }))
    .filter((s) => options.includeDecided || s.decided === null)
    .slice(0, options.limit ?? 500);
}

export async function listLinks(db: Db, reviewId: string): Promise<LinkDto[]> {
  await requireReview(db, reviewId);
  return (await findLinks(db, reviewId)).map(toLinkDto);
}

/** Records a reviewer's decision about two events. The pair is stored in one order (a < b). */
export async function createLink(
  db: Db,
  reviewId: string,
  input: { a: string; b: string; kind: LinkKind },
): Promise<LinkDto> {
  await requireReview(db, reviewId);
  if (input.a === input.b)
    throw new AppError('BAD_REQUEST', 'b: an event cannot be linked to itself.');
  const [a, b] = input.a < input.b ? [input.a, input.b] : [input.b, input.a];
  return db.transaction().execute(async (trx) => {
    if ((await countEventsInReview(trx, reviewId, [a, b])) !== 2) {
      throw new AppError('NOT_FOUND', 'Both events must belong to this review.');
    }
    const existing = await findLink(trx, reviewId, a, b);
    if (existing) {
      throw new AppError(
        'CONFLICT',
        `These events are already linked as "${existing.kind}"; delete that link to decide again.`,
      );
    }
    const link = {
      id: newId(),
      review_id: reviewId,
      event_a: a,
      event_b: b,
      kind: input.kind,
      created_at: new Date().toISOString(),
    };
    await insertLink(trx, link);
    await bumpRevision(trx, reviewId);
    return toLinkDto(link);
  });
}

export async function removeLink(db: Db, reviewId: string, linkId: string): Promise<void> {
  await requireReview(db, reviewId);
  await db.transaction().execute(async (trx) => {
    if ((await deleteLink(trx, reviewId, linkId)) === 0) {
      throw new AppError('NOT_FOUND', 'No link with that id in this review.');
    }
    await bumpRevision(trx, reviewId);
  });
}

function toLinkDto(row: {
  id: string;
  event_a: string;
  event_b: string;
  kind: string;
  created_at: string;
}): LinkDto {
  return {
    id: row.id,
    a: row.event_a,
    b: row.event_b,
    kind: row.kind as LinkKind,
    createdAt: row.created_at,
  };
}
