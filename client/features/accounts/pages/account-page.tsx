import { useEffect, useState } from 'preact/hooks';
import { ErrorNote } from '../../../shared/ui';
import { api, type SessionDto } from '../../../shared/api/api';
import { newPasswordProblem } from '../../../shared/lib/roles';
import { setSession } from '../../../shared/lib/session';
import type { FieldChange } from '../../../shared/form';
import { Field } from '../../../shared/components/field';
import { useSubmit } from '../../../shared/hooks/use-submit';
import { NewPasswordFields } from '../components/new-password-fields';

/** The signed-in user's own account: who they are, and a new password. */
export function AccountPage({ session }: { session: SessionDto }) {
  useEffect(() => {
    document.title = 'Your account · Tapestry';
  }, []);
  const { user } = session;
  return (
    <main class="page page-narrow">
      <div class="page-head">
        <div>
          <h1>Your account</h1>
          <p class="lead">
            {user.displayName} · {user.email}
            {user.isAdmin ? ' · administrator' : ''}
          </p>
        </div>
      </div>
      <ChangePasswordForm />
    </main>
  );
}

function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, submit } = useSubmit(async () => {
    setDone(false);
    const problem = newPasswordProblem(next, repeated);
    if (problem) throw new Error(problem);
    // The server starts a new session (and CSRF token) and ends every other one.
    setSession(await api.changePassword(current, next));
    setCurrent('');
    setNext('');
    setRepeated('');
    setDone(true);
  });

  const input = (setter: (value: string) => void) => (e: FieldChange) =>
    setter(e.currentTarget.value);
  return (
    <section class="panel">
      <h2>Change password</h2>
      <form class="form-stack form-narrow" onSubmit={submit} aria-label="Change password">
        <Field
          label="Current password"
          type="password"
          name="currentPassword"
          required
          maxLength={256}
          autoComplete="current-password"
          value={current}
          onInput={input(setCurrent)}
        />
        <NewPasswordFields
          label="New password"
          name="newPassword"
          value={next}
          repeated={repeated}
          onValue={setNext}
          onRepeated={setRepeated}
        />
        {error ? <ErrorNote error={error} /> : null}
        {done ? (
          <p class="note note-ok" role="status">
            Password changed. You stay signed in here; any other session of yours has ended.
          </p>
        ) : null}
        <div class="form-actions">
          <button type="submit" class="button-primary" disabled={busy}>
            {busy ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
    </section>
  );
}
