// The walk-through's sequence and what is drawn over it: the events shown (all, or key events only), notes, flags, lanes, colours, range.
import { useMemo } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import type { ReviewDto } from '../../../../shared/api/api';
import type { GapDto, NotesResponse } from '../../../../shared/api/api-types';
import { agencyColours } from '../../../../shared/lib/agencies';
import type { EventFilters } from '../../../../shared/lib/filters';
import { eventMarks, indexNotes } from '../../../../shared/lib/notes';
import { flaggedEventIds, gapsIn, laneOrder, stripRange } from '../../lib/walkthrough';

export function useSequence({
  review,
  filters,
  events,
  keyEvents,
  notes,
  gaps,
  keyOnly,
}: {
  review: ReviewDto;
  filters: EventFilters;
  events: TimelineEvent[];
  /** The records every episode starts and ends at, wherever the filter puts them. */
  keyEvents: TimelineEvent[];
  notes: NotesResponse;
  gaps: GapDto[];
  keyOnly: boolean;
}) {
  const byId = useMemo(() => {
    const map = new Map(keyEvents.map((e) => [e.id, e]));
    for (const e of events) map.set(e.id, e);
    return map;
  }, [events, keyEvents]);
  const notesIndex = useMemo(() => indexNotes(notes, byId), [notes, byId]);
  const marks = useMemo(() => eventMarks(notesIndex), [notesIndex]);
  const baseIds = useMemo(() => events.map((e) => e.id), [events]);
  const shownEvents = useMemo(
    () => (keyOnly ? events.filter((e) => notesIndex.keyIds.has(e.id)) : events),
    [events, keyOnly, notesIndex],
  );
  const ids = useMemo(() => shownEvents.map((e) => e.id), [shownEvents]);
  const idSet = useMemo(() => new Set(baseIds), [baseIds]);
  const flagged = useMemo(() => flaggedEventIds(gaps), [gaps]);
  const stripGaps = useMemo(() => gapsIn(gaps, idSet), [gaps, idSet]);
  const lanes = useMemo(() => laneOrder(events), [events]);
  const colours = useMemo(
    () => agencyColours(events.map((e) => ({ agency: e.agency, kind: e.agencyKind }))),
    [events],
  );
  const range = useMemo(
    () => stripRange(events, { from: review.periodStart, to: review.periodEnd }, filters),
    [events, review.periodStart, review.periodEnd, filters.from, filters.to],
  );
  return {
    byId,
    notesIndex,
    marks,
    baseIds,
    shownEvents,
    ids,
    flagged,
    stripGaps,
    lanes,
    colours,
    range,
  };
}
