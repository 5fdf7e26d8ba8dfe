import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { GapListResponse } from '../contract/rules';
import { reviewGaps } from './gaps.service';

export const gapRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/gaps',
    {
      schema: {
        tags: ['gaps'],
        summary: 'Every gap the review’s rules find in the merged timeline, certain ones first',
        params: ReviewParams,
        response: { 200: GapListResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const gaps = await reviewGaps(app.db, request.params.reviewId);
      const certain = gaps.filter((g) => g.certainty === 'certain').length;
      return { gaps, counts: { certain, possible: gaps.length - certain } };
    },
  );
};
