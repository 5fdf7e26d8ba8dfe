import { useEffect, useRef, useState } from 'preact/hooks';
import { api, meetingStreamUrl, type ReviewDto } from '../../../../shared/api/api';
import type { MeetingDto } from '../../../../shared/api/api-types';
import {
  ended as endFollowing,
  onPosition,
  START_FOLLOWING,
  type FollowState,
} from '../../lib/walkthrough';
import type { Role } from './use-chair';

/** A follower's notes are asked for again on a step at most this often. */
const NOTES_REFRESH_MS = 15_000;

/**
 * A follower's side of a meeting: where the chair is, from the meeting's stream, and the
 * review's notes asked for again now and then.
 */
export function useFollow({
  review,
  role,
  meeting,
  initialEvent,
  reloadNotes,
}: {
  review: ReviewDto;
  role: Role;
  meeting: MeetingDto | null;
  initialEvent: string | null;
  reloadNotes: () => void;
}) {
  const [follow, setFollow] = useState<FollowState>(() =>
    initialEvent
      ? { ...START_FOLLOWING, shown: initialEvent, chairAt: initialEvent }
      : START_FOLLOWING,
  );

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
    reloadNotes();
  }, [follow.seq]);

  return [follow, setFollow] as const;
}
