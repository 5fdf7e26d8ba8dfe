// The full record of the event on screen (the sequence holds only the feed's slim events), with the ones either side fetched ahead.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type EventWithRaw } from '../../../../shared/api/api';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import { RecordCache } from '../../lib/record-cache';

/**
 * Returns the record of `shownId` as the API gives it (null while on its way), and `lookup`
 * for another id's record once fetched (the chair's, for a follower browsing away).
 */
export function useFullRecord({
  reviewId,
  view,
  ids,
  shownId,
  alsoId,
  onError,
}: {
  reviewId: string;
  view: ViewMode;
  /** The sequence, for the events either side of the one on screen. */
  ids: readonly string[];
  shownId: string | null;
  /** Another record to have at hand (the chair's while a follower browses away). */
  alsoId: string | null;
  onError: (message: string) => void;
}): { shown: EventWithRaw | null; lookup: (id: string) => EventWithRaw | null } {
  const cache = useMemo(
    () => new RecordCache((id: string) => api.getEvent(reviewId, id, view)),
    [reviewId, view],
  );
  const [, setArrived] = useState(0);
  useEffect(() => {
    let live = true;
    const arrived = () => live && setArrived((n) => n + 1);
    if (shownId && !cache.get(shownId)) {
      cache.load(shownId).then(arrived, () => live && onError('That event could not be loaded.'));
    }
    if (alsoId && !cache.get(alsoId)) cache.load(alsoId).then(arrived, () => undefined);
    const at = shownId ? ids.indexOf(shownId) : -1;
    for (const id of at >= 0 ? [ids[at + 1], ids[at - 1]] : []) {
      if (id) cache.load(id).catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [cache, shownId, alsoId, ids]);
  return {
    shown: shownId ? (cache.get(shownId) ?? null) : null,
    lookup: (id) => cache.get(id) ?? null,
  };
}
