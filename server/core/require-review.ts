import type { Db } from '../db/handle';
import { AppError } from '../errors';
import { findReviewRow } from './review-rows.repository';

/**
 * The review a request is about, or a 404. Reads the review row only: the counts on the review
 * DTO cost a scan of its events, which no other route needs.
 */
export async function requireReview(db: Db, reviewId: string) {
  const review = await findReviewRow(db, reviewId);
  if (!review) throw new AppError('REVIEW_NOT_FOUND');
  return review;
}
