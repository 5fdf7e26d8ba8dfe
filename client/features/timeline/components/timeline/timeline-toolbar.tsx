import type { MutableRef } from 'preact/hooks';
import type { ReviewDto } from '../../../../shared/api/api';
import type { GapDto } from '../../../../shared/api/api-types';
import { formatCount, formatDay } from '../../../../shared/lib/dates';
import { filtersToParams, type EventFilters } from '../../../../shared/lib/filters';
import type { Abilities } from '../../../../shared/lib/roles';
import { reviewPath } from '../../../../shared/lib/routes';
import { moveLane, placeLane, type TimelineViewState } from '../../lib/view-state';
import { AnnexExport } from '../../../../shared/components/annex-export';
import { LaneMenu } from './lane-menu';
import type { PlanSummary, TimelineController } from './timeline-view';
import { TypeLegend } from './type-legend';

/** The workspace's toolbar: zoom, the window shown, gap flags on or off, present, the annex, lanes. */
export function TimelineToolbar({
  review,
  can,
  filters,
  filteredCount,
  controller,
  period,
  windowMs,
  plan,
  gaps,
  flagLanes,
  setFlagLanes,
  laneOrder,
  view,
  colours,
  setView,
}: {
  review: ReviewDto;
  can: Abilities;
  filters: EventFilters;
  filteredCount: number;
  controller: MutableRef<TimelineController | null>;
  period: { from: number; to: number };
  windowMs: { from: number; to: number };
  plan: PlanSummary | null;
  gaps: GapDto[] | null;
  flagLanes: boolean;
  setFlagLanes: (on: boolean) => void;
  laneOrder: string[];
  view: TimelineViewState;
  colours: Map<string, string>;
  setView: (patch: Partial<TimelineViewState>) => void;
}) {
  return (
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
            onChange={(e) => setFlagLanes(e.currentTarget.checked)}
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
        <AnnexExport reviewId={review.id} filters={filters} filteredCount={filteredCount} />
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
        onPlace={(lane, target, after) =>
          setView({ laneOrder: placeLane(laneOrder, lane, target, after) })
        }
      />
      <TypeLegend />
    </div>
  );
}
