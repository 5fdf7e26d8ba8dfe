// The walk-through strip's drawing, made once per sequence: gap flags and episodes above, a lane per agency (its events as SVG paths, lib/strip-drawing.ts) and a diamond per noted event.
import { useMemo } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import { DAY_MS, formatDay, isoDateToMs } from '../../../../shared/lib/dates';
import { eventTimeSpan } from '../../../../shared/lib/timeline-items';
import { LANE_HEIGHT, nearestInLane, STRIP_COLUMNS, stripLanes } from '../../lib/strip-drawing';
import { percentAt } from '../../lib/walkthrough';
import type { GapDto } from '../../../../shared/api/api-types';
import type { EpisodeSpan, EventMark } from '../../../../shared/lib/notes';
import type { StripRange } from '../../lib/walkthrough';

export interface StripBodyProps {
  events: readonly TimelineEvent[];
  lanes: readonly string[];
  range: StripRange;
  gaps: readonly GapDto[];
  episodes: readonly EpisodeSpan[];
  marks: ReadonlyMap<string, EventMark>;
  flagged: ReadonlySet<string>;
  /** Jump to an event (solo, chairing, or a follower browsing on their own); absent: look only. */
  onPick?: (id: string) => void;
}

export function PresentStripBody({
  events,
  lanes,
  range,
  gaps,
  episodes,
  marks,
  flagged,
  onPick,
}: StripBodyProps) {
  const drawn = useMemo(
    () => stripLanes(events, lanes, range, flagged),
    [events, lanes, range, flagged],
  );
  const noted = useMemo(() => events.filter((e) => marks.has(e.id)), [events, marks]);
  const pick = (lane: string, clientX: number, element: HTMLElement) => {
    const index = drawn.get(lane)?.index();
    if (!onPick || !index) return;
    const box = element.getBoundingClientRect();
    const ms = range.from + ((clientX - box.left) / box.width) * (range.to - range.from);
    const best = nearestInLane(index, ms);
    if (best) onPick(best);
  };
  return (
    <div class="pstrip-rows">
      <div class="pstrip-row pstrip-row-meta">
        {gaps.map((gap) => {
          const from = percentAt(isoDateToMs(gap.start), range);
          const to = percentAt(isoDateToMs(gap.end) + DAY_MS, range);
          return (
            <div
              key={gap.id}
              class={`pstrip-gap gap-${gap.certainty}`}
              style={{ left: `${from}%`, width: `${Math.max(to - from, 0.3)}%` }}
              title={`${gap.ruleName}: ${formatDay(gap.start)} → ${formatDay(gap.end)}`}
            />
          );
        })}
      </div>
      <div class="pstrip-row pstrip-row-meta">
        {episodes.map(({ episode, from, to }) =>
          from && to ? (
            <div
              key={episode.id}
              class={`pstrip-episode assessment-${episode.assessment}`}
              style={{
                left: `${percentAt(isoDateToMs(from), range)}%`,
                width: `${Math.max(percentAt(isoDateToMs(to) + DAY_MS, range) - percentAt(isoDateToMs(from), range), 0.4)}%`,
              }}
              title={`Key practice episode: ${episode.title}`}
            />
          ) : null,
        )}
      </div>
      {lanes.map((lane) => {
        const paths = drawn.get(lane)?.paths;
        return (
          <div
            key={lane}
            class={`pstrip-row pstrip-lane${onPick ? ' pstrip-pickable' : ''}`}
            data-lane={lane}
            onClick={(e) => pick(lane, e.clientX, e.currentTarget)}
          >
            {paths ? (
              <svg
                class="pstrip-ticks"
                viewBox={`0 0 ${STRIP_COLUMNS} ${LANE_HEIGHT}`}
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                <path class="pstrip-range" d={paths.ranges} />
                <path class="pstrip-range pstrip-flagged" d={paths.flaggedRanges} />
                <path class="pstrip-tick" d={paths.ticks} />
                <path class="pstrip-tick pstrip-flagged" d={paths.flaggedTicks} />
              </svg>
            ) : null}
            <NoteMarks noted={noted} lane={lane} marks={marks} range={range} />
          </div>
        );
      })}
    </div>
  );
}

/** A diamond on each event of the lane that carries a review note (few: drawn as elements). */
function NoteMarks({
  noted,
  lane,
  marks,
  range,
}: {
  /** The sequence's events that carry a mark. */
  noted: readonly TimelineEvent[];
  lane: string;
  marks: ReadonlyMap<string, EventMark>;
  range: StripRange;
}) {
  const out = [];
  for (const event of noted) {
    const mark = event.agency === lane ? marks.get(event.id) : undefined;
    if (!mark) continue;
    const span = eventTimeSpan(event as EventDto);
    const wide = span.end - span.start > DAY_MS;
    out.push(
      <div
        key={event.id}
        class={`pstrip-mark note-mark-${mark.kind ?? 'episode'}`}
        style={{ left: `${percentAt(wide ? (span.start + span.end) / 2 : span.start, range)}%` }}
        title={mark.label}
      />,
    );
  }
  return <>{out}</>;
}
