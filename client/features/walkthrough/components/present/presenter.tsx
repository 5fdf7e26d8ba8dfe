import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import { api, type ReviewDto } from '../../../../shared/api/api';
import type { GapDto, MeetingDto, NotesResponse } from '../../../../shared/api/api-types';
import { agencyColours } from '../../../../shared/lib/agencies';
import { filtersToParams, type EventFilters } from '../../../../shared/lib/filters';
import { episodesAt, eventMarks, indexNotes } from '../../../../shared/lib/notes';
import type { Abilities } from '../../../../shared/lib/roles';
import { reviewPath } from '../../../../shared/lib/routes';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import {
  flaggedEventIds,
  gapsIn,
  keyTarget,
  laneOrder,
  presentSearch,
  stepAway,
  stripRange,
} from '../../lib/walkthrough';
import { navigate, replaceSearch } from '../../../../shared/router';
import { Loading } from '../../../../shared/ui';
import { MeetingEnded, PresentBar, PresentKeys } from './present-controls';
import { PresentStrip } from './present-strip';
import { Stage } from './stage';
import { useChair, type Role } from './use-chair';
import { useFollow } from './use-follow';
import { usePresentKeys } from './use-present-keys';

export interface PresenterProps {
  review: ReviewDto;
  can: Abilities;
  view: ViewMode;
  filters: EventFilters;
  initialKeyOnly: boolean;
  initialEvent: string | null;
  initialRole: Role;
  initialMeeting: MeetingDto | null;
  events: EventDto[];
  keyEvents: EventDto[];
  notes: NotesResponse;
  gaps: GapDto[];
  /** Asks for the review's notes again (the chair may add some during a meeting). */
  reloadNotes: () => void;
}

/** A follower's notes are asked for again on a step at most this often. */
/**
 * One walk-through on screen: the event in large type, the strip of where it sits, and the
 * bar. The meeting's two sides live in useChair and useFollow; the keys in usePresentKeys.
 */
export function Presenter(props: PresenterProps) {
  const { review, can, view, filters, events, notes, gaps } = props;
  const [role, setRole] = useState<Role>(props.initialRole);
  const [meeting, setMeeting] = useState<MeetingDto | null>(props.initialMeeting);
  const [keyOnly, setKeyOnly] = useState(props.initialKeyOnly);
  const [notice, setNotice] = useState<string | null>(null);
  const [fullscreen, setFullscreen] = useState(false);

  const byId = useMemo(() => {
    const map = new Map(props.keyEvents.map((e) => [e.id, e]));
    for (const e of events) map.set(e.id, e);
    return map;
  }, [events, props.keyEvents]);
  const notesIndex = useMemo(() => indexNotes(notes, byId), [notes, byId]);
  const marks = useMemo(() => eventMarks(notesIndex), [notesIndex]);
  const baseIds = useMemo(() => events.map((e) => e.id), [events]);
  const shownEvents = useMemo(
    () => (keyOnly ? events.filter((e) => notesIndex.keyIds.has(e.id)) : events),
    [events, keyOnly, notesIndex],
  );
  const ids = useMemo(() => shownEvents.map((e) => e.id), [shownEvents]);
  const idSet = useMemo(() => new Set(baseIds), [baseIds]);
  const flagged = useMemo(() => flaggedEventIds(gaps), [gaps]);
  const stripGaps = useMemo(() => gapsIn(gaps, idSet), [gaps, idSet]);
  const lanes = useMemo(() => laneOrder(events), [events]);
  const colours = useMemo(
    () => agencyColours(events.map((e) => ({ agency: e.agency, kind: e.agencyKind }))),
    [events],
  );
  const range = useMemo(
    () => stripRange(events, { from: review.periodStart, to: review.periodEnd }, filters),
    [events, review.periodStart, review.periodEnd, filters.from, filters.to],
  );

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

  // An event outside the sequence (the chair went where this list does not reach): fetched alone.
  const [extra, setExtra] = useState<Map<string, EventDto>>(() => new Map());
  useEffect(() => {
    if (!shownId || byId.has(shownId) || extra.has(shownId)) return;
    let live = true;
    api.getEvent(review.id, shownId, view).then(
      (event) => live && setExtra((m) => new Map(m).set(event.id, event)),
      () => live && setNotice('That event could not be loaded.'),
    );
    return () => {
      live = false;
    };
  }, [shownId, byId]);
  const shown = shownId ? (byId.get(shownId) ?? extra.get(shownId) ?? null) : null;

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

  // The URL follows the walk-through, so a reload or a copied link comes back to the same place.
  useEffect(() => {
    replaceSearch(
      presentSearch(
        role === 'follower' && meeting
          ? { meeting: meeting.id }
          : {
              filters: { ...filters, annotated: keyOnly },
              meeting: role === 'chair' ? (meeting?.id ?? null) : null,
              event: current,
            },
      ),
    );
  }, [current, keyOnly, role, meeting?.id]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  useEffect(() => {
    const update = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);

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

  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const back = filtersToParams({ ...filters, annotated: keyOnly });
    if (shownId && byId.has(shownId)) back.set('event', shownId);
    navigate(reviewPath(review.id, 'timeline', back.toString()));
  };

  const toggleKeyOnly = () => {
    const next = !keyOnly;
    setKeyOnly(next);
    if (next && notesIndex.keyIds.size === 0) {
      setNotice('No key events yet: nothing carries a review note.');
      return;
    }
    if (next && role !== 'follower') {
      const target = keyTarget(baseIds, notesIndex.keyIds, current);
      if (target && target !== current) goTo(target);
    }
    setNotice(next ? 'Key events only' : 'Every event');
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  usePresentKeys({ ids, shownId, goTo, leave, toggleKeyOnly, flagged }, setNotice);

  const index = shownId ? ids.indexOf(shownId) : -1;
  const chairIndex = follow.chairAt ? ids.indexOf(follow.chairAt) : -1;
  const mayPick = role !== 'follower' || follow.mode !== 'following';
  const status =
    role === 'chair'
      ? `Chairing “${meeting?.title ?? 'the meeting'}”: everyone following sees each step`
      : role === 'follower'
        ? follow.mode === 'following'
          ? `Following ${meeting?.chairName ?? 'the chair'}`
          : follow.mode === 'away'
            ? `Browsing on your own · the chair is on ${chairIndex >= 0 ? `${chairIndex + 1} of ${ids.length}` : 'another event'}`
            : 'The meeting has ended'
        : 'Walk-through';

  return (
    <div
      class={`present present-${role}${follow.mode === 'away' && role === 'follower' ? ' present-away' : ''}`}
      data-testid="present"
      data-role={role}
    >
      <PresentBar
        review={review}
        can={can}
        view={view}
        role={role}
        follow={follow}
        setFollow={setFollow}
        status={status}
        index={index}
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
      {notice ? (
        <div class="present-notice" role="status">
          {notice}
        </div>
      ) : null}
      <PresentStrip
        events={shownEvents}
        lanes={lanes}
        colours={colours}
        range={range}
        gaps={stripGaps}
        episodes={notesIndex.episodes}
        marks={marks}
        flagged={flagged}
        current={shown}
        chair={
          role === 'follower' && follow.mode === 'away' && follow.chairAt
            ? (byId.get(follow.chairAt) ?? extra.get(follow.chairAt) ?? null)
            : null
        }
        onPick={mayPick ? goTo : undefined}
      />
      <main class="present-main" aria-live={role === 'follower' ? 'polite' : undefined}>
        {shown ? (
          <Stage
            event={shown}
            colour={colours.get(shown.agency)}
            notes={notesIndex.byEvent.get(shown.id) ?? []}
            episodes={episodesAt(notesIndex, shown)}
            gaps={gaps.filter(
              (g) => g.triggerEventId === shown.id || g.expectedEventId === shown.id,
            )}
          />
        ) : role === 'follower' && follow.mode === 'following' ? (
          <p class="present-waiting">Waiting for the chair to choose the first event…</p>
        ) : ids.length === 0 ? (
          <p class="present-waiting">
            No events in this walk-through{keyOnly ? ' are key events' : ''}.
          </p>
        ) : (
          <Loading />
        )}
      </main>
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
