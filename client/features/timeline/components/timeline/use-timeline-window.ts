// The timeline's visible window: where it opens, where it is now, and keeping the address's window in step.
import { useMemo, useRef, useState } from 'preact/hooks';
import { msToIsoDate } from '../../../../shared/lib/dates';
import type { TimelineViewState } from '../../lib/view-state';
import { openingWindow } from '../../lib/workspace-view';

export function useTimelineWindow({
  view,
  setView,
  period,
}: {
  view: TimelineViewState;
  setView: (patch: Partial<TimelineViewState>) => void;
  period: { from: number; to: number };
}) {
  const viewRef = useRef(view);
  viewRef.current = view;
  // Read once: later the timeline reports its window, and the address follows it.
  const initialWindow = useMemo(() => openingWindow(view.window, period), []);
  const [windowMs, setWindowMs] = useState<{ from: number; to: number }>(initialWindow);
  const onWindowChange = (from: number, to: number) => {
    setWindowMs({ from, to });
    const next = { from: msToIsoDate(from), to: msToIsoDate(to - 1) };
    const current = viewRef.current.window;
    if (!current || current.from !== next.from || current.to !== next.to) setView({ window: next });
  };
  return { initialWindow, windowMs, onWindowChange };
}
