// One walk-through: the "Start walk-through" form, then the presenter once its records are loaded.
import { useState } from 'preact/hooks';
import { Presenter } from './presenter';
import type { Role } from './use-chair';
import { useWalkthroughData } from './use-walkthrough-data';
import { WalkthroughSetup } from './walkthrough-setup';
import { ErrorNote, Loading } from '../../../../shared/ui';
import type { ReviewDto } from '../../../../shared/api/api';
import type { MeetingDto } from '../../../../shared/api/api-types';
import type { EventFilters } from '../../../../shared/lib/filters';
import { indexNotes } from '../../../../shared/lib/notes';
import type { Abilities } from '../../../../shared/lib/roles';
import { reviewPath } from '../../../../shared/lib/routes';
import { useViewMode } from '../../../../shared/lib/view-mode';
import { presentSearch } from '../../lib/walkthrough';
import { replaceSearch } from '../../../../shared/router';

interface WalkthroughScreenProps {
  review: ReviewDto;
  can: Abilities;
  initialFilters: EventFilters;
  initialEvent: string | null;
  initialRole: Role;
  initialMeeting: MeetingDto | null;
  /** False: the "Start walk-through" form comes first. */
  started: boolean;
}

export function WalkthroughScreen(props: WalkthroughScreenProps) {
  const { review, can } = props;
  const view = useViewMode(review.id, can.namedView);
  const [filters, setFilters] = useState(props.initialFilters);
  const [keyOnly, setKeyOnly] = useState(props.initialFilters.annotated);
  const [started, setStarted] = useState(props.started);
  const [startAs, setStartAs] = useState<{ role: Role; meeting: MeetingDto | null }>({
    role: props.initialRole,
    meeting: props.initialMeeting,
  });
  const { events, keyEvents, notes, reloadNotes, gaps } = useWalkthroughData(
    review,
    can,
    view,
    filters,
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
