// The notes page's lists: key practice episodes, then notes on their records, on changed records, and orphaned.
import type { EventDto } from '../../../../../server/contract/events';
import type { ReviewDto } from '../../../../shared/api/api';
import type { AnnotationDto, NotesResponse } from '../../../../shared/api/api-types';
import { sortNotes } from '../../../../shared/lib/notes';
import type { Abilities } from '../../../../shared/lib/roles';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import { episodesByStart, notesByStatus } from '../../lib/notes-list';
import { EpisodeCard } from './episode-card';
import { NoteRow } from './note-row';

export function NotesLists({
  review,
  notes,
  byId,
  can,
  view,
  onChanged,
}: {
  review: ReviewDto;
  notes: NotesResponse;
  byId: ReadonlyMap<string, EventDto>;
  can: Abilities;
  view: ViewMode;
  onChanged: () => void;
}) {
  const { attached, changed, orphaned } = notesByStatus(sortNotes(notes.annotations, byId));
  const episodes = episodesByStart(notes.episodes, byId);
  const row = (note: AnnotationDto) => (
    <NoteRow
      key={note.id}
      review={review}
      note={note}
      record={note.eventId ? byId.get(note.eventId) : undefined}
      knownThemes={notes.themes}
      canEdit={can.annotate}
      view={view}
      onChanged={onChanged}
    />
  );
  return (
    <>
      <section class="panel" aria-labelledby="episodes-heading">
        <h2 id="episodes-heading">Key practice episodes ({episodes.length})</h2>
        {episodes.length === 0 ? (
          <p class="empty">
            No episodes yet.{' '}
            {can.annotate
              ? 'On the timeline, open the first record of a span and choose “Start episode here”, then open its last record and choose “End episode here”.'
              : null}
          </p>
        ) : (
          <ul class="episode-list">
            {episodes.map((episode) => (
              <EpisodeCard
                key={episode.id}
                review={review}
                episode={episode}
                byId={byId}
                knownThemes={notes.themes}
                can={can}
                onChanged={onChanged}
              />
            ))}
          </ul>
        )}
      </section>

      <section class="panel" aria-labelledby="attached-heading">
        <h2 id="attached-heading">Notes on the records ({attached.length})</h2>
        {attached.length === 0 ? (
          <p class="empty">No notes yet.</p>
        ) : (
          <ul class="note-rows">{attached.map(row)}</ul>
        )}
      </section>

      <section class="panel panel-attention" aria-labelledby="changed-heading">
        <h2 id="changed-heading">Source changed ({changed.length})</h2>
        <p class="muted">
          The agency uploaded these records again and their content changed after the note was
          written. Read the record as it is now beside the one the note was made on;{' '}
          <strong>Re-attach</strong> accepts it as it now reads.
        </p>
        {changed.length === 0 ? (
          <p class="empty">None.</p>
        ) : (
          <ul class="note-rows">{changed.map(row)}</ul>
        )}
      </section>

      <section class="panel panel-attention" aria-labelledby="orphaned-heading">
        <h2 id="orphaned-heading">Orphaned ({orphaned.length})</h2>
        <p class="muted">
          These records are gone from the agency’s current chronology. The notes are kept, with the
          record they were made on.
        </p>
        {orphaned.length === 0 ? (
          <p class="empty">None.</p>
        ) : (
          <ul class="note-rows">{orphaned.map(row)}</ul>
        )}
      </section>
    </>
  );
}
