// A record in a line or two: date, agency, type, the start of its description, and a link to it on the timeline.
import type { EventDto } from '../../../../../server/contract/events';
import { eventType } from '../../../../shared/lib/event-types';
import { reviewPath } from '../../../../shared/lib/routes';
import { truncate } from '../../../../shared/lib/timeline-items';
import { houseDate } from '../../../../../server/contract/house-date';

export function RecordSummary({
  event,
  reviewId,
  link = true,
}: {
  event: EventDto;
  reviewId: string;
  link?: boolean;
}) {
  return (
    <div class="record-summary">
      <div>
        <strong>{houseDate(event.date, event.time)}</strong> · {event.agency} ·{' '}
        {eventType(event.type).short}
      </div>
      {event.description ? <div class="record-text">{truncate(event.description, 280)}</div> : null}
      {link ? (
        <a
          class="small"
          href={reviewPath(reviewId, 'timeline', `event=${encodeURIComponent(event.id)}`)}
        >
          Open on the timeline
        </a>
      ) : null}
    </div>
  );
}
