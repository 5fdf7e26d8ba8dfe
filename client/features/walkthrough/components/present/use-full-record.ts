// The full record of the event on screen (the sequence holds only the feed's slim events), with the ones either side fetched ahead.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import type { EventWithRaw } from '../../../../shared/api/api';
import { RecordCache } from '../../lib/record-cache';

/**
 * Returns the record of `shownId` as the API gives it (null while on its way), and `placed`:
 * an event as the strip places it, the sequence's slim event or else its record once fetched.
 * `load` asks the API for one record; a new `source` (another review, or the named view)
 * starts a new cache.
 */
export function useFullRecord({
  load,
  source,
  ids,
  byId,
  shownId,
  chairAway,
  onError,
}: {
  load: (id: string) => Promise<EventWithRaw>;
  source: string;
  /** The sequence, for the events either side of the one on screen. */
  ids: readonly string[];
  byId: ReadonlyMap<string, TimelineEvent>;
  shownId: string | null;
  /** The chair's event while a follower browses away: fetched if the sequence lacks it. */
  chairAway: string | null;
  onError: (message: string) => void;
}): { shown: EventWithRaw | null; placed: (id: string | null) => TimelineEvent | null } {
  const cache = useMemo(() => new RecordCache(load), [source]);
  const alsoId = chairAway && !byId.has(chairAway) ? chairAway : null;
  const shown = shownId ? (cache.get(shownId) ?? null) : null;
  const also = alsoId ? (cache.get(alsoId) ?? null) : null;
  const [, setArrived] = useState(0);
  useEffect(() => {
    let live = true;
    const arrived = () => live && setArrived((n) => n + 1);
    // Whether to wait for a record is decided by what this render drew, not by the cache now:
    // a record fetched ahead can land between the render and this effect (after the paint),
    // and only this render's lack of it says the screen still needs drawing again.
    if (shownId && !shown) {
      cache.load(shownId).then(arrived, () => live && onError('That event could not be loaded.'));
    }
    if (alsoId && !also) cache.load(alsoId).then(arrived, () => undefined);
    const at = shownId ? ids.indexOf(shownId) : -1;
    for (const id of at >= 0 ? [ids[at + 1], ids[at - 1]] : []) {
      if (id) cache.load(id).catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [cache, shownId, alsoId, ids, shown === null, also === null]);
  return {
    shown,
    placed: (id) => (id ? (byId.get(id) ?? cache.get(id) ?? null) : null),
  };
}
