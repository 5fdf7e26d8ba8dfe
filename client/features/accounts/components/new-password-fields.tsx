import { Field } from '../../../shared/components/field';
import { PASSWORD_MIN_LENGTH } from '../../../shared/lib/roles';

/**
 * A new password and the same again, as every form that sets one asks for it (first run, an
 * invitation, changing your own): the rule beside the label, and the browser told it is new.
 */
export function NewPasswordFields({
  label = 'Password',
  name = 'password',
  value,
  repeated,
  onValue,
  onRepeated,
}: {
  label?: string;
  name?: string;
  value: string;
  repeated: string;
  onValue: (value: string) => void;
  onRepeated: (value: string) => void;
}) {
  return (
    <>
      <Field
        label={
          <span>
            {label} <span class="muted">(at least {PASSWORD_MIN_LENGTH} characters)</span>
          </span>
        }
        type="password"
        name={name}
        required
        maxLength={256}
        autoComplete="new-password"
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
      <Field
        label={`${label} again`}
        type="password"
        name="repeatPassword"
        required
        maxLength={256}
        autoComplete="new-password"
        value={repeated}
        onInput={(e) => onRepeated(e.currentTarget.value)}
      />
    </>
  );
}
