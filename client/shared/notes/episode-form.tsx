import { useState } from 'preact/hooks';
import type { EventDto } from '../../../server/contract/events';
import { EPISODE_ASSESSMENTS, type EpisodeAssessment, type EpisodeInput } from '../api/api-types';
import { eventType } from '../lib/event-types';
import { ASSESSMENT_LABELS, parseFactors, parseThemes } from '../lib/notes';
import { KindChoice, SaveButtons, ThemeInput, useSave } from './note-form';

/** One end of an episode as the form shows it: the record's date, agency and type. */
function EventLine({ event }: { event: EventDto | undefined | null }) {
  if (!event) return <span class="muted">a record no longer in the timeline</span>;
  return (
    <span class="event-line">
      <strong>{event.date.text}</strong> · {event.agency} · {eventType(event.type).short}
    </span>
  );
}

/** An episode's first and last records, as its form and its card show them. */
export function EpisodeEnds({
  start,
  end,
}: {
  start: EventDto | undefined | null;
  end: EventDto | undefined | null;
}) {
  const ends = [
    ['From', start],
    ['To', end],
  ] as const;
  return (
    <dl class="episode-ends">
      {ends.map(([term, event]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>
            <EventLine event={event} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export interface EpisodeDraft {
  title: string;
  assessment: EpisodeAssessment;
  summary: string;
  factors: string[];
  themes: string[];
}

/**
 * A key practice episode (SCIE Learning Together): a span of records from `start` to `end`,
 * judged good or problematic, with the contributory factors that explain why practice went as
 * it did.
 */
export function EpisodeForm({
  start,
  end,
  initial,
  knownThemes,
  submitLabel,
  onSave,
  onCancel,
}: {
  start: EventDto | undefined | null;
  end: EventDto | undefined | null;
  initial?: EpisodeDraft;
  knownThemes: readonly string[];
  submitLabel: string;
  onSave: (draft: Omit<EpisodeInput, 'startEventId' | 'endEventId'>) => Promise<void>;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [assessment, setAssessment] = useState<EpisodeAssessment>(
    initial?.assessment ?? 'problematic',
  );
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [factors, setFactors] = useState((initial?.factors ?? []).join('\n'));
  const [themes, setThemes] = useState((initial?.themes ?? []).join(', '));
  const saving = useSave();

  return (
    <form
      class="episode-form"
      aria-label="Key practice episode"
      onSubmit={(e) =>
        void saving.submit(e, () =>
          onSave({
            title: title.trim(),
            assessment,
            summary: summary.trim(),
            factors: parseFactors(factors),
            themes: parseThemes(themes),
          }),
        )
      }
    >
      <EpisodeEnds start={start} end={end} />
      <label class="stack-label">
        Title
        <input
          type="text"
          name="title"
          required
          maxLength={200}
          value={title}
          placeholder="e.g. The pre-birth assessment and its follow-up"
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </label>
      <KindChoice
        legend="Practice was"
        name="assessment"
        options={EPISODE_ASSESSMENTS}
        labels={ASSESSMENT_LABELS}
        value={assessment}
        onChange={setAssessment}
      />
      <label class="stack-label">
        Summary
        <textarea
          name="summary"
          rows={3}
          maxLength={10_000}
          value={summary}
          onInput={(e) => setSummary(e.currentTarget.value)}
        />
      </label>
      <label class="stack-label">
        Contributory factors <span class="muted small">(one per line)</span>
        <textarea
          name="factors"
          rows={3}
          value={factors}
          placeholder={'e.g. No system to chase an unacknowledged MARF\nCaseload pressure'}
          onInput={(e) => setFactors(e.currentTarget.value)}
        />
      </label>
      <ThemeInput value={themes} known={knownThemes} onInput={setThemes} />
      <SaveButtons
        saving={saving}
        submitLabel={submitLabel}
        disabled={!title.trim()}
        onCancel={onCancel}
      />
    </form>
  );
}
