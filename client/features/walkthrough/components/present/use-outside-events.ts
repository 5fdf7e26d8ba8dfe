// Events outside the walk-through's sequence (the chair went where this list does not reach), fetched one at a time.
import { useEffect, useState } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import { api } from '../../../../shared/api/api';
import type { ViewMode } from '../../../../shared/lib/view-mode';

/** Returns `lookup`: an event of the sequence or one fetched here; null while it is on its way. */
export function useOutsideEvents({
  reviewId,
  view,
  shownId,
  byId,
  onError,
}: {
  reviewId: string;
  view: ViewMode;
  /** The event on screen, fetched if the sequence does not hold it. */
  shownId: string | null;
  byId: ReadonlyMap<string, EventDto>;
  onError: (message: string) => void;
}): (id: string) => EventDto | null {
  const [extra, setExtra] = useState<Map<string, EventDto>>(() => new Map());
  useEffect(() => {
    if (!shownId || byId.has(shownId) || extra.has(shownId)) return;
    let live = true;
    api.getEvent(reviewId, shownId, view).then(
      (event) => live && setExtra((m) => new Map(m).set(event.id, event)),
      () => live && onError('That event could not be loaded.'),
    );
    return () => {
      live = false;
    };
  }, [shownId, byId]);
  return (id) => byId.get(id) ?? extra.get(id) ?? null;
}
