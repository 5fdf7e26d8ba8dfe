import { useEffect, useMemo } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import { DAY_MS } from '../../../../shared/lib/dates';
import { eventTimeSpan } from '../../../../shared/lib/timeline-items';
import { percentAt } from '../../lib/walkthrough';
import { PresentMonths } from './present-months';
import { PresentStripBody, type StripBodyProps } from './present-strip-body';

export interface PresentStripProps extends StripBodyProps {
  colours: ReadonlyMap<string, string>;
  current: TimelineEvent | null;
  /** Where the chair is, for a follower browsing on their own. */
  chair?: TimelineEvent | null;
}

/**
 * Where the event on screen sits in the walk-through: a lane per agency over its period with a
 * tick per event, gap flags and key practice episodes above, a diamond on each event with a
 * review note, and the current event marked across every lane. The ticks are drawn once per
 * sequence; a step only moves the marker.
 */
export function PresentStrip(props: PresentStripProps) {
  const { events, lanes, colours, range, gaps, episodes, marks, flagged, current, chair, onPick } =
    props;
  // A component vnode that is the same object as last render is not rendered again (Preact
  // compares them by identity), so stepping redraws only the marker below.
  const body = useMemo(
    () => (
      <PresentStripBody
        events={events}
        lanes={lanes}
        range={range}
        gaps={gaps}
        episodes={episodes}
        marks={marks}
        flagged={flagged}
        onPick={onPick}
      />
    ),
    [events, lanes, range, gaps, episodes, marks, flagged, Boolean(onPick)],
  );
  // For bench:ui: the walk-through is on screen, its strip drawn, once this first runs.
  useEffect(() => void performance.mark('tapestry:present-drawn'), []);
  const span = current ? eventTimeSpan(current as EventDto) : null;
  const at = span ? percentAt((span.start + span.end) / 2, range) : null;
  const laneIndex = current ? lanes.indexOf(current.agency) : -1;
  const chairSpan = chair && chair.id !== current?.id ? eventTimeSpan(chair as EventDto) : null;
  return (
    <section class="pstrip" aria-label="Where this event sits in the walk-through">
      <div class="pstrip-labels" aria-hidden="true">
        <div class="pstrip-label pstrip-label-meta">Gap flags</div>
        <div class="pstrip-label pstrip-label-meta">Episodes</div>
        {lanes.map((lane) => (
          <div
            key={lane}
            class={`pstrip-label${lane === current?.agency ? ' pstrip-label-on' : ''}`}
          >
            <span class="swatch" style={{ background: colours.get(lane) ?? '#5b6472' }} />
            {lane}
          </div>
        ))}
      </div>
      <div class="pstrip-plot">
        {body}
        {chairSpan ? (
          <div
            class="pstrip-chair"
            style={{ left: `${percentAt((chairSpan.start + chairSpan.end) / 2, range)}%` }}
            title="The chair is here"
            aria-hidden="true"
          >
            <span>chair</span>
          </div>
        ) : null}
        {at !== null ? (
          <>
            <div class="pstrip-now" style={{ left: `${at}%` }} aria-hidden="true" />
            {laneIndex >= 0 && span ? (
              <div
                class={`pstrip-current${span.end - span.start > DAY_MS ? ' pstrip-current-range' : ''}`}
                style={{
                  left: `${percentAt(span.start, range)}%`,
                  width:
                    span.end - span.start > DAY_MS
                      ? `${Math.max(percentAt(span.end, range) - percentAt(span.start, range), 0.4)}%`
                      : undefined,
                  top: `calc(var(--pstrip-meta) * 2 + var(--pstrip-lane) * ${laneIndex})`,
                }}
                aria-hidden="true"
              />
            ) : null}
          </>
        ) : null}
        <PresentMonths range={range} />
      </div>
    </section>
  );
}
