// The events the workspace's filters keep, with what is drawn on them: gap flags, note marks, facets, the gaps in view.
import { useMemo } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import type { GapDto, NotesResponse } from '../../../../shared/api/api-types';
import {
  applyFilters,
  computeFacets,
  usesNotes,
  type EventFilters,
} from '../../../../shared/lib/filters';
import { EMPTY_NOTES, eventMarks, indexNotes, notedEventIds } from '../../../../shared/lib/notes';
import { buildTimelineIndex } from '../../lib/level-of-detail';
import { gapEventIds, gapsTouching } from '../../lib/workspace-view';

export function useFilteredEvents({
  events,
  filters,
  filterKey,
  gaps,
  notes,
}: {
  events: EventDto[];
  filters: EventFilters;
  filterKey: string;
  /** The review's gap flags; null while loading, or for a role without them. */
  gaps: GapDto[] | null;
  notes: NotesResponse | null;
}) {
  const flaggedIds = useMemo(() => gapEventIds(gaps ?? []), [gaps]);
  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const notesIndex = useMemo(() => indexNotes(notes ?? EMPTY_NOTES, byId), [notes, byId]);
  const marks = useMemo(() => eventMarks(notesIndex), [notesIndex]);
  const themeKey = filters.theme.join('\u0000');
  // The events "key events only" and the theme filter keep; null until the notes are loaded.
  const notedIds = useMemo(
    () =>
      usesNotes(filters) && notes ? notedEventIds(notesIndex, notes, events, filters.theme) : null,
    [notesIndex, notes, events, themeKey, filters.annotated],
  );
  const filtered = useMemo(
    () => applyFilters(events, filters, gaps ? flaggedIds : null, notedIds),
    [events, filterKey, flaggedIds, notedIds],
  );
  const facets = useMemo(
    () => computeFacets(events, filters, gaps ? flaggedIds : null, notedIds),
    [events, filterKey, flaggedIds, notedIds],
  );
  const index = useMemo(() => buildTimelineIndex(filtered), [filtered]);
  const filteredIds = useMemo(() => new Set(filtered.map((e) => e.id)), [filtered]);
  const shownGaps = useMemo(
    () => (gaps ? gapsTouching(gaps, filteredIds) : null),
    [gaps, filteredIds],
  );
  return { byId, notesIndex, marks, flaggedIds, filtered, facets, index, shownGaps };
}
