import type {
  AcceptInvitationInput,
  ExpectedAgencyDto,
  ExpectedAgencyInput,
  InvitationIssuedDto,
  InvitationLookupDto,
} from '../../../server/contract/agencies';
import { json, request, reviewBase } from './http';

const agencyBase = (reviewId: string, id?: string) =>
  `${reviewBase(reviewId)}/expected-agencies${id ? `/${encodeURIComponent(id)}` : ''}`;

/** The agencies a review expects, and the one-time links inviting their contacts (issue #16). */
export const agenciesApi = {
  listExpectedAgencies: (reviewId: string) =>
    request<{ agencies: ExpectedAgencyDto[] }>(agencyBase(reviewId)).then((r) => r.agencies),
  addExpectedAgency: (reviewId: string, input: ExpectedAgencyInput) =>
    request<{ id: string }>(agencyBase(reviewId), { method: 'POST', ...json(input) }),
  changeExpectedAgency: (reviewId: string, id: string, input: ExpectedAgencyInput) =>
    request<null>(agencyBase(reviewId, id), { method: 'PUT', ...json(input) }),
  removeExpectedAgency: (reviewId: string, id: string) =>
    request<null>(agencyBase(reviewId, id), { method: 'DELETE' }),
  issueInvitation: (reviewId: string, id: string) =>
    request<InvitationIssuedDto>(`${agencyBase(reviewId, id)}/invitations`, { method: 'POST' }),
  revokeInvitation: (reviewId: string, id: string, invitationId: string) =>
    request<null>(`${agencyBase(reviewId, id)}/invitations/${encodeURIComponent(invitationId)}`, {
      method: 'DELETE',
    }),
  /** Public: what a link is for, asked by whoever holds it. */
  lookUpInvitation: (token: string) =>
    request<InvitationLookupDto>('/api/invitations/look', {
      method: 'POST',
      public: true,
      ...json({ token }),
    }),
  acceptInvitation: (input: AcceptInvitationInput) =>
    request<{ reviewId: string }>('/api/invitations/accept', {
      method: 'POST',
      public: true,
      ...json(input),
    }),
};
