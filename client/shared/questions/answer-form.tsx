import { useState } from 'preact/hooks';
import { api, type QuestionDto } from '../api/api';
import { Field } from '../components/field';
import { useSubmit } from '../hooks/use-submit';
import { ErrorNote } from '../ui';

/**
 * Answer an open question: in words, or by the agency's latest upload (a new version uploaded
 * on the Upload tab after the question was asked), with words or without. The server names the
 * version in the answer and moves a question on a record to the record in it.
 */
export function AnswerForm({
  reviewId,
  question,
  onAnswered,
  onBehalf = false,
}: {
  reviewId: string;
  question: QuestionDto;
  onAnswered: () => void;
  /** The reviewer records an answer the agency gave another way (by phone, by email). */
  onBehalf?: boolean;
}) {
  const upload = onBehalf ? `${question.agency}’s latest upload` : 'my latest upload';
  const [text, setText] = useState('');
  const [byUpload, setByUpload] = useState(false);
  const saving = useSubmit(
    () => {
      if (!byUpload && !text.trim()) throw new Error(`Write an answer, or answer by ${upload}.`);
      return api.answerQuestion(reviewId, question.id, {
        byUpload,
        ...(text.trim() ? { text: text.trim() } : {}),
      });
    },
    { onSuccess: onAnswered },
  );
  return (
    <form class="answer-form" aria-label="Answer the question" onSubmit={saving.submit}>
      <Field
        as="textarea"
        label="Answer"
        class="stack-label"
        name="answer"
        rows={3}
        maxLength={5000}
        value={text}
        placeholder={byUpload ? 'Optional: what the new version changes' : 'Your answer'}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <label class="check">
        <input
          type="checkbox"
          name="byUpload"
          checked={byUpload}
          onChange={(e) => setByUpload(e.currentTarget.checked)}
        />{' '}
        Answered by {upload} (a new version, uploaded after the question)
      </label>
      {saving.error ? <ErrorNote error={saving.error} title="Not answered." /> : null}
      <div class="form-actions">
        <button type="submit" class="button-primary" disabled={saving.busy}>
          Send the answer
        </button>
      </div>
    </form>
  );
}
