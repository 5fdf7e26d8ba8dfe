import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';

interface FieldParts {
  /** The words of the label, above the control. */
  label: ComponentChildren;
  /** Help below the control, read out with it (aria-describedby). */
  hint?: ComponentChildren;
  /** What is wrong with this field: below the control, read out with it, aria-invalid. */
  error?: ComponentChildren;
  /** The label's class: the form's layout (`span-2`, `stack-label`). */
  class?: string;
  /** A button beside the control, such as "Suggest", in a `span.input-with-button`. */
  beside?: ComponentChildren;
}

type Without<T> = Omit<T, keyof FieldParts | 'as' | 'id'>;
type InputField = FieldParts & { as?: 'input' } & Without<
    JSX.InputHTMLAttributes<HTMLInputElement>
  >;
type SelectField = FieldParts & { as: 'select' } & Without<
    JSX.SelectHTMLAttributes<HTMLSelectElement>
  >;
type TextareaField = FieldParts & { as: 'textarea' } & Without<
    JSX.TextareaHTMLAttributes<HTMLTextAreaElement>
  >;
export type FieldProps = InputField | SelectField | TextareaField;

/** The ids a field's hint and error take, and so its aria-describedby. */
export function fieldIds(id: string, parts: { hint?: unknown; error?: unknown }) {
  const hint = parts.hint ? `${id}-hint` : undefined;
  const error = parts.error ? `${id}-error` : undefined;
  return { hint, error, describedBy: [hint, error].filter(Boolean).join(' ') || undefined };
}

/**
 * A form's field: its label wrapping the input, select or text area (so the forms' `label input`
 * styles apply), tied by `for`/id as well, with a hint and an error read out with the control.
 * Every other prop (name, value, required, onInput, a select's options as children) goes to the
 * control.
 */
export function Field(props: FieldProps) {
  const { label, hint, error, class: className, beside, as, ...control } = props;
  const id = useId();
  const ids = fieldIds(id, { hint, error });
  const shared = {
    id,
    'aria-describedby': ids.describedBy,
    'aria-invalid': error ? true : undefined,
  };
  const element =
    as === 'select' ? (
      <select {...(control as Without<JSX.SelectHTMLAttributes<HTMLSelectElement>>)} {...shared} />
    ) : as === 'textarea' ? (
      <textarea
        {...(control as Without<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>>)}
        {...shared}
      />
    ) : (
      <input {...(control as Without<JSX.InputHTMLAttributes<HTMLInputElement>>)} {...shared} />
    );
  return (
    <label class={className} for={id}>
      {label}
      {beside ? (
        <span class="input-with-button">
          {element}
          {beside}
        </span>
      ) : (
        element
      )}
      {hint ? (
        <span class="muted small" id={ids.hint}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="warn-text small" id={ids.error}>
          {error}
        </span>
      ) : null}
    </label>
  );
}
