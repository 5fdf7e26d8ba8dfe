import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../../../server/contract/feed';
import { useAction } from '../hooks/use-action';
import { api } from '../api/api';
import type { AnnotationDto, AnnotationKind, EpisodeDto } from '../api/api-types';
import { ANNOTATION_KINDS } from '../api/api-types';
import { NOTE_KIND_LABELS, type EpisodeRole } from '../lib/notes';
import { ErrorNote } from '../ui';
import { EditableNote } from './editable-note';
import { EpisodeBadge } from './episode-badge';
import { EpisodeForm } from './episode-form';
import { NoteForm } from './note-form';
import { houseDate } from '../../../server/contract/house-date';

// An event's notes and episodes in the side panel: the list, and the forms to add to it.

interface Props {
  reviewId: string;
  event: TimelineEvent;
  notes: readonly AnnotationDto[];
  episodes: readonly { episode: EpisodeDto; role: EpisodeRole }[];
  knownThemes: readonly string[];
  canEdit: boolean;
  /** The event chosen as an episode's first record, waiting for its last. */
  episodeStart: TimelineEvent | null;
  onStartEpisode: (event: TimelineEvent | null) => void;
  onChanged: () => void;
}

/**
 * The review's notes on one record, in the timeline's detail panel. A reviewer marks the record
 * (key event, missed opportunity, good practice, learning point), changes or deletes a note, and
 * starts or ends a key practice episode here; a panel member reads them.
 */
export function EventNotes({
  reviewId,
  event,
  notes,
  episodes,
  knownThemes,
  canEdit,
  episodeStart,
  onStartEpisode,
  onChanged,
}: Props) {
  const [adding, setAdding] = useState<AnnotationKind | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);
  const [error, run] = useAction(onChanged);

  // The episode runs from the earlier record to the later one, whichever was chosen first.
  const [first, last] =
    episodeStart && episodeStart.date.earliest > event.date.earliest
      ? [event, episodeStart]
      : [episodeStart, event];

  return (
    <section class="event-notes" aria-label="Review notes" data-testid="event-notes">
      <h3>Review notes</h3>
      {episodes.map(({ episode, role }) => (
        <EpisodeBadge key={episode.id} episode={episode} role={role} />
      ))}
      {notes.length === 0 && episodes.length === 0 && !canEdit ? (
        <p class="muted small">No notes on this record.</p>
      ) : null}
      {notes.map((note) => (
        <EditableNote
          key={note.id}
          reviewId={reviewId}
          note={note}
          knownThemes={knownThemes}
          canEdit={canEdit}
          editing={editing === note.id}
          onEditing={(on) => setEditing(on ? note.id : null)}
          confirming={confirming === note.id}
          onConfirming={(on) => setConfirming(on ? note.id : null)}
          run={run}
          onChanged={onChanged}
          reattachTitle="Accept the record as it now reads: the note is attached to it again"
        />
      ))}
      {error ? <ErrorNote error={error} /> : null}
      {canEdit && adding ? (
        <NoteForm
          initial={{ kind: adding, text: '', themes: [] }}
          knownThemes={knownThemes}
          submitLabel="Add note"
          onCancel={() => setAdding(null)}
          onSave={async (draft) => {
            await api.createNote(reviewId, { eventId: event.id, ...draft });
            setAdding(null);
            onChanged();
          }}
        />
      ) : null}
      {canEdit && !adding ? (
        <div class="mark-as" role="group" aria-label="Mark this record as">
          <span class="muted small">Mark as</span>
          {ANNOTATION_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              class={`button button-kind kind-${kind}`}
              onClick={() => setAdding(kind)}
            >
              {NOTE_KIND_LABELS[kind]}
            </button>
          ))}
        </div>
      ) : null}
      {canEdit ? (
        <div class="episode-controls">
          {ending && episodeStart ? (
            <EpisodeForm
              start={first}
              end={last}
              knownThemes={knownThemes}
              submitLabel="Save episode"
              onCancel={() => setEnding(false)}
              onSave={async (draft) => {
                await api.createEpisode(reviewId, {
                  ...draft,
                  startEventId: (first as TimelineEvent).id,
                  endEventId: last.id,
                });
                setEnding(false);
                onStartEpisode(null);
                onChanged();
              }}
            />
          ) : episodeStart && episodeStart.id === event.id ? (
            <p class="note episode-pending" role="status">
              A key practice episode starts here. Select the record where it ends, then{' '}
              <strong>End episode here</strong>.{' '}
              <button type="button" class="button-link" onClick={() => onStartEpisode(null)}>
                Cancel
              </button>
            </p>
          ) : episodeStart ? (
            <div class="episode-pending">
              <button type="button" class="button" onClick={() => setEnding(true)}>
                End episode here
              </button>{' '}
              <span class="muted small">
                started at {houseDate(episodeStart.date)}, {episodeStart.agency}.{' '}
                <button type="button" class="button-link" onClick={() => onStartEpisode(null)}>
                  Cancel
                </button>
              </span>
            </div>
          ) : (
            <button type="button" class="button" onClick={() => onStartEpisode(event)}>
              Start episode here
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}
