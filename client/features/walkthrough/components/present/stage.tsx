import type { EventDto } from '../../../../../server/contract/events';
import type { AnnotationDto, EpisodeDto, GapDto } from '../../../../shared/api/api-types';
import { formatInterval } from '../../../../shared/lib/dates';
import { eventType } from '../../../../shared/lib/event-types';
import type { EpisodeRole } from '../../../../shared/lib/notes';
import { EpisodeBadge } from '../../../../shared/notes/episode-badge';
import { NoteCard } from '../../../../shared/notes/note-card';
import { houseDate } from '../../../../../server/contract/house-date';

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'yes' : 'no');

/**
 * One event, large enough to read from the back of a meeting room: the date as the agency wrote
 * it, the agency, the type, who was involved, what happened and what was done; beside it the
 * review's notes on it, the key practice episodes it belongs to and its gap flags.
 */
export function Stage({
  event,
  colour,
  notes,
  episodes,
  gaps,
}: {
  event: EventDto;
  colour: string | undefined;
  notes: readonly AnnotationDto[];
  episodes: readonly { episode: EpisodeDto; role: EpisodeRole }[];
  gaps: readonly GapDto[];
}) {
  const type = eventType(event.type);
  const approximate = event.date.precision !== 'day' || event.date.earliest !== event.date.latest;
  const childSeen = yesNo(event.childSeen);
  const hasSide = notes.length + episodes.length + gaps.length > 0;
  return (
    <div class={hasSide ? 'stage' : 'stage stage-alone'} data-event-id={event.id}>
      <article class="stage-event" data-testid="present-event" aria-label="The event">
        <div class="stage-when">
          <span
            class="stage-date"
            data-testid="present-date"
            title={`As written: ${event.date.text}`}
          >
            {houseDate(event.date)}
          </span>
          {event.time ? <span class="stage-time">{event.time}</span> : null}
          {event.endDate ? (
            <span class="stage-until">until {houseDate(event.endDate, event.endTime)}</span>
          ) : null}
          {approximate || event.date.uncertain ? (
            <span class="stage-approx">
              {event.date.uncertain ? 'date marked uncertain · ' : ''}read as{' '}
              {formatInterval(event.date)}
            </span>
          ) : null}
        </div>
        <div class="stage-agency">
          <span class="stage-swatch" style={{ background: colour ?? '#5b6472' }} />
          {event.agency}
          {event.team ? <span class="stage-team"> · {event.team}</span> : null}
          {event.practitioner ? <span class="stage-team"> · {event.practitioner}</span> : null}
        </div>
        <h2 class="stage-type">
          <span class={`type-dot t-${type.family}`} aria-hidden="true" />
          {type.label}
          {event.typeText && event.typeText !== type.label ? (
            <span class="stage-typetext"> “{event.typeText}”</span>
          ) : null}
        </h2>
        {event.subjects.length > 0 || childSeen ? (
          <div class="stage-who">
            {event.subjects.length > 0 ? (
              <span>
                <span class="stage-label">Who</span> {event.subjects.join(', ')}
              </span>
            ) : null}
            {childSeen ? (
              <span>
                <span class="stage-label">Child seen</span> {childSeen}
                {event.seenAlone !== null ? ` (alone: ${yesNo(event.seenAlone)})` : ''}
              </span>
            ) : null}
          </div>
        ) : null}
        <p class="stage-description pre" data-testid="present-description">
          {event.description ?? '(no description)'}
        </p>
        {event.outcome ? (
          <div class="stage-outcome">
            <span class="stage-label">Outcome</span>
            <p class="pre" data-testid="present-outcome">
              {event.outcome}
            </p>
          </div>
        ) : null}
      </article>
      {hasSide ? (
        <aside
          class="stage-side"
          aria-label="Review notes on this event"
          data-testid="present-notes"
        >
          {episodes.map(({ episode, role }) => (
            <EpisodeBadge key={episode.id} episode={episode} role={role} />
          ))}
          {gaps.map((gap) => (
            <div key={gap.id} class={`stage-gap gap-${gap.certainty}`}>
              <span class="stage-label">
                {gap.certainty === 'certain' ? 'Gap flag' : 'Possible gap'}
              </span>
              <span class="stage-gap-name">{gap.ruleName}</span>
              <span class="stage-gap-message">{gap.message}</span>
            </div>
          ))}
          {notes.map((note) => (
            <NoteCard key={note.id} note={note} />
          ))}
        </aside>
      ) : null}
    </div>
  );
}
