import { useState } from 'preact/hooks';
import { ErrorNote } from '../../../../shared/ui';
import { api, refreshSession, type ReviewDto } from '../../../../shared/api/api';
import { navigate } from '../../../../shared/router';

export function DeleteReview({ review }: { review: ReviewDto }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const matches = typed.trim() === review.reference;

  async function remove(event: Event) {
    event.preventDefault();
    if (!matches) return;
    setBusy(true);
    setError(null);
    try {
      await api.deleteReview(review.id);
      navigate('/');
      void refreshSession();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section class="panel panel-danger">
      <h2>Delete this review</h2>
      <p>
        Deletes the review and all of its case data for good: every agency’s uploads and events, its
        rules, links and members. The audit log keeps a record that it existed. This cannot be
        undone.
      </p>
      <form class="form-stack form-narrow" onSubmit={remove} aria-label="Delete the review">
        <label>
          <span>
            Type the review’s reference, <strong class="quoted">{review.reference}</strong>, to
            confirm
          </span>
          <input
            name="confirmReference"
            autoComplete="off"
            spellcheck={false}
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </label>
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
