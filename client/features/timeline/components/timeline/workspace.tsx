import { useMemo, useRef, useState } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import { ChronologyTable } from '../chronology-table/chronology-table';
import { FilterBar } from '../filters/filter-bar';
import { OverviewStrip } from '../overview-strip/overview-strip';
import { TimelineView, type PlanSummary, type TimelineController } from './timeline-view';
import { api, type ReviewDto } from '../../../../shared/api/api';
import { DEFAULT_SORT, type SortOrder } from '../../lib/chronology-sort';
import { DAY_MS } from '../../../../shared/lib/dates';
import type { GapDto, GapSet, NotesResponse } from '../../../../shared/api/api-types';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import type { Abilities } from '../../../../shared/lib/roles';
import { periodMs } from '../../lib/workspace-view';
import { TimelineToolbar } from './timeline-toolbar';
import { SidePanel } from './side-panel';
import { useFeedRequests } from './use-feed-requests';
import { useFilteredEvents } from './use-filtered-events';
import { useLanes } from './use-lanes';
import { useSelection } from './use-selection';
import { useTimelineAddress } from './use-timeline-address';
import { useTimelineWindow } from './use-timeline-window';
import { WorkspaceNotices } from './workspace-notices';
import { AfterFirstPaint } from './after-first-paint';

const NO_GAPS: GapDto[] = [];

/**
 * The timeline workspace: filters, the overview strip, the toolbar, the lanes, the chronology
 * and the side panel, over one review's loaded events. The address holds its state.
 */
export interface WorkspaceProps {
  review: ReviewDto;
  events: TimelineEvent[];
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

export function Workspace(props: WorkspaceProps) {
  const { review, events, submissions, gapSet, gapsError, gapsAllowed, notes, can } = props;
  const gaps = gapSet?.gaps ?? null;
  const { filters, filterKey, view, setFilters, setView } = useTimelineAddress(props.search, {
    seeGaps: gapsAllowed,
    readNotes: can.readNotes,
  });
  const [order, setOrder] = useState<SortOrder>(DEFAULT_SORT);
  const [plan, setPlan] = useState<PlanSummary | null>(null);
  const [flagLanes, setFlagLanes] = useState(true);
  const [episodeStart, setEpisodeStart] = useState<TimelineEvent | null>(null);
  const controller = useRef<TimelineController | null>(null);

  const { askServer, loadWeeks, records } = useFeedRequests(review.id, props.viewMode);
  const { byId, notesIndex, marks, flaggedIds, filtered, facets, index, shownGaps, ...asked } =
    useFilteredEvents({ events, filters, filterKey, gaps, notes, askServer });
  const filtering = filterKey !== '';
  const { colours, laneOrder, lanes, stripLanes } = useLanes({
    submissions,
    events,
    filtered,
    filtering,
    view,
  });
  const { sideTab, setSideTab, selectedGap, selectedIds, select, open, selectGap } = useSelection({
    view,
    setView,
    gapsAllowed,
    controller,
  });

  const period = periodMs(review.periodStart, review.periodEnd);
  const { initialWindow, windowMs, onWindowChange } = useTimelineWindow({ view, setView, period });
  const selected = view.event ? byId.get(view.event) : undefined;
  const submissionById = useMemo(() => new Map(submissions.map((s) => [s.id, s])), [submissions]);

  return (
    <main class="workspace">
      <FilterBar
        filters={filters}
        facets={facets}
        colours={colours}
        agencies={laneOrder}
        shown={filtered.length}
        total={events.length}
        pending={asked.filtering}
        gapsAvailable={gaps !== null}
        flaggedHidden={!gapsAllowed}
        themes={can.readNotes ? (notes?.themes ?? []) : null}
        onChange={setFilters}
      />
      <WorkspaceNotices
        review={review}
        notesError={props.notesError}
        filterError={asked.filterError}
      />
      <div class="workspace-body">
        <div class="workspace-main">
          <OverviewStrip
            loadWeeks={loadWeeks}
            filterKey={filterKey}
            lanes={stripLanes}
            filtered={filtering}
            scope={review.myRole === 'submitter' ? review.myAgency : null}
            colours={colours}
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
            onWindowChange={onWindowChange}
            onPlan={setPlan}
            records={records}
          />
          <AfterFirstPaint placeholderClass="chronology">
            {() => (
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
                records={records}
              />
            )}
          </AfterFirstPaint>
        </div>
        <SidePanel
          review={review}
          can={can}
          viewMode={props.viewMode}
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
          onNotesChanged={props.onNotesChanged}
          select={select}
          selectGap={selectGap}
        />
      </div>
    </main>
  );
}
