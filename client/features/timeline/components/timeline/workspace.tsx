import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import { ChronologyTable } from '../chronology-table/chronology-table';
import { FilterBar } from '../filters/filter-bar';
import { OverviewStrip } from '../overview-strip/overview-strip';
import { TimelineView, type PlanSummary, type TimelineController } from './timeline-view';
import { ErrorNote } from '../../../../shared/ui';
import { api, type ReviewDto } from '../../../../shared/api/api';
import { AGENCY_KINDS, agencyColours } from '../../../../shared/lib/agencies';
import { DEFAULT_SORT, type SortOrder } from '../../lib/chronology-sort';
import { DAY_MS, isoDateToMs, msToIsoDate } from '../../../../shared/lib/dates';
import {
  applyFilters,
  computeFacets,
  filtersToParams,
  parseFilters,
  usesNotes,
  type EventFilters,
} from '../../../../shared/lib/filters';
import { buildTimelineIndex } from '../../lib/level-of-detail';
import type { GapDto, GapSet, NotesResponse } from '../../../../shared/api/api-types';
import { EMPTY_NOTES, eventMarks, indexNotes, notedEventIds } from '../../../../shared/lib/notes';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import type { Abilities } from '../../../../shared/lib/roles';
import {
  orderLanes,
  parseViewState,
  timelineSearch,
  type TimelineViewState,
} from '../../lib/view-state';
import { replaceSearch } from '../../../../shared/router';
import { TimelineToolbar } from './timeline-toolbar';
import { SidePanel, type SideTab } from './side-panel';

const NO_GAPS: GapDto[] = [];

/**
 * The timeline workspace: filters, the overview strip, the toolbar, the lanes, the chronology
 * and the side panel, over one review's loaded events. The address holds its state.
 */
export interface WorkspaceProps {
  review: ReviewDto;
  events: EventDto[];
  submissions: NonNullable<Awaited<ReturnType<typeof api.listSubmissions>>>;
  /** The first pages of the review's flags, with counts of them all (api.listGaps). */
  gapSet: GapSet | null;
  gapsError: unknown;
  /** False for a submitter: no gap flags, no "flagged only", no gap list. */
  gapsAllowed: boolean;
  /** The review's notes and episodes; null while loading, or for a submitter. */
  notes: NotesResponse | null;
  notesError: unknown;
  onNotesChanged: () => void;
  can: Abilities;
  viewMode: ViewMode;
  search: string;
}

export function Workspace({
  review,
  events,
  submissions,
  gapSet,
  gapsError,
  gapsAllowed,
  notes,
  notesError,
  onNotesChanged,
  can,
  viewMode,
  search,
}: WorkspaceProps) {
  const gaps = gapSet?.gaps ?? null;
  const params = useMemo(() => new URLSearchParams(search), [search]);
  // "Flagged only" (or a theme, or key events only) from a link means nothing to a role without
  // gap flags (or notes): it is dropped.
  const allowedFilters = (source: URLSearchParams): EventFilters => {
    const parsed = parseFilters(source);
    return {
      ...parsed,
      flagged: gapsAllowed && parsed.flagged,
      theme: can.readNotes ? parsed.theme : [],
      annotated: can.readNotes && parsed.annotated,
    };
  };
  const filters = useMemo(() => allowedFilters(params), [params, gapsAllowed, can.readNotes]);
  const filterKey = filtersToParams(filters).toString();
  const view = useMemo(() => parseViewState(params), [params]);
  const [sideTab, setSideTab] = useState<SideTab>(view.event || !gapsAllowed ? 'details' : 'gaps');
  const [order, setOrder] = useState<SortOrder>(DEFAULT_SORT);
  const [plan, setPlan] = useState<PlanSummary | null>(null);
  const [selectedGap, setSelectedGap] = useState<GapDto | null>(null);
  const [flagLanes, setFlagLanes] = useState(true);
  const [episodeStart, setEpisodeStart] = useState<EventDto | null>(null);
  const controller = useRef<TimelineController | null>(null);
  const viewRef = useRef(view);
  viewRef.current = view;

  const colours = useMemo(
    () =>
      agencyColours([
        ...submissions.map((s) => ({ agency: s.agency, kind: s.agencyKind })),
        ...events.map((e) => ({ agency: e.agency, kind: e.agencyKind })),
      ]),
    [submissions, events],
  );
  const defaultLanes = useMemo(() => {
    const kinds = new Map(events.map((e) => [e.agency, e.agencyKind]));
    return [...kinds]
      .sort(
        ([a, ka], [b, kb]) =>
          AGENCY_KINDS.indexOf(ka) - AGENCY_KINDS.indexOf(kb) || a.localeCompare(b, 'en-GB'),
      )
      .map(([a]) => a);
  }, [events]);
  const laneOrder = useMemo(
    () => orderLanes(defaultLanes, view.laneOrder),
    [defaultLanes, view.laneOrder.join('\u0000')],
  );

  const flaggedIds = useMemo(() => {
    const ids = new Set<string>();
    for (const gap of gaps ?? []) {
      ids.add(gap.triggerEventId);
      if (gap.expectedEventId) ids.add(gap.expectedEventId);
    }
    return ids;
  }, [gaps]);
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
    () =>
      gaps
        ? gaps.filter(
            (g) =>
              filteredIds.has(g.triggerEventId) ||
              (g.expectedEventId !== null && filteredIds.has(g.expectedEventId)),
          )
        : null,
    [gaps, filteredIds],
  );
  const laneCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of filtered) counts.set(e.agency, (counts.get(e.agency) ?? 0) + 1);
    return counts;
  }, [filtered]);
  // While a filter is on, lanes it empties are folded away: filtering by one agency shows one lane.
  const filtering = filterKey !== '';
  const lanes = useMemo(
    () =>
      laneOrder.map((id) => {
        const count = laneCounts.get(id) ?? 0;
        return {
          id,
          colour: colours.get(id) ?? '#5b6472',
          count,
          hidden: view.hidden.includes(id) || (filtering && count === 0),
        };
      }),
    [laneOrder, colours, laneCounts, view.hidden.join('\u0000'), filtering],
  );

  const stripLanes = useMemo(() => lanes.filter((l) => !l.hidden).map((l) => l.id), [lanes]);

  const period = {
    from: isoDateToMs(review.periodStart),
    to: isoDateToMs(review.periodEnd) + DAY_MS,
  };
  const initialWindow = useMemo(
    () =>
      view.window
        ? { from: isoDateToMs(view.window.from), to: isoDateToMs(view.window.to) + DAY_MS }
        : { from: period.from - 7 * DAY_MS, to: period.to + 7 * DAY_MS },
    [],
  );
  const [windowMs, setWindowMs] = useState<{ from: number; to: number }>(initialWindow);
  const stripRange = useMemo(() => {
    let from = review.periodStart;
    let to = review.periodEnd;
    for (const e of events) {
      if (e.date.earliest < from) from = e.date.earliest;
      if ((e.endDate?.latest ?? e.date.latest) > to) to = e.endDate?.latest ?? e.date.latest;
    }
    return { from, to };
  }, [events, review.periodStart, review.periodEnd]);

  // Both read the address as it is now, not as it was at the last render: the filter bar
  // writes a search after a pause, and a timeline move in between must not put back the old
  // filters (or the old view) with its own change.
  const latest = () => new URLSearchParams(window.location.search);
  const setFilters = (next: EventFilters) =>
    replaceSearch(timelineSearch(next, parseViewState(latest())));
  const setView = (patch: Partial<TimelineViewState>) => {
    const now = latest();
    replaceSearch(timelineSearch(allowedFilters(now), { ...parseViewState(now), ...patch }));
  };
  const select = (id: string | null) => {
    setSelectedGap(null);
    setView({ event: id });
  };
  const open = (id: string) => {
    setSelectedGap(null);
    setView({ event: id });
    setSideTab('details');
  };
  const selectGap = (gap: GapDto) => {
    setSelectedGap(gap);
    setSideTab('gaps');
    const from = isoDateToMs(gap.start);
    const to = isoDateToMs(gap.end) + DAY_MS;
    const pad = Math.max((to - from) * 0.15, 3 * DAY_MS);
    controller.current?.setWindow(from - pad, to + pad);
    setView({ event: gap.triggerEventId });
  };

  const selected = view.event ? byId.get(view.event) : undefined;
  // A chosen gap highlights its flag and both of its events; otherwise the chosen event.
  const selectedIds = selectedGap
    ? [
        selectedGap.triggerEventId,
        ...(selectedGap.expectedEventId ? [selectedGap.expectedEventId] : []),
        `gap:${selectedGap.id}`,
      ]
    : view.event
      ? [view.event]
      : [];
  const submissionById = useMemo(() => new Map(submissions.map((s) => [s.id, s])), [submissions]);

  useEffect(() => {
    if (view.event && controller.current) controller.current.reveal(view.event);
  }, [view.event]);

  return (
    <main class="workspace">
      <FilterBar
        filters={filters}
        facets={facets}
        colours={colours}
        agencies={laneOrder}
        shown={filtered.length}
        total={events.length}
        gapsAvailable={gaps !== null}
        flaggedHidden={!gapsAllowed}
        themes={can.readNotes ? (notes?.themes ?? []) : null}
        onChange={setFilters}
      />
      {notesError ? (
        <ErrorNote error={notesError} title="The review’s notes could not be loaded." />
      ) : null}
      {review.myRole === 'submitter' ? (
        <p class="note role-note" role="status">
          You see {review.myAgency ?? 'your agency'}’s events only. The merged timeline of every
          agency, and its gap flags, are for the review’s reviewer and panel.
        </p>
      ) : null}
      <div class="workspace-body">
        <div class="workspace-main">
          <OverviewStrip
            events={filtered}
            lanes={stripLanes}
            filtered={filtering}
            scope={review.myRole === 'submitter' ? review.myAgency : null}
            colours={colours}
            range={stripRange}
            window={windowMs}
            onPickWeek={(from, to) =>
              controller.current?.setWindow(from - DAY_MS / 2, to + DAY_MS / 2)
            }
          />
          <TimelineToolbar
            review={review}
            can={can}
            filters={filters}
            filteredCount={filtered.length}
            controller={controller}
            period={period}
            windowMs={windowMs}
            plan={plan}
            gaps={gaps}
            flagLanes={flagLanes}
            setFlagLanes={setFlagLanes}
            laneOrder={laneOrder}
            view={view}
            colours={colours}
            setView={setView}
          />
          <TimelineView
            index={index}
            lanes={lanes}
            gaps={flagLanes ? shownGaps : NO_GAPS}
            flaggedIds={flaggedIds}
            marks={marks}
            selectedIds={selectedIds}
            initialWindow={initialWindow}
            period={period}
            controllerRef={controller}
            onSelect={select}
            onOpen={open}
            onSelectGap={(id) => {
              const gap = gaps?.find((g) => g.id === id);
              if (gap) selectGap(gap);
            }}
            onWindowChange={(from, to) => {
              setWindowMs({ from, to });
              const next = { from: msToIsoDate(from), to: msToIsoDate(to - 1) };
              const current = viewRef.current.window;
              if (!current || current.from !== next.from || current.to !== next.to)
                setView({ window: next });
            }}
            onPlan={setPlan}
          />
          <ChronologyTable
            events={filtered}
            colours={colours}
            flaggedIds={flaggedIds}
            marks={marks}
            selectedId={view.event}
            order={order}
            onOrder={setOrder}
            onSelect={open}
            onOpen={open}
          />
        </div>
        <SidePanel
          review={review}
          can={can}
          viewMode={viewMode}
          gapsAllowed={gapsAllowed}
          sideTab={sideTab}
          setSideTab={setSideTab}
          selected={selected}
          selectedGap={selectedGap}
          gaps={gaps}
          gapSet={gapSet}
          gapsError={gapsError}
          shownGaps={shownGaps}
          byId={byId}
          colours={colours}
          submissionById={submissionById}
          notes={notes}
          notesIndex={notesIndex}
          episodeStart={episodeStart}
          setEpisodeStart={setEpisodeStart}
          onNotesChanged={onNotesChanged}
          select={select}
          selectGap={selectGap}
        />
      </div>
    </main>
  );
}
