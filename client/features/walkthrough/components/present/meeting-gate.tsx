// A meeting's link: joins the meeting (its chair to chair it, anyone else to follow), or says it has ended.
import type { Role } from './use-chair';
import { WalkthroughScreen } from './walkthrough-screen';
import { ErrorNote, Loading } from '../../../../shared/ui';
import { useResource } from '../../../../shared/hooks/use-resource';
import { api, type ReviewDto, type SessionDto } from '../../../../shared/api/api';
import { parseFilters } from '../../../../shared/lib/filters';
import type { Abilities } from '../../../../shared/lib/roles';
import { reviewPath } from '../../../../shared/lib/routes';

/** A meeting link: its chair comes back to chair it, anyone else follows. */
export function MeetingGate({
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
    <WalkthroughScreen
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
