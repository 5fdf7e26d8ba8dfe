import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { CreateReviewBody, ReviewListResponse, ReviewSchema } from '../contract/reviews';
import { createReview, getReview, listReviews } from './reviews.service';

export const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews',
    {
      schema: {
        tags: ['reviews'],
        summary: 'List reviews',
        response: { 200: ReviewListResponse },
      },
    },
    async () => ({ reviews: await listReviews(app.db) }),
  );

  app.post(
    '/api/reviews',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Create a review',
        body: CreateReviewBody,
        response: { 201: ReviewSchema, 400: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const review = await createReview(app.db, request.body);
      return reply.code(201).send(review);
    },
  );

  app.get(
    '/api/reviews/:reviewId',
    {
      schema: {
        tags: ['reviews'],
        summary: 'One review',
        params: ReviewParams,
        response: { 200: ReviewSchema, 404: ErrorResponse },
      },
    },
    async (request) => getReview(app.db, request.params.reviewId),
  );
};
