// The full record of the event on screen (the sequence holds only the feed's slim events), with the ones either side fetched ahead.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import { api, type EventWithRaw, type ReviewDto } from '../../../../shared/api/api';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import { RecordCache } from '../../lib/record-cache';

/**
 * Returns the record of `shownId` as the API gives it (null while on its way), and `placed`:
 * an event as the strip places it, the sequence's slim event or else its record once fetched.
 */
export function useFullRecord({
  review,
  view,
  ids,
  byId,
  shownId,
  chairAway,
  onError,
}: {
  review: ReviewDto;
  view: ViewMode;
  /** The sequence, for the events either side of the one on screen. */
  ids: readonly string[];
  byId: ReadonlyMap<string, TimelineEvent>;
  shownId: string | null;
  /** The chair's event while a follower browses away: fetched if the sequence lacks it. */
  chairAway: string | null;
  onError: (message: string) => void;
}): { shown: EventWithRaw | null; placed: (id: string | null) => TimelineEvent | null } {
  const cache = useMemo(
    () => new RecordCache((id: string) => api.getEvent(review.id, id, view)),
    [review.id, view],
  );
  const alsoId = chairAway && !byId.has(chairAway) ? chairAway : null;
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
    placed: (id) => (id ? (byId.get(id) ?? cache.get(id) ?? null) : null),
  };
}
