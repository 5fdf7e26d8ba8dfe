// The workspace's requests beyond the feed, in the page's view mode: the server's filtering, the strip's counts and the table's records.
import { useMemo } from 'preact/hooks';
import { filterOnServer, loadEventsById, loadTimelineWeeks } from '../../../../shared/api/api';
import type { StripMeasure } from '../../lib/weekly-counts';
import type { ViewMode } from '../../../../shared/lib/view-mode';

export function useFeedRequests(reviewId: string, view: ViewMode) {
  return useMemo(
    () => ({
      askServer: (query: URLSearchParams) => filterOnServer(reviewId, query, view),
      loadWeeks: (query: URLSearchParams, measure: StripMeasure) =>
        loadTimelineWeeks(reviewId, query, measure, view),
      loadRecords: (ids: readonly string[]) => loadEventsById(reviewId, ids, view),
    }),
    [reviewId, view],
  );
}
