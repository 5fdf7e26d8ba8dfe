import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import { api, type ReviewDto } from '../../../../shared/api/api';
import type { MeetingDto } from '../../../../shared/api/api-types';
import { formatCount, formatDay } from '../../../../shared/lib/dates';
import { filtersToParams, type EventFilters } from '../../../../shared/lib/filters';
import type { Abilities } from '../../../../shared/lib/roles';
import { reviewPath } from '../../../../shared/lib/routes';
import { Field } from '../../../../shared/components/field';
import { useSubmit } from '../../../../shared/hooks/use-submit';
import { ErrorNote } from '../../../../shared/ui';
import { SetupFilters } from './setup-filters';

/** The "Start walk-through" form: the timeline's filters, to adjust, and how many events. */
export function WalkthroughSetup({
  review,
  can,
  filters,
  keyOnly,
  themes,
  events,
  keyIds,
  onChange,
  onStart,
}: {
  review: ReviewDto;
  can: Abilities;
  filters: EventFilters;
  keyOnly: boolean;
  themes: readonly string[];
  events: readonly TimelineEvent[] | null;
  keyIds: ReadonlySet<string> | null;
  onChange: (filters: EventFilters, keyOnly: boolean) => void;
  onStart: (meeting: MeetingDto | null) => void;
}) {
  const [title, setTitle] = useState('Panel meeting');
  const sequence = events && keyIds && keyOnly ? events.filter((e) => keyIds.has(e.id)) : events;

  const meeting = useSubmit(async () => {
    const started = await api.startMeeting(review.id, {
      title: title.trim() || 'Panel meeting',
      filter: filtersToParams({ ...filters, annotated: keyOnly }).toString(),
    });
    onStart(started);
  });

  return (
    <main class="page page-narrow present-setup">
      <div class="page-head">
        <div>
          <h1>Start walk-through</h1>
          <p class="lead">
            {review.reference}: the events below, one at a time in large type. ← and → step through
            them, F jumps to the next flagged event, K shows key events only, Esc leaves.
          </p>
        </div>
        <div class="page-actions">
          <a
            class="button"
            href={reviewPath(review.id, 'timeline', filtersToParams(filters).toString())}
          >
            Back to the timeline
          </a>
        </div>
      </div>
      <form
        class="panel form-stack"
        aria-label="Start walk-through"
        onSubmit={(e) => {
          e.preventDefault();
          onStart(null);
        }}
      >
        <SetupFilters
          can={can}
          filters={filters}
          keyOnly={keyOnly}
          themes={themes}
          onChange={onChange}
        />
        <p class="setup-count" role="status" data-testid="setup-count">
          {sequence === null
            ? 'Counting the events…'
            : sequence.length === 0
              ? 'No events match: widen the filter.'
              : `${formatCount(sequence.length, 'event')}, ${formatDay(sequence[0]!.date.earliest)} – ${formatDay(sequence[sequence.length - 1]!.date.latest)}`}
        </p>
        {can.chair ? (
          <Field
            label="Meeting title"
            type="text"
            name="title"
            maxLength={200}
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        ) : null}
        {meeting.error ? (
          <ErrorNote error={meeting.error} title="The meeting could not be started." />
        ) : null}
        <div class="form-actions">
          <button
            type="submit"
            class="button-primary"
            disabled={!sequence || sequence.length === 0 || meeting.busy}
          >
            Start walk-through
          </button>
          {can.chair ? (
            <button
              type="button"
              class="button"
              disabled={!sequence || sequence.length === 0 || meeting.busy}
              onClick={() => void meeting.run()}
              title="Everyone else in the review is offered to join and follows each of your steps"
            >
              Start meeting
            </button>
          ) : null}
        </div>
      </form>
    </main>
  );
}
