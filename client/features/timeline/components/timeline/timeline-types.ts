// What the merged timeline is given and what it gives back: its lanes, props, controller and plan summary.
import type { MutableRef } from 'preact/hooks';
import type { GapDto } from '../../../../shared/api/api-types';
import type { ItemMark } from '../../../../shared/lib/timeline-items';
import type { TimelineIndex, TimelinePlan } from '../../lib/level-of-detail';
import type { RecordStore } from '../../lib/record-store';

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

export interface TimelineViewProps {
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
  /** The full records: an event's tooltip shows its description once its record is here. */
  records?: RecordStore;
}
