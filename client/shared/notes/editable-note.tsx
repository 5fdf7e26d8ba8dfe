import { api } from '../api/api';
import type { AnnotationDto } from '../api/api-types';
import { NoteCard } from './note-card';
import { NoteForm } from './note-form';

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
