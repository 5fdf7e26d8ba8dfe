import type { EventDto } from '../../../../../server/contract/events';
import { Swatch } from '../../../../shared/ui';
import { eventType } from '../../../../shared/lib/event-types';
import { reviewPath } from '../../../../shared/lib/routes';
import { houseDate } from '../../../../../server/contract/house-date';

/** One event of a pair, as its agency recorded it, with a link to it on the timeline. */
export function EventCard({
  event,
  colour,
  reviewId,
}: {
  event: EventDto | undefined;
  colour: ReadonlyMap<string, string>;
  reviewId: string;
}) {
  if (!event)
    return (
      <div class="pair-event muted">
        This event is no longer in the merged timeline (a newer version replaced it).
      </div>
    );
  const type = eventType(event.type);
  return (
    <div class="pair-event" style={{ borderLeftColor: colour.get(event.agency) }}>
      <div class="pair-agency">
        <Swatch colour={colour.get(event.agency)} /> {event.agency}
      </div>
      <div>
        <strong>{houseDate(event.date, event.time)}</strong>{' '}
        <span class="muted small">(as written: {event.date.text})</span>
      </div>
      <div>
        <span class={`type-dot t-${type.family}`} aria-hidden="true" />
        {type.label}
        {event.typeText ? <span class="muted"> · {event.typeText}</span> : null}
      </div>
      {event.subjects.length > 0 ? <div class="muted">{event.subjects.join(', ')}</div> : null}
      <p class="pre">{event.description}</p>
      {event.outcome ? <p class="pre muted">{event.outcome}</p> : null}
      <a
        class="small"
        href={`${reviewPath(reviewId, 'timeline')}?event=${encodeURIComponent(event.id)}`}
      >
        Show on the timeline (row {event.row})
      </a>
    </div>
  );
}
