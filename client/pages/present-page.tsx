import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EventDto } from '../../server/contract/events';
import { CheckLabel, DateBoundInput, ThemeSelect } from '../components/filters/filter-inputs';
import { PresentStrip } from '../components/present/present-strip';
import { Stage } from '../components/present/stage';
import { ErrorNote, Loading } from '../components/ui';
import { useResource } from '../hooks/use-resource';
import {
  api,
  ApiError,
  loadAllEvents,
  meetingStreamUrl,
  type ReviewDto,
  type SessionDto,
} from '../lib/api';
import type { GapDto, MeetingDto, NotesResponse } from '../lib/api-types';
import { agencyColours } from '../lib/agencies';
import { formatCount, formatDay } from '../lib/dates';
import { filtersToParams, parseFilters, type EventFilters } from '../lib/filters';
import { EMPTY_NOTES, episodesAt, eventMarks, indexNotes } from '../lib/notes';
import type { Abilities } from '../lib/roles';
import { reviewPath } from '../lib/routes';
import { useViewMode, type ViewMode } from '../lib/view-mode';
import {
  ended as endFollowing,
  flaggedEventIds,
  gapsIn,
  keyTarget,
  laneOrder,
  nextFlagged,
  onPosition,
  parsePresent,
  positionSender,
  presentSearch,
  rejoin,
  sequenceQuery,
  START_FOLLOWING,
  step,
  stepAway,
  stripRange,
  type FollowState,
} from '../lib/walkthrough';
import { navigate, replaceSearch } from '../router';

type Role = 'solo' | 'chair' | 'follower';

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

/** The "Start walk-through" form: the timeline's filters, to adjust, and how many events. */
function WalkthroughSetup({
  review,
  can,
  filters,
  keyOnly,
  themes,
  events,
  keyIds,
  onChange,
  onStart,
}: {
  review: ReviewDto;
  can: Abilities;
  filters: EventFilters;
  keyOnly: boolean;
  themes: readonly string[];
  events: readonly EventDto[] | null;
  keyIds: ReadonlySet<string> | null;
  onChange: (filters: EventFilters, keyOnly: boolean) => void;
  onStart: (meeting: MeetingDto | null) => void;
}) {
  const [title, setTitle] = useState('Panel meeting');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<EventFilters>) => onChange({ ...filters, ...patch }, keyOnly);
  const sequence = events && keyIds && keyOnly ? events.filter((e) => keyIds.has(e.id)) : events;
  const carried = [
    filters.agency.length ? `agencies: ${filters.agency.join(', ')}` : null,
    filters.agencyKind.length ? `agency kinds: ${filters.agencyKind.join(', ')}` : null,
    filters.type.length ? `types: ${filters.type.join(', ')}` : null,
    filters.subject.length ? `people: ${filters.subject.join(', ')}` : null,
    filters.q ? `words: “${filters.q}”` : null,
    filters.childSeen !== null ? (filters.childSeen ? 'child seen' : 'child not seen') : null,
  ].filter((p): p is string => p !== null);

  async function startMeeting() {
    setBusy(true);
    setError(null);
    try {
      const meeting = await api.startMeeting(review.id, {
        title: title.trim() || 'Panel meeting',
        filter: filtersToParams({ ...filters, annotated: keyOnly }).toString(),
      });
      onStart(meeting);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <main class="page page-narrow present-setup">
      <div class="page-head">
        <div>
          <h1>Start walk-through</h1>
          <p class="lead">
            {review.reference}: the events below, one at a time in large type. ← and → step through
            them, F jumps to the next flagged event, K shows key events only, Esc leaves.
          </p>
        </div>
        <div class="page-actions">
          <a
            class="button"
            href={reviewPath(review.id, 'timeline', filtersToParams(filters).toString())}
          >
            Back to the timeline
          </a>
        </div>
      </div>
      <form
        class="panel form-stack"
        aria-label="Start walk-through"
        onSubmit={(e) => {
          e.preventDefault();
          onStart(null);
        }}
      >
        <div class="setup-grid">
          <label>
            Theme
            <ThemeSelect
              themes={themes}
              chosen={filters.theme}
              onPick={(theme) => {
                if (!filters.theme.includes(theme)) set({ theme: [...filters.theme, theme] });
              }}
            />
          </label>
          <label>
            From
            <DateBoundInput name="from" value={filters.from} onChange={(from) => set({ from })} />
          </label>
          <label>
            To
            <DateBoundInput name="to" value={filters.to} onChange={(to) => set({ to })} />
          </label>
          <div class="setup-checks">
            {can.readNotes ? (
              <CheckLabel
                class="check"
                name="annotated"
                checked={keyOnly}
                onChange={(checked) => onChange(filters, checked)}
              >
                Key events only
              </CheckLabel>
            ) : null}
            {can.seeGaps ? (
              <CheckLabel
                class="check"
                name="flagged"
                checked={filters.flagged}
                onChange={(flagged) => set({ flagged })}
              >
                Flagged events only
              </CheckLabel>
            ) : null}
          </div>
        </div>
        {filters.theme.length > 0 ? (
          <div class="chips">
            {filters.theme.map((t) => (
              <button
                key={t}
                type="button"
                class="chip chip-on"
                aria-label={`Remove theme ${t}`}
                onClick={() => set({ theme: filters.theme.filter((v) => v !== t) })}
              >
                Theme: {t} ×
              </button>
            ))}
          </div>
        ) : null}
        {carried.length > 0 ? (
          <p class="muted">
            From the timeline’s filters: {carried.join('; ')}.{' '}
            <button
              type="button"
              class="button-link"
              onClick={() =>
                set({ agency: [], agencyKind: [], type: [], subject: [], q: '', childSeen: null })
              }
            >
              Drop these
            </button>
          </p>
        ) : null}
        <p class="setup-count" role="status" data-testid="setup-count">
          {sequence === null
            ? 'Counting the events…'
            : sequence.length === 0
              ? 'No events match: widen the filter.'
              : `${formatCount(sequence.length, 'event')}, ${formatDay(sequence[0]!.date.earliest)} – ${formatDay(sequence[sequence.length - 1]!.date.latest)}`}
        </p>
        {can.chair ? (
          <label>
            Meeting title
            <input
              type="text"
              name="title"
              maxLength={200}
              value={title}
              onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
        ) : null}
        {error ? <ErrorNote error={error} title="The meeting could not be started." /> : null}
        <div class="form-actions">
          <button
            type="submit"
            class="button-primary"
            disabled={!sequence || sequence.length === 0 || busy}
          >
            Start walk-through
          </button>
          {can.chair ? (
            <button
              type="button"
              class="button"
              disabled={!sequence || sequence.length === 0 || busy}
              onClick={() => void startMeeting()}
              title="Everyone else in the review is offered to join and follows each of your steps"
            >
              Start meeting
            </button>
          ) : null}
        </div>
      </form>
    </main>
  );
}

interface PresenterProps {
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
const NOTES_REFRESH_MS = 15_000;

function Presenter(props: PresenterProps) {
  const { review, can, view, filters, events, notes, gaps } = props;
  const [role, setRole] = useState<Role>(props.initialRole);
  const [meeting, setMeeting] = useState<MeetingDto | null>(props.initialMeeting);
  const [keyOnly, setKeyOnly] = useState(props.initialKeyOnly);
  const [notice, setNotice] = useState<string | null>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const [busy, setBusy] = useState(false);

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
  const [follow, setFollow] = useState<FollowState>(() =>
    props.initialEvent
      ? { ...START_FOLLOWING, shown: props.initialEvent, chairAt: props.initialEvent }
      : START_FOLLOWING,
  );
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

  // The chair's steps: sent at once, one at a time, the latest winning.
  const send = useMemo(
    () =>
      meeting
        ? positionSender(
            (eventId) => api.moveMeeting(review.id, meeting.id, eventId),
            (error) => {
              if (error instanceof ApiError && (error.status === 409 || error.status === 404)) {
                setRole('solo');
                setMeeting(null);
                setNotice('This meeting has ended (another may have started).');
              } else {
                setNotice(
                  'A step did not reach the followers. It is sent again with the next one.',
                );
              }
            },
          )
        : null,
    [meeting?.id],
  );
  useEffect(() => {
    // Becoming the chair (or returning to chair): the followers start where the chair is.
    if (role === 'chair' && send && current) void send(current);
  }, [role, send]);

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

  // Following: the chair's stream.
  useEffect(() => {
    if (role !== 'follower' || !meeting) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let live = true;
    const open = () => {
      source = new EventSource(meetingStreamUrl(review.id, meeting.id));
      source.addEventListener('position', (message) => {
        const data = JSON.parse((message as MessageEvent<string>).data) as {
          eventId: string | null;
          seq: number;
        };
        setFollow((state) => onPosition(state, data));
      });
      source.addEventListener('ended', () => {
        source?.close();
        setFollow(endFollowing);
      });
      source.onerror = () => {
        if (!source || source.readyState !== EventSource.CLOSED || !live) return;
        // Refused or cut off for good: is the meeting still on?
        api.currentMeeting(review.id).then(
          (m) => {
            if (!live) return;
            if (!m || m.id !== meeting.id) setFollow(endFollowing);
            else retry = setTimeout(open, 2000);
          },
          () => {
            if (live) retry = setTimeout(open, 3000);
          },
        );
      };
    };
    open();
    return () => {
      live = false;
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [role, meeting?.id]);

  // The chair may mark records as the meeting goes: a follower's notes follow, now and then.
  const notesAsked = useRef(Date.now());
  useEffect(() => {
    if (role !== 'follower' || Date.now() - notesAsked.current < NOTES_REFRESH_MS) return;
    notesAsked.current = Date.now();
    props.reloadNotes();
  }, [follow.seq]);

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

  const latest = useRef({ ids, shownId, goTo, leave, toggleKeyOnly, flagged });
  latest.current = { ids, shownId, goTo, leave, toggleKeyOnly, flagged };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const l = latest.current;
      const key = event.key;
      if (key === 'ArrowRight' || key === 'PageDown' || key === 'ArrowDown') {
        event.preventDefault();
        const next = step(l.ids, l.shownId, 'next');
        if (next) l.goTo(next);
        else setNotice('That is the last event.');
      } else if (key === 'ArrowLeft' || key === 'PageUp' || key === 'ArrowUp') {
        event.preventDefault();
        const previous = step(l.ids, l.shownId, 'previous');
        if (previous) l.goTo(previous);
        else setNotice('That is the first event.');
      } else if (key === 'Home') {
        event.preventDefault();
        l.goTo(l.ids[0] ?? null);
      } else if (key === 'End') {
        event.preventDefault();
        l.goTo(l.ids[l.ids.length - 1] ?? null);
      } else if (key === 'f' || key === 'F') {
        event.preventDefault();
        const next = nextFlagged(l.ids, l.shownId, l.flagged);
        if (next) l.goTo(next);
        else setNotice('No flagged event after this one.');
      } else if (key === 'k' || key === 'K') {
        event.preventDefault();
        l.toggleKeyOnly();
      } else if (key === 'Escape') {
        event.preventDefault();
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else l.leave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function startMeeting() {
    setBusy(true);
    try {
      const m = await api.startMeeting(review.id, {
        title: 'Panel meeting',
        filter: filtersToParams({ ...filters, annotated: keyOnly }).toString(),
      });
      setMeeting(m);
      setRole('chair');
      setNotice('Meeting started: everyone else in the review is offered to join.');
    } catch (e) {
      setNotice(e instanceof Error ? e.message : 'The meeting could not be started.');
    } finally {
      setBusy(false);
    }
  }

  async function endMeeting() {
    if (!meeting) return;
    setBusy(true);
    try {
      await api.endMeeting(review.id, meeting.id);
      setMeeting(null);
      setRole('solo');
      setNotice('The meeting has ended. You are walking through on your own.');
    } catch (e) {
      setNotice(e instanceof Error ? e.message : 'The meeting could not be ended.');
    } finally {
      setBusy(false);
    }
  }

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
      <header class="present-bar">
        <button type="button" class="present-button" onClick={leave} title="Leave (Esc)">
          ← Leave
        </button>
        <div class="present-title">
          <span class="present-ref">{review.reference}</span>
          <span class="present-status" role="status" data-testid="present-status">
            {status}
          </span>
        </div>
        <span class="present-count" data-testid="present-count">
          {index >= 0 ? `${index + 1} of ${ids.length}` : `– of ${ids.length}`}
        </span>
        {view === 'named' ? <span class="present-tag present-tag-warn">Names shown</span> : null}
        <button
          type="button"
          class={keyOnly ? 'present-button present-button-on' : 'present-button'}
          aria-pressed={keyOnly}
          onClick={toggleKeyOnly}
          title="Key events only (K)"
        >
          Key events only
        </button>
        {role === 'follower' && follow.mode === 'following' ? (
          <button
            type="button"
            class="present-button"
            onClick={() => setFollow((s) => stepAway(s))}
            data-testid="step-away"
          >
            Step away
          </button>
        ) : null}
        {role === 'follower' && follow.mode === 'away' ? (
          <button
            type="button"
            class="present-button present-button-primary"
            onClick={() => setFollow(rejoin)}
            data-testid="rejoin"
          >
            Re-join
          </button>
        ) : null}
        {role === 'solo' && can.chair ? (
          <button
            type="button"
            class="present-button"
            disabled={busy}
            onClick={() => void startMeeting()}
            data-testid="start-meeting"
          >
            Start meeting
          </button>
        ) : null}
        {role === 'chair' ? (
          <button
            type="button"
            class="present-button"
            disabled={busy}
            onClick={() => void endMeeting()}
            data-testid="end-meeting"
          >
            End meeting
          </button>
        ) : null}
        <button type="button" class="present-button" onClick={toggleFullscreen}>
          {fullscreen ? 'Exit full screen' : 'Full screen'}
        </button>
      </header>
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
      <footer class="present-keys" aria-label="Keys">
        <span>
          <kbd>←</kbd> <kbd>→</kbd> previous / next
        </span>
        {can.seeGaps ? (
          <span>
            <kbd>F</kbd> next flagged
          </span>
        ) : null}
        <span>
          <kbd>K</kbd> key events only
        </span>
        <span>
          <kbd>Esc</kbd> leave
        </span>
        {role === 'follower' ? (
          <span>Arrow keys step away from the chair; Re-join returns.</span>
        ) : null}
      </footer>
      {role === 'follower' && follow.mode === 'ended' ? (
        <div
          class="present-ended"
          role="alertdialog"
          aria-label="The meeting has ended"
          data-testid="meeting-ended"
        >
          <p>The meeting has ended</p>
          <div class="form-actions">
            <button
              type="button"
              class="button"
              onClick={() => {
                setCurrent(follow.shown);
                setMeeting(null);
                setRole('solo');
              }}
            >
              Keep browsing on my own
            </button>
            <button type="button" class="button-primary" onClick={leave}>
              Back to the timeline
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
