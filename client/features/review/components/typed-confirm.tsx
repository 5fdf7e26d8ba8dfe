import { Field } from '../../../shared/components/field';

/**
 * The field a lasting deletion is confirmed in: "Type the review’s reference, “CPR 3/2026”, to
 * confirm". Typing the name of what goes, not clicking twice, is the confirmation.
 */
export function TypedConfirm({
  what,
  expected,
  name,
  value,
  onInput,
}: {
  /** "the review’s reference", "the agency’s name". */
  what: string;
  expected: string;
  name: string;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <Field
      label={
        <span>
          Type {what}, <strong class="quoted">{expected}</strong>, to confirm
        </span>
      }
      name={name}
      autoComplete="off"
      spellcheck={false}
      value={value}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}
