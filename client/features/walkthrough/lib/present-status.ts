// The walk-through's status line and its screen's class, from who is presenting and whether a follower is with the chair.
import type { MeetingDto } from '../../../shared/api/api-types';
import type { FollowState } from './walkthrough';

type Role = 'solo' | 'chair' | 'follower';

/** The line in the bar that says whose walk-through this is and where the chair is. */
export function presentStatus(
  role: Role,
  follow: Pick<FollowState, 'mode' | 'chairAt'>,
  meeting: Pick<MeetingDto, 'title' | 'chairName'> | null,
  ids: readonly string[],
): string {
  if (role === 'chair')
    return `Chairing “${meeting?.title ?? 'the meeting'}”: everyone following sees each step`;
  if (role !== 'follower') return 'Walk-through';
  if (follow.mode === 'following') return `Following ${meeting?.chairName ?? 'the chair'}`;
  if (follow.mode === 'ended') return 'The meeting has ended';
  const chairIndex = follow.chairAt ? ids.indexOf(follow.chairAt) : -1;
  return `Browsing on your own · the chair is on ${chairIndex >= 0 ? `${chairIndex + 1} of ${ids.length}` : 'another event'}`;
}

/** The class of the walk-through's screen: by role, and marked while a follower browses alone. */
export function presentClass(role: Role, mode: FollowState['mode']): string {
  return `present present-${role}${mode === 'away' && role === 'follower' ? ' present-away' : ''}`;
}
