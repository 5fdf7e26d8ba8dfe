import { Fragment } from 'preact';
import { useMemo } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import type { GapDto } from '../../../../shared/api/api-types';
import { DAY_MS, formatDay, isoDateToMs } from '../../../../shared/lib/dates';
import type { EventMark, EpisodeSpan } from '../../../../shared/lib/notes';
import { eventTimeSpan } from '../../../../shared/lib/timeline-items';
import { percentAt, type StripRange } from '../../lib/walkthrough';

interface Props {
  events: readonly EventDto[];
  lanes: readonly string[];
  colours: ReadonlyMap<string, string>;
  range: StripRange;
  gaps: readonly GapDto[];
  episodes: readonly EpisodeSpan[];
  marks: ReadonlyMap<string, EventMark>;
  flagged: ReadonlySet<string>;
  current: EventDto | null;
  /** Where the chair is, for a follower browsing on their own. */
  chair?: EventDto | null;
  /** Jump to an event (solo, chairing, or a follower browsing on their own); absent: look only. */
  onPick?: (id: string) => void;
}

/**
 * Where the event on screen sits in the walk-through: a lane per agency over its period with a
 * tick per event, gap flags and key practice episodes above, a diamond on each event with a
 * review note, and the current event marked across every lane. The ticks are drawn once per
 * sequence; a step only moves the marker.
 */
export function PresentStrip(props: Props) {
  const { events, lanes, colours, range, gaps, episodes, marks, flagged, current, chair, onPick } =
    props;
  // A component vnode that is the same object as last render is not rendered again (Preact
  // compares them by identity), so stepping redraws only the marker below.
  const body = useMemo(
    () => (
      <StripBody
        events={events}
        lanes={lanes}
        colours={colours}
        range={range}
        gaps={gaps}
        episodes={episodes}
        marks={marks}
        flagged={flagged}
        onPick={onPick}
      />
    ),
    [events, lanes, colours, range, gaps, episodes, marks, flagged, Boolean(onPick)],
  );
  const span = current ? eventTimeSpan(current) : null;
  const at = span ? percentAt((span.start + span.end) / 2, range) : null;
  const laneIndex = current ? lanes.indexOf(current.agency) : -1;
  const chairSpan = chair && chair.id !== current?.id ? eventTimeSpan(chair) : null;
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
        <Months range={range} />
      </div>
    </section>
  );
}

function StripBody({
  events,
  lanes,
  range,
  gaps,
  episodes,
  marks,
  flagged,
  onPick,
}: Omit<Props, 'current' | 'chair' | 'colours'> & { colours: ReadonlyMap<string, string> }) {
  const byLane = new Map<string, EventDto[]>(lanes.map((l) => [l, []]));
  for (const event of events) byLane.get(event.agency)?.push(event);
  const pick = (lane: string, clientX: number, element: HTMLElement) => {
    if (!onPick) return;
    const box = element.getBoundingClientRect();
    const ms = range.from + ((clientX - box.left) / box.width) * (range.to - range.from);
    let best: EventDto | null = null;
    let bestDistance = Infinity;
    for (const event of byLane.get(lane) ?? []) {
      const span = eventTimeSpan(event);
      const distance = ms < span.start ? span.start - ms : ms > span.end ? ms - span.end : 0;
      if (distance < bestDistance) {
        best = event;
        bestDistance = distance;
      }
    }
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month (or, over a long period, year) marks under the strip. */
function Months({ range }: { range: StripRange }) {
  const marks: { at: number; label: string }[] = [];
  const start = new Date(range.from);
  const months = (range.to - range.from) / (30 * DAY_MS);
  const every = months <= 15 ? 1 : months <= 30 ? 2 : months <= 48 ? 3 : 12;
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + 1;
  for (let guard = 0; guard < 600; guard++) {
    if (month > 11) {
      month = 0;
      year++;
    }
    const ms = Date.UTC(year, month, 1);
    if (ms > range.to) break;
    if (month % every === 0) {
      marks.push({
        at: percentAt(ms, range),
        label: every === 12 || month === 0 ? `${MONTHS[month]} ${year}` : (MONTHS[month] as string),
      });
    }
    month++;
  }
  return (
    <div class="pstrip-months" aria-hidden="true">
      {marks.map((m) => (
        <span key={m.at} style={{ left: `${m.at}%` }}>
          {m.label}
        </span>
      ))}
    </div>
  );
}
