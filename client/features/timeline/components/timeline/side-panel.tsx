import type { TimelineEvent } from '../../../../../server/contract/feed';
import { EventDetail } from '../event-detail/event-detail';
import { EventQuestions } from '../event-detail/event-questions';
import { GapList } from '../gap-list/gap-list';
import { EventNotes } from '../../../../shared/notes/event-notes';
import { ErrorNote } from '../../../../shared/ui';
import { api } from '../../../../shared/api/api';
import { useResource } from '../../../../shared/hooks/use-resource';
import type { ReviewDto } from '../../../../shared/api/api';
import type { GapDto, GapSet, NotesResponse } from '../../../../shared/api/api-types';
import { episodesAt, type NotesIndex } from '../../../../shared/lib/notes';
import type { SubmissionDto } from '../../../../shared/api/api';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import type { Abilities } from '../../../../shared/lib/roles';

export type SideTab = 'details' | 'gaps';

/** The side panel: the chosen event (with its notes) or the list of gap flags. */
export function SidePanel({
  review,
  can,
  viewMode,
  gapsAllowed,
  sideTab,
  setSideTab,
  selected,
  selectedGap,
  gaps,
  gapSet,
  gapsError,
  shownGaps,
  byId,
  colours,
  submissionById,
  notes,
  notesIndex,
  episodeStart,
  setEpisodeStart,
  onNotesChanged,
  select,
  selectGap,
}: {
  review: ReviewDto;
  can: Abilities;
  viewMode: ViewMode;
  gapsAllowed: boolean;
  sideTab: SideTab;
  setSideTab: (tab: SideTab) => void;
  selected: TimelineEvent | undefined;
  selectedGap: GapDto | null;
  gaps: GapDto[] | null;
  gapSet: GapSet | null;
  gapsError: unknown;
  shownGaps: GapDto[] | null;
  byId: Map<string, TimelineEvent>;
  colours: Map<string, string>;
  submissionById: ReadonlyMap<string | null, SubmissionDto>;
  notes: NotesResponse | null;
  notesIndex: NotesIndex;
  episodeStart: TimelineEvent | null;
  setEpisodeStart: (event: TimelineEvent | null) => void;
  onNotesChanged: () => void;
  select: (id: string | null) => void;
  selectGap: (gap: GapDto) => void;
}) {
  // The review's questions, asked once when an event is first opened and kept while another is
  // chosen: each event's details show their own from it (not one request per event stepped
  // to), and none is asked for before anything is opened (the page's first draw).
  const opened = selected !== undefined && can.readQuestions;
  const [questions, reloadQuestions] = useResource(
    () => (opened ? api.listQuestions(review.id, viewMode) : Promise.resolve(null)),
    [review.id, viewMode, opened],
  );
  return (
    <aside class="side" aria-label={gapsAllowed ? 'Details and gap flags' : 'Details'}>
      <div class="side-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={sideTab === 'details'}
          class={sideTab === 'details' ? 'side-tab side-tab-on' : 'side-tab'}
          onClick={() => setSideTab('details')}
        >
          Details
        </button>
        {gapsAllowed ? (
          <button
            type="button"
            role="tab"
            aria-selected={sideTab === 'gaps'}
            class={sideTab === 'gaps' ? 'side-tab side-tab-on' : 'side-tab'}
            onClick={() => setSideTab('gaps')}
          >
            Gap flags{shownGaps ? ` (${shownGaps.length})` : ''}
          </button>
        ) : null}
      </div>
      <div class="side-body">
        {sideTab === 'details' ? (
          selected ? (
            <EventDetail
              reviewId={review.id}
              event={selected}
              view={viewMode}
              colour={colours.get(selected.agency)}
              submissionById={submissionById}
              gaps={(gaps ?? []).filter(
                (g) => g.triggerEventId === selected.id || g.expectedEventId === selected.id,
              )}
              onClose={() => select(null)}
              onSelectGap={selectGap}
            >
              {can.readNotes && notes ? (
                <EventNotes
                  key={selected.id}
                  reviewId={review.id}
                  event={selected}
                  notes={notesIndex.byEvent.get(selected.id) ?? []}
                  episodes={episodesAt(notesIndex, selected)}
                  knownThemes={notes.themes}
                  canEdit={can.annotate}
                  episodeStart={episodeStart}
                  onStartEpisode={setEpisodeStart}
                  onChanged={onNotesChanged}
                />
              ) : null}
              {can.readQuestions ? (
                <EventQuestions
                  key={`questions-${selected.id}`}
                  reviewId={review.id}
                  event={selected}
                  questions={questions}
                  onChanged={reloadQuestions}
                  can={can}
                  submitter={review.myRole === 'submitter'}
                />
              ) : null}
            </EventDetail>
          ) : (
            <p class="empty">
              Select an event on the timeline or in the table to see every field and where it came
              from. On the timeline, arrow keys step through events in time order and Enter opens
              one.
            </p>
          )
        ) : gapsError ? (
          <ErrorNote error={gapsError} title="The gap flags could not be loaded." />
        ) : (
          <GapList
            gaps={shownGaps}
            total={gapSet?.total ?? 0}
            fetched={gaps?.length ?? 0}
            rules={gapSet?.rules ?? []}
            events={byId}
            selectedGapId={selectedGap?.id ?? null}
            onSelect={selectGap}
          />
        )}
      </div>
    </aside>
  );
}
