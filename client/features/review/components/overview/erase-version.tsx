import { useState } from 'preact/hooks';
import { ErrorNote } from '../../../../shared/ui';
import { api, type SubmissionDto } from '../../../../shared/api/api';
import { TypedConfirm } from '../typed-confirm';
import { useSubmit } from '../../../../shared/hooks/use-submit';
import { formatCount } from '../../../../shared/lib/dates';

/**
 * An administrator's "Erase this version": for a file shared by mistake, short of deleting the
 * review. Says what goes and what is kept, and asks for the agency's name typed to confirm, as
 * deleting a review asks for its reference.
 */
export function EraseVersion({
  reviewId,
  submission,
  onErased,
  onCancel,
}: {
  reviewId: string;
  submission: SubmissionDto;
  onErased: () => void;
  onCancel: () => void;
}) {
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === submission.agency;
  const { busy, error, submit } = useSubmit(async () => {
    if (!matches || !submission.id) return;
    await api.eraseSubmission(reviewId, submission.id);
    onErased();
  });
  return (
    <form
      class="form-stack panel-danger erase-version"
      onSubmit={submit}
      aria-label={`Erase version ${submission.version} of ${submission.agency}`}
    >
      <p>
        Erases version {submission.version} of {submission.agency}’s chronology for good: its{' '}
        {formatCount(submission.eventCount, 'event')}, their cells as uploaded and their search
        entries, and links to them.{' '}
        {submission.current
          ? 'The version before it, if there is one, becomes current again. '
          : ''}
        Notes and episodes on its records keep their own words but are no longer tied to a record.
        The audit log keeps one line saying a version was erased, with counts and no content. This
        cannot be undone.
      </p>
      <TypedConfirm
        what="the agency’s name"
        expected={submission.agency}
        name="confirmAgency"
        value={typed}
        onInput={setTyped}
      />
      {error ? <ErrorNote error={error} /> : null}
      <div class="form-actions">
        <button type="submit" class="button button-danger" disabled={!matches || busy}>
          {busy ? 'Erasing…' : `Erase version ${submission.version}`}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
