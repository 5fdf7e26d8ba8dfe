import type { CreateReviewInput, ReviewDto } from '../contract/reviews';
import { newId } from '../db/ids';
import { forgetGaps } from '../gaps/gaps.service';
import { seedRules } from '../gaps/rules.service';
import { agencyScopeOf, type Membership } from '../access/access';
import { findMembershipsOfUser, upsertMembership } from '../auth/accounts.repository';
import type { Db } from '../db/handle';
import type { MemberRole } from '../db/schema';
import { AppError } from '../errors';
import { findExpectedAgencyByKey } from '../submissions/expected-agencies.repository';
import { cleanName, NAME_LIMITS } from '../names/clean-name';
import { daysInMonth } from '../shared/calendar';
import { eraseSubmissionRows, type ErasedCounts } from './erase.repository';
import {
  compactSearchAndWal,
  deleteReviewRows,
  findReviewById,
  findReviewByReference,
  findReviews,
  insertReview,
  type ReviewRow,
} from './reviews.repository';

/** A user's view of reviews: their role in each, and counts only of what they may see. */
export interface ReviewViewer {
  userId: string;
  isAdmin: boolean;
}

/** The reviews the user is a member of; for an admin, every review (counts only where a member). */
export async function listReviews(db: Db, viewer: ReviewViewer): Promise<ReviewDto[]> {
  const rows = await findReviews(db, viewer.isAdmin ? null : viewer.userId);
  const memberships = new Map(
    (await findMembershipsOfUser(db, viewer.userId)).map((m) => [m.review_id, m]),
  );
  const reviews: ReviewDto[] = [];
  for (const row of rows) {
    const membership = memberships.get(row.id);
    reviews.push(
      membership
        ? await getReview(db, row.id, toMembership(membership))
        : {
            ...toReviewDto({ ...row, agency_count: 0, event_count: 0 }, null),
            agencyCount: null,
            eventCount: null,
          },
    );
  }
  return reviews;
}

/**
 * One review as a member (or, with membership null, an admin who is not one) sees it: a
 * submitter's counts are of their own agency; an admin outside the review gets no counts.
 */
export async function getReview(
  db: Db,
  id: string,
  membership: Membership | null,
): Promise<ReviewDto> {
  const row = await findReviewById(db, id, agencyScopeOf(membership));
  if (!row) throw new AppError('REVIEW_NOT_FOUND');
  const dto = toReviewDto(row, membership);
  if (!membership) return { ...dto, agencyCount: null, eventCount: null };
  // A submitter is told when their chronology is due; the list of who else is expected is not
  // theirs to read.
  const expected =
    membership.role === 'submitter' && membership.agencyKey
      ? await findExpectedAgencyByKey(db, id, membership.agencyKey)
      : undefined;
  return { ...dto, myAgencyDue: expected?.due_date ?? null };
}

function toMembership(m: {
  role: MemberRole;
  agency_name: string | null;
  agency_key: string | null;
}): Membership {
  return { role: m.role, agencyName: m.agency_name, agencyKey: m.agency_key };
}

export async function createReview(
  db: Db,
  input: CreateReviewInput,
  creatorId: string | null = null,
): Promise<ReviewDto> {
  for (const field of ['periodStart', 'periodEnd'] as const) {
    if (!isRealIsoDate(input[field])) {
      throw new AppError('BAD_REQUEST', `${field} "${input[field]}" is not a real date.`);
    }
  }
  if (input.periodEnd < input.periodStart) {
    throw new AppError('BAD_REQUEST', 'periodEnd is before periodStart.');
  }
  const reference = cleanName(input.reference, 'reference', NAME_LIMITS.reference);
  const title = cleanName(input.title, 'title', NAME_LIMITS.title);
  const marking = input.marking && cleanName(input.marking, 'marking', NAME_LIMITS.marking);
  if (await findReviewByReference(db, reference)) {
    throw new AppError('REFERENCE_TAKEN', `A review with the reference "${reference}" exists.`);
  }
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await insertReview(trx, {
      id,
      reference,
      title,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      jurisdiction: input.jurisdiction,
      kind: input.kind ?? 'child',
      ...(marking ? { marking } : {}),
      created_at: new Date().toISOString(),
    });
    await seedRules(trx, id, input.jurisdiction, input.kind ?? 'child');
    // An admin who is also the review's reviewer says so; otherwise they manage it from outside.
    if (input.joinAsReviewer && creatorId) {
      await upsertMembership(trx, {
        reviewId: id,
        userId: creatorId,
        role: 'reviewer',
        agencyName: null,
        agencyKey: null,
      });
    }
  });
  return getReview(
    db,
    id,
    input.joinAsReviewer && creatorId
      ? { role: 'reviewer', agencyKey: null, agencyName: null }
      : null,
  );
}

export function toReviewDto(row: ReviewRow, membership: Membership | null): ReviewDto {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    jurisdiction: row.jurisdiction as ReviewDto['jurisdiction'],
    kind: row.kind as ReviewDto['kind'],
    marking: row.marking,
    createdAt: row.created_at,
    agencyCount: Number(row.agency_count),
    eventCount: Number(row.event_count),
    myRole: membership?.role ?? null,
    myAgency: membership?.role === 'submitter' ? membership.agencyName : null,
    myAgencyDue: null,
  };
}

function isRealIsoDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Deletes a review and everything recorded under it, in one transaction (see deleteReviewRows
 * for the order), then compacts the file so the deleted text is gone from it too. Returns what
 * was purged, as counts for the audit log.
 */
export async function deleteReview(
  db: Db,
  reviewId: string,
): Promise<{ submissions: number; events: number }> {
  const purged = await db.transaction().execute(async (trx) => {
    const counts = await deleteReviewRows(trx, reviewId);
    if (!counts) throw new AppError('REVIEW_NOT_FOUND');
    return counts;
  });
  // Its flags (messages name agencies and dates) are not kept in memory after it.
  forgetGaps(reviewId);
  await compactSearchAndWal(db);
  return purged;
}

/**
 * Erases one version of an agency's upload, in one transaction (eraseSubmissionRows says what
 * goes and what is kept), then compacts the file so the erased text is gone from it too, as
 * deleting a review does. Returns counts and ids for the audit log.
 */
export async function eraseSubmission(
  db: Db,
  reviewId: string,
  submissionId: string,
): Promise<ErasedCounts> {
  const erased = await db.transaction().execute(async (trx) => {
    const counts = await eraseSubmissionRows(trx, reviewId, submissionId);
    if (!counts) throw new AppError('NOT_FOUND', 'No submission with that id in this review.');
    return counts;
  });
  // Its flags' messages named its records' dates and agencies: not kept in memory after it.
  forgetGaps(reviewId);
  await compactSearchAndWal(db);
  return erased;
}
