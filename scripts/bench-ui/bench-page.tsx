/**
 * The page `npm run bench:ui` opens in Chromium: draws one review's events through the app's
 * TimelineView (level of detail on), through a bare vis-timeline given every event as a plain
 * item ("every"), or through a bare vis-timeline given the very items the app draws for the
 * whole period ("floor": at most 350 events or per-lane totals, worked out before its timing
 * by the app's own level-of-detail code), and reports how long until the whole-period view is
 * drawn and the main thread is free again, then (app and "every") how long a zoom to two weeks
 * takes to be drawn.
 */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import '../../client/shared/styles/base.css';
import '../../client/shared/styles/controls.css';
import '../../client/shared/styles/tables.css';
import '../../client/features/upload/styles/upload.css';
import '../../client/features/review/styles/review.css';
import '../../client/shared/styles/top-bar.css';
import '../../client/features/accounts/styles/accounts.css';
import '../../client/features/timeline/styles/timeline.css';
import '../../client/features/timeline/styles/filters.css';
import '../../client/features/timeline/styles/overview-strip.css';
import '../../client/features/timeline/styles/toolbar.css';
import '../../client/features/timeline/styles/timeline-view.css';
import '../../client/features/timeline/styles/chronology-table.css';
import '../../client/features/timeline/styles/event-detail.css';
import '../../client/features/timeline/styles/gap-list.css';
import { render } from 'preact';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem } from 'vis-timeline/esnext';
import type { EventDto } from '../../server/contract/events';
import { decodeFeed, type TimelineEvent, type TimelineFeed } from '../../server/contract/feed';
import {
  TimelineView,
  type PlanSummary,
  type TimelineController,
} from '../../client/features/timeline/components/timeline/timeline-view';
import { agencyColours } from '../../client/shared/lib/agencies';
import { DAY_MS, isoDateToMs } from '../../client/shared/lib/dates';
import {
  buildTimelineIndex,
  planTimeline,
} from '../../client/features/timeline/lib/level-of-detail';
import {
  bucketToItem,
  eventTimeSpan,
  eventToItem,
  outsidePeriodItems,
} from '../../client/shared/lib/timeline-items';
import { runStrip, type StripBenchResult } from './strip-bench';

export interface BenchResult {
  events: number;
  drawMs: number;
  zoomMs: number;
  /** What the timeline held after the zoom: events, or totals per lane per day. */
  zoomShows: string;
  /** Items drawn for the whole period. */
  items: number;
  /** Width of the timeline's centre panel, which the level of detail plans for. */
  widthPx: number;
}

/** Resolves once the main thread has finished what it was doing: a frame, then a task. */
const idle = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function loadEvents(file: string): Promise<EventDto[]> {
  return (await (await fetch(file)).json()) as EventDto[];
}

const PERIOD = { from: isoDateToMs('2018-05-20'), to: isoDateToMs('2019-05-20') + DAY_MS };
const WHOLE = { from: PERIOD.from - 7 * DAY_MS, to: PERIOD.to + 7 * DAY_MS };
const TWO_WEEKS = { from: isoDateToMs('2018-11-01'), to: isoDateToMs('2018-11-15') };

function container(): HTMLElement {
  const element = document.getElementById('bench') as HTMLElement;
  element.style.width = '1400px';
  return element;
}

/** The app's TimelineView over `events`, for the whole period; resolves once it is drawn. */
async function drawTapestry(
  events: readonly TimelineEvent[],
  controller: { current: TimelineController | null },
  onPlan: (plan: PlanSummary) => void,
): Promise<void> {
  const agencies = [...new Map(events.map((e) => [e.agency, e.agencyKind]))];
  const colours = agencyColours(agencies.map(([agency, kind]) => ({ agency, kind })));
  const index = buildTimelineIndex(events);
  const lanes = agencies.map(([id]) => ({
    id,
    colour: colours.get(id) ?? '#555',
    count: 0,
    hidden: false,
  }));
  render(
    <TimelineView
      index={index}
      lanes={lanes}
      gaps={[]}
      flaggedIds={new Set()}
      selectedIds={[]}
      initialWindow={WHOLE}
      period={PERIOD}
      controllerRef={controller}
      onSelect={() => undefined}
      onOpen={() => undefined}
      onSelectGap={() => undefined}
      onWindowChange={() => undefined}
      onPlan={onPlan}
    />,
    container(),
  );
  await waitFor(() => document.querySelectorAll('.vis-foreground .vis-item').length > 0);
  await idle();
}

async function runTapestry(events: EventDto[]): Promise<BenchResult> {
  const controller = { current: null as TimelineController | null };
  let plans: PlanSummary[] = [];
  performance.clearMarks();
  const started = performance.now();
  await drawTapestry(events, controller, (plan) => plans.push(plan));
  const drawMs = performance.now() - started;
  const wholeItems = document.querySelectorAll('.vis-foreground .vis-item').length;
  const widthPx = document.querySelector('.vis-panel.vis-center')?.clientWidth ?? 0;
  plans = [];
  const zoomStarted = performance.now();
  controller.current?.setWindow(TWO_WEEKS.from, TWO_WEEKS.to);
  // The level of detail follows when vis-timeline reports the window settled (~200 ms later).
  await waitFor(() => plans.length > 0);
  await idle();
  const zoomMs = performance.now() - zoomStarted;
  const plan = plans[plans.length - 1] as PlanSummary;
  const zoomShows = plan.mode === 'events' ? `${plan.inView} events` : `totals per ${plan.unit}`;
  return { events: events.length, drawMs, zoomMs, zoomShows, items: wholeItems, widthPx };
}

async function runBare(events: EventDto[]): Promise<BenchResult> {
  const started = performance.now();
  const items: DataItem[] = events.map((e) => {
    const span = eventTimeSpan(e);
    return span.exact
      ? {
          id: e.id,
          group: e.agency,
          start: span.start,
          content: e.typeText ?? e.type,
          type: 'point',
        }
      : {
          id: e.id,
          group: e.agency,
          start: span.start,
          end: span.end,
          content: e.typeText ?? e.type,
          type: 'range',
        };
  });
  const groups = [...new Set(events.map((e) => e.agency))].map((id) => ({ id, content: id }));
  const timeline = new Timeline(container(), new DataSet(items), groups, {
    start: WHOLE.from,
    end: WHOLE.to,
    height: '470px',
    rtl: false,
  });
  await nextChanged(timeline);
  await idle();
  const drawMs = performance.now() - started;
  const zoomStarted = performance.now();
  const changed = nextChanged(timeline);
  timeline.setWindow(TWO_WEEKS.from, TWO_WEEKS.to, { animation: false });
  await changed;
  await idle();
  const zoomMs = performance.now() - zoomStarted;
  return {
    events: events.length,
    drawMs,
    zoomMs,
    zoomShows: `${timeline.getVisibleItems().length} events`,
    items: items.length,
    widthPx: 0,
  };
}

/**
 * The floor: the items the app draws for the whole period, from its own level-of-detail code
 * and item specs (worked out before the timing starts), given to a bare vis-timeline with the
 * app's stacking for that plan. What the app adds on top is its own overhead.
 */
async function runFloor(events: EventDto[], widthPx: number): Promise<BenchResult> {
  const plan = planTimeline(buildTimelineIndex(events), {
    from: WHOLE.from,
    to: WHOLE.to,
    widthPx,
    lanes: null,
    maxItems: 350,
  });
  const specs =
    plan.mode === 'events'
      ? plan.entries.map((e) => eventToItem(e.event))
      : plan.buckets.map((b) => bucketToItem(b, plan.unit));
  specs.push(...outsidePeriodItems(PERIOD));
  const items: DataItem[] = specs.map((spec) => ({
    id: spec.id,
    group: spec.group,
    start: spec.start,
    ...(spec.end === undefined ? {} : { end: spec.end }),
    type: spec.type,
    className: spec.className,
    content: spec.label,
  }));
  const groups = [...new Set(events.map((e) => e.agency))].map((id) => ({ id, content: id }));
  await idle();
  const started = performance.now();
  const timeline = new Timeline(container(), new DataSet(items), groups, {
    start: WHOLE.from,
    end: WHOLE.to,
    height: '470px',
    rtl: false,
    stack: plan.mode === 'events',
  });
  await nextChanged(timeline);
  await idle();
  const drawMs = performance.now() - started;
  const shows = plan.mode === 'events' ? 'events' : `totals per ${plan.unit}`;
  return {
    events: events.length,
    drawMs,
    zoomMs: NaN,
    zoomShows: shows,
    items: items.length,
    widthPx,
  };
}

function nextChanged(timeline: Timeline): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      timeline.off('changed', done);
      resolve();
    };
    timeline.on('changed', done);
  });
}

async function waitFor(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setTimeout(r, 5));
}

export type BenchMode = 'tapestry' | 'every' | 'floor';

declare global {
  interface Window {
    runBench: (mode: BenchMode, file: string, widthPx?: number) => Promise<BenchResult>;
    runStripBench: (file: string) => Promise<StripBenchResult>;
    /** Set by index.html when the page is opened as the least page (`?least=<feed file>`). */
    leastFeed?: Promise<TimelineFeed>;
    leastPage?: { drawnMs: number };
  }
}

window.runBench = async (mode, file, widthPx = 1200) => {
  const events = await loadEvents(file);
  await idle();
  if (mode === 'floor') return runFloor(events, widthPx);
  return mode === 'tapestry' ? runTapestry(events) : runBare(events);
};

/**
 * The least page: what any page showing the timeline must do, and nothing else. Its feed is
 * asked for by the HTML itself (index.html, `?least=`), as the app's first script asks for
 * its own; then this script is loaded and run, the feed decoded, and the app's TimelineView
 * drawn for the whole period. No filters, table, side panel, flags or notes. bench:ui reads
 * `window.leastPage` (ms after navigation start) and sets the whole page beside it.
 */
async function runLeastPage(answer: Promise<TimelineFeed>): Promise<void> {
  const events = decodeFeed(await answer);
  await drawTapestry(events, { current: null }, () => undefined);
  window.leastPage = { drawnMs: performance.now() };
}

window.runStripBench = async (file) => {
  const events = await loadEvents(file);
  await idle();
  return runStrip(events);
};

if (window.leastFeed) void runLeastPage(window.leastFeed);
