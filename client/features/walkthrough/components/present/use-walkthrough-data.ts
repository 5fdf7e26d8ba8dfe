// What a walk-through loads: the sequence's events, the key events, the review's notes and its gap flags (for roles that see them).
import type { EventDto } from '../../../../../server/contract/events';
import { api, loadAllEvents, type ReviewDto } from '../../../../shared/api/api';
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
    () => loadAllEvents(review.id, undefined, { query, view }),
    [review.id, queryKey, view],
  );
  // The records every episode starts and ends at, wherever the filter puts them.
  const [keyEvents] = useResource(
    () =>
      can.readNotes
        ? loadAllEvents(review.id, undefined, {
            query: new URLSearchParams({ annotated: 'true' }),
            view,
          })
        : Promise.resolve([] as EventDto[]),
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
