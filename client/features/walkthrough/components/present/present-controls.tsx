import type { ReviewDto } from '../../../../shared/api/api';
import type { Abilities } from '../../../../shared/lib/roles';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import { rejoin, stepAway, type FollowState } from '../../lib/walkthrough';
import type { Role } from './use-chair';

/** The presentation's top bar: leave, where the sequence is, and the meeting's buttons. */
export function PresentBar({
  review,
  can,
  view,
  role,
  follow,
  setFollow,
  status,
  index,
  total,
  keyOnly,
  busy,
  fullscreen,
  leave,
  toggleKeyOnly,
  startMeeting,
  endMeeting,
  toggleFullscreen,
}: {
  review: ReviewDto;
  can: Abilities;
  view: ViewMode;
  role: Role;
  follow: FollowState;
  setFollow: (update: (state: FollowState) => FollowState) => void;
  status: string;
  index: number;
  total: number;
  keyOnly: boolean;
  busy: boolean;
  fullscreen: boolean;
  leave: () => void;
  toggleKeyOnly: () => void;
  startMeeting: () => Promise<void>;
  endMeeting: () => Promise<void>;
  toggleFullscreen: () => void;
}) {
  return (
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
        {index >= 0 ? `${index + 1} of ${total}` : `– of ${total}`}
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
  );
}

/** A short notice under the bar ("That is the last event."), while there is one. */
export function PresentNotice({ notice }: { notice: string | null }) {
  return notice ? (
    <div class="present-notice" role="status">
      {notice}
    </div>
  ) : null;
}

/** The keys the presentation answers, for whoever is at the keyboard. */
export function PresentKeys({ can, role }: { can: Abilities; role: Role }) {
  return (
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
  );
}

/** A follower's screen when the chair ends the meeting: stay alone, or go back. */
export function MeetingEnded({ onAlone, leave }: { onAlone: () => void; leave: () => void }) {
  return (
    <div
      class="present-ended"
      role="alertdialog"
      aria-label="The meeting has ended"
      data-testid="meeting-ended"
    >
      <p>The meeting has ended</p>
      <div class="form-actions">
        <button type="button" class="button" onClick={onAlone}>
          Keep browsing on my own
        </button>
        <button type="button" class="button-primary" onClick={leave}>
          Back to the timeline
        </button>
      </div>
    </div>
  );
}
