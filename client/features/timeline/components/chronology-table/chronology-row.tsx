// One event as a line of the chronology: its date (with a note marker and how exact it is), agency, type, people and text.
import type { EventDto } from '../../../../../server/contract/events';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import { formatInterval } from '../../../../shared/lib/dates';
import { eventType } from '../../../../shared/lib/event-types';
import type { EventMark } from '../../../../shared/lib/notes';
import { Swatch } from '../../../../shared/ui';
import { houseDate } from '../../../../../server/contract/house-date';

export function ChronologyRow({
  event,
  record,
  rowIndex,
  colour,
  selected,
  flagged,
  mark,
  onSelect,
  onOpen,
}: {
  event: TimelineEvent;
  /** The full record, once its page has arrived; until then the feed's label stands in. */
  record: EventDto | undefined;
  /** Its place for assistive technology, counting the header row as 1. */
  rowIndex: number;
  colour: string | undefined;
  selected: boolean;
  flagged: boolean;
  mark: EventMark | undefined;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}) {
  const type = eventType(event.type);
  const approximate = event.date.precision !== 'day' || event.date.earliest !== event.date.latest;
  const classes = ['row'];
  if (selected) classes.push('row-selected');
  if (flagged) classes.push('row-flagged');
  if (mark) classes.push('row-noted');
  return (
    <tr
      class={classes.join(' ')}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      data-event-id={event.id}
      onClick={() => onSelect(event.id)}
      onDblClick={() => onOpen(event.id)}
    >
      <td
        class="c-date"
        title={[
          `As written: ${event.date.text}`,
          approximate ? `read as ${formatInterval(event.date)}` : null,
          event.date.uncertain ? 'the agency marked it as uncertain' : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      >
        {mark ? (
          <span
            class={`note-mark note-mark-${mark.kind ?? 'episode'}`}
            title={mark.label}
            role="img"
            aria-label={mark.label}
          />
        ) : null}
        <span class={approximate ? 'approx-text' : ''}>{houseDate(event.date)}</span>
      </td>
      <td class="c-time">{event.time ?? ''}</td>
      <td class="c-agency">
        <Swatch colour={colour} /> {event.agency}
      </td>
      <td class="c-type">
        <span class={`type-dot t-${type.family}`} aria-hidden="true" />
        {type.short}
        {event.typeText ? <span class="muted"> · {event.typeText}</span> : null}
      </td>
      <td class="c-who">{event.subjects.join(', ')}</td>
      {record ? (
        <td class="c-desc">{record.description ?? ''}</td>
      ) : (
        <td class="c-desc c-pending" aria-busy="true">
          {event.label ?? '…'}
        </td>
      )}
      <td class="c-outcome">{record?.outcome ?? ''}</td>
    </tr>
  );
}
