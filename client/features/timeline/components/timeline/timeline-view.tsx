import { useRef } from 'preact/hooks';
import { stepSelection } from '../../lib/chronology-sort';
import { stepForKey } from '../../lib/selection-keys';
import type { TimelineViewProps } from './timeline-types';
import { useVisTimeline } from './use-vis-timeline';

export type { Lane, PlanSummary, TimelineController, TimelineViewProps } from './timeline-types';

/**
 * The merged timeline: wraps vis-timeline the way an imperative widget should be wrapped. It is
 * created once, fed through its own DataSets and options as props change, destroyed on unmount,
 * and it reports selection and window changes through callbacks (use-vis-timeline.ts). What it
 * holds is decided by features/timeline/lib/level-of-detail.ts (events when few are in view,
 * per-lane totals otherwise) and lib/timeline-plan.ts.
 */
export function TimelineView(props: TimelineViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const { widget, reveal } = useVisTimeline(container, latest);

  function onKeyDown(event: KeyboardEvent) {
    const p = latest.current;
    const step = stepForKey(event.key, 'timeline');
    if (step) {
      event.preventDefault();
      const visible = new Set(p.lanes.filter((l) => !l.hidden).map((l) => l.id));
      const ids = p.index.entries.filter((e) => visible.has(e.lane)).map((e) => e.id);
      const next = stepSelection(ids, p.selectedIds[0] ?? null, step);
      if (next) {
        p.onSelect(next);
        if (widget.current) reveal(widget.current, next);
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
