import { useState } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import { api, type ReviewDto } from '../../../../shared/api/api';
import type { MeetingDto } from '../../../../shared/api/api-types';
import { formatCount, formatDay } from '../../../../shared/lib/dates';
import { filtersToParams, type EventFilters } from '../../../../shared/lib/filters';
import type { Abilities } from '../../../../shared/lib/roles';
import { reviewPath } from '../../../../shared/lib/routes';
import {
  CheckLabel,
  DateBoundInput,
  ThemeSelect,
} from '../../../../shared/components/filter-inputs';
import { ErrorNote } from '../../../../shared/ui';

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
  events: readonly EventDto[] | null;
  keyIds: ReadonlySet<string> | null;
  onChange: (filters: EventFilters, keyOnly: boolean) => void;
  onStart: (meeting: MeetingDto | null) => void;
}) {
  const [title, setTitle] = useState('Panel meeting');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<EventFilters>) => onChange({ ...filters, ...patch }, keyOnly);
  const sequence = events && keyIds && keyOnly ? events.filter((e) => keyIds.has(e.id)) : events;
  const carried = [
    filters.agency.length ? `agencies: ${filters.agency.join(', ')}` : null,
    filters.agencyKind.length ? `agency kinds: ${filters.agencyKind.join(', ')}` : null,
    filters.type.length ? `types: ${filters.type.join(', ')}` : null,
    filters.subject.length ? `people: ${filters.subject.join(', ')}` : null,
    filters.q ? `words: “${filters.q}”` : null,
    filters.childSeen !== null ? (filters.childSeen ? 'child seen' : 'child not seen') : null,
  ].filter((p): p is string => p !== null);

  async function startMeeting() {
    setBusy(true);
    setError(null);
    try {
      const meeting = await api.startMeeting(review.id, {
        title: title.trim() || 'Panel meeting',
        filter: filtersToParams({ ...filters, annotated: keyOnly }).toString(),
      });
      onStart(meeting);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

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
        <div class="setup-grid">
          <label>
            Theme
            <ThemeSelect
              themes={themes}
              chosen={filters.theme}
              onPick={(theme) => {
                if (!filters.theme.includes(theme)) set({ theme: [...filters.theme, theme] });
              }}
            />
          </label>
          <label>
            From
            <DateBoundInput name="from" value={filters.from} onChange={(from) => set({ from })} />
          </label>
          <label>
            To
            <DateBoundInput name="to" value={filters.to} onChange={(to) => set({ to })} />
          </label>
          <div class="setup-checks">
            {can.readNotes ? (
              <CheckLabel
                class="check"
                name="annotated"
                checked={keyOnly}
                onChange={(checked) => onChange(filters, checked)}
              >
                Key events only
              </CheckLabel>
            ) : null}
            {can.seeGaps ? (
              <CheckLabel
                class="check"
                name="flagged"
                checked={filters.flagged}
                onChange={(flagged) => set({ flagged })}
              >
                Flagged events only
              </CheckLabel>
            ) : null}
          </div>
        </div>
        {filters.theme.length > 0 ? (
          <div class="chips">
            {filters.theme.map((t) => (
              <button
                key={t}
                type="button"
                class="chip chip-on"
                aria-label={`Remove theme ${t}`}
                onClick={() => set({ theme: filters.theme.filter((v) => v !== t) })}
              >
                Theme: {t} ×
              </button>
            ))}
          </div>
        ) : null}
        {carried.length > 0 ? (
          <p class="muted">
            From the timeline’s filters: {carried.join('; ')}.{' '}
            <button
              type="button"
              class="button-link"
              onClick={() =>
                set({ agency: [], agencyKind: [], type: [], subject: [], q: '', childSeen: null })
              }
            >
              Drop these
            </button>
          </p>
        ) : null}
        <p class="setup-count" role="status" data-testid="setup-count">
          {sequence === null
            ? 'Counting the events…'
            : sequence.length === 0
              ? 'No events match: widen the filter.'
              : `${formatCount(sequence.length, 'event')}, ${formatDay(sequence[0]!.date.earliest)} – ${formatDay(sequence[sequence.length - 1]!.date.latest)}`}
        </p>
        {can.chair ? (
          <label>
            Meeting title
            <input
              type="text"
              name="title"
              maxLength={200}
              value={title}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          </label>
        ) : null}
        {error ? <ErrorNote error={error} title="The meeting could not be started." /> : null}
        <div class="form-actions">
          <button
            type="submit"
            class="button-primary"
            disabled={!sequence || sequence.length === 0 || busy}
          >
            Start walk-through
          </button>
          {can.chair ? (
            <button
              type="button"
              class="button"
              disabled={!sequence || sequence.length === 0 || busy}
              onClick={() => void startMeeting()}
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
