import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { EventDto } from '../../../server/contract/events';
import { useAction } from '../hooks/use-action';
import { api } from '../api/api';
import type { AnnotationDto, AnnotationKind, EpisodeDto } from '../api/api-types';
import { ANNOTATION_KINDS } from '../api/api-types';
import { ASSESSMENT_LABELS, NOTE_KIND_LABELS, type EpisodeRole } from '../lib/notes';
import { ErrorNote } from '../ui';
import { EpisodeForm } from './episode-form';
import { NoteForm } from './note-form';

/** A note as every screen shows it: its kind, text, themes, and whether its record changed. */
export function NoteCard({
  note,
  children,
}: {
  note: Pick<AnnotationDto, 'kind' | 'text' | 'themes' | 'status'>;
  children?: ComponentChildren;
}) {
  return (
    <div class={`note-card kind-${note.kind}`} data-kind={note.kind}>
      <div class="note-card-head">
        <span class={`kind-badge kind-${note.kind}`}>{NOTE_KIND_LABELS[note.kind]}</span>
        {note.status === 'source-changed' ? (
          <span
            class="tag tag-warn"
            title="The agency re-uploaded this record and its content changed since the note was written"
          >
            source changed
          </span>
        ) : null}
      </div>
      {note.text ? <p class="note-text pre">{note.text}</p> : null}
      <ThemeList themes={note.themes} />
      {children}
    </div>
  );
}

/** A note's or an episode's themes as tags; nothing when it has none. */
export function ThemeList({ themes }: { themes: readonly string[] }) {
  if (themes.length === 0) return null;
  return (
    <ul class="theme-list" aria-label="Themes">
      {themes.map((t) => (
        <li key={t} class="theme-tag">
          {t}
        </li>
      ))}
    </ul>
  );
}

/** A reviewer's Edit and Delete on a note or an episode; Delete asks once more before it deletes. */
export function EditDeleteButtons({
  onEdit,
  confirming,
  onConfirming,
  deleteLabel,
  onDelete,
}: {
  onEdit: () => void;
  /** Delete was chosen: show `deleteLabel` to confirm it, and "Keep it". */
  confirming: boolean;
  onConfirming: (confirming: boolean) => void;
  deleteLabel: string;
  onDelete: () => void;
}) {
  return (
    <>
      <button type="button" class="button-link" onClick={onEdit}>
        Edit
      </button>
      {confirming ? (
        <>
          <button type="button" class="button button-danger" onClick={onDelete}>
            {deleteLabel}
          </button>
          <button type="button" class="button-link" onClick={() => onConfirming(false)}>
            Keep it
          </button>
        </>
      ) : (
        <button type="button" class="button-link" onClick={() => onConfirming(true)}>
          Delete
        </button>
      )}
    </>
  );
}

/**
 * A note where a reviewer may change it: its card with Re-attach (when its record changed), Edit
 * and Delete, or in its place the form while it is edited. The caller keeps whether it is being
 * edited or its deletion confirmed, and runs the changes (showing their errors where it likes).
 */
export function EditableNote({
  reviewId,
  note,
  knownThemes,
  canEdit,
  editing,
  onEditing,
  confirming,
  onConfirming,
  run,
  onChanged,
  reattachTitle,
}: {
  reviewId: string;
  note: AnnotationDto;
  knownThemes: readonly string[];
  canEdit: boolean;
  editing: boolean;
  onEditing: (editing: boolean) => void;
  confirming: boolean;
  onConfirming: (confirming: boolean) => void;
  run: (action: () => Promise<unknown>) => Promise<void>;
  onChanged: () => void;
  reattachTitle?: string;
}) {
  if (editing)
    return (
      <NoteForm
        initial={note}
        knownThemes={knownThemes}
        submitLabel="Save note"
        onCancel={() => onEditing(false)}
        onSave={async (draft) => {
          await api.updateNote(reviewId, note.id, draft);
          onEditing(false);
          onChanged();
        }}
      />
    );
  return (
    <NoteCard note={note}>
      {canEdit ? (
        <div class="note-actions">
          {note.status === 'source-changed' ? (
            <button
              type="button"
              class="button"
              title={reattachTitle}
              onClick={() =>
                void run(() =>
                  api.updateNote(reviewId, note.id, {
                    kind: note.kind,
                    text: note.text,
                    themes: note.themes,
                    reattach: true,
                  }),
                )
              }
            >
              Re-attach
            </button>
          ) : null}
          <EditDeleteButtons
            onEdit={() => onEditing(true)}
            confirming={confirming}
            onConfirming={onConfirming}
            deleteLabel="Delete this note"
            onDelete={() => void run(() => api.deleteNote(reviewId, note.id))}
          />
        </div>
      ) : null}
    </NoteCard>
  );
}

const ROLE_WORDS: Record<EpisodeRole, string> = {
  start: 'starts here',
  end: 'ends here',
  'start-end': 'starts and ends here',
  inside: 'this record is inside it',
};

export function EpisodeBadge({ episode, role }: { episode: EpisodeDto; role: EpisodeRole }) {
  return (
    <div class={`episode-badge assessment-${episode.assessment}`} data-testid="episode-badge">
      <span class="episode-badge-kind">
        Key practice episode · {ASSESSMENT_LABELS[episode.assessment]}
      </span>
      <span class="episode-badge-title">{episode.title}</span>
      <span class="episode-badge-role">{ROLE_WORDS[role]}</span>
    </div>
  );
}

interface Props {
  reviewId: string;
  event: EventDto;
  notes: readonly AnnotationDto[];
  episodes: readonly { episode: EpisodeDto; role: EpisodeRole }[];
  knownThemes: readonly string[];
  canEdit: boolean;
  /** The event chosen as an episode's first record, waiting for its last. */
  episodeStart: EventDto | null;
  onStartEpisode: (event: EventDto | null) => void;
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
                  startEventId: (first as EventDto).id,
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
                started at {episodeStart.date.text}, {episodeStart.agency}.{' '}
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
