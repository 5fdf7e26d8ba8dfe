import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../../shared/api/api';
import type { MeetingDto } from '../../../../shared/api/api-types';
import { presentSearch } from '../../lib/walkthrough';
import { reviewPath } from '../../../../shared/lib/routes';

/** How often the review's pages ask whether a meeting has started. */
export const MEETING_POLL_MS = 10_000;

/**
 * "Meeting in progress — Join": shown on the review's pages to reviewers and panel members while
 * a walk-through meeting runs. The page asks on load, every ten seconds, and when the tab comes
 * back into view. The chair is offered the way back to the meeting instead.
 */
export function MeetingBanner({ reviewId, userId }: { reviewId: string; userId: string }) {
  const [meeting, setMeeting] = useState<MeetingDto | null>(null);
  useEffect(() => {
    let live = true;
    const check = () => {
      api.currentMeeting(reviewId).then(
        (m) => live && setMeeting(m),
        // A failed check changes nothing: the next one may work.
        () => undefined,
      );
    };
    check();
    const timer = setInterval(check, MEETING_POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reviewId]);

  if (!meeting) return null;
  const chairing = meeting.chairId === userId;
  const href = reviewPath(reviewId, 'present', presentSearch({ meeting: meeting.id }));
  return (
    <div class="meeting-banner" role="status" data-testid="meeting-banner">
      <span class="meeting-dot" aria-hidden="true" />
      {chairing ? (
        <span>
          You are chairing <strong>{meeting.title}</strong>.
        </span>
      ) : (
        <span>
          <strong>Meeting in progress</strong> — {meeting.title}, chaired by {meeting.chairName}.
        </span>
      )}
      <a class="button-primary" href={href}>
        {chairing ? 'Return to the meeting' : 'Join'}
      </a>
    </div>
  );
}
