import { useEffect } from 'preact/hooks';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, type SessionDto } from '../../../shared/api/api';
import { formatDay, formatTimestamp } from '../../../shared/lib/dates';
import { reviewKindName } from '../lib/review-kinds';
import { CreateReviewForm } from '../components/reviews/create-review-form';
import { roleLabel } from '../../../shared/lib/roles';
import { reviewPath } from '../../../shared/lib/routes';

const count = (n: number | null) => (n === null ? '–' : n.toLocaleString('en-GB'));

/**
 * The reviews the user is in, with their role in each (an administrator sees every review, and
 * the form to create one).
 */
export function ReviewsPage({ session }: { session: SessionDto }) {
  const isAdmin = session.user.isAdmin;
  const [reviews] = useResource(() => api.listReviews(), []);
  useEffect(() => {
    document.title = 'Reviews · Tapestry';
  }, []);
  return (
    <main class="page page-narrow">
      <div class="page-head">
        <h1>Reviews</h1>
      </div>
      {reviews.status === 'loading' ? <Loading /> : null}
      {reviews.status === 'error' ? <ErrorNote error={reviews.error} /> : null}
      {reviews.status === 'ready' && reviews.data.length === 0 ? (
        <p class="empty">
          {isAdmin
            ? 'No reviews yet. Create one below, add its reviewer, then upload each agency’s chronology.'
            : 'You are not in any review yet. An administrator adds you to a review, with your role in it.'}
        </p>
      ) : null}
      {reviews.status === 'ready' && reviews.data.length > 0 ? (
        <table class="grid grid-spaced">
          <thead>
            <tr>
              <th>Reference</th>
              <th>Title</th>
              <th>Period</th>
              <th>Jurisdiction</th>
              <th>Kind</th>
              <th>Your role</th>
              <th class="num">Agencies</th>
              <th class="num">Events</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {reviews.data.map((review) => (
              <tr key={review.id}>
                <td class="nowrap">
                  <a href={reviewPath(review.id)}>{review.reference}</a>
                </td>
                <td>{review.title}</td>
                <td class="nowrap">
                  {formatDay(review.periodStart)} – {formatDay(review.periodEnd)}
                </td>
                <td>{review.jurisdiction === 'wales' ? 'Wales' : 'England'}</td>
                <td>{reviewKindName(review.kind, review.jurisdiction)}</td>
                <td class={review.myRole ? 'review-role' : 'review-role muted'}>
                  {roleLabel(review, isAdmin)}
                </td>
                <td class="num">{count(review.agencyCount)}</td>
                <td class="num">{count(review.eventCount)}</td>
                <td class="nowrap muted">{formatTimestamp(review.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {isAdmin ? <CreateReviewForm /> : null}
    </main>
  );
}
