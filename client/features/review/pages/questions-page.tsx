import { useMemo } from 'preact/hooks';
import { api, type QuestionDto, type ReviewDto } from '../../../shared/api/api';
import { useAction } from '../../../shared/hooks/use-action';
import { useResource } from '../../../shared/hooks/use-resource';
import type { Abilities } from '../../../shared/lib/roles';
import { reviewPath } from '../../../shared/lib/routes';
import { useViewMode } from '../../../shared/lib/view-mode';
import { AnswerForm } from '../../../shared/questions/answer-form';
import { QuestionCard } from '../../../shared/questions/question-card';
import { ErrorNote, Loading } from '../../../shared/ui';
import { AskForm } from '../components/questions/ask-form';

/**
 * The reviewer's questions to the agencies and their answers (issue #16). A reviewer asks about
 * an agency's whole chronology here (about one record, from its details on the timeline),
 * withdraws a question, and may record an answer given another way; a submitter sees their own
 * agency's questions only, and answers each in words or by a new upload.
 */
export function QuestionsPage({ review, can }: { review: ReviewDto; can: Abilities }) {
  const view = useViewMode(review.id, can.namedView);
  const [list, reload] = useResource(() => api.listQuestions(review.id, view), [review.id, view]);
  const [submissions] = useResource(
    () => (can.askQuestions ? api.listSubmissions(review.id) : Promise.resolve([])),
    [review.id, can.askQuestions],
  );
  const agencies = useMemo(
    () =>
      [...new Set((submissions.data ?? []).map((s) => s.agency))].sort((a, b) =>
        a.localeCompare(b, 'en-GB'),
      ),
    [submissions.data],
  );
  const [error, run] = useAction(reload);
  const submitter = review.myRole === 'submitter';
  const questions = list.data?.questions ?? [];
  const open = questions.filter((q) => q.status === 'open');
  const answered = questions.filter((q) => q.status === 'answered');

  const card = (question: QuestionDto) => (
    <QuestionCard key={question.id} question={question} showAgency={!submitter}>
      {question.on === 'event' && question.eventId ? (
        <a
          href={reviewPath(review.id, 'timeline', `event=${encodeURIComponent(question.eventId)}`)}
        >
          Open the record
        </a>
      ) : null}
      {question.status === 'open' && can.answerQuestions ? (
        <AnswerForm
          reviewId={review.id}
          question={question}
          onAnswered={reload}
          onBehalf={!submitter}
        />
      ) : null}
      {can.askQuestions ? (
        <div class="form-actions">
          <button
            type="button"
            class="button-link"
            onClick={() => {
              // Withdrawing deletes the question and any answer for good: asked first.
              const what =
                question.status === 'answered' ? 'this question and its answer' : 'this question';
              if (window.confirm(`Withdraw ${what}? It is deleted for good.`)) {
                void run(() => api.withdrawQuestion(review.id, question.id));
              }
            }}
          >
            Withdraw
          </button>
        </div>
      ) : null}
    </QuestionCard>
  );

  return (
    <main class="page page-narrow questions-page">
      <div class="page-head">
        <div>
          <h1>Questions</h1>
          <p class="lead">
            {submitter
              ? `The reviewer’s questions to ${review.myAgency ?? 'your agency'}. Answer in words, or upload a new version on the Upload tab and answer “by my latest upload”: a question on a record then points at that record in the new version.`
              : 'Questions to the agencies about their records or their whole chronologies, and the answers. Ask about one record from its details on the timeline.'}
          </p>
        </div>
        {submitter && can.upload ? (
          <div class="page-actions">
            <a class="button" href={reviewPath(review.id, 'upload')}>
              Upload a new version
            </a>
          </div>
        ) : null}
      </div>
      {can.askQuestions ? (
        <section class="panel">
          <h2>Ask about a whole chronology</h2>
          {submissions.status === 'ready' ? (
            <AskForm reviewId={review.id} agencies={agencies} onAsked={reload} />
          ) : null}
          {submissions.status === 'error' ? <ErrorNote error={submissions.error} /> : null}
        </section>
      ) : null}
      {error ? <ErrorNote error={error} title="Not withdrawn." /> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorNote error={list.error} /> : null}
      {list.status === 'ready' ? (
        <>
          <h2>Open ({open.length})</h2>
          {open.length === 0 ? <p class="muted">No open questions.</p> : null}
          <div class="question-list">{open.map(card)}</div>
          <h2>Answered ({answered.length})</h2>
          {answered.length === 0 ? <p class="muted">None answered yet.</p> : null}
          <div class="question-list">{answered.map(card)}</div>
        </>
      ) : null}
    </main>
  );
}
