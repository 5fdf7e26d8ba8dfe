// The middle of the walk-through's screen: the event in large type, or why there is none yet.
import type { EventDto } from '../../../../../server/contract/events';
import type { GapDto } from '../../../../shared/api/api-types';
import { episodesAt, type NotesIndex } from '../../../../shared/lib/notes';
import { Loading } from '../../../../shared/ui';
import { Stage } from './stage';
import type { Role } from './use-chair';

export function PresentMain({
  shown,
  role,
  waiting,
  empty,
  keyOnly,
  colours,
  notesIndex,
  gaps,
}: {
  shown: EventDto | null;
  role: Role;
  /** A follower waits for the chair's first step. */
  waiting: boolean;
  /** The sequence has no events. */
  empty: boolean;
  keyOnly: boolean;
  colours: ReadonlyMap<string, string>;
  notesIndex: NotesIndex;
  gaps: readonly GapDto[];
}) {
  return (
    <main class="present-main" aria-live={role === 'follower' ? 'polite' : undefined}>
      {shown ? (
        <Stage
          event={shown}
          colour={colours.get(shown.agency)}
          notes={notesIndex.byEvent.get(shown.id) ?? []}
          episodes={episodesAt(notesIndex, shown)}
          gaps={gaps.filter((g) => g.triggerEventId === shown.id || g.expectedEventId === shown.id)}
        />
      ) : waiting ? (
        <p class="present-waiting">Waiting for the chair to choose the first event…</p>
      ) : empty ? (
        <p class="present-waiting">
          No events in this walk-through{keyOnly ? ' are key events' : ''}.
        </p>
      ) : (
        <Loading />
      )}
    </main>
  );
}
