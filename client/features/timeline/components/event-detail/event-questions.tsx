import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import type { QuestionsDto } from '../../../../../server/contract/questions';
import { api } from '../../../../shared/api/api';
import { Field } from '../../../../shared/components/field';
import type { Resource } from '../../../../shared/hooks/use-resource';
import { useSubmit } from '../../../../shared/hooks/use-submit';
import type { Abilities } from '../../../../shared/lib/roles';
import { reviewPath } from '../../../../shared/lib/routes';
import { AnswerForm } from '../../../../shared/questions/answer-form';
import { QuestionCard } from '../../../../shared/questions/question-card';
import { ErrorNote } from '../../../../shared/ui';

/**
 * The questions to the agency on one record, in its details (issue #16): the reviewer asks
 * ("Ask the agency…"), the agency's submitter answers, the panel reads the answers (the server
 * sends them only answered ones, with people as role labels).
 */
export function EventQuestions({
  reviewId,
  event,
  questions: list,
  onChanged: reload,
  can,
  submitter,
}: {
  reviewId: string;
  event: TimelineEvent;
  /** The review's questions as the viewer reads them (side-panel.tsx asks for them once). */
  questions: Resource<QuestionsDto | null>;
  /** Asks for them again, after a question is asked or answered here. */
  onChanged: () => void;
  can: Pick<Abilities, 'askQuestions' | 'answerQuestions'>;
  submitter: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [text, setText] = useState('');
  const ask = useSubmit(
    () => {
      if (!text.trim()) throw new Error('Write the question.');
      return api.askQuestion(reviewId, { eventId: event.id, text: text.trim() });
    },
    {
      onSuccess: () => {
        setText('');
        setAsking(false);
        reload();
      },
    },
  );
  const here = (list.data?.questions ?? []).filter((q) => q.eventId === event.id);
  if (here.length === 0 && !can.askQuestions) return null;
  return (
    <section
      class="event-questions"
      aria-label="Questions to the agency"
      data-testid="event-questions"
    >
      <h3>Questions to the agency</h3>
      {list.status === 'error' ? <ErrorNote error={list.error} /> : null}
      {here.map((question) => (
        <QuestionCard key={question.id} question={question} showAgency={false}>
          {submitter && question.status === 'open' && can.answerQuestions ? (
            <AnswerForm reviewId={reviewId} question={question} onAnswered={reload} />
          ) : null}
        </QuestionCard>
      ))}
      {can.askQuestions && !asking ? (
        <div>
          <button type="button" class="button" onClick={() => setAsking(true)}>
            Ask the agency…
          </button>{' '}
          <a class="small" href={reviewPath(reviewId, 'questions')}>
            All questions
          </a>
        </div>
      ) : null}
      {can.askQuestions && asking ? (
        <form class="ask-form" aria-label="Ask the agency" onSubmit={ask.submit}>
          <Field
            as="textarea"
            label={`Question to ${event.agency} on this record`}
            class="stack-label"
            name="question"
            rows={3}
            maxLength={5000}
            value={text}
            placeholder="For example: what happened after this call?"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          {ask.error ? <ErrorNote error={ask.error} title="Not asked." /> : null}
          <div class="form-actions">
            <button type="submit" class="button-primary" disabled={ask.busy}>
              Ask
            </button>
            <button type="button" class="button" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
