import { useCallback, useState } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import { api, type ReviewDto } from '../../../../shared/api/api';
import type { GapDto, MeetingDto, NotesResponse } from '../../../../shared/api/api-types';
import type { EventFilters } from '../../../../shared/lib/filters';
import type { Abilities } from '../../../../shared/lib/roles';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import { presentClass, presentStatus } from '../../lib/present-status';
import { keyOnlySwitch, stepAway } from '../../lib/walkthrough';
import { MeetingEnded, PresentBar, PresentKeys, PresentNotice } from './present-controls';
import { PresentMain } from './present-main';
import { PresentStrip } from './present-strip';
import { useChair, type Role } from './use-chair';
import { useFollow } from './use-follow';
import { useFullRecord } from './use-full-record';
import { useFullscreen } from './use-fullscreen';
import { useNotice } from './use-notice';
import { usePresentAddress } from './use-present-address';
import { usePresentKeys } from './use-present-keys';
import { useSequence } from './use-sequence';

export interface PresenterProps {
  review: ReviewDto;
  can: Abilities;
  view: ViewMode;
  filters: EventFilters;
  initialKeyOnly: boolean;
  initialEvent: string | null;
  initialRole: Role;
  initialMeeting: MeetingDto | null;
  /** The sequence as the timeline feed gives it: no free text (the stage fetches that). */
  events: TimelineEvent[];
  keyEvents: TimelineEvent[];
  notes: NotesResponse;
  gaps: GapDto[];
  /** Asks for the review's notes again (the chair may add some during a meeting). */
  reloadNotes: () => void;
}

/**
 * One walk-through on screen: the event in large type, the strip of where it sits, and the
 * bar. The meeting's two sides live in useChair and useFollow; the keys in usePresentKeys; the
 * sequence in useSequence.
 */
export function Presenter(props: PresenterProps) {
  const { review, can, view, filters, events, notes, gaps } = props;
  const [role, setRole] = useState<Role>(props.initialRole);
  const [meeting, setMeeting] = useState<MeetingDto | null>(props.initialMeeting);
  const [keyOnly, setKeyOnly] = useState(props.initialKeyOnly);
  const [notice, setNotice] = useNotice();
  const { fullscreen, toggleFullscreen } = useFullscreen();
  const sequence = useSequence({
    review,
    filters,
    events,
    keyEvents: props.keyEvents,
    notes,
    gaps,
    keyOnly,
  });
  const { byId, notesIndex, baseIds, ids, colours } = sequence;

  // Solo and chair: the event on screen. A follower's comes from the chair (or their browsing).
  const [current, setCurrent] = useState<string | null>(() => {
    const wanted = props.initialEvent;
    if (wanted && (byId.has(wanted) || props.initialRole === 'follower')) return wanted;
    return ids[0] ?? null;
  });
  const [follow, setFollow] = useFollow({
    review,
    role,
    meeting,
    initialEvent: props.initialEvent,
    reloadNotes: props.reloadNotes,
  });
  const shownId = role === 'follower' ? follow.shown : current;
  const chairAway = role === 'follower' && follow.mode === 'away' ? follow.chairAt : null;
  const full = useFullRecord({
    load: (id) => api.getEvent(review.id, id, view),
    source: `${review.id} ${view}`,
    ids,
    byId,
    shownId,
    chairAway,
    onError: setNotice,
  });

  const { send, busy, startMeeting, endMeeting } = useChair({
    review,
    role,
    meeting,
    current,
    filters,
    keyOnly,
    setRole,
    setMeeting,
    setNotice,
  });

  const leave = usePresentAddress({
    reviewId: review.id,
    role,
    meeting,
    filters,
    keyOnly,
    current,
    backTo: shownId && byId.has(shownId) ? shownId : null,
  });

  const goTo = useCallback(
    (id: string | null) => {
      if (!id) return;
      if (role === 'follower') {
        setFollow((state) => stepAway(state, id));
        return;
      }
      if (send) void send(id);
      setCurrent(id);
    },
    [role, send],
  );

  const toggleKeyOnly = () => {
    const next = !keyOnly;
    setKeyOnly(next);
    const move = keyOnlySwitch(next, baseIds, notesIndex.keyIds, current, role !== 'follower');
    if (move.goTo) goTo(move.goTo);
    setNotice(move.notice);
  };

  usePresentKeys(
    { ids, shownId, goTo, leave, toggleKeyOnly, flagged: sequence.flagged },
    setNotice,
  );

  const following = role === 'follower' && follow.mode === 'following';
  const status = presentStatus(role, follow, meeting, ids);

  return (
    <div class={presentClass(role, follow.mode)} data-testid="present" data-role={role}>
      <PresentBar
        review={review}
        can={can}
        view={view}
        role={role}
        follow={follow}
        setFollow={setFollow}
        status={status}
        index={shownId ? ids.indexOf(shownId) : -1}
        total={ids.length}
        keyOnly={keyOnly}
        busy={busy}
        fullscreen={fullscreen}
        leave={leave}
        toggleKeyOnly={toggleKeyOnly}
        startMeeting={startMeeting}
        endMeeting={endMeeting}
        toggleFullscreen={toggleFullscreen}
      />
      <PresentNotice notice={notice} />
      <PresentStrip
        events={sequence.shownEvents}
        lanes={sequence.lanes}
        colours={colours}
        range={sequence.range}
        gaps={sequence.stripGaps}
        episodes={notesIndex.episodes}
        marks={sequence.marks}
        flagged={sequence.flagged}
        current={full.placed(shownId)}
        chair={full.placed(chairAway)}
        onPick={following ? undefined : goTo}
      />
      <PresentMain
        shown={full.shown}
        role={role}
        waiting={following}
        empty={ids.length === 0}
        keyOnly={keyOnly}
        colours={colours}
        notesIndex={notesIndex}
        gaps={gaps}
      />
      <PresentKeys can={can} role={role} />
      {role === 'follower' && follow.mode === 'ended' ? (
        <MeetingEnded
          onAlone={() => {
            setCurrent(follow.shown);
            setMeeting(null);
            setRole('solo');
          }}
          leave={leave}
        />
      ) : null}
    </div>
  );
}
