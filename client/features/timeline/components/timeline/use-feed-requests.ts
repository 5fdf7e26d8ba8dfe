// The workspace's two requests beyond the feed, in the page's view mode: the server's filtering and the table's records.
import { useMemo } from 'preact/hooks';
import { filterOnServer, loadEventsById } from '../../../../shared/api/api';
import type { ViewMode } from '../../../../shared/lib/view-mode';

export function useFeedRequests(reviewId: string, view: ViewMode) {
  return useMemo(
    () => ({
      askServer: (query: URLSearchParams) => filterOnServer(reviewId, query, view),
      loadRecords: (ids: readonly string[]) => loadEventsById(reviewId, ids, view),
    }),
    [reviewId, view],
  );
}
