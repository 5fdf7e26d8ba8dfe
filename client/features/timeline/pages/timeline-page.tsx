import { ErrorNote } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import {
  api,
  isForbidden,
  isUnavailable,
  loadTimelineFeed,
  type ReviewDto,
} from '../../../shared/api/api';
import { useViewMode } from '../../../shared/lib/view-mode';
import type { Abilities } from '../../../shared/lib/roles';
import { reviewPath } from '../../../shared/lib/routes';
import { Workspace } from '../components/timeline/workspace';
import { useFirstDrawWait } from '../components/timeline/use-first-draw-wait';

export function TimelinePage({
  review,
  can,
  search,
}: {
  review: ReviewDto;
  can: Abilities;
  search: string;
}) {
  // Role labels unless a reviewer asked for names (the top bar's switch): the feed is reloaded
  // in the other view, since the labels and subjects read differently.
  const view = useViewMode(review.id, can.namedView);
  // The timeline's feed: every event without its free text, in one request (the table fetches
  // its rows' records, the detail its event's). bench:ui reads the two marks.
  const [events] = useResource(async () => {
    const { events: loaded } = await loadTimelineFeed(review.id, { view });
    performance.mark('tapestry:events-loaded');
    return loaded;
  }, [review.id, view]);
  // Each role asks only for what it may read: a panel member has no list of uploads (the
  // events carry their agency), a submitter no gap flags (they concern every agency).
  const [submissions] = useResource(
    () =>
      can.seeSubmissions
        ? api
            .listSubmissions(review.id)
            .catch((e: unknown) => (isForbidden(e) ? [] : Promise.reject(e)))
        : Promise.resolve([]),
    [review.id, can.seeSubmissions],
  );
  const [gapResource] = useResource(
    () =>
      can.seeGaps
        ? api
            .listGaps(review.id, view)
            .catch((e: unknown) => (isUnavailable(e) ? null : Promise.reject(e)))
        : Promise.resolve(null),
    [review.id, can.seeGaps, view],
  );
  // The review's notes and episodes: reviewers and panel members (a submitter has none).
  const [notesResource, reloadNotes] = useResource(
    () =>
      can.readNotes
        ? api
            .listNotes(review.id, view)
            .catch((e: unknown) => (isUnavailable(e) ? null : Promise.reject(e)))
        : Promise.resolve(null),
    [review.id, can.readNotes, view],
  );

  const mayDraw = useFirstDrawWait(
    events.status !== 'loading' && submissions.status !== 'loading',
    gapResource.status === 'loading' || notesResource.status === 'loading',
  );

  if (events.status === 'error')
    return (
      <main class="page">
        <ErrorNote error={events.error} title="The events could not be loaded." />
      </main>
    );
  if (events.status === 'loading' || submissions.status === 'loading' || !mayDraw) {
    return (
      <main class="page">
        <p class="muted" role="status">
          Loading the merged timeline…
        </p>
      </main>
    );
  }
  if (events.data.length === 0) {
    return (
      <main class="page">
        <p class="empty">
          {review.myRole === 'submitter'
            ? `${review.myAgency ?? 'Your agency'} has no events in this review yet.`
            : 'No agency has submitted a chronology yet.'}{' '}
          {can.upload ? (
            <>
              <a href={reviewPath(review.id, 'upload')}>Upload one</a> to see it on the timeline.
            </>
          ) : null}
        </p>
      </main>
    );
  }
  return (
    <Workspace
      review={review}
      events={events.data}
      submissions={submissions.data ?? []}
      gapSet={gapResource.status === 'ready' ? gapResource.data : null}
      gapsError={gapResource.status === 'error' ? gapResource.error : null}
      gapsAllowed={can.seeGaps}
      notes={notesResource.status === 'ready' ? notesResource.data : null}
      notesError={notesResource.status === 'error' ? notesResource.error : null}
      onNotesChanged={reloadNotes}
      can={can}
      viewMode={view}
      search={search}
    />
  );
}
