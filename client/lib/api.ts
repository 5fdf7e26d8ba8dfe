import type {
  AuditEntryDto,
  CreateUserInput,
  MemberDto,
  PutMemberInput,
  SessionDto,
  UpdateUserInput,
  UserDto,
} from '../../server/contract/auth';
import type { RowIssueDto } from '../../server/contract/common';
import type { EventDto, TypeBasisDto } from '../../server/contract/events';
import type { CreateReviewInput, ReviewDto } from '../../server/contract/reviews';
import type { SubmissionDto } from '../../server/contract/submissions';
import type {
  AnnotationDto,
  AnnotationKind,
  DuplicateSuggestion,
  EpisodeDto,
  EpisodeInput,
  EventLink,
  GapDto,
  GapSet,
  GlossaryEntry,
  LinkKind,
  MeetingDto,
  NotesResponse,
  RuleDocument,
  RuleDto,
} from './api-types';
import { csrfToken, endSession, sessionFailed, sessionState, setSession } from './session';
import { viewSuffix, withView, type ViewMode } from './view-mode';

/** The most gap flags a page fetches: five of the server's pages of 1,000. */
export const GAP_FETCH_LIMIT = 5000;

export type {
  AuditEntryDto,
  EventDto,
  MemberDto,
  ReviewDto,
  RowIssueDto,
  SessionDto,
  SubmissionDto,
  UserDto,
};

/** An event with its provenance, as GET /api/reviews/:id/events/:eventId returns it. */
export type EventWithRaw = EventDto & {
  raw: Record<string, string>;
  typeBasis: TypeBasisDto | null;
  fileName: string | null;
  version: number;
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown,
    /** From a 429's Retry-After header: how long to wait before trying again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A part of the API that this server does not have yet (404 on the route itself). */
export function isUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === 'ROUTE_NOT_FOUND';
}

/** Refused because of the user's role in the review (403, not a cross-site refusal). */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.code === 'FORBIDDEN';
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions extends RequestInit {
  /**
   * A route that works without a session (sign-in, setup): a 401 there is its answer (wrong
   * password), not a sign that the session ended.
   */
  public?: boolean;
}

/**
 * Every call to the API goes through here: it adds the session's CSRF token to unsafe methods,
 * and a 401 from a signed-in route ends the session, which puts the sign-in page in front of
 * whatever page made the call (the URL stays, so signing in returns there).
 */
async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { public: isPublic = false, ...init } = options;
  const send = () => {
    const method = (init.method ?? 'GET').toUpperCase();
    const token = UNSAFE.has(method) ? csrfToken() : null;
    return fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(token ? { 'x-csrf-token': token } : {}),
        ...init.headers,
      },
    });
  };
  let response = await send();
  let body = await readBody(response);
  // Another tab may have signed in again (a new session, a new token) since this page last
  // asked: fetch the current token once and try again.
  if (
    !isPublic &&
    response.status === 403 &&
    errorCode(body) === 'CROSS_SITE_REQUEST' &&
    (await refreshSession())
  ) {
    response = await send();
    body = await readBody(response);
  }
  if (response.status === 401 && !isPublic) endSession('expired');
  if (!response.ok) throw toApiError(response.status, body, response.headers.get('retry-after'));
  return body as T;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

function errorCode(body: unknown): string | null {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return error && typeof error.code === 'string' ? error.code : null;
}

/**
 * Asks the server who is signed in and keeps the answer (with its CSRF token). True when a
 * session is live; false (and the sign-in page shows) when there is none.
 */
export async function refreshSession(): Promise<boolean> {
  try {
    setSession(await request<SessionDto>('/api/session', { public: true }));
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      endSession(sessionState().status === 'signed-in' ? 'expired' : 'none');
    } else if (sessionState().status === 'unknown') {
      // The first question went unanswered (server down, network): say so, with a retry.
      sessionFailed(error);
    }
    return false;
  }
}

export function toApiError(
  status: number,
  body: unknown,
  retryAfter: string | null = null,
): ApiError {
  const seconds =
    retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
  const error = (body as { error?: unknown } | null)?.error;
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return new ApiError(
      status,
      typeof code === 'string' ? code : 'ERROR',
      typeof message === 'string' ? message : `Request failed (${status}).`,
      body,
      seconds,
    );
  }
  // Fastify's own 404 for a route that does not exist: { message: 'Route GET:… not found' }.
  if (status === 404)
    return new ApiError(404, 'ROUTE_NOT_FOUND', 'Not available on this server.', body);
  return new ApiError(status, 'ERROR', `Request failed (${status}).`, body, seconds);
}

const json = (value: unknown): RequestInit => ({
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json' },
});

const reviewBase = (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}`;
const userBase = (userId: string) => `/api/users/${encodeURIComponent(userId)}`;
const auditQuery = (before?: number, limit = AUDIT_PAGE) =>
  new URLSearchParams({ limit: String(limit), ...(before ? { before: String(before) } : {}) });

export const AUDIT_PAGE = 100;

export const api = {
  // Accounts and the session
  setupStatus: () => request<{ needed: boolean }>('/api/setup', { public: true }),
  setup: (input: { token: string; email: string; displayName: string; password: string }) =>
    request<SessionDto>('/api/setup', { method: 'POST', public: true, ...json(input) }),
  signIn: (email: string, password: string) =>
    request<SessionDto>('/api/session', {
      method: 'POST',
      public: true,
      ...json({ email, password }),
    }),
  signOut: () => request<null>('/api/session', { method: 'DELETE' }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<SessionDto>('/api/session/password', {
      method: 'PUT',
      ...json({ currentPassword, newPassword }),
    }),
  listUsers: () => request<{ users: UserDto[] }>('/api/users').then((r) => r.users),
  createUser: (input: CreateUserInput) =>
    request<UserDto>('/api/users', { method: 'POST', ...json(input) }),
  updateUser: (userId: string, input: UpdateUserInput) =>
    request<UserDto>(userBase(userId), { method: 'PATCH', ...json(input) }),
  listAudit: (before?: number) =>
    request<{ entries: AuditEntryDto[] }>(`/api/audit?${auditQuery(before)}`).then(
      (r) => r.entries,
    ),

  // Reviews and their members
  listReviews: () => request<{ reviews: ReviewDto[] }>('/api/reviews').then((r) => r.reviews),
  createReview: (input: CreateReviewInput) =>
    request<ReviewDto>('/api/reviews', { method: 'POST', ...json(input) }),
  getReview: (reviewId: string) => request<ReviewDto>(reviewBase(reviewId)),
  deleteReview: (reviewId: string) => request<null>(reviewBase(reviewId), { method: 'DELETE' }),
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

  // Case data
  listSubmissions: (reviewId: string) =>
    request<{ submissions: SubmissionDto[] }>(`${reviewBase(reviewId)}/submissions`).then(
      (r) => r.submissions,
    ),
  getSubmission: (reviewId: string, submissionId: string) =>
    request<SubmissionDto & { headers: string[]; warnings: RowIssueDto[] }>(
      `${reviewBase(reviewId)}/submissions/${encodeURIComponent(submissionId)}`,
    ),
  getEvent: (reviewId: string, eventId: string, view: ViewMode = 'anonymised') =>
    request<EventWithRaw>(
      `${reviewBase(reviewId)}/events/${encodeURIComponent(eventId)}${viewSuffix(view)}`,
    ),
  listEventPage: (reviewId: string, query: URLSearchParams) =>
    request<{ events: EventDto[]; total: number }>(`${reviewBase(reviewId)}/events?${query}`),
  /**
   * The review's gap flags, a page of 1,000 at a time, up to GAP_FETCH_LIMIT: a long review
   * can raise tens of thousands, more than a list or a lane can show. Certain flags come
   * first, so those are the ones kept; `total` and `rules` count them all.
   */
  listGaps: async (reviewId: string, view: ViewMode = 'anonymised'): Promise<GapSet> => {
    const gaps: GapDto[] = [];
    for (;;) {
      const query = withView(new URLSearchParams({ offset: String(gaps.length) }), view);
      const page = await request<GapSet & { limit: number }>(
        `${reviewBase(reviewId)}/gaps?${query}`,
      );
      gaps.push(...page.gaps);
      if (page.gaps.length === 0 || gaps.length >= page.total || gaps.length >= GAP_FETCH_LIMIT)
        return { gaps, total: page.total, rules: page.rules };
    }
  },
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

  // The walk-through: notes on records, key practice episodes, the glossary, meetings
  listNotes: (reviewId: string, view: ViewMode = 'anonymised') =>
    request<NotesResponse>(`${reviewBase(reviewId)}/annotations${viewSuffix(view)}`),
  createNote: (
    reviewId: string,
    input: { eventId: string; kind: AnnotationKind; text: string; themes: string[] },
  ) =>
    request<AnnotationDto>(`${reviewBase(reviewId)}/annotations`, {
      method: 'POST',
      ...json(input),
    }),
  updateNote: (
    reviewId: string,
    noteId: string,
    input: { kind: AnnotationKind; text: string; themes: string[]; reattach?: boolean },
  ) =>
    request<AnnotationDto>(`${reviewBase(reviewId)}/annotations/${encodeURIComponent(noteId)}`, {
      method: 'PUT',
      ...json(input),
    }),
  deleteNote: (reviewId: string, noteId: string) =>
    request<null>(`${reviewBase(reviewId)}/annotations/${encodeURIComponent(noteId)}`, {
      method: 'DELETE',
    }),
  createEpisode: (reviewId: string, input: EpisodeInput) =>
    request<EpisodeDto>(`${reviewBase(reviewId)}/episodes`, { method: 'POST', ...json(input) }),
  updateEpisode: (reviewId: string, episodeId: string, input: EpisodeInput) =>
    request<EpisodeDto>(`${reviewBase(reviewId)}/episodes/${encodeURIComponent(episodeId)}`, {
      method: 'PUT',
      ...json(input),
    }),
  deleteEpisode: (reviewId: string, episodeId: string) =>
    request<null>(`${reviewBase(reviewId)}/episodes/${encodeURIComponent(episodeId)}`, {
      method: 'DELETE',
    }),
  getGlossary: (reviewId: string) =>
    request<{ entries: GlossaryEntry[] }>(`${reviewBase(reviewId)}/glossary`).then(
      (r) => r.entries,
    ),
  putGlossary: (reviewId: string, entries: GlossaryEntry[]) =>
    request<{ entries: GlossaryEntry[] }>(`${reviewBase(reviewId)}/glossary`, {
      method: 'PUT',
      ...json({ entries }),
    }).then((r) => r.entries),
  /** The meeting running now, or null when there is none (the API's 204). */
  currentMeeting: (reviewId: string) =>
    request<MeetingDto | null>(`${reviewBase(reviewId)}/meetings/current`),
  startMeeting: (reviewId: string, input: { title?: string; filter: string }) =>
    request<MeetingDto>(`${reviewBase(reviewId)}/meetings`, { method: 'POST', ...json(input) }),
  moveMeeting: (reviewId: string, meetingId: string, eventId: string) =>
    request<MeetingDto>(
      `${reviewBase(reviewId)}/meetings/${encodeURIComponent(meetingId)}/position`,
      { method: 'PUT', ...json({ eventId }) },
    ),
  endMeeting: (reviewId: string, meetingId: string) =>
    request<MeetingDto>(`${reviewBase(reviewId)}/meetings/${encodeURIComponent(meetingId)}`, {
      method: 'DELETE',
    }),
};

/** The follower's stream of a meeting (server-sent events: `position`, `ended`). */
export function meetingStreamUrl(reviewId: string, meetingId: string): string {
  return `${reviewBase(reviewId)}/meetings/${encodeURIComponent(meetingId)}/stream`;
}

/** The annex file: the events list's filters (+ annotated, view) as the download's query. */
export function annexUrl(reviewId: string, format: 'csv' | 'xlsx', query: URLSearchParams): string {
  const text = query.toString();
  return `${reviewBase(reviewId)}/annex.${format}${text ? `?${text}` : ''}`;
}

const PAGE_SIZE = 10_000;

/**
 * Every current event of a review, in time order: the first page says how many there are, the
 * rest are fetched two at a time. `onProgress` reports loaded/total for a progress line.
 * `query` narrows it with the events list's filters (the walk-through's, the annex's); `view`
 * asks for names instead of role labels (reviewers only).
 */
export async function loadAllEvents(
  reviewId: string,
  onProgress?: (loaded: number, total: number) => void,
  options: { query?: URLSearchParams; view?: ViewMode } = {},
): Promise<EventDto[]> {
  const page = (offset: number) => {
    const query = withView(options.query ?? new URLSearchParams(), options.view ?? 'anonymised');
    query.set('limit', String(PAGE_SIZE));
    query.set('offset', String(offset));
    query.set('facets', 'false');
    return api.listEventPage(reviewId, query);
  };
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
