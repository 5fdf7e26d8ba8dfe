import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../access/access';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { SubmissionParams } from '../contract/submissions';
import {
  CreateReviewBody,
  ReviewListResponse,
  ReviewSchema,
  type ReviewDto,
} from '../contract/reviews';
import { glossaryConfirmed, redactorFor } from '../anonymise/glossary.service';
import { AS_WRITTEN, asWritten, reviewAsSeen, reviewListAsSeen } from '../anonymise/as-seen';
import {
  createReview,
  deleteReview,
  eraseSubmission,
  getReview,
  listReviews,
} from './reviews.service';

export const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /**
   * A title may name the child ("the baby of …"): only the review's reviewers read it as
   * written; everyone else (panel, submitters, admins outside it) by role label, and the panel
   * not at all until the glossary is set.
   */
  async function titleAsSeen(review: ReviewDto): Promise<ReviewDto> {
    if (review.myRole === 'reviewer') return reviewAsSeen(review, AS_WRITTEN);
    if (review.myRole === 'panel' && !(await glossaryConfirmed(app.db, review.id))) {
      return reviewAsSeen({ ...review, title: review.reference }, AS_WRITTEN);
    }
    return reviewAsSeen(review, { redact: await redactorFor(app.db, review.id, 'anonymised') });
  }

  app.get(
    '/api/reviews',
    {
      config: { access: access.signedIn, asSeen: 'reviewList' },
      schema: {
        tags: ['reviews'],
        summary: 'The reviews you are a member of (an admin: every review)',
        response: { 200: ReviewListResponse },
      },
    },
    async (request) => {
      const reviews = await listReviews(app.db, request.viewer!);
      return reviewListAsSeen(await Promise.all(reviews.map(titleAsSeen)));
    },
  );

  app.post(
    '/api/reviews',
    {
      config: { access: access.admin, asSeen: 'as-written' },
      schema: {
        tags: ['reviews'],
        summary: 'Create a review (admin)',
        body: CreateReviewBody,
        response: { 201: ReviewSchema, 400: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const review = await createReview(app.db, request.body, request.viewer!.userId);
      await app.audit(request, {
        action: 'review.created',
        reviewId: review.id,
        target: review.id,
        detail: { joinedAsReviewer: request.body.joinAsReviewer ?? false },
      });
      return reply.code(201).send(asWritten(review));
    },
  );

  app.get(
    '/api/reviews/:reviewId',
    {
      config: { access: access.to('readReview'), asSeen: 'review' },
      schema: {
        tags: ['reviews'],
        summary: 'One review, and your role in it',
        params: ReviewParams,
        response: { 200: ReviewSchema, 404: ErrorResponse },
      },
    },
    async (request) => {
      const review = await getReview(app.db, request.params.reviewId, request.viewer!.membership);
      return titleAsSeen(review);
    },
  );

  app.delete(
    '/api/reviews/:reviewId',
    {
      config: { access: access.to('manageMembers') },
      schema: {
        tags: ['reviews'],
        summary: 'Delete a review and all its case data for good (admin)',
        description:
          'Purges its submissions, events, rules, links, annotations, glossary and memberships in one transaction. The audit log keeps its rows (they hold no case content) and gains one for the deletion.',
        params: ReviewParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId } = request.params;
      const counts = await deleteReview(app.db, reviewId);
      await app.audit(request, {
        action: 'review.deleted',
        reviewId,
        target: reviewId,
        detail: counts,
      });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/reviews/:reviewId/submissions/:submissionId',
    {
      config: { access: access.to('manageMembers') },
      schema: {
        tags: ['submissions'],
        summary: 'Erase one version of an agency’s upload for good, short of the review (admin)',
        description:
          'For a file shared by mistake. Its events, their raw cells and search entries, and its links go in one transaction. Notes and episode ends on its records are found again among the records left, as after a re-upload: one another version still holds stays on it; the rest keep their own text, tied to no record (orphaned), with nothing of the record left in them. When it was the current version, the one before it is current again; when it was the agency’s only one, the agency goes too. The file is compacted so the erased text is not left in it. The audit log gains one row of ids and counts, no content.',
        params: SubmissionParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, submissionId } = request.params;
      const counts = await eraseSubmission(app.db, reviewId, submissionId);
      await app.audit(request, {
        action: 'submission.erased',
        reviewId,
        target: submissionId,
        detail: { ...counts },
      });
      return reply.code(204).send(null);
    },
  );
};
