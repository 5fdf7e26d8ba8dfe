// The walk-through's address, kept in step so a reload or a copied link comes back to the same place, and the way back to the timeline.
import { useEffect } from 'preact/hooks';
import type { MeetingDto } from '../../../../shared/api/api-types';
import { filtersToParams, type EventFilters } from '../../../../shared/lib/filters';
import { reviewPath } from '../../../../shared/lib/routes';
import { navigate, replaceSearch } from '../../../../shared/router';
import { presentSearch } from '../../lib/walkthrough';
import type { Role } from './use-chair';

/** Returns `leave`: out of full screen and back to the timeline, on the event shown if it can. */
export function usePresentAddress({
  reviewId,
  role,
  meeting,
  filters,
  keyOnly,
  current,
  backTo,
}: {
  reviewId: string;
  role: Role;
  meeting: MeetingDto | null;
  filters: EventFilters;
  keyOnly: boolean;
  /** The event on a solo or chair's screen. */
  current: string | null;
  /** The event the timeline opens on when leaving; null for none. */
  backTo: string | null;
}): () => void {
  useEffect(() => {
    replaceSearch(
      presentSearch(
        role === 'follower' && meeting
          ? { meeting: meeting.id }
          : {
              filters: { ...filters, annotated: keyOnly },
              meeting: role === 'chair' ? (meeting?.id ?? null) : null,
              event: current,
            },
      ),
    );
  }, [current, keyOnly, role, meeting?.id]);

  return () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const back = filtersToParams({ ...filters, annotated: keyOnly });
    if (backTo) back.set('event', backTo);
    navigate(reviewPath(reviewId, 'timeline', back.toString()));
  };
}
