// The full records of the chronology's rows in view, asked for in pages once scrolling settles.
import { useEffect, useRef } from 'preact/hooks';
import type { RecordStore } from '../../lib/record-store';
import { rowPagesToFetch } from '../../lib/row-pages';
import { useRecordsVersion } from '../timeline/use-record-store';

/** How long the rows in view must stay put before their records are asked for. */
const SETTLE_MS = 120;

/**
 * The timeline's feed has no free text; the table's Description and Outcome come from the full
 * records of the rows in view (and a page either side), asked of `store` at once for the first
 * rows, then once the scroll has settled for SETTLE_MS, so a fast scroll through 50,000 rows
 * asks for the pages it stops at, not one per row it passes. The table renders again as they
 * arrive.
 */
export function useRowRecords(
  rowIds: readonly string[],
  view: { first: number; last: number },
  store: RecordStore,
): RecordStore {
  useRecordsVersion(store);
  // The first rows are asked for at once: there is no scroll to wait for yet, and waiting kept
  // the page from being ready (docs/benchmarks.md, "2026-12-06, 23:50").
  const asked = useRef(false);
  useEffect(() => {
    const timer = setTimeout(
      () => {
        asked.current = true;
        store.fetch(rowPagesToFetch(rowIds, view, (id) => store.known(id)));
      },
      asked.current ? SETTLE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [rowIds, view.first, view.last, store]);
  return store;
}
