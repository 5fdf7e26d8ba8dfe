import { useState } from 'preact/hooks';
import { api } from '../../../../shared/api/api';
import { Field } from '../../../../shared/components/field';
import { useSubmit } from '../../../../shared/hooks/use-submit';
import { ErrorNote } from '../../../../shared/ui';

/**
 * Ask an agency about its whole chronology ("is anything missing for May?"). A question on one
 * record is asked from the record's details on the timeline.
 */
export function AskForm({
  reviewId,
  agencies,
  onAsked,
}: {
  reviewId: string;
  /** The agencies that have sent the review a chronology, by name. */
  agencies: readonly string[];
  onAsked: () => void;
}) {
  const [agency, setAgency] = useState(agencies[0] ?? '');
  const [text, setText] = useState('');
  const saving = useSubmit(
    () => {
      if (!text.trim()) throw new Error('Write the question.');
      return api.askQuestion(reviewId, { agency, text: text.trim() });
    },
    {
      onSuccess: () => {
        setText('');
        onAsked();
      },
    },
  );
  if (agencies.length === 0) {
    return <p class="muted">No agency has sent a chronology yet, so there is no one to ask.</p>;
  }
  return (
    <form class="ask-form" aria-label="Ask an agency" onSubmit={saving.submit}>
      <Field
        as="select"
        label="Agency"
        name="agency"
        value={agency}
        onChange={(e) => setAgency(e.currentTarget.value)}
      >
        {agencies.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Field>
      <Field
        as="textarea"
        label="Question on the agency’s whole chronology"
        class="stack-label"
        name="question"
        rows={3}
        maxLength={5000}
        value={text}
        placeholder="For example: your records stop in April; is anything missing after it?"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {saving.error ? <ErrorNote error={saving.error} title="Not asked." /> : null}
      <div class="form-actions">
        <button type="submit" class="button-primary" disabled={saving.busy}>
          Ask the agency
        </button>
      </div>
    </form>
  );
}
