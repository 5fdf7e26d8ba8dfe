import moment from 'moment';

import type { MutableRef } from 'preact/hooks';

import { useEffect, useRef } from 'preact/hooks';

import { DataSet } from 'vis-data/peer';

import { Timeline, type DataGroup, type TimelineOptions } from 'vis-timeline/peer';
import { stepSelection } from '../../lib/chronology-sort';

import { DAY_MS } from '../../../../shared/lib/dates';
import {
  planTimeline,
  type IndexedEvent,
  type TimelineIndex,
  type TimelinePlan,
} from '../../lib/level-of-detail';

import type { GapDto } from '../../../../shared/api/api-types';

import { buildGapIndex, planGaps, type IndexedGap } from '../../lib/gap-detail';

import type { Index } from '../../lib/level-of-detail';

import {
  bucketToItem,
  eventToItem,
  gapBucketToItem,
  gapLaneId,
  gapToItem,
  outsidePeriodItems,
  type ItemMark,
  type TimelineItemSpec,
} from '../../../../shared/lib/timeline-items';

import { laneLabel } from './item-dom';

import { applySpecs, gapRules, type Item } from './timeline-data';

export interface Lane {
  id: string;
  colour: string;
  count: number;
  hidden: boolean;
}

export interface TimelineController {
  setWindow(from: number, to: number): void;
  zoom(direction: 'in' | 'out'): void;
  /** Shows every event of the index (not just what the timeline holds now). */
  fitAll(): void;
  /** Brings an event into view, zooming in if the window is too busy to show it. */
  reveal(id: string): void;
  focus(): void;
}

export interface PlanSummary {
  mode: TimelinePlan['mode'];
  unit: string | null;
  inView: number;
}

interface Props {
  index: TimelineIndex;
  lanes: readonly Lane[];
  gaps: readonly GapDto[] | null;
  flaggedIds: ReadonlySet<string>;
  /** Review notes on events: a marker class and a tooltip line (shared/lib/notes.ts `eventMarks`). */
  marks?: ReadonlyMap<string, ItemMark>;
  selectedIds: readonly string[];
  initialWindow: { from: number; to: number };
  period: { from: number; to: number };
  controllerRef: MutableRef<TimelineController | null>;
  onSelect: (id: string | null) => void;
  onOpen: (id: string) => void;
  onSelectGap: (gapId: string) => void;
  onWindowChange: (from: number, to: number) => void;
  onPlan: (plan: PlanSummary) => void;
  /** Most events the timeline draws one by one; above it, it draws per-lane totals. */
  maxItems?: number;
}

const MAX_ITEMS = 350;

/**
 * The merged timeline: wraps vis-timeline the way an imperative widget should be wrapped. It is
 * created once, fed through its own DataSets and options as props change, destroyed on unmount,
 * and it reports selection and window changes through callbacks. What it holds is decided by
 * features/timeline/lib/level-of-detail.ts (events when few are in view, per-lane totals otherwise).
 */
export function TimelineView(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const state = useRef<{
    timeline: Timeline;
    items: DataSet<Item, 'id'>;
    groups: DataSet<DataGroup, 'id'>;
    mode: TimelinePlan['mode'] | null;
    byId: Map<string, IndexedEvent>;
    gapIndex: Index<IndexedGap>;
    ruleNames: Map<string, string>;
    replan: () => void;
  } | null>(null);

  useEffect(() => {
    const element = container.current as HTMLDivElement;
    const items = new DataSet<Item, 'id'>();
    const groups = new DataSet<DataGroup, 'id'>();
    const { from, to } = latest.current.initialWindow;
    const options: TimelineOptions = {
      start: from,
      end: to,
      height: '100%',
      // Without an explicit `rtl`, vis-timeline hides itself until its first range change.
      rtl: false,
      stack: true,
      orientation: { axis: 'top', item: 'top' },
      groupOrder: 'order',
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      verticalScroll: true,
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      zoomMin: 6 * 60 * 60 * 1000,
      zoomMax: 30 * 365 * DAY_MS,
      margin: { axis: 4, item: { horizontal: 4, vertical: 3 } },
      tooltip: { followMouse: false, overflowMethod: 'cap', delay: 250 },
      // Calendar dates are stored at UTC midnight (shared/lib/dates.ts): draw the axis in UTC too.
      moment: (date: moment.MomentInput) => moment(date).utc(),
      format: {
        minorLabels: { day: 'D', weekday: 'ddd D', month: 'MMM', week: 'D MMM' },
        majorLabels: { day: 'MMMM YYYY', weekday: 'MMMM YYYY', hour: 'ddd D MMMM' },
      },
    };
    const timeline = new Timeline(element, items, groups, options);
    const s = {
      timeline,
      items,
      groups,
      mode: null as TimelinePlan['mode'] | null,
      byId: new Map<string, IndexedEvent>(),
      gapIndex: buildGapIndex([]),
      ruleNames: new Map<string, string>(),
      replan: () => replan(s),
    };
    state.current = s;

    timeline.on('select', (properties: { items: (string | number)[] }) => {
      const id = properties.items[0];
      const p = latest.current;
      if (id === undefined) return p.onSelect(null);
      const key = String(id);
      if (key.startsWith('agg:') || key.startsWith('gapagg:')) {
        const item = items.get(key);
        if (item) timeline.setWindow(Number(item.start), Number(item.end ?? item.start));
        timeline.setSelection([]);
        return;
      }
      if (key.startsWith('gap:')) return p.onSelectGap(key.slice(4));
      p.onSelect(key);
      p.onOpen(key);
    });
    let overlayGone = false;
    timeline.on('rangechanged', (properties: { start: Date; end: Date }) => {
      s.replan();
      if (!overlayGone) {
        // The overlay goes on the first redraw after a range change: ask for one if the new
        // plan did not already cause it.
        overlayGone = true;
        if (element.querySelector('.vis-loading-screen')) timeline.redraw();
      }
      latest.current.onWindowChange(properties.start.getTime(), properties.end.getTime());
    });
    // vis-timeline keeps a transparent "loading" overlay (which swallows every click) until it
    // has seen a range change; when the window we ask for is the one it starts with, none
    // comes. Nudging the window by a millisecond makes one; its initial fit then sets it back.
    timeline.setWindow(from - 1, to, { animation: false });
    let firstDraw = true;
    timeline.on('changed', () => {
      if (firstDraw && items.length > 0) {
        firstDraw = false;
        performance.mark('tapestry:timeline-drawn');
      }
    });

    latest.current.controllerRef.current = {
      setWindow: (a, b) => timeline.setWindow(a, b, { animation: false }),
      zoom: (direction) => (direction === 'in' ? timeline.zoomIn(0.5) : timeline.zoomOut(0.5)),
      fitAll: () => {
        const entries = latest.current.index.entries;
        if (entries.length === 0) return;
        let lo = Infinity;
        let hi = -Infinity;
        for (const e of entries) {
          lo = Math.min(lo, e.start);
          hi = Math.max(hi, e.end);
        }
        const pad = Math.max((hi - lo) * 0.02, DAY_MS);
        timeline.setWindow(lo - pad, hi + pad, { animation: false });
      },
      reveal: (id) => reveal(s, id),
      focus: () => element.focus(),
    };
    return () => {
      latest.current.controllerRef.current = null;
      timeline.destroy();
      state.current = null;
    };
  }, []);

  // Lanes: order, visibility, labels.
  useEffect(() => {
    const s = state.current;
    if (!s) return;
    const wanted: DataGroup[] = [];
    gapRules(props.gaps ?? []).forEach((rule, i) =>
      wanted.push({
        id: gapLaneId(rule.ruleId),
        content: laneLabel(rule.ruleName, '', rule.count, 'gap'),
        className: 'lane-gaps',
        order: i - 1000,
        // One row per rule: its flags overlap rather than stack (see shared/lib/timeline-items.ts).
        subgroupStack: { flags: false, none: true },
      } as DataGroup),
    );
    props.lanes.forEach((lane, i) =>
      wanted.push({
        id: lane.id,
        content: laneLabel(lane.id, lane.colour, lane.count),
        className: 'lane',
        visible: !lane.hidden,
        order: i,
      } as DataGroup),
    );
    const ids = new Set(wanted.map((g) => g.id));
    s.groups.remove(s.groups.getIds().filter((id) => !ids.has(id)));
    s.groups.update(wanted);
    s.gapIndex = buildGapIndex(props.gaps ?? []);
    s.ruleNames = new Map((props.gaps ?? []).map((g) => [gapLaneId(g.ruleId), g.ruleName]));
    s.replan();
  }, [props.lanes, props.gaps]);

  // What to draw: recomputed when the events, lanes, gaps or flags change.
  useEffect(() => {
    const s = state.current;
    if (!s) return;
    s.byId = new Map(props.index.entries.map((e) => [e.id, e]));
    s.replan();
  }, [props.index, props.flaggedIds, props.gaps, props.marks]);

  useEffect(() => {
    const s = state.current;
    if (!s) return;
    s.timeline.setSelection(props.selectedIds.filter((id) => s.items.get(id) !== null));
  }, [props.selectedIds]);

  function replan(s: NonNullable<typeof state.current>) {
    const p = latest.current;
    const window = s.timeline.getWindow();
    const center = container.current?.querySelector('.vis-panel.vis-center');
    const visible = new Set(p.lanes.filter((l) => !l.hidden).map((l) => l.id));
    const plan = planTimeline(p.index, {
      from: window.start.getTime(),
      to: window.end.getTime(),
      widthPx: center?.clientWidth ?? 800,
      lanes: visible,
      maxItems: p.maxItems ?? MAX_ITEMS,
    });
    const specs: TimelineItemSpec[] =
      plan.mode === 'events'
        ? plan.entries.map((e) =>
            eventToItem(e.event, p.flaggedIds.has(e.id), p.marks?.get(e.id) ?? null),
          )
        : plan.buckets.map((b) => bucketToItem(b, plan.unit));
    const gapPlan = planGaps(s.gapIndex, {
      from: window.start.getTime(),
      to: window.end.getTime(),
      widthPx: center?.clientWidth ?? 800,
    });
    for (const flag of gapPlan.flags) specs.push(gapToItem(flag.gap));
    for (const bucket of gapPlan.buckets) {
      specs.push(gapBucketToItem(bucket, gapPlan.unit, s.ruleNames.get(bucket.lane) ?? ''));
    }
    specs.push(...outsidePeriodItems(p.period));
    if (s.mode !== plan.mode) {
      // Totals never overlap within a lane, so they need no stacking (which is the slow part).
      s.timeline.setOptions({ stack: plan.mode === 'events' });
      s.mode = plan.mode;
    }
    applySpecs(s.items, specs);
    s.timeline.setSelection(p.selectedIds.filter((id) => s.items.get(id) !== null));
    p.onPlan({
      mode: plan.mode,
      unit: plan.mode === 'aggregate' ? plan.unit : null,
      inView: plan.inView,
    });
  }

  function reveal(s: NonNullable<typeof state.current>, id: string) {
    const entry = s.byId.get(id);
    if (!entry) return;
    const window = s.timeline.getWindow();
    const from = window.start.getTime();
    const to = window.end.getTime();
    const inside = entry.start >= from && entry.end <= to;
    if (s.mode === 'events' && inside) return;
    if (s.mode === 'events') {
      s.timeline.moveTo(entry.start, { animation: false });
      return;
    }
    // Too busy to show single events here: zoom to a fortnight around it.
    const mid = (entry.start + entry.end) / 2;
    const half = Math.max(7 * DAY_MS, (entry.end - entry.start) * 0.75);
    s.timeline.setWindow(mid - half, mid + half, { animation: false });
  }

  function onKeyDown(event: KeyboardEvent) {
    const p = latest.current;
    const keys: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
      ArrowRight: 'next',
      ArrowDown: 'next',
      ArrowLeft: 'previous',
      ArrowUp: 'previous',
      Home: 'first',
      End: 'last',
    };
    const step = keys[event.key];
    if (step) {
      event.preventDefault();
      const visible = new Set(p.lanes.filter((l) => !l.hidden).map((l) => l.id));
      const ids = p.index.entries.filter((e) => visible.has(e.lane)).map((e) => e.id);
      const next = stepSelection(ids, p.selectedIds[0] ?? null, step);
      if (next) {
        p.onSelect(next);
        if (state.current) reveal(state.current, next);
      }
    } else if (event.key === 'Enter' && p.selectedIds[0]) {
      event.preventDefault();
      p.onOpen(p.selectedIds[0]);
    } else if (event.key === '+' || event.key === '=') {
      p.controllerRef.current?.zoom('in');
    } else if (event.key === '-') {
      p.controllerRef.current?.zoom('out');
    }
  }

  return (
    <div
      ref={container}
      class="timeline"
      tabIndex={0}
      role="application"
      aria-label="Merged timeline. Arrow keys move between events in time order, Enter opens the selected event, plus and minus zoom."
      aria-roledescription="timeline"
      onKeyDown={onKeyDown}
      data-testid="timeline"
    />
  );
}
