// The walk-through strip's drawing, made once per sequence: gap flags and episodes above, a lane per agency with a tick per event and a diamond per noted one.
import { Fragment } from 'preact';
import type { EventDto } from '../../../../../server/contract/events';
import { DAY_MS, formatDay, isoDateToMs } from '../../../../shared/lib/dates';
import { eventTimeSpan } from '../../../../shared/lib/timeline-items';
import { nearestEvent } from '../../lib/present-strip';
import { percentAt } from '../../lib/walkthrough';
import type { GapDto } from '../../../../shared/api/api-types';
import type { EpisodeSpan, EventMark } from '../../../../shared/lib/notes';
import type { StripRange } from '../../lib/walkthrough';

export interface StripBodyProps {
  events: readonly EventDto[];
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
  const byLane = new Map<string, EventDto[]>(lanes.map((l) => [l, []]));
  for (const event of events) byLane.get(event.agency)?.push(event);
  const pick = (lane: string, clientX: number, element: HTMLElement) => {
    if (!onPick) return;
    const box = element.getBoundingClientRect();
    const ms = range.from + ((clientX - box.left) / box.width) * (range.to - range.from);
    const best = nearestEvent(byLane.get(lane) ?? [], ms);
    if (best) onPick(best.id);
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
      {lanes.map((lane) => (
        <div
          key={lane}
          class={`pstrip-row pstrip-lane${onPick ? ' pstrip-pickable' : ''}`}
          onClick={(e) => pick(lane, e.clientX, e.currentTarget)}
        >
          {(byLane.get(lane) ?? []).map((event) => {
            const span = eventTimeSpan(event);
            const left = percentAt(span.start, range);
            const wide = span.end - span.start > DAY_MS;
            const mark = marks.get(event.id);
            const classes = ['pstrip-tick'];
            if (wide) classes.push('pstrip-tick-range');
            if (flagged.has(event.id)) classes.push('pstrip-flagged');
            return (
              <Fragment key={event.id}>
                <div
                  class={classes.join(' ')}
                  style={{
                    left: `${left}%`,
                    width: wide
                      ? `${Math.max(percentAt(span.end, range) - left, 0.2)}%`
                      : undefined,
                  }}
                />
                {mark ? (
                  <div
                    class={`pstrip-mark note-mark-${mark.kind ?? 'episode'}`}
                    style={{ left: `${wide ? (left + percentAt(span.end, range)) / 2 : left}%` }}
                    title={mark.label}
                  />
                ) : null}
              </Fragment>
            );
          })}
        </div>
      ))}
    </div>
  );
}
