import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, isForbidden, type ReviewDto } from '../../../shared/api/api';
import { formatDay } from '../../../shared/lib/dates';
import { reviewKindName } from '../lib/review-kinds';
import { dueText, londonToday } from '../lib/due-dates';
import type { Abilities } from '../../../shared/lib/roles';
import { reviewPath } from '../../../shared/lib/routes';
import { AgencyTable } from '../components/overview/agency-table';
import { ExpectedAgencies } from '../components/overview/expected-agencies';
import { QuestionCounts } from '../components/overview/question-counts';

/** A review's front page: its facts, the user's part in it, and the agencies' uploads. */
export function ReviewOverviewPage({
  review,
  can,
  onReviewChanged,
}: {
  review: ReviewDto;
  can: Abilities;
  /** Asks for the review again: its counts change when a version is erased. */
  onReviewChanged?: () => void;
}) {
  // Only roles that may list the uploads ask for them (a panel member would get a 403).
  const [submissions, reloadSubmissions] = useResource(
    () =>
      can.seeSubmissions
        ? api
            .listSubmissions(review.id)
            .catch((e: unknown) => (isForbidden(e) ? null : Promise.reject(e)))
        : Promise.resolve(null),
    [review.id, can.seeSubmissions],
  );
  const submitter = review.myRole === 'submitter';
  // Open and answered questions per agency for the reviewer who asks them; a submitter's own
  // agency's, to say how many wait for an answer. Not the panel's: they read answers on records.
  const asksOrAnswers = can.askQuestions || (submitter && can.answerQuestions);
  const [questions] = useResource(
    () => (asksOrAnswers ? api.listQuestions(review.id) : Promise.resolve(null)),
    [review.id, asksOrAnswers],
  );
  return (
    <main class="page page-narrow">
      <div class="page-head">
        <div>
          <h1>{review.reference}</h1>
          <p class="lead">{review.title}</p>
        </div>
        <div class="page-actions">
          {can.upload ? (
            <a class="button" href={reviewPath(review.id, 'upload')}>
              {submitter ? 'Upload your chronology' : 'Upload a chronology'}
            </a>
          ) : null}
          {can.readEvents ? (
            <a class="button button-primary" href={reviewPath(review.id, 'timeline')}>
              {submitter ? 'Open your agency’s timeline' : 'Open the merged timeline'}
            </a>
          ) : null}
        </div>
      </div>
      <dl class="facts">
        <div>
          <dt>Review period</dt>
          <dd>
            {formatDay(review.periodStart)} – {formatDay(review.periodEnd)}
          </dd>
        </div>
        <div>
          <dt>Jurisdiction</dt>
          <dd>{review.jurisdiction === 'wales' ? 'Wales' : 'England'}</dd>
        </div>
        <div>
          <dt>Kind of review</dt>
          <dd>{reviewKindName(review.kind, review.jurisdiction)}</dd>
        </div>
        {review.agencyCount !== null && !submitter ? (
          <div>
            <dt>Agencies</dt>
            <dd>{review.agencyCount}</dd>
          </div>
        ) : null}
        {submitter && review.myAgencyDue ? (
          <div>
            <dt>Your chronology is due by</dt>
            <dd>
              {formatDay(review.myAgencyDue)}
              {review.eventCount === 0 ? (
                <span class="muted small">
                  {' '}
                  ({dueText({ dueDate: review.myAgencyDue, submitted: null }, londonToday())})
                </span>
              ) : null}
            </dd>
          </div>
        ) : null}
        {review.eventCount !== null ? (
          <div>
            <dt>
              {submitter
                ? `Events from ${review.myAgency ?? 'your agency'}`
                : 'Events in the merged timeline'}
            </dt>
            <dd>{review.eventCount.toLocaleString('en-GB')}</dd>
          </div>
        ) : null}
      </dl>
      {review.myRole === null ? (
        <section class="panel">
          <h2>You are not a member of this review</h2>
          <p>
            As an administrator you see its details, its{' '}
            <a href={reviewPath(review.id, 'members')}>members</a> and its{' '}
            <a href={reviewPath(review.id, 'audit')}>audit log</a>, but not its case data. To read
            the case data, add yourself on the Members tab with a role.
          </p>
        </section>
      ) : null}
      {review.myRole === 'panel' ? (
        <section class="panel">
          <h2>Your role: panel member</h2>
          <p>
            You read the merged timeline of every agency, its gap flags and the rules behind them.
            Uploads, duplicates and rule changes are for the review’s reviewer.
          </p>
        </section>
      ) : null}
      {can.manageAgencies ? <ExpectedAgencies reviewId={review.id} /> : null}
      {submissions.status === 'loading' ? <Loading /> : null}
      {submissions.status === 'error' ? <ErrorNote error={submissions.error} /> : null}
      {submissions.status === 'ready' && submissions.data ? (
        <AgencyTable
          review={review}
          submissions={submissions.data}
          canErase={can.manageMembers}
          onErased={() => {
            reloadSubmissions();
            onReviewChanged?.();
          }}
        />
      ) : null}
      {questions.status === 'ready' && questions.data ? (
        <QuestionCounts reviewId={review.id} counts={questions.data.counts} ownAgency={submitter} />
      ) : null}
      {questions.status === 'error' ? <ErrorNote error={questions.error} /> : null}
    </main>
  );
}
