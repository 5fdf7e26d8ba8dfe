import { useEffect, useState } from 'preact/hooks';
import type { CreateReviewInput } from '../../../../server/contract/reviews';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, type SessionDto } from '../../../shared/api/api';
import { formatDay, formatTimestamp } from '../../../shared/lib/dates';
import { REVIEW_KIND_CHOICES, reviewKindName } from '../lib/review-kinds';
import { roleLabel } from '../../../shared/lib/roles';
import { reviewPath } from '../../../shared/lib/routes';
import { navigate } from '../../../shared/router';
import type { FieldChange } from '../../../shared/form';

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

const EMPTY: CreateReviewInput = {
  reference: '',
  title: '',
  periodStart: '',
  periodEnd: '',
  jurisdiction: 'wales',
  kind: 'child',
  joinAsReviewer: true,
};

function CreateReviewForm() {
  const [input, setInput] = useState<CreateReviewInput>(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: Exclude<keyof CreateReviewInput, 'joinAsReviewer'>) => (e: FieldChange) =>
    setInput({ ...input, [field]: e.currentTarget.value });

  async function submit(event: Event) {
    event.preventDefault();
    if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) {
      setError(new Error('The period ends before it starts.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const review = await api.createReview(input);
      // Its reviewer starts with the uploads; otherwise the next step is to add the members.
      navigate(reviewPath(review.id, input.joinAsReviewer ? 'upload' : 'members'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel">
      <h2>New review</h2>
      <form class="form-grid" onSubmit={submit} aria-label="New review">
        <label>
          Reference
          <input
            required
            maxLength={100}
            value={input.reference}
            onInput={set('reference')}
            placeholder="CPR 3/2026"
            name="reference"
          />
        </label>
        <label class="span-2">
          Title
          <input
            required
            maxLength={300}
            value={input.title}
            onInput={set('title')}
            placeholder="Child A"
            name="title"
          />
        </label>
        <label>
          Period from
          <input
            required
            type="date"
            value={input.periodStart}
            onInput={set('periodStart')}
            name="periodStart"
          />
        </label>
        <label>
          Period to
          <input
            required
            type="date"
            value={input.periodEnd}
            onInput={set('periodEnd')}
            name="periodEnd"
          />
        </label>
        <label>
          Jurisdiction
          <select value={input.jurisdiction} onChange={set('jurisdiction')} name="jurisdiction">
            <option value="wales">Wales</option>
            <option value="england">England</option>
          </select>
        </label>
        <label class="span-2">
          Kind of review
          <select value={input.kind} onChange={set('kind')} name="kind">
            {REVIEW_KIND_CHOICES.map((choice) => (
              <option key={choice.kind} value={choice.kind}>
                {choice.label}
              </option>
            ))}
          </select>
          <span class="muted small">
            {REVIEW_KIND_CHOICES.find((choice) => choice.kind === input.kind)?.rules}
          </span>
        </label>
        <label class="check span-3">
          <input
            type="checkbox"
            name="joinAsReviewer"
            checked={input.joinAsReviewer}
            onChange={(e) => setInput({ ...input, joinAsReviewer: e.currentTarget.checked })}
          />
          I am this review’s reviewer (I may read and manage its case data). Otherwise add its
          reviewer on the Members tab next.
        </label>
        <div class="form-actions span-3">
          <button type="submit" class="button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create review'}
          </button>
          {error ? <ErrorNote error={error} /> : null}
        </div>
      </form>
    </section>
  );
}
