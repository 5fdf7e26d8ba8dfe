// Which of the chronology's rows need their full record fetched: pages of rows around the ones in view.

import { RECORD_PAGE_SIZE } from './record-store';

/**
 * The ids to fetch, one array per request, for rows `first`..`last` in view and `margin` rows
 * either side. Rows are taken in fixed pages (0–49, 50–99, …) so that a small scroll asks for
 * the same page again (and finds it cached) rather than a shifted one; the ids `known` says are
 * cached or on their way are left out, and a page with nothing left is not asked for.
 */
export function rowPagesToFetch(
  rowIds: readonly string[],
  view: { first: number; last: number },
  known: (id: string) => boolean,
  margin = RECORD_PAGE_SIZE,
  pageSize = RECORD_PAGE_SIZE,
): string[][] {
  if (rowIds.length === 0 || view.last < view.first) return [];
  const from = Math.floor(Math.max(0, view.first - margin) / pageSize);
  const to = Math.floor(Math.min(rowIds.length - 1, view.last + margin) / pageSize);
  const pages: string[][] = [];
  for (let page = from; page <= to; page++) {
    const ids = rowIds.slice(page * pageSize, (page + 1) * pageSize).filter((id) => !known(id));
    if (ids.length > 0) pages.push(ids);
  }
  return pages;
}
