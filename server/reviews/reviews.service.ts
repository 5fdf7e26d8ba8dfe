import type { Kysely } from 'kysely';
import type { CreateReviewInput, ReviewDto } from '../contract/reviews';
import { newId } from '../db/ids';
import { seedRules } from '../rules/rules.service';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { daysInMonth } from '../ingest/calendar';
import {
  findReviewById,
  findReviewByReference,
  findReviews,
  insertReview,
  type ReviewRow,
} from './reviews.repository';

export async function listReviews(db: Kysely<Database>): Promise<ReviewDto[]> {
  return (await findReviews(db)).map(toReviewDto);
}

export async function getReview(db: Kysely<Database>, id: string): Promise<ReviewDto> {
  const row = await findReviewById(db, id);
  if (!row) throw new AppError('REVIEW_NOT_FOUND');
  return toReviewDto(row);
}

export async function createReview(
  db: Kysely<Database>,
  input: CreateReviewInput,
): Promise<ReviewDto> {
  for (const field of ['periodStart', 'periodEnd'] as const) {
    if (!isRealIsoDate(input[field])) {
      throw new AppError('BAD_REQUEST', `${field} "${input[field]}" is not a real date.`);
    }
  }
  if (input.periodEnd < input.periodStart) {
    throw new AppError('BAD_REQUEST', 'periodEnd is before periodStart.');
  }
  const reference = input.reference.trim();
  if (await findReviewByReference(db, reference)) {
    throw new AppError('REFERENCE_TAKEN', `A review with the reference "${reference}" exists.`);
  }
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await insertReview(trx, {
      id,
      reference,
      title: input.title.trim(),
      period_start: input.periodStart,
      period_end: input.periodEnd,
      jurisdiction: input.jurisdiction,
      created_at: new Date().toISOString(),
    });
    await seedRules(trx, id, input.jurisdiction);
  });
  return getReview(db, id);
}

export function toReviewDto(row: ReviewRow): ReviewDto {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    jurisdiction: row.jurisdiction as ReviewDto['jurisdiction'],
    createdAt: row.created_at,
    agencyCount: Number(row.agency_count),
    eventCount: Number(row.event_count),
  };
}

function isRealIsoDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
