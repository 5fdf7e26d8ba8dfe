import { useEffect, useState } from 'preact/hooks';

/**
 * How long the timeline's first draw waits for the gap flags and the notes once the events are
 * in. Drawn without them, the page planned and drew the timeline again when each came, a long
 * task after the first draw; waiting for them, at 50,000 events the page was interactive in
 * 1,347 ms against 1,524, at 5,000 in 1,073 against 1,170 (docs/benchmarks.md, "2026-12-06,
 * 23:20"). On a first visit after a change the server may still be working the flags out: the
 * timeline does not wait longer than this, and takes them when they come.
 */
export const SIDE_WAIT_MS = 250;

/**
 * Whether the workspace may draw: the events are in (`mainReady`), and the flags and notes have
 * come (`sidePending` false) or SIDE_WAIT_MS has passed since the events came. Once true, it
 * stays true: a reload of the flags later never hides the timeline.
 */
export function useFirstDrawWait(mainReady: boolean, sidePending: boolean): boolean {
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (!mainReady || waited) return;
    if (!sidePending) {
      setWaited(true);
      return;
    }
    const timer = setTimeout(() => setWaited(true), SIDE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [mainReady, sidePending, waited]);
  return waited || (mainReady && !sidePending);
}
