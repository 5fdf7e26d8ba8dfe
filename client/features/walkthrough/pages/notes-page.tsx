import { useMemo } from 'preact/hooks';
import { AnnexExport } from '../../../shared/components/annex-export';
import { NotesLists } from '../components/notes/notes-lists';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, loadAllEvents, type ReviewDto } from '../../../shared/api/api';
import { NO_FILTERS } from '../../../shared/lib/filters';
import type { Abilities } from '../../../shared/lib/roles';
import { reviewPath } from '../../../shared/lib/routes';
import { useViewMode } from '../../../shared/lib/view-mode';
import { presentSearch } from '../lib/walkthrough';

/**
 * Every note on the review's records and every key practice episode, in one list: notes still on
 * their record; notes whose record the agency re-uploaded with different content ("source
 * changed", to re-attach once read); and orphans, whose record is gone from the agency's current
 * chronology, listed apart with the record they were made on. Nothing is hidden.
 */
export function NotesPage({ review, can }: { review: ReviewDto; can: Abilities }) {
  const view = useViewMode(review.id, can.namedView);
  const [notes, reloadNotes] = useResource(() => api.listNotes(review.id, view), [review.id, view]);
  // The records the notes are on: the key events (a note, or an episode's end) are exactly them.
  const [events, reloadEvents] = useResource(
    () =>
      loadAllEvents(review.id, undefined, {
        query: new URLSearchParams({ annotated: 'true' }),
        view,
      }),
    [review.id, view],
  );
  const reload = () => {
    reloadNotes();
    reloadEvents();
  };
  const byId = useMemo(() => new Map((events.data ?? []).map((e) => [e.id, e])), [events.data]);

  return (
    <main class="page page-narrow notes-page">
      <div class="page-head">
        <div>
          <h1>Notes and key practice episodes</h1>
          <p class="lead">
            The review’s marks on the records: key events, missed opportunities, good practice and
            learning points, and the key practice episodes they make up.{' '}
            {can.annotate
              ? 'Mark a record, or start and end an episode, from its details on the timeline.'
              : 'The reviewer writes them; you read them here and in the walk-through.'}
          </p>
        </div>
        <div class="page-actions">
          {can.present ? (
            <a
              class="button"
              href={reviewPath(
                review.id,
                'present',
                presentSearch({ filters: { ...NO_FILTERS, annotated: true } }),
              )}
            >
              Walk through the key events
            </a>
          ) : null}
          {can.exportAnnex ? <AnnexExport reviewId={review.id} /> : null}
        </div>
      </div>
      {notes.status === 'error' ? (
        <ErrorNote error={notes.error} title="The notes could not be loaded." />
      ) : null}
      {events.status === 'error' ? (
        <ErrorNote error={events.error} title="The records could not be loaded." />
      ) : null}
      {notes.status === 'loading' || events.status === 'loading' ? <Loading /> : null}
      {notes.status === 'ready' && events.status === 'ready' ? (
        <NotesLists
          review={review}
          notes={notes.data}
          byId={byId}
          can={can}
          view={view}
          onChanged={reload}
        />
      ) : null}
    </main>
  );
}
