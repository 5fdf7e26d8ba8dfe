/**
 * The walk-through's strip in the bench page: the presentation draws it once per sequence, from
 * every event of the walk-through, so it is timed from the events in hand (as the sequence
 * holds them) until it is drawn and the main thread is free, then one step (the marker moves).
 */
import '../../client/features/walkthrough/styles/present.css';
import '../../client/features/walkthrough/styles/present-strip.css';
import { render } from 'preact';
import type { TimelineEvent } from '../../server/contract/feed';
import { PresentStrip } from '../../client/features/walkthrough/components/present/present-strip';
import { laneOrder, stripRange } from '../../client/features/walkthrough/lib/walkthrough';
import { agencyColours } from '../../client/shared/lib/agencies';

export interface StripBenchResult {
  events: number;
  drawMs: number;
  stepMs: number;
  /** Elements inside the strip once drawn. */
  nodes: number;
}

const NO_MARKS = new Map();
const NO_IDS = new Set<string>();
const idle = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

export async function runStrip(events: readonly TimelineEvent[]): Promise<StripBenchResult> {
  const element = document.getElementById('bench') as HTMLElement;
  element.className = 'present';
  const noPick = () => undefined;
  const draw = (current: TimelineEvent | null) => {
    const lanes = laneOrder(events);
    const colours = agencyColours(events.map((e) => ({ agency: e.agency, kind: e.agencyKind })));
    const range = stripRange(events, { from: '2018-05-20', to: '2019-05-20' });
    return { lanes, colours, range, current };
  };
  const started = performance.now();
  let state = draw(events[Math.floor(events.length / 2)] ?? null);
  const strip = (s: typeof state) => (
    <PresentStrip
      events={events}
      lanes={s.lanes}
      colours={s.colours}
      range={s.range}
      gaps={[]}
      episodes={[]}
      marks={NO_MARKS}
      flagged={NO_IDS}
      current={s.current}
      onPick={noPick}
    />
  );
  render(strip(state), element);
  await idle();
  const drawMs = performance.now() - started;
  const stepStarted = performance.now();
  state = { ...state, current: events[Math.floor(events.length / 2) + 1] ?? null };
  render(strip(state), element);
  await idle();
  const stepMs = performance.now() - stepStarted;
  const nodes = element.querySelectorAll('*').length;
  return { events: events.length, drawMs, stepMs, nodes };
}
