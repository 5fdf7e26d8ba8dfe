// The events the workspace's filters keep, with what is drawn on them: gap flags, note marks, facets, the gaps in view.
import { useMemo } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import type { GapDto, NotesResponse } from '../../../../shared/api/api-types';
import {
  applyFilters,
  computeFacets,
  usesNotes,
  type EventFilters,
} from '../../../../shared/lib/filters';
import { EMPTY_NOTES, eventMarks, indexNotes, notedEventIds } from '../../../../shared/lib/notes';
import { BROWSER_FILTER_LIMIT, filterMode } from '../../lib/filter-mode';
import { buildTimelineIndex } from '../../lib/level-of-detail';
import { gapEventIds, gapsTouching } from '../../lib/workspace-view';
import { useServerFilter, type ServerFilterAnswer } from './use-server-filter';

/**
 * In the browser over the loaded feed for a review of up to BROWSER_FILTER_LIMIT events and no
 * search text; otherwise the server's answer (`askServer`), mapped back to the loaded events.
 * Until the server's first answer, the browser's own filters (without the search text) stand
 * in on a review small enough for them, so the page never shows less than it will.
 */
export function useFilteredEvents({
  events,
  filters,
  filterKey,
  gaps,
  notes,
  askServer,
}: {
  events: TimelineEvent[];
  filters: EventFilters;
  filterKey: string;
  /** The review's gap flags; null while loading, or for a role without them. */
  gaps: GapDto[] | null;
  notes: NotesResponse | null;
  askServer: (query: URLSearchParams) => Promise<ServerFilterAnswer>;
}) {
  const flaggedIds = useMemo(() => gapEventIds(gaps ?? []), [gaps]);
  const byId = useMemo(() => {
    // A loop, not `new Map(events.map(…))`: no pair array per event (at 50,000 events the
    // pairs cost half the map's time on a page's first, unoptimised run).
    const map = new Map<string, TimelineEvent>();
    for (const event of events) map.set(event.id, event);
    return map;
  }, [events]);
  const notesIndex = useMemo(() => indexNotes(notes ?? EMPTY_NOTES, byId), [notes, byId]);
  const marks = useMemo(() => eventMarks(notesIndex), [notesIndex]);
  const mode = filterMode(filters, events.length);
  const server = useServerFilter(mode, filterKey, byId, askServer);
  // The browser filters when it is its turn, and stands in until the server's first answer.
  const inBrowser =
    mode === 'browser' || (server.result === null && events.length <= BROWSER_FILTER_LIMIT);
  const themeKey = filters.theme.join('\u0000');
  // The events "key events only" and the theme filter keep; null until the notes are loaded.
  const notedIds = useMemo(
    () =>
      inBrowser && usesNotes(filters) && notes
        ? notedEventIds(notesIndex, notes, events, filters.theme)
        : null,
    [inBrowser, notesIndex, notes, events, themeKey, filters.annotated],
  );
  // No filter on (an empty query): every event, the same list, not a copy of it.
  const browserFiltered = useMemo(
    () =>
      inBrowser && filterKey !== ''
        ? applyFilters(events, filters, gaps ? flaggedIds : null, notedIds)
        : events,
    [inBrowser, events, filterKey, flaggedIds, notedIds],
  );
  const browserFacets = useMemo(
    () => (inBrowser ? computeFacets(events, filters, gaps ? flaggedIds : null, notedIds) : null),
    [inBrowser, events, filterKey, flaggedIds, notedIds],
  );
  const filtered = server.result?.events ?? browserFiltered;
  const facets = server.result?.facets ?? browserFacets ?? computeFacets([], filters);
  const index = useMemo(() => buildTimelineIndex(filtered), [filtered]);
  // Every event kept: the map of them all answers which ids are kept, with no set made again.
  const filteredIds = useMemo(
    () => (filtered === events ? byId : new Set(filtered.map((e) => e.id))),
    [filtered, events, byId],
  );
  const shownGaps = useMemo(
    () => (gaps ? gapsTouching(gaps, filteredIds) : null),
    [gaps, filteredIds],
  );
  return {
    byId,
    notesIndex,
    marks,
    flaggedIds,
    filtered,
    facets,
    index,
    shownGaps,
    mode,
    filtering: server.pending,
    filterError: server.error,
  };
}
