// The notices above the workspace: the notes could not be loaded, and what a submitter's timeline leaves out.
import type { ReviewDto } from '../../../../shared/api/api';
import { ErrorNote } from '../../../../shared/ui';

export function WorkspaceNotices({
  review,
  notesError,
  filterError = null,
}: {
  review: ReviewDto;
  notesError: unknown;
  /** The server could not filter (a search, or a large review): the last result stays. */
  filterError?: unknown;
}) {
  return (
    <>
      {filterError ? (
        <ErrorNote
          error={filterError}
          title="These filters could not be applied; the timeline shows the last result."
        />
      ) : null}
      {notesError ? (
        <ErrorNote error={notesError} title="The review’s notes could not be loaded." />
      ) : null}
      {review.myRole === 'submitter' ? (
        <p class="note role-note" role="status">
          You see {review.myAgency ?? 'your agency'}’s events only. The merged timeline of every
          agency, and its gap flags, are for the review’s reviewer and panel.
        </p>
      ) : null}
    </>
  );
}
