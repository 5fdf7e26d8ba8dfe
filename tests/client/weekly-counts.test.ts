import { describe, expect, it } from 'vitest';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import type { TimelineWeeks } from '../../server/contract/feed';
import {
  useStripCounts,
  type LoadWeeks,
} from '../../client/features/timeline/components/overview-strip/use-strip-counts';
import {
  heatLevel,
  stripCounts,
  type StripMeasure,
} from '../../client/features/timeline/lib/weekly-counts';
import { renderHook, settle } from './support/render-hook';

/** Three weeks from Monday 2018-11-05 (day 17840), as GET …/timeline/weeks gives them. */
const weeks: TimelineWeeks = {
  weekStarts: [17840, 17847, 17854],
  rows: [
    { agency: 'Police', certain: [2, 0, 0], possible: [0, 1, 1] },
    { agency: 'Health', certain: [0, 1, 0], possible: [0, 0, 0] },
  ],
  all: { agency: '', certain: [2, 1, 0], possible: [0, 1, 1] },
};

describe('stripCounts', () => {
  it('puts the server’s rows on the strip’s lanes, in their order, with each week’s Monday in ms', () => {
    const counts = stripCounts(weeks, ['Health', 'Police', 'Education']);
    expect(counts.weekStarts.map((ms) => new Date(ms).toISOString().slice(0, 10))).toEqual([
      '2018-11-05',
      '2018-11-12',
      '2018-11-19',
    ]);
    expect(counts.rows.map((r) => [r.lane, r.certain, r.possible])).toEqual([
      ['Health', [0, 1, 0], [0, 0, 0]],
      ['Police', [2, 0, 0], [0, 1, 1]],
      // A lane the server has no row for has nothing counted in it.
      ['Education', [0, 0, 0], [0, 0, 0]],
    ]);
    expect(counts.all).toEqual({ lane: '', certain: [2, 1, 0], possible: [0, 1, 1] });
  });

  it('takes a hidden lane out of the all-agencies row, so it adds up the rows shown', () => {
    const counts = stripCounts(weeks, ['Health']);
    expect(counts.rows.map((r) => r.lane)).toEqual(['Health']);
    expect(counts.all).toEqual({ lane: '', certain: [0, 1, 0], possible: [0, 0, 0] });
  });

  it('grades heat on a square-root scale so a quiet week still shows beside a busy one', () => {
    expect([0, 1, 4, 10, 25, 40].map((n) => heatLevel(n, 40))).toEqual([0, 1, 2, 2, 4, 4]);
  });
});

/** The server's answers, held until the test lets each one arrive. */
function heldServer() {
  const asked: { query: string; measure: StripMeasure; answer: (w: TimelineWeeks) => void }[] = [];
  const load: LoadWeeks = (query, measure) =>
    new Promise((resolve) => asked.push({ query: String(query), measure, answer: resolve }));
  return { asked, load };
}

function render(server: ReturnType<typeof heldServer>) {
  return renderHook(() => {
    const [key, setKey] = useState('agency=Police');
    const [measure, setMeasure] = useState<StripMeasure>('contacts');
    const [lanes, setLanes] = useState<string[]>(['Police', 'Health']);
    const [, setTick] = useState(0);
    const counts = useStripCounts(server.load, key, measure, lanes);
    return { counts, setKey, setMeasure, setLanes, rerender: () => setTick((t) => t + 1) };
  });
}

describe('useStripCounts', () => {
  it('asks once per filters and measure, not per render or lane change', async () => {
    const server = heldServer();
    const hook = render(server);
    expect(hook.current().counts).toBeNull();
    server.asked[0]!.answer(weeks);
    await settle();
    act(() => hook.current().rerender());
    act(() => hook.current().setLanes(['Health']));
    expect(hook.current().counts?.rows.map((r) => r.lane)).toEqual(['Health']);
    act(() => hook.current().setMeasure('child-seen'));
    act(() => hook.current().setKey('agency=Health'));
    expect(server.asked.map((r) => [r.query, r.measure])).toEqual([
      ['agency=Police', 'contacts'],
      ['agency=Police', 'child-seen'],
      ['agency=Health', 'child-seen'],
    ]);
  });

  it('keeps the last counts while the next are asked for, and drops an answer overtaken', async () => {
    const server = heldServer();
    const hook = render(server);
    server.asked[0]!.answer(weeks);
    await settle();
    act(() => hook.current().setKey('agency=Health'));
    act(() => hook.current().setKey('agency=Education'));
    // No flicker to nothing while the server counts.
    expect(hook.current().counts?.all.certain).toEqual([2, 1, 0]);
    const newest = { ...weeks, all: { agency: '', certain: [0, 0, 7], possible: [0, 0, 0] } };
    server.asked[2]!.answer(newest);
    await settle();
    server.asked[1]!.answer(weeks);
    await settle();
    expect(hook.current().counts?.all.certain).toEqual([0, 0, 7]);
  });
});
