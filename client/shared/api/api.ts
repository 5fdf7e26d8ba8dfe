import type { AuditEntryDto, MemberDto, SessionDto, UserDto } from '../../../server/contract/auth';
import type { RowIssueDto } from '../../../server/contract/common';
import type { EventDto } from '../../../server/contract/events';
import type { QuestionCountDto, QuestionDto } from '../../../server/contract/questions';
import type { ReviewDto } from '../../../server/contract/reviews';
import type { SubmissionDto } from '../../../server/contract/submissions';
import { accountsApi } from './accounts.api';
import { agenciesApi } from './agencies.api';
import { eventsApi } from './events.api';
import { questionsApi } from './questions.api';
import { reviewsApi } from './reviews.api';
import { walkthroughApi } from './walkthrough.api';

// The requests live with their part of the app (one *.api.ts each, over http.ts); pages reach
// them all through `api` as before.
export {
  ApiError,
  AUDIT_PAGE,
  isForbidden,
  isUnavailable,
  refreshSession,
  toApiError,
  type RequestOptions,
} from './http';
export {
  annexUrl,
  filterOnServer,
  loadAllEvents,
  loadEventsById,
  loadTimelineFeed,
  loadTimelineWeeks,
  type EventWithRaw,
} from './events.api';
export { GAP_FETCH_LIMIT } from './early-feed';
export { meetingStreamUrl } from './walkthrough.api';

export type {
  AuditEntryDto,
  EventDto,
  MemberDto,
  QuestionCountDto,
  QuestionDto,
  ReviewDto,
  RowIssueDto,
  SessionDto,
  SubmissionDto,
  UserDto,
};

export const api = {
  ...accountsApi,
  ...reviewsApi,
  ...agenciesApi,
  ...eventsApi,
  ...walkthroughApi,
  ...questionsApi,
};
