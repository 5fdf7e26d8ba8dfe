import { useState } from 'preact/hooks';
import type { EventDto } from '../../../../server/contract/events';
import { Presenter } from '../components/present/presenter';
import type { Role } from '../components/present/use-chair';
import { WalkthroughSetup } from '../components/present/walkthrough-setup';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, loadAllEvents, type ReviewDto, type SessionDto } from '../../../shared/api/api';
import type { GapDto, MeetingDto } from '../../../shared/api/api-types';
import { parseFilters, type EventFilters } from '../../../shared/lib/filters';
import { EMPTY_NOTES, indexNotes } from '../../../shared/lib/notes';
import type { Abilities } from '../../../shared/lib/roles';
import { reviewPath } from '../../../shared/lib/routes';
import { useViewMode } from '../../../shared/lib/view-mode';
import { parsePresent, presentSearch, sequenceQuery } from '../lib/walkthrough';
import { replaceSearch } from '../../../shared/router';

/**
 * Presentation mode: the walk-through, one event at a time in large type, for a panel meeting
 * or a learning event. Alone, or as a meeting: the reviewer who starts one chairs it, and every
 * step they take reaches the followers' screens through a server-sent event stream; a follower
 * may step away to browse and re-join the chair.
 */
export function PresentPage({
  review,
  session,
  can,
  search,
}: {
  review: ReviewDto;
  session: SessionDto;
  can: Abilities;
  search: string;
}) {
  // Read once: the page keeps its own state in the URL as it goes, which must not restart it.
  const [initial, setInitial] = useState(() => parsePresent(search));
  if (initial.meeting) {
    return (
      <MeetingGate
        review={review}
        session={session}
        can={can}
        meetingId={initial.meeting}
        onAlone={() => {
          replaceSearch('');
          setInitial(parsePresent(''));
        }}
      />
    );
  }
  return (
    <Walkthrough
      review={review}
      can={can}
      initialFilters={initial.filters}
      initialEvent={initial.event}
      initialRole="solo"
      initialMeeting={null}
      started={initial.event !== null}
    />
  );
}

/** A meeting link: its chair comes back to chair it, anyone else follows. */
function MeetingGate({
  review,
  session,
  can,
  meetingId,
  onAlone,
}: {
  review: ReviewDto;
  session: SessionDto;
  can: Abilities;
  meetingId: string;
  /** The meeting is over: walk through alone instead. */
  onAlone: () => void;
}) {
  const [meeting] = useResource(() => api.currentMeeting(review.id), [review.id, meetingId]);
  if (meeting.status === 'loading')
    return (
      <div class="present present-message">
        <Loading>Joining the meeting…</Loading>
      </div>
    );
  if (meeting.status === 'error')
    return (
      <div class="present present-message">
        <ErrorNote error={meeting.error} title="The meeting could not be joined." />
        <a href={reviewPath(review.id, 'timeline')}>Back to the timeline</a>
      </div>
    );
  if (!meeting.data || meeting.data.id !== meetingId)
    return <MeetingOver review={review} onAlone={onAlone} />;
  const m = meeting.data;
  const role: Role = m.chairId === session.user.id ? 'chair' : 'follower';
  return (
    <Walkthrough
      review={review}
      can={can}
      initialFilters={parseFilters(new URLSearchParams(m.filter))}
      initialEvent={m.position}
      initialRole={role}
      initialMeeting={m}
      started
    />
  );
}

function MeetingOver({ review, onAlone }: { review: ReviewDto; onAlone: () => void }) {
  return (
    <div class="present present-message" data-testid="meeting-ended">
      <h1>The meeting has ended</h1>
      <p>
        <a class="button-primary" href={reviewPath(review.id, 'timeline')}>
          Back to the timeline
        </a>{' '}
        <button type="button" class="button" onClick={onAlone}>
          Walk through on your own
        </button>
      </p>
    </div>
  );
}

interface WalkthroughProps {
  review: ReviewDto;
  can: Abilities;
  initialFilters: EventFilters;
  initialEvent: string | null;
  initialRole: Role;
  initialMeeting: MeetingDto | null;
  /** False: the "Start walk-through" form comes first. */
  started: boolean;
}

function Walkthrough(props: WalkthroughProps) {
  const { review, can } = props;
  const view = useViewMode(review.id, can.namedView);
  const [filters, setFilters] = useState(props.initialFilters);
  const [keyOnly, setKeyOnly] = useState(props.initialFilters.annotated);
  const [started, setStarted] = useState(props.started);
  const [startAs, setStartAs] = useState<{ role: Role; meeting: MeetingDto | null }>({
    role: props.initialRole,
    meeting: props.initialMeeting,
  });
  const query = sequenceQuery(filters);
  const queryKey = query.toString();
  const [events] = useResource(
    () => loadAllEvents(review.id, undefined, { query, view }),
    [review.id, queryKey, view],
  );
  // The records every episode starts and ends at, wherever the filter puts them.
  const [keyEvents] = useResource(
    () =>
      can.readNotes
        ? loadAllEvents(review.id, undefined, {
            query: new URLSearchParams({ annotated: 'true' }),
            view,
          })
        : Promise.resolve([] as EventDto[]),
    [review.id, view, can.readNotes],
  );
  const [notes, reloadNotes] = useResource(
    () => (can.readNotes ? api.listNotes(review.id, view) : Promise.resolve(EMPTY_NOTES)),
    [review.id, view, can.readNotes],
  );
  const [gaps] = useResource(
    () =>
      can.seeGaps
        ? api.listGaps(review.id, view).then((set) => set.gaps)
        : Promise.resolve([] as GapDto[]),
    [review.id, view, can.seeGaps],
  );

  const failed = [events, keyEvents, notes, gaps].find((r) => r.status === 'error');
  if (failed?.status === 'error')
    return (
      <div class="present present-message">
        <ErrorNote error={failed.error} title="The walk-through could not be loaded." />
        <a href={reviewPath(review.id, 'timeline')}>Back to the timeline</a>
      </div>
    );
  const ready =
    events.status === 'ready' &&
    keyEvents.status === 'ready' &&
    notes.status === 'ready' &&
    gaps.status === 'ready';

  if (!started) {
    return (
      <WalkthroughSetup
        review={review}
        can={can}
        filters={filters}
        keyOnly={keyOnly}
        themes={notes.data?.themes ?? []}
        events={ready ? events.data : null}
        keyIds={
          ready
            ? indexNotes(notes.data, new Map(keyEvents.data.map((e) => [e.id, e]))).keyIds
            : null
        }
        onChange={(next, nextKeyOnly) => {
          setFilters(next);
          setKeyOnly(nextKeyOnly);
          replaceSearch(presentSearch({ filters: { ...next, annotated: nextKeyOnly } }));
        }}
        onStart={(meeting) => {
          setStartAs(meeting ? { role: 'chair', meeting } : { role: 'solo', meeting: null });
          setStarted(true);
        }}
      />
    );
  }
  if (!ready)
    return (
      <div class="present present-message">
        <Loading>Loading the walk-through…</Loading>
      </div>
    );
  return (
    <Presenter
      review={review}
      can={can}
      view={view}
      filters={filters}
      initialKeyOnly={keyOnly}
      initialEvent={props.initialEvent}
      initialRole={startAs.role}
      initialMeeting={startAs.meeting}
      events={events.data}
      keyEvents={keyEvents.data}
      notes={notes.data}
      gaps={gaps.data}
      reloadNotes={reloadNotes}
    />
  );
}
