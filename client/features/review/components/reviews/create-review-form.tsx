import { useState } from 'preact/hooks';
import type { CreateReviewInput } from '../../../../../server/contract/reviews';
import { ErrorNote } from '../../../../shared/ui';
import { api } from '../../../../shared/api/api';
import { DayField } from '../../../../shared/components/day-input';
import { Field } from '../../../../shared/components/field';
import { useSubmit } from '../../../../shared/hooks/use-submit';
import { REVIEW_KIND_CHOICES } from '../../lib/review-kinds';
import { reviewPath } from '../../../../shared/lib/routes';
import { navigate } from '../../../../shared/router';
import type { FieldChange } from '../../../../shared/form';

const EMPTY: CreateReviewInput = {
  reference: '',
  title: '',
  periodStart: '',
  periodEnd: '',
  jurisdiction: 'wales',
  kind: 'child',
  joinAsReviewer: true,
};

/** An administrator's "New review" form; the new review opens at its next step. */
export function CreateReviewForm() {
  const [input, setInput] = useState<CreateReviewInput>(EMPTY);
  const set = (field: Exclude<keyof CreateReviewInput, 'joinAsReviewer'>) => (e: FieldChange) =>
    setInput({ ...input, [field]: e.currentTarget.value });

  const { busy, error, submit } = useSubmit(async () => {
    if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart)
      throw new Error('The period ends before it starts.');
    const review = await api.createReview(input);
    // Its reviewer starts with the uploads; otherwise the next step is to add the members.
    navigate(reviewPath(review.id, input.joinAsReviewer ? 'upload' : 'members'));
  });

  return (
    <section class="panel">
      <h2>New review</h2>
      <form class="form-grid" onSubmit={submit} aria-label="New review">
        <Field
          label="Reference"
          required
          maxLength={100}
          value={input.reference}
          onInput={set('reference')}
          placeholder="CPR 3/2026"
          name="reference"
        />
        <Field
          label="Title"
          class="span-2"
          required
          maxLength={300}
          value={input.title}
          onInput={set('title')}
          placeholder="Child A"
          name="title"
        />
        <DayField
          label="Period from"
          live
          required
          name="periodStart"
          value={input.periodStart || null}
          onChange={(day) => setInput((now) => ({ ...now, periodStart: day ?? '' }))}
        />
        <DayField
          label="Period to"
          live
          required
          edge="latest"
          name="periodEnd"
          value={input.periodEnd || null}
          onChange={(day) => setInput((now) => ({ ...now, periodEnd: day ?? '' }))}
        />
        <Field
          as="select"
          label="Jurisdiction"
          value={input.jurisdiction}
          onChange={set('jurisdiction')}
          name="jurisdiction"
        >
          <option value="wales">Wales</option>
          <option value="england">England</option>
        </Field>
        <Field
          as="select"
          label="Kind of review"
          class="span-2"
          value={input.kind}
          onChange={set('kind')}
          name="kind"
          hint={REVIEW_KIND_CHOICES.find((choice) => choice.kind === input.kind)?.rules}
        >
          {REVIEW_KIND_CHOICES.map((choice) => (
            <option key={choice.kind} value={choice.kind}>
              {choice.label}
            </option>
          ))}
        </Field>
        <label class="check span-3">
          <input
            type="checkbox"
            name="joinAsReviewer"
            checked={input.joinAsReviewer}
            onChange={(e) => setInput({ ...input, joinAsReviewer: e.currentTarget.checked })}
          />
          I am this review’s reviewer (I may read and manage its case data). Otherwise add its
          reviewer on the Members tab next.
        </label>
        <div class="form-actions span-3">
          <button type="submit" class="button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create review'}
          </button>
          {error ? <ErrorNote error={error} /> : null}
        </div>
      </form>
    </section>
  );
}
