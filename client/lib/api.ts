import type { RowIssueDto } from '../../server/contract/common';
import type { EventDto } from '../../server/contract/events';
import type { CreateReviewInput, ReviewDto } from '../../server/contract/reviews';
import type { SubmissionDto } from '../../server/contract/submissions';
import type {
  DuplicateSuggestion,
  EventLink,
  GapDto,
  LinkKind,
  RuleDocument,
  RuleDto,
} from './api-types';

export type { EventDto, ReviewDto, SubmissionDto, RowIssueDto };

/** An event with its provenance, as GET /api/reviews/:id/events/:eventId returns it. */
export type EventWithRaw = EventDto & {
  raw: Record<string, string>;
  fileName: string | null;
  version: number;
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A part of the API that this server does not have yet (404 on the route itself). */
export function isUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === 'ROUTE_NOT_FOUND';
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: { accept: 'application/json', ...init?.headers },
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: unknown } | null)?.error;
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return new ApiError(
      status,
      typeof code === 'string' ? code : 'ERROR',
      typeof message === 'string' ? message : `Request failed (${status}).`,
      body,
    );
  }
  // Fastify's own 404 for a route that does not exist: { message: 'Route GET:… not found' }.
  if (status === 404)
    return new ApiError(404, 'ROUTE_NOT_FOUND', 'Not available on this server.', body);
  return new ApiError(status, 'ERROR', `Request failed (${status}).`, body);
}

const json = (value: unknown): RequestInit => ({
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json' },
});

const reviewBase = (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}`;

export const api = {
  listReviews: () => request<{ reviews: ReviewDto[] }>('/api/reviews').then((r) => r.reviews),
  createReview: (input: CreateReviewInput) =>
    request<ReviewDto>('/api/reviews', { method: 'POST', ...json(input) }),
  getReview: (reviewId: string) => request<ReviewDto>(reviewBase(reviewId)),
  listSubmissions: (reviewId: string) =>
    request<{ submissions: SubmissionDto[] }>(`${reviewBase(reviewId)}/submissions`).then(
      (r) => r.submissions,
    ),
  getSubmission: (reviewId: string, submissionId: string) =>
    request<SubmissionDto & { headers: string[]; warnings: RowIssueDto[] }>(
      `${reviewBase(reviewId)}/submissions/${encodeURIComponent(submissionId)}`,
    ),
  getEvent: (reviewId: string, eventId: string) =>
    request<EventWithRaw>(`${reviewBase(reviewId)}/events/${encodeURIComponent(eventId)}`),
  listEventPage: (reviewId: string, query: URLSearchParams) =>
    request<{ events: EventDto[]; total: number }>(`${reviewBase(reviewId)}/events?${query}`),
  listGaps: (reviewId: string) =>
    request<{ gaps: GapDto[] }>(`${reviewBase(reviewId)}/gaps`).then((r) => r.gaps),
  listRules: (reviewId: string) =>
    request<{ rules: RuleDto[] }>(`${reviewBase(reviewId)}/rules`).then((r) => r.rules),
  createRule: (reviewId: string, rule: RuleDocument) =>
    request<RuleDto>(`${reviewBase(reviewId)}/rules`, { method: 'POST', ...json(rule) }),
  updateRule: (reviewId: string, ruleId: string, rule: RuleDocument) =>
    request<RuleDto>(`${reviewBase(reviewId)}/rules/${encodeURIComponent(ruleId)}`, {
      method: 'PUT',
      ...json(rule),
    }),
  deleteRule: (reviewId: string, ruleId: string) =>
    request<null>(`${reviewBase(reviewId)}/rules/${encodeURIComponent(ruleId)}`, {
      method: 'DELETE',
    }),
  /** Every suggested pair, including the ones a reviewer already decided (to show and undo). */
  listDuplicates: (reviewId: string) =>
    request<{ suggestions: DuplicateSuggestion[] }>(
      `${reviewBase(reviewId)}/duplicates?includeDecided=true`,
    ).then((r) => r.suggestions),
  listLinks: (reviewId: string) =>
    request<{ links: EventLink[] }>(`${reviewBase(reviewId)}/links`).then((r) => r.links),
  createLink: (reviewId: string, link: { a: string; b: string; kind: LinkKind }) =>
    request<EventLink>(`${reviewBase(reviewId)}/links`, { method: 'POST', ...json(link) }),
  deleteLink: (reviewId: string, linkId: string) =>
    request<null>(`${reviewBase(reviewId)}/links/${encodeURIComponent(linkId)}`, {
      method: 'DELETE',
    }),
};

const PAGE_SIZE = 10_000;

/**
 * Every current event of a review, in time order: the first page says how many there are, the
 * rest are fetched two at a time. `onProgress` reports loaded/total for a progress line.
 */
export async function loadAllEvents(
  reviewId: string,
  onProgress?: (loaded: number, total: number) => void,
): Promise<EventDto[]> {
  const page = (offset: number) =>
    api.listEventPage(
      reviewId,
      new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset), facets: 'false' }),
    );
  const first = await page(0);
  const events = first.events;
  onProgress?.(events.length, first.total);
  const offsets: number[] = [];
  for (let offset = PAGE_SIZE; offset < first.total; offset += PAGE_SIZE) offsets.push(offset);
  for (let i = 0; i < offsets.length; i += 2) {
    const pages = await Promise.all(offsets.slice(i, i + 2).map(page));
    for (const p of pages) events.push(...p.events);
    onProgress?.(events.length, first.total);
  }
  return events;
}
