import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EventDto } from '../../server/contract/events';
import { AnnexExport } from '../components/annex/annex-export';
import { ChronologyTable } from '../components/chronology-table/chronology-table';
import { EventDetail } from '../components/event-detail/event-detail';
import { FilterBar } from '../components/filters/filter-bar';
import { GapList } from '../components/gap-list/gap-list';
import { EventNotes } from '../components/notes/event-notes';
import { OverviewStrip } from '../components/overview-strip/overview-strip';
import { LaneMenu } from '../components/timeline/lane-menu';
import {
  TimelineView,
  type PlanSummary,
  type TimelineController,
} from '../components/timeline/timeline-view';
import { TypeLegend } from '../components/timeline/type-legend';
import { ErrorNote, ProgressBar } from '../components/ui';
import { useResource } from '../hooks/use-resource';
import { api, isForbidden, isUnavailable, loadAllEvents, type ReviewDto } from '../lib/api';
import { AGENCY_KINDS, agencyColours } from '../lib/agencies';
import { DEFAULT_SORT, type SortOrder } from '../lib/chronology-sort';
import { DAY_MS, formatCount, formatDay, isoDateToMs, msToIsoDate } from '../lib/dates';
import {
  applyFilters,
  computeFacets,
  filtersToParams,
  parseFilters,
  usesNotes,
  type EventFilters,
} from '../lib/filters';
import { buildTimelineIndex } from '../lib/level-of-detail';
import type { GapDto, GapSet, NotesResponse } from '../lib/api-types';
import { EMPTY_NOTES, episodesAt, eventMarks, indexNotes, notedEventIds } from '../lib/notes';
import { useViewMode, type ViewMode } from '../lib/view-mode';
import type { Abilities } from '../lib/roles';
import { reviewPath } from '../lib/routes';
import {
  moveLane,
  orderLanes,
  parseViewState,
  timelineSearch,
  type TimelineViewState,
} from '../lib/view-state';
import { replaceSearch } from '../router';

type SideTab = 'details' | 'gaps';

const NO_GAPS: GapDto[] = [];

export function TimelinePage({
  review,
  can,
  search,
}: {
  review: ReviewDto;
  can: Abilities;
  search: string;
}) {
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  // Role labels unless a reviewer asked for names (the top bar's switch).
  const view = useViewMode(review.id, can.namedView);
  const [events] = useResource(async () => {
    const loaded = await loadAllEvents(review.id, (l, t) => setProgress({ loaded: l, total: t }), {
      view,
    });
    performance.mark('tapestry:events-loaded');
    return loaded;
  }, [review.id, view]);
  // Each role asks only for what it may read: a panel member has no list of uploads (the
  // events carry their agency), a submitter no gap flags (they concern every agency).
  const [submissions] = useResource(
    () =>
      can.seeSubmissions
        ? api
            .listSubmissions(review.id)
            .catch((e: unknown) => (isForbidden(e) ? [] : Promise.reject(e)))
        : Promise.resolve([]),
    [review.id, can.seeSubmissions],
  );
  const [gapResource] = useResource(
    () =>
      can.seeGaps
        ? api
            .listGaps(review.id, view)
            .catch((e: unknown) => (isUnavailable(e) ? null : Promise.reject(e)))
        : Promise.resolve(null),
    [review.id, can.seeGaps, view],
  );
  // The review's notes and episodes: reviewers and panel members (a submitter has none).
  const [notesResource, reloadNotes] = useResource(
    () =>
      can.readNotes
        ? api
            .listNotes(review.id, view)
            .catch((e: unknown) => (isUnavailable(e) ? null : Promise.reject(e)))
        : Promise.resolve(null),
    [review.id, can.readNotes, view],
  );

  if (events.status === 'error')
    return (
      <main class="page">
        <ErrorNote error={events.error} title="The events could not be loaded." />
      </main>
    );
  if (events.status === 'loading' || submissions.status === 'loading') {
    return (
      <main class="page">
        {progress && progress.total > 0 ? (
          <ProgressBar
            fraction={progress.loaded / progress.total}
            label={`Loading ${progress.total.toLocaleString('en-GB')} events`}
          />
        ) : (
          <p class="muted" role="status">
            Loading the merged timeline…
          </p>
        )}
      </main>
    );
  }
  if (events.data.length === 0) {
    return (
      <main class="page">
        <p class="empty">
          {review.myRole === 'submitter'
            ? `${review.myAgency ?? 'Your agency'} has no events in this review yet.`
            : 'No agency has submitted a chronology yet.'}{' '}
          {can.upload ? (
            <>
              <a href={reviewPath(review.id, 'upload')}>Upload one</a> to see it on the timeline.
            </>
          ) : null}
        </p>
      </main>
    );
  }
  return (
    <Workspace
      review={review}
      events={events.data}
      submissions={submissions.data ?? []}
      gapSet={gapResource.status === 'ready' ? gapResource.data : null}
      gapsError={gapResource.status === 'error' ? gapResource.error : null}
      gapsAllowed={can.seeGaps}
      notes={notesResource.status === 'ready' ? notesResource.data : null}
      notesError={notesResource.status === 'error' ? notesResource.error : null}
      onNotesChanged={reloadNotes}
      can={can}
      viewMode={view}
      search={search}
    />
  );
}

interface WorkspaceProps {
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

function Workspace({
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
          <div class="toolbar" role="toolbar" aria-label="Timeline controls">
            <button
              type="button"
              class="button"
              onClick={() => controller.current?.zoom('in')}
              aria-label="Zoom in"
            >
              +
            </button>
            <button
              type="button"
              class="button"
              onClick={() => controller.current?.zoom('out')}
              aria-label="Zoom out"
            >
              −
            </button>
            <button type="button" class="button" onClick={() => controller.current?.fitAll()}>
              Fit all
            </button>
            <button
              type="button"
              class="button"
              onClick={() => controller.current?.setWindow(period.from, period.to)}
            >
              Review period
            </button>
            <span class="toolbar-status" role="status">
              {`${formatDay(windowMs.from)} – ${formatDay(windowMs.to - 1)}`}
              {plan ? ` · ${formatCount(plan.inView, 'event')} in view` : ''}
              {plan?.mode === 'aggregate' ? `, totals per ${plan.unit} (zoom in or click one)` : ''}
            </span>
            {gaps && gaps.length > 0 ? (
              <label class="filter-check">
                <input
                  type="checkbox"
                  checked={flagLanes}
                  onChange={(e) => setFlagLanes((e.currentTarget as HTMLInputElement).checked)}
                />
                Gap flags on the timeline
              </label>
            ) : null}
            {can.present ? (
              <a
                class="button"
                href={reviewPath(review.id, 'present', filtersToParams(filters).toString())}
                title="Walk through these events one at a time, in large type (for a panel meeting)"
                data-testid="present-link"
              >
                Present
              </a>
            ) : null}
            {can.exportAnnex ? (
              <AnnexExport reviewId={review.id} filters={filters} filteredCount={filtered.length} />
            ) : null}
            <LaneMenu
              lanes={laneOrder}
              hidden={view.hidden}
              colours={colours}
              onToggle={(lane) =>
                setView({
                  hidden: view.hidden.includes(lane)
                    ? view.hidden.filter((l) => l !== lane)
                    : [...view.hidden, lane],
                })
              }
              onMove={(lane, delta) => setView({ laneOrder: moveLane(laneOrder, lane, delta) })}
            />
            <TypeLegend />
          </div>
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
        <aside class="side" aria-label={gapsAllowed ? 'Details and gap flags' : 'Details'}>
          <div class="side-tabs" role="tablist">
            <button
              type="button"
              role="tab"
              aria-selected={sideTab === 'details'}
              class={sideTab === 'details' ? 'side-tab side-tab-on' : 'side-tab'}
              onClick={() => setSideTab('details')}
            >
              Details
            </button>
            {gapsAllowed ? (
              <button
                type="button"
                role="tab"
                aria-selected={sideTab === 'gaps'}
                class={sideTab === 'gaps' ? 'side-tab side-tab-on' : 'side-tab'}
                onClick={() => setSideTab('gaps')}
              >
                Gap flags{shownGaps ? ` (${shownGaps.length})` : ''}
              </button>
            ) : null}
          </div>
          <div class="side-body">
            {sideTab === 'details' ? (
              selected ? (
                <EventDetail
                  reviewId={review.id}
                  event={selected}
                  view={viewMode}
                  colour={colours.get(selected.agency)}
                  submission={submissionById.get(selected.submissionId)}
                  gaps={(gaps ?? []).filter(
                    (g) => g.triggerEventId === selected.id || g.expectedEventId === selected.id,
                  )}
                  onClose={() => select(null)}
                  onSelectGap={selectGap}
                >
                  {can.readNotes && notes ? (
                    <EventNotes
                      key={selected.id}
                      reviewId={review.id}
                      event={selected}
                      notes={notesIndex.byEvent.get(selected.id) ?? []}
                      episodes={episodesAt(notesIndex, selected)}
                      knownThemes={notes.themes}
                      canEdit={can.annotate}
                      episodeStart={episodeStart}
                      onStartEpisode={setEpisodeStart}
                      onChanged={onNotesChanged}
                    />
                  ) : null}
                </EventDetail>
              ) : (
                <p class="empty">
                  Select an event on the timeline or in the table to see every field and where it
                  came from. On the timeline, arrow keys step through events in time order and Enter
                  opens one.
                </p>
              )
            ) : gapsError ? (
              <ErrorNote error={gapsError} title="The gap flags could not be loaded." />
            ) : (
              <GapList
                gaps={shownGaps}
                total={gapSet?.total ?? 0}
                fetched={gaps?.length ?? 0}
                rules={gapSet?.rules ?? []}
                events={byId}
                selectedGapId={selectedGap?.id ?? null}
                onSelect={selectGap}
              />
            )}
          </div>
        </aside>
      </div>
    </main>
  );
}
