import type { AuditEntryDto, MemberDto, PutMemberInput } from '../../../server/contract/auth';
import type { CreateReviewInput, ReviewDto } from '../../../server/contract/reviews';
import { auditQuery, json, request, reviewBase } from './http';

/** Reviews and their members. */
export const reviewsApi = {
  listReviews: () => request<{ reviews: ReviewDto[] }>('/api/reviews').then((r) => r.reviews),
  createReview: (input: CreateReviewInput) =>
    request<ReviewDto>('/api/reviews', { method: 'POST', ...json(input) }),
  getReview: (reviewId: string) => request<ReviewDto>(reviewBase(reviewId)),
  deleteReview: (reviewId: string) => request<null>(reviewBase(reviewId), { method: 'DELETE' }),
  /** Erases one version of an agency's upload for good (admin). */
  eraseSubmission: (reviewId: string, submissionId: string) =>
    request<null>(`${reviewBase(reviewId)}/submissions/${encodeURIComponent(submissionId)}`, {
      method: 'DELETE',
    }),
  listMembers: (reviewId: string) =>
    request<{ members: MemberDto[] }>(`${reviewBase(reviewId)}/members`).then((r) => r.members),
  putMember: (reviewId: string, userId: string, input: PutMemberInput) =>
    request<null>(`${reviewBase(reviewId)}/members/${encodeURIComponent(userId)}`, {
      method: 'PUT',
      ...json(input),
    }),
  removeMember: (reviewId: string, userId: string) =>
    request<null>(`${reviewBase(reviewId)}/members/${encodeURIComponent(userId)}`, {
      method: 'DELETE',
    }),
  listReviewAudit: (reviewId: string, before?: number) =>
    request<{ entries: AuditEntryDto[] }>(
      `${reviewBase(reviewId)}/audit?${auditQuery(before)}`,
    ).then((r) => r.entries),
};
