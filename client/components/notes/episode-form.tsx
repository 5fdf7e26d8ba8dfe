import { useState } from 'preact/hooks';
import type { EventDto } from '../../../server/contract/events';
import {
  EPISODE_ASSESSMENTS,
  type EpisodeAssessment,
  type EpisodeInput,
} from '../../lib/api-types';
import { eventType } from '../../lib/event-types';
import { ASSESSMENT_LABELS, parseFactors, parseThemes } from '../../lib/notes';
import { ErrorNote } from '../ui';
import { ThemeInput } from './note-form';

/** One end of an episode as the form shows it: the record's date, agency and type. */
export function EventLine({ event }: { event: EventDto | undefined | null }) {
  if (!event) return <span class="muted">a record no longer in the timeline</span>;
  return (
    <span class="event-line">
      <strong>{event.date.text}</strong> · {event.agency} · {eventType(event.type).short}
    </span>
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({
        title: title.trim(),
        assessment,
        summary: summary.trim(),
        factors: parseFactors(factors),
        themes: parseThemes(themes),
      });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form class="episode-form" aria-label="Key practice episode" onSubmit={(e) => void submit(e)}>
      <dl class="episode-ends">
        <div>
          <dt>From</dt>
          <dd>
            <EventLine event={start} />
          </dd>
        </div>
        <div>
          <dt>To</dt>
          <dd>
            <EventLine event={end} />
          </dd>
        </div>
      </dl>
      <label class="stack-label">
        Title
        <input
          type="text"
          name="title"
          required
          maxLength={200}
          value={title}
          placeholder="e.g. The pre-birth assessment and its follow-up"
          onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <fieldset class="kind-choice">
        <legend>Practice was</legend>
        {EPISODE_ASSESSMENTS.map((a) => (
          <label
            key={a}
            class={`kind-option assessment-${a}${assessment === a ? ' kind-option-on' : ''}`}
          >
            <input
              type="radio"
              name="assessment"
              value={a}
              checked={assessment === a}
              onChange={() => setAssessment(a)}
            />
            {ASSESSMENT_LABELS[a]}
          </label>
        ))}
      </fieldset>
      <label class="stack-label">
        Summary
        <textarea
          name="summary"
          rows={3}
          maxLength={10_000}
          value={summary}
          onInput={(e) => setSummary((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <label class="stack-label">
        Contributory factors <span class="muted small">(one per line)</span>
        <textarea
          name="factors"
          rows={3}
          value={factors}
          placeholder={'e.g. No system to chase an unacknowledged MARF\nCaseload pressure'}
          onInput={(e) => setFactors((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <ThemeInput value={themes} known={knownThemes} onInput={setThemes} />
      {error ? <ErrorNote error={error} title="Not saved." /> : null}
      <div class="form-actions">
        <button type="submit" class="button-primary" disabled={busy || !title.trim()}>
          {submitLabel}
        </button>
        <button type="button" class="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
