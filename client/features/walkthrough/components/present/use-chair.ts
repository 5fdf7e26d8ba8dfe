import { useEffect, useMemo } from 'preact/hooks';
import { api, ApiError, type ReviewDto } from '../../../../shared/api/api';
import type { MeetingDto } from '../../../../shared/api/api-types';
import { filtersToParams, type EventFilters } from '../../../../shared/lib/filters';
import { useSubmit } from '../../../../shared/hooks/use-submit';
import { positionSender } from '../../lib/walkthrough';

/** Who this screen is in the walk-through: alone, chairing a meeting, or following one. */
export type Role = 'solo' | 'chair' | 'follower';

/**
 * The chair's side of a meeting: each step sent to the followers, and starting or ending the
 * meeting from the presentation's bar.
 */
export function useChair({
  review,
  role,
  meeting,
  current,
  filters,
  keyOnly,
  setRole,
  setMeeting,
  setNotice,
}: {
  review: ReviewDto;
  role: Role;
  meeting: MeetingDto | null;
  current: string | null;
  filters: EventFilters;
  keyOnly: boolean;
  setRole: (role: Role) => void;
  setMeeting: (meeting: MeetingDto | null) => void;
  setNotice: (notice: string | null) => void;
}) {
  // Starting or ending the meeting, one at a time; a failure is said in the bar's notice.
  const { busy, run } = useSubmit((work: () => Promise<void>, _failed: string) => work(), {
    onError: (e, _work, failed) => setNotice(e instanceof Error ? e.message : failed),
  });

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

  async function startMeeting() {
    await run(async () => {
      const m = await api.startMeeting(review.id, {
        title: 'Panel meeting',
        filter: filtersToParams({ ...filters, annotated: keyOnly }).toString(),
      });
      setMeeting(m);
      setRole('chair');
      setNotice('Meeting started: everyone else in the review is offered to join.');
    }, 'The meeting could not be started.');
  }

  async function endMeeting() {
    if (!meeting) return;
    await run(async () => {
      await api.endMeeting(review.id, meeting.id);
      setMeeting(null);
      setRole('solo');
      setNotice('The meeting has ended. You are walking through on your own.');
    }, 'The meeting could not be ended.');
  }

  return { send, busy, startMeeting, endMeeting };
}
