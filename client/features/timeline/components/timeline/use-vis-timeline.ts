// The vis-timeline widget behind TimelineView: created once, fed from the props through its DataSets, destroyed on unmount.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, type MutableRef } from 'preact/hooks';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup } from 'vis-timeline/esnext';
import { gapLaneId } from '../../../../shared/lib/timeline-items';
import { buildGapIndex, type IndexedGap } from '../../lib/gap-detail';
import type { Index, IndexedEvent, TimelinePlan } from '../../lib/level-of-detail';
import { fitWindow, planItems, revealMove } from '../../lib/timeline-plan';
import { laneGroups } from './lane-groups';
import { applySpecs, type Item } from './timeline-data';
import { timelineOptions } from './timeline-options';
import { deferShowOnAdd } from './vis-deferred-show';
import type { PlanSummary, TimelineViewProps } from './timeline-types';

const MAX_ITEMS = 350;

/** The widget and what it was last given. */
export interface Widget {
  timeline: Timeline;
  items: DataSet<Item, 'id'>;
  groups: DataSet<DataGroup, 'id'>;
  mode: TimelinePlan['mode'] | null;
  /** What onPlan was last told. */
  summary: PlanSummary | null;
  /** The index's entries by id, made on the first reveal after the index changes (null till then). */
  byId: Map<string, IndexedEvent> | null;
  gapIndex: Index<IndexedGap>;
  ruleNames: Map<string, string>;
  replan: () => void;
}

/**
 * Runs the widget in `container` and reports selection and window changes through the props
 * of the last render (`latest`). Returns it (null before mounting) and `reveal`, which brings
 * an event into view.
 */
export function useVisTimeline(
  container: RefObject<HTMLDivElement>,
  latest: MutableRef<TimelineViewProps>,
): { widget: MutableRef<Widget | null>; reveal: (s: Widget, id: string) => void } {
  const widget = useRef<Widget | null>(null);
  const props = latest.current;

  // Layout effects, not effects: the widget is made and given its lanes and items in the same
  // task as the page that holds it, before the browser paints. With effects (which run after a
  // paint) the browser laid out and painted the whole workspace without the timeline, then laid
  // it out again when the widget measured itself: a frame of about 50 ms for nothing on every
  // first draw (docs/benchmarks.md, "2026-12-07").
  useLayoutEffect(() => {
    const element = container.current as HTMLDivElement;
    const items = new DataSet<Item, 'id'>();
    const groups = new DataSet<DataGroup, 'id'>();
    const { from, to } = latest.current.initialWindow;
    const timeline = new Timeline(element, items, groups, timelineOptions(from, to));
    deferShowOnAdd(timeline);
    const s: Widget = {
      timeline,
      items,
      groups,
      mode: null,
      summary: null,
      byId: null,
      gapIndex: buildGapIndex([]),
      ruleNames: new Map<string, string>(),
      replan: () => replan(s),
    };
    widget.current = s;

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
        const all = fitWindow(latest.current.index.entries);
        if (all) timeline.setWindow(all.from, all.to, { animation: false });
      },
      reveal: (id) => reveal(s, id),
      focus: () => element.focus(),
    };
    return () => {
      latest.current.controllerRef.current = null;
      timeline.destroy();
      widget.current = null;
    };
  }, []);

  // Lanes: order, visibility, labels.
  useLayoutEffect(() => {
    const s = widget.current;
    if (!s) return;
    const wanted = laneGroups(props.gaps ?? [], props.lanes);
    const ids = new Set(wanted.map((g) => g.id));
    s.groups.remove(s.groups.getIds().filter((id) => !ids.has(id)));
    s.groups.update(wanted);
    s.gapIndex = buildGapIndex(props.gaps ?? []);
    s.ruleNames = new Map((props.gaps ?? []).map((g) => [gapLaneId(g.ruleId), g.ruleName]));
    s.replan();
  }, [props.lanes, props.gaps]);

  // What to draw: recomputed when the events, lanes, gaps or flags change.
  useLayoutEffect(() => {
    const s = widget.current;
    if (!s) return;
    // Made when a reveal needs it, not here: at 50,000 events a map of them all was 15-30 ms of
    // the page's first draw, for a lookup only the keyboard and a table click ask for.
    s.byId = null;
    s.replan();
  }, [props.index, props.flaggedIds, props.gaps, props.marks]);

  useLayoutEffect(() => {
    const s = widget.current;
    if (!s) return;
    s.timeline.setSelection(props.selectedIds.filter((id) => s.items.get(id) !== null));
  }, [props.selectedIds]);

  // Records arriving: events drawn one by one may now have their descriptions.
  useLayoutEffect(() => {
    const s = widget.current;
    return props.records?.subscribe(() => {
      if (s?.mode === 'events') s.replan();
    });
  }, [props.records]);

  function replan(s: Widget) {
    const p = latest.current;
    const window = s.timeline.getWindow();
    const { plan, specs } = planItems({
      index: p.index,
      lanes: new Set(p.lanes.filter((l) => !l.hidden).map((l) => l.id)),
      window: { from: window.start.getTime(), to: window.end.getTime() },
      widthPx: centreWidth(container.current),
      maxItems: p.maxItems ?? MAX_ITEMS,
      flaggedIds: p.flaggedIds,
      marks: p.marks,
      gapIndex: s.gapIndex,
      ruleNames: s.ruleNames,
      period: p.period,
      describe: (id) => p.records?.get(id)?.description,
    });
    if (s.mode !== plan.mode) {
      // Totals never overlap within a lane, so they need no stacking (which is the slow part).
      s.timeline.setOptions({ stack: plan.mode === 'events' });
      s.mode = plan.mode;
    }
    applySpecs(s.items, specs);
    // Drawn one by one: their tooltips show their descriptions, from the records of the events
    // in the window (at most maxItems), asked for in pages; their arrival plans again.
    if (plan.mode === 'events') p.records?.want(idsInWindow(plan.entries, window));
    s.timeline.setSelection(p.selectedIds.filter((id) => s.items.get(id) !== null));
    // Told only of a change: each call redraws the whole workspace, and a pan, or a page of
    // records arriving, often leaves the summary as it was.
    const unit = plan.mode === 'aggregate' ? plan.unit : null;
    const last = s.summary;
    if (last?.mode === plan.mode && last.unit === unit && last.inView === plan.inView) return;
    s.summary = { mode: plan.mode, unit, inView: plan.inView };
    p.onPlan(s.summary);
  }

  function reveal(s: Widget, id: string) {
    if (!s.byId) {
      s.byId = new Map();
      for (const e of latest.current.index.entries) s.byId.set(e.id, e);
    }
    const entry = s.byId.get(id);
    if (!entry) return;
    const window = s.timeline.getWindow();
    const move = revealMove(
      entry,
      { from: window.start.getTime(), to: window.end.getTime() },
      s.mode,
    );
    if (move.kind === 'move') s.timeline.moveTo(move.to, { animation: false });
    else if (move.kind === 'window') s.timeline.setWindow(move.from, move.to, { animation: false });
  }

  return { widget, reveal };
}

/**
 * The width the items are drawn in: the timeline's less its lane-label columns. Read from the
 * outer box rather than from vis-timeline's centre panel, because until vis-timeline has
 * redrawn once with the lanes (it does so a frame later) the centre panel still spans the
 * labels' column, and a plan made for that width (about 190 px too wide) was thrown away a
 * frame later, every item in it created and measured for nothing: on the 5,000-event review,
 * a weekly plan of 326 items, replaced by a monthly one of 80.
 */
export function centreWidth(container: HTMLElement | null): number {
  const box = container?.querySelector<HTMLElement>('.vis-timeline');
  if (!box) return 800;
  const side = (selector: string) =>
    container?.querySelector<HTMLElement>(selector)?.offsetWidth ?? 0;
  const width = box.clientWidth - side('.vis-panel.vis-left') - side('.vis-panel.vis-right');
  return width > 0 ? width : 800;
}

/** The ids of the entries that overlap the window (a plan holds half a window either side too). */
function idsInWindow(entries: readonly IndexedEvent[], window: { start: Date; end: Date }) {
  const from = window.start.getTime();
  const to = window.end.getTime();
  return entries.filter((e) => e.end >= from && e.start <= to).map((e) => e.id);
}
