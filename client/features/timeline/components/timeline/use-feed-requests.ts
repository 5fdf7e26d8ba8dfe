// The workspace's requests beyond the feed, in the page's view mode: the server's filtering, the strip's counts and the full records (the table's rows, the timeline's tooltips).
import { useMemo } from 'preact/hooks';
import { filterOnServer, loadEventsById, loadTimelineWeeks } from '../../../../shared/api/api';
import type { StripMeasure } from '../../lib/weekly-counts';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import { useRecordStore } from './use-record-store';

export function useFeedRequests(reviewId: string, view: ViewMode) {
  const requests = useMemo(
    () => ({
      askServer: (query: URLSearchParams) => filterOnServer(reviewId, query, view),
      loadWeeks: (query: URLSearchParams, measure: StripMeasure) =>
        loadTimelineWeeks(reviewId, query, measure, view),
    }),
    [reviewId, view],
  );
  const records = useRecordStore(
    (ids) => loadEventsById(reviewId, ids, view),
    `${reviewId} ${view}`,
  );
  return { ...requests, records };
}
