// One note in the notes page's lists: its record (as it reads now, and as it did when the note was written) beside the note.
import { useState } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import type { ReviewDto } from '../../../../shared/api/api';
import type { AnnotationDto } from '../../../../shared/api/api-types';
import { useAction } from '../../../../shared/hooks/use-action';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import { EditableNote } from '../../../../shared/notes/editable-note';
import { ErrorNote } from '../../../../shared/ui';
import { OriginalRecord } from './original-record';
import { RecordSummary } from './record-summary';

export function NoteRow({
  review,
  note,
  record,
  knownThemes,
  canEdit,
  view,
  onChanged,
}: {
  review: ReviewDto;
  note: AnnotationDto;
  record: EventDto | undefined;
  knownThemes: readonly string[];
  canEdit: boolean;
  view: ViewMode;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, run] = useAction(onChanged);
  const showOriginal = note.status !== 'attached' && note.originalEventId;
  return (
    <li class={`note-row note-row-${note.status}`} data-note-id={note.id} data-status={note.status}>
      <div class="note-row-record">
        {record ? (
          <>
            {note.status === 'source-changed' ? <h4>The record now reads</h4> : null}
            <RecordSummary event={record} reviewId={review.id} />
          </>
        ) : null}
        {showOriginal ? (
          <>
            <h4>
              {note.status === 'orphaned'
                ? 'The record it was made on'
                : 'When the note was written'}
            </h4>
            <OriginalRecord
              reviewId={review.id}
              eventId={note.originalEventId as string}
              view={view}
            />
          </>
        ) : null}
        {!record && !showOriginal ? <p class="muted">The record is not available.</p> : null}
      </div>
      <div class="note-row-note">
        <EditableNote
          reviewId={review.id}
          note={note}
          knownThemes={knownThemes}
          canEdit={canEdit}
          editing={editing}
          onEditing={setEditing}
          confirming={confirming}
          onConfirming={setConfirming}
          run={run}
          onChanged={onChanged}
        />
        {error ? <ErrorNote error={error} /> : null}
      </div>
    </li>
  );
}
