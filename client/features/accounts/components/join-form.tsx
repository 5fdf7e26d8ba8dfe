import { useState } from 'preact/hooks';
import { ErrorNote } from '../../../shared/ui';
import { Field } from '../../../shared/components/field';
import { useSubmit } from '../../../shared/hooks/use-submit';
import { newPasswordProblem } from '../../../shared/lib/roles';
import { NewPasswordFields } from './new-password-fields';

/** A new account for an invitation: the email is the invitation's; a name and a password. */
export function JoinForm({
  email,
  onJoin,
}: {
  email: string;
  onJoin: (displayName: string, password: string) => Promise<void>;
}) {
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const { busy, error, submit } = useSubmit(async () => {
    const problem = newPasswordProblem(password, repeated);
    if (problem) throw new Error(problem);
    await onJoin(displayName.trim(), password);
  });
  return (
    <form class="form-stack" onSubmit={submit} aria-label="Your account">
      <Field
        label="Email"
        type="email"
        name="email"
        value={email}
        readOnly
        autoComplete="username"
      />
      <Field
        label="Your name"
        name="displayName"
        required
        maxLength={120}
        autoComplete="name"
        value={displayName}
        onInput={(e) => setDisplayName(e.currentTarget.value)}
      />
      <NewPasswordFields
        value={password}
        repeated={repeated}
        onValue={setPassword}
        onRepeated={setRepeated}
      />
      {error ? <ErrorNote error={error} /> : null}
      <div class="form-actions">
        <button type="submit" class="button-primary" disabled={busy}>
          {busy ? 'Joining…' : 'Create my account and join'}
        </button>
      </div>
    </form>
  );
}
