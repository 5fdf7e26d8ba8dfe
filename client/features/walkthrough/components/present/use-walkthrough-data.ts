// What a walk-through loads: the sequence's events and the key events (from the slim timeline feed: the stage fetches each full record), the review's notes and its gap flags (for roles that see them).
import type { TimelineEvent } from '../../../../../server/contract/feed';
import { api, loadTimelineFeed, type ReviewDto } from '../../../../shared/api/api';
import type { GapDto } from '../../../../shared/api/api-types';
import { useResource } from '../../../../shared/hooks/use-resource';
import type { EventFilters } from '../../../../shared/lib/filters';
import { EMPTY_NOTES } from '../../../../shared/lib/notes';
import type { Abilities } from '../../../../shared/lib/roles';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import { sequenceQuery } from '../../lib/walkthrough';

export function useWalkthroughData(
  review: ReviewDto,
  can: Abilities,
  view: ViewMode,
  filters: EventFilters,
) {
  const query = sequenceQuery(filters);
  const queryKey = query.toString();
  const [events] = useResource(
    () => loadTimelineFeed(review.id, { query, view }).then((feed) => feed.events),
    [review.id, queryKey, view],
  );
  // The records every episode starts and ends at, wherever the filter puts them.
  const [keyEvents] = useResource(
    () =>
      can.readNotes
        ? loadTimelineFeed(review.id, {
            query: new URLSearchParams({ annotated: 'true' }),
            view,
          }).then((feed) => feed.events)
        : Promise.resolve([] as TimelineEvent[]),
    [review.id, view, can.readNotes],
  );
  const [notes, reloadNotes] = useResource(
    () => (can.readNotes ? api.listNotes(review.id, view) : Promise.resolve(EMPTY_NOTES)),
    [review.id, view, can.readNotes],
  );
  const [gaps] = useResource(
    () =>
      can.seeGaps
        ? api.listGaps(review.id, view).then((set) => set.gaps)
        : Promise.resolve([] as GapDto[]),
    [review.id, view, can.seeGaps],
  );
  return { events, keyEvents, notes, reloadNotes, gaps };
}
