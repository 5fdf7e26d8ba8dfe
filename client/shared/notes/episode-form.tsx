import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../../../server/contract/feed';
import { EPISODE_ASSESSMENTS, type EpisodeAssessment, type EpisodeInput } from '../api/api-types';
import { eventType } from '../lib/event-types';
import { ASSESSMENT_LABELS, parseFactors, parseThemes } from '../lib/notes';
import { Field } from '../components/field';
import { useSubmit } from '../hooks/use-submit';
import { SaveButtons } from './note-form';
import { KindChoice, ThemeInput } from './note-inputs';
import { houseDate } from '../../../server/contract/house-date';

/** One end of an episode as the form shows it: the record's date, agency and type. */
function EventLine({ event }: { event: TimelineEvent | undefined | null }) {
  if (!event) return <span class="muted">a record no longer in the timeline</span>;
  return (
    <span class="event-line">
      <strong>{houseDate(event.date)}</strong> · {event.agency} · {eventType(event.type).short}
    </span>
  );
}

/** An episode's first and last records, as its form and its card show them. */
export function EpisodeEnds({
  start,
  end,
}: {
  start: TimelineEvent | undefined | null;
  end: TimelineEvent | undefined | null;
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
  start: TimelineEvent | undefined | null;
  end: TimelineEvent | undefined | null;
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
  const saving = useSubmit(() =>
    onSave({
      title: title.trim(),
      assessment,
      summary: summary.trim(),
      factors: parseFactors(factors),
      themes: parseThemes(themes),
    }),
  );

  return (
    <form class="episode-form" aria-label="Key practice episode" onSubmit={saving.submit}>
      <EpisodeEnds start={start} end={end} />
      <Field
        label="Title"
        class="stack-label"
        type="text"
        name="title"
        required
        maxLength={200}
        value={title}
        placeholder="e.g. The pre-birth assessment and its follow-up"
        onInput={(e) => setTitle(e.currentTarget.value)}
      />
      <KindChoice
        legend="Practice was"
        name="assessment"
        options={EPISODE_ASSESSMENTS}
        labels={ASSESSMENT_LABELS}
        value={assessment}
        onChange={setAssessment}
      />
      <Field
        as="textarea"
        label="Summary"
        class="stack-label"
        name="summary"
        rows={3}
        maxLength={10_000}
        value={summary}
        onInput={(e) => setSummary(e.currentTarget.value)}
      />
      <Field
        as="textarea"
        label={
          <>
            Contributory factors <span class="muted small">(one per line)</span>
          </>
        }
        class="stack-label"
        name="factors"
        rows={3}
        value={factors}
        placeholder={'e.g. No system to chase an unacknowledged MARF\nCaseload pressure'}
        onInput={(e) => setFactors(e.currentTarget.value)}
      />
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
