// What is chosen in the workspace (an event or a gap flag), the side panel's tab, and bringing the choice into view.
import { useEffect, useState, type MutableRef } from 'preact/hooks';
import type { GapDto } from '../../../../shared/api/api-types';
import type { TimelineViewState } from '../../lib/view-state';
import { gapWindow, highlightedIds } from '../../lib/workspace-view';
import type { SideTab } from './side-panel';
import type { TimelineController } from './timeline-types';

export function useSelection({
  view,
  setView,
  gapsAllowed,
  controller,
}: {
  view: TimelineViewState;
  setView: (patch: Partial<TimelineViewState>) => void;
  gapsAllowed: boolean;
  controller: MutableRef<TimelineController | null>;
}) {
  const [sideTab, setSideTab] = useState<SideTab>(view.event || !gapsAllowed ? 'details' : 'gaps');
  const [selectedGap, setSelectedGap] = useState<GapDto | null>(null);

  const select = (id: string | null) => {
    setSelectedGap(null);
    setView({ event: id });
  };
  const open = (id: string) => {
    setSelectedGap(null);
    setView({ event: id });
    setSideTab('details');
  };
  const selectGap = (gap: GapDto) => {
    setSelectedGap(gap);
    setSideTab('gaps');
    const { from, to } = gapWindow(gap);
    controller.current?.setWindow(from, to);
    setView({ event: gap.triggerEventId });
  };

  useEffect(() => {
    if (view.event && controller.current) controller.current.reveal(view.event);
  }, [view.event]);

  return {
    sideTab,
    setSideTab,
    selectedGap,
    // A chosen gap highlights its flag and both of its events; otherwise the chosen event.
    selectedIds: highlightedIds(selectedGap, view.event),
    select,
    open,
    selectGap,
  };
}
