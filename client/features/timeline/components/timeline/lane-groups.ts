// The timeline's lanes as vis-timeline groups: a row per gap rule with flags on top, then one per agency.
import type { DataGroup } from 'vis-timeline/esnext';
import type { GapDto } from '../../../../shared/api/api-types';
import { gapLaneId } from '../../../../shared/lib/timeline-items';
import { laneLabel } from './item-dom';
import { gapRules } from './timeline-data';
import type { Lane } from './timeline-types';

export function laneGroups(gaps: readonly GapDto[], lanes: readonly Lane[]): DataGroup[] {
  const wanted: DataGroup[] = [];
  gapRules(gaps).forEach((rule, i) =>
    wanted.push({
      id: gapLaneId(rule.ruleId),
      content: laneLabel(rule.ruleName, '', rule.count, 'gap'),
      className: 'lane-gaps',
      order: i - 1000,
      // One row per rule: its flags overlap rather than stack (see shared/lib/timeline-items.ts).
      subgroupStack: { flags: false, none: true },
    } as DataGroup),
  );
  lanes.forEach((lane, i) =>
    wanted.push({
      id: lane.id,
      content: laneLabel(lane.id, lane.colour, lane.count),
      className: 'lane',
      visible: !lane.hidden,
      order: i,
    } as DataGroup),
  );
  return wanted;
}
