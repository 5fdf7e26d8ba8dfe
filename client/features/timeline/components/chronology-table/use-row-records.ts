// The full records of the chronology's rows in view, fetched in pages once scrolling settles and kept per view mode.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import { rowPagesToFetch } from '../../lib/row-pages';

/** How long the rows in view must stay put before their records are asked for. */
const SETTLE_MS = 120;

/**
 * The timeline's feed has no free text; the table's Description and Outcome come from the full
 * records of the rows in view (and a page either side), fetched with `load` at once for the
 * first rows, then once the scroll has settled for SETTLE_MS, so a fast scroll through 50,000 rows asks for the pages it stops at,
 * not one per row it passes. Records are kept for the page's life, one cache per `cacheKey`
 * (the view mode: names and role labels are different texts).
 */
export function useRowRecords(
  rowIds: readonly string[],
  view: { first: number; last: number },
  load: (ids: readonly string[]) => Promise<EventDto[]>,
  cacheKey: string,
): ReadonlyMap<string, EventDto> {
  const caches = useRef(new Map<string, Map<string, EventDto>>());
  const pending = useRef(new Map<string, Set<string>>());
  const [, setVersion] = useState(0);
  // The first rows are asked for at once: there is no scroll to wait for yet, and waiting kept
  // the page from being ready (docs/benchmarks.md, "2026-12-06, 23:50").
  const asked = useRef(false);
  let cache = caches.current.get(cacheKey);
  if (!cache) caches.current.set(cacheKey, (cache = new Map()));

  useEffect(() => {
    const records = cache;
    let asking = pending.current.get(cacheKey);
    if (!asking) pending.current.set(cacheKey, (asking = new Set()));
    const inFlight = asking;
    const timer = setTimeout(
      () => {
        asked.current = true;
        const pages = rowPagesToFetch(rowIds, view, (id) => records.has(id) || inFlight.has(id));
        for (const ids of pages) {
          for (const id of ids) inFlight.add(id);
          load(ids).then(
            (found) => {
              for (const record of found) records.set(record.id, record);
              for (const id of ids) inFlight.delete(id);
              setVersion((v) => v + 1);
            },
            // A failed page keeps its labels; it is asked for again when scrolled back to.
            () => {
              for (const id of ids) inFlight.delete(id);
            },
          );
        }
      },
      asked.current ? SETTLE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [rowIds, view.first, view.last, cacheKey]);

  return cache;
}
