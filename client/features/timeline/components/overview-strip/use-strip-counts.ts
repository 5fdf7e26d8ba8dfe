// The overview strip's counts, asked of the server once per filters and measure.
import { useMemo } from 'preact/hooks';
import type { TimelineWeeks } from '../../../../../server/contract/feed';
import { useResource } from '../../../../shared/hooks/use-resource';
import { stripCounts, type StripMeasure, type WeeklyCounts } from '../../lib/weekly-counts';

/** Asks GET …/timeline/weeks with the filters' query and a measure (the review and view bound in). */
export type LoadWeeks = (query: URLSearchParams, measure: StripMeasure) => Promise<TimelineWeeks>;

/**
 * The server's per-week totals for the timeline's filters (`filterKey`, their query) and
 * `measure`, on the strip's `lanes`; null until the first answer, or when it failed. A request
 * goes out when the filters, the measure or `load` (the review, the view) change, not when the
 * lanes do. The last counts stay on screen while the next are on their way, and an answer to
 * filters changed since is dropped (useResource).
 */
export function useStripCounts(
  load: LoadWeeks,
  filterKey: string,
  measure: StripMeasure,
  lanes: readonly string[],
): WeeklyCounts | null {
  const [weeks] = useResource(
    () => load(new URLSearchParams(filterKey), measure),
    [load, filterKey, measure],
  );
  const answer = weeks.status === 'ready' ? weeks.data : null;
  return useMemo(() => (answer ? stripCounts(answer, lanes) : null), [answer, lanes]);
}
