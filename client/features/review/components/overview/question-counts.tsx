import type { QuestionCountDto } from '../../../../shared/api/api';
import { reviewPath } from '../../../../shared/lib/routes';

/** The overview's questions to the agencies: open and answered, per agency (issue #16). */
export function QuestionCounts({
  reviewId,
  counts,
  ownAgency = false,
}: {
  reviewId: string;
  counts: readonly QuestionCountDto[];
  /** A submitter's view: their own agency's questions, as one line. */
  ownAgency?: boolean;
}) {
  if (ownAgency) {
    const open = counts.reduce((n, c) => n + c.open, 0);
    if (counts.length === 0) return null;
    return (
      <section class="panel" aria-label="Questions to your agency" data-testid="question-counts">
        <h2>Questions from the reviewer</h2>
        <p>
          {open === 0
            ? 'Every question to your agency is answered.'
            : `${open} ${open === 1 ? 'question waits' : 'questions wait'} for your answer.`}{' '}
          <a href={reviewPath(reviewId, 'questions')}>Open the questions</a>
        </p>
      </section>
    );
  }
  return (
    <section class="panel" aria-label="Questions to the agencies" data-testid="question-counts">
      <h2>Questions to the agencies</h2>
      {counts.length === 0 ? (
        <p class="muted">
          No questions yet. Ask an agency from a record’s details on the timeline, or about its
          whole chronology on the <a href={reviewPath(reviewId, 'questions')}>Questions</a> tab.
        </p>
      ) : (
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col" class="num">
                Open
              </th>
              <th scope="col" class="num">
                Answered
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.agency}>
                <th scope="row">{c.agency}</th>
                <td class="num">{c.open}</td>
                <td class="num">{c.answered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {counts.length > 0 ? (
        <p>
          <a href={reviewPath(reviewId, 'questions')}>Every question and its answer</a>
        </p>
      ) : null}
    </section>
  );
}
