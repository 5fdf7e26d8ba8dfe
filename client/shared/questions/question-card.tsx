import type { ComponentChildren } from 'preact';
import type { QuestionDto } from '../api/api';
import { formatTimestamp } from '../lib/dates';

// A reviewer's question to an agency and its answer, as every screen shows it. Every text is
// rendered as text (Preact escapes it): a question and an answer are people's words.

const ANCHOR_NOTES: Partial<Record<NonNullable<QuestionDto['anchor']>, string>> = {
  'source-changed': 'the record changed since it was asked',
  orphaned: 'its record is no longer in the agency’s current version',
};

/** One question: to whom, on what, its words, who asked when; then its answer, if any. */
export function QuestionCard({
  question,
  showAgency = true,
  children,
}: {
  question: QuestionDto;
  /** The agency's name in the head (not needed where every question is to one agency). */
  showAgency?: boolean;
  /** Below the card's text: an answer form, a withdraw button, a link to the record. */
  children?: ComponentChildren;
}) {
  const answered = question.status === 'answered';
  const anchorNote = question.anchor ? ANCHOR_NOTES[question.anchor] : undefined;
  return (
    <article
      class={answered ? 'question-card question-answered' : 'question-card question-open'}
      data-testid="question"
      data-status={question.status}
      aria-label={`Question to ${question.agency}`}
    >
      <div class="question-head">
        <span class={answered ? 'tag' : 'tag tag-warn'}>{answered ? 'answered' : 'open'}</span>
        {showAgency ? <strong>{question.agency}</strong> : null}
        <span class="muted small">
          {question.on === 'event'
            ? `on a record${question.sourceRef ? ` (ref. ${question.sourceRef})` : ''}`
            : 'on the whole chronology'}
        </span>
        {anchorNote ? <span class="tag tag-muted">{anchorNote}</span> : null}
      </div>
      <p class="question-text pre">{question.text}</p>
      <p class="muted small">
        Asked {question.askedBy ? `by ${question.askedBy} · ` : ''}
        {formatTimestamp(question.askedAt)}
      </p>
      {answered ? (
        <div class="question-answer" data-testid="answer">
          {question.answerText ? <p class="pre">{question.answerText}</p> : null}
          <p class="muted small">
            Answered {question.answeredBy ? `by ${question.answeredBy} · ` : ''}
            {formatTimestamp(question.answeredAt)}
            {question.answerVersion !== null
              ? ` · by uploading version ${question.answerVersion}`
              : ''}
          </p>
        </div>
      ) : null}
      {children}
    </article>
  );
}
