import { useMemo, useState } from 'preact/hooks';
import type { EventDto } from '../../../../server/contract/events';
import { AnnexExport } from '../../../shared/components/annex-export';
import { EpisodeCard } from '../components/notes/episode-card';
import { EditableNote } from '../../../shared/notes/event-notes';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useAction } from '../../../shared/hooks/use-action';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, loadAllEvents, type ReviewDto } from '../../../shared/api/api';
import type { AnnotationDto, EpisodeDto, NotesResponse } from '../../../shared/api/api-types';
import { eventType } from '../../../shared/lib/event-types';
import { NO_FILTERS } from '../../../shared/lib/filters';
import { sortNotes } from '../../../shared/lib/notes';
import type { Abilities } from '../../../shared/lib/roles';
import { reviewPath } from '../../../shared/lib/routes';
import { truncate } from '../../../shared/lib/timeline-items';
import { useViewMode, type ViewMode } from '../../../shared/lib/view-mode';
import { presentSearch } from '../lib/walkthrough';

/**
 * Every note on the review's records and every key practice episode, in one list: notes still on
 * their record; notes whose record the agency re-uploaded with different content ("source
 * changed", to re-attach once read); and orphans, whose record is gone from the agency's current
 * chronology, listed apart with the record they were made on. Nothing is hidden.
 */
export function NotesPage({ review, can }: { review: ReviewDto; can: Abilities }) {
  const view = useViewMode(review.id, can.namedView);
  const [notes, reloadNotes] = useResource(() => api.listNotes(review.id, view), [review.id, view]);
  // The records the notes are on: the key events (a note, or an episode's end) are exactly them.
  const [events, reloadEvents] = useResource(
    () =>
      loadAllEvents(review.id, undefined, {
        query: new URLSearchParams({ annotated: 'true' }),
        view,
      }),
    [review.id, view],
  );
  const reload = () => {
    reloadNotes();
    reloadEvents();
  };
  const byId = useMemo(() => new Map((events.data ?? []).map((e) => [e.id, e])), [events.data]);

  return (
    <main class="page page-narrow notes-page">
      <div class="page-head">
        <div>
          <h1>Notes and key practice episodes</h1>
          <p class="lead">
            The review’s marks on the records: key events, missed opportunities, good practice and
            learning points, and the key practice episodes they make up.{' '}
            {can.annotate
              ? 'Mark a record, or start and end an episode, from its details on the timeline.'
              : 'The reviewer writes them; you read them here and in the walk-through.'}
          </p>
        </div>
        <div class="page-actions">
          {can.present ? (
            <a
              class="button"
              href={reviewPath(
                review.id,
                'present',
                presentSearch({ filters: { ...NO_FILTERS, annotated: true } }),
              )}
            >
              Walk through the key events
            </a>
          ) : null}
          {can.exportAnnex ? <AnnexExport reviewId={review.id} /> : null}
        </div>
      </div>
      {notes.status === 'error' ? (
        <ErrorNote error={notes.error} title="The notes could not be loaded." />
      ) : null}
      {events.status === 'error' ? (
        <ErrorNote error={events.error} title="The records could not be loaded." />
      ) : null}
      {notes.status === 'loading' || events.status === 'loading' ? <Loading /> : null}
      {notes.status === 'ready' && events.status === 'ready' ? (
        <NotesLists
          review={review}
          notes={notes.data}
          byId={byId}
          can={can}
          view={view}
          onChanged={reload}
        />
      ) : null}
    </main>
  );
}

function NotesLists({
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
  const sorted = sortNotes(notes.annotations, byId);
  const attached = sorted.filter((n) => n.status === 'attached');
  const changed = sorted.filter((n) => n.status === 'source-changed');
  const orphaned = sorted.filter((n) => n.status === 'orphaned');
  const episodes = [...notes.episodes].sort((a, b) => {
    const day = (e: EpisodeDto) =>
      (e.start.eventId ? byId.get(e.start.eventId)?.date.earliest : undefined) ?? '9999';
    return day(a).localeCompare(day(b));
  });
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

/** A record in a line or two: date, agency, type, the start of its description. */
function RecordSummary({
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
        <strong>{event.date.text}</strong>
        {event.time ? ` ${event.time}` : ''} · {event.agency} · {eventType(event.type).short}
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

/** The record a note was first made on, which the API still returns from a superseded version. */
function OriginalRecord({
  reviewId,
  eventId,
  view,
}: {
  reviewId: string;
  eventId: string;
  view: ViewMode;
}) {
  const [original] = useResource(
    () => api.getEvent(reviewId, eventId, view),
    [reviewId, eventId, view],
  );
  if (original.status === 'loading') return <Loading>Loading the original record…</Loading>;
  if (original.status === 'error')
    return <ErrorNote error={original.error} title="The original record could not be loaded." />;
  return (
    <div class="record-original">
      <RecordSummary event={original.data} reviewId={reviewId} link={false} />
      <div class="muted small">
        {original.data.fileName ? `${original.data.fileName}, ` : ''}version {original.data.version}
        , row {original.data.row}
      </div>
    </div>
  );
}

function NoteRow({
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
