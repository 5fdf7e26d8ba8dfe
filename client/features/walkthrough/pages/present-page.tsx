import { useState } from 'preact/hooks';
import { MeetingGate } from '../components/present/meeting-gate';
import { WalkthroughScreen } from '../components/present/walkthrough-screen';
import type { ReviewDto, SessionDto } from '../../../shared/api/api';
import type { Abilities } from '../../../shared/lib/roles';
import { parsePresent } from '../lib/walkthrough';
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
    <WalkthroughScreen
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
