// The workspace's state in the address: the filters the user's role may use, the view, and writing both back.
import { useMemo } from 'preact/hooks';
import { filtersToParams, type EventFilters } from '../../../../shared/lib/filters';
import { replaceSearch } from '../../../../shared/router';
import {
  allowedFilters,
  parseViewState,
  timelineSearch,
  type TimelineViewState,
} from '../../lib/view-state';

export function useTimelineAddress(
  search: string,
  may: { seeGaps: boolean; readNotes: boolean },
): {
  filters: EventFilters;
  /** The filters as a query string: '' when none is on. */
  filterKey: string;
  view: TimelineViewState;
  setFilters: (next: EventFilters) => void;
  setView: (patch: Partial<TimelineViewState>) => void;
} {
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const filters = useMemo(() => allowedFilters(params, may), [params, may.seeGaps, may.readNotes]);
  const filterKey = filtersToParams(filters).toString();
  const view = useMemo(() => parseViewState(params), [params]);

  // Both read the address as it is now, not as it was at the last render: the filter bar
  // writes a search after a pause, and a timeline move in between must not put back the old
  // filters (or the old view) with its own change.
  const latest = () => new URLSearchParams(window.location.search);
  const setFilters = (next: EventFilters) =>
    replaceSearch(timelineSearch(next, parseViewState(latest())));
  const setView = (patch: Partial<TimelineViewState>) => {
    const now = latest();
    replaceSearch(timelineSearch(allowedFilters(now, may), { ...parseViewState(now), ...patch }));
  };
  return { filters, filterKey, view, setFilters, setView };
}
