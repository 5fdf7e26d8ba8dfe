// The workspace's lanes: one per agency with its colour and count, in the chosen order, hidden or folded away.
import { useMemo } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import type { api } from '../../../../shared/api/api';
import { agencyColours } from '../../../../shared/lib/agencies';
import { orderLanes, type TimelineViewState } from '../../lib/view-state';
import { countByLane, defaultLaneOrder } from '../../lib/workspace-view';

export function useLanes({
  submissions,
  events,
  filtered,
  filtering,
  view,
}: {
  submissions: NonNullable<Awaited<ReturnType<typeof api.listSubmissions>>>;
  events: TimelineEvent[];
  /** The events the filters keep, which the lanes count. */
  filtered: TimelineEvent[];
  /** A filter is on: lanes it empties are folded away. */
  filtering: boolean;
  view: TimelineViewState;
}) {
  const colours = useMemo(() => {
    // Each agency once, first the uploads' then the events' (agencyColours keeps the first it
    // is given), without an object made per event.
    const kinds = new Map<string, TimelineEvent['agencyKind']>();
    for (const s of submissions) if (!kinds.has(s.agency)) kinds.set(s.agency, s.agencyKind);
    for (const e of events) if (!kinds.has(e.agency)) kinds.set(e.agency, e.agencyKind);
    return agencyColours([...kinds].map(([agency, kind]) => ({ agency, kind })));
  }, [submissions, events]);
  const defaultLanes = useMemo(() => defaultLaneOrder(events), [events]);
  const laneOrder = useMemo(
    () => orderLanes(defaultLanes, view.laneOrder),
    [defaultLanes, view.laneOrder.join('\u0000')],
  );
  const laneCounts = useMemo(() => countByLane(filtered), [filtered]);
  // While a filter is on, lanes it empties are folded away: filtering by one agency shows one lane.
  const lanes = useMemo(
    () =>
      laneOrder.map((id) => {
        const count = laneCounts.get(id) ?? 0;
        return {
          id,
          colour: colours.get(id) ?? '#5b6472',
          count,
          hidden: view.hidden.includes(id) || (filtering && count === 0),
        };
      }),
    [laneOrder, colours, laneCounts, view.hidden.join('\u0000'), filtering],
  );
  const stripLanes = useMemo(() => lanes.filter((l) => !l.hidden).map((l) => l.id), [lanes]);
  return { colours, laneOrder, lanes, stripLanes };
}
