import { useState } from 'preact/hooks';
import { ErrorNote } from '../../../../shared/ui';
import { api, refreshSession, type ReviewDto } from '../../../../shared/api/api';
import { navigate } from '../../../../shared/router';
import { TypedConfirm } from '../typed-confirm';
import { useSubmit } from '../../../../shared/hooks/use-submit';

export function DeleteReview({ review }: { review: ReviewDto }) {
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === review.reference;

  const { busy, error, submit } = useSubmit(async () => {
    if (!matches) return;
    await api.deleteReview(review.id);
    navigate('/');
    void refreshSession();
  });

  return (
    <section class="panel panel-danger">
      <h2>Delete this review</h2>
      <p>
        Deletes the review and all of its case data for good: every agency’s uploads and events, its
        rules, links and members. The audit log keeps a record that it existed. This cannot be
        undone.
      </p>
      <form class="form-stack form-narrow" onSubmit={submit} aria-label="Delete the review">
        <TypedConfirm
          what="the review’s reference"
          expected={review.reference}
          name="confirmReference"
          value={typed}
          onInput={setTyped}
        />
        {error ? <ErrorNote error={error} /> : null}
        <div class="form-actions">
          <button type="submit" class="button button-danger" disabled={!matches || busy}>
            {busy ? 'Deleting…' : 'Delete the review and its case data'}
          </button>
        </div>
      </form>
    </section>
  );
}
