import { useEffect, useState } from 'preact/hooks';
import { ErrorNote } from '../../../shared/ui';
import { api, type SessionDto } from '../../../shared/api/api';
import { newPasswordProblem, PASSWORD_MIN_LENGTH } from '../../../shared/lib/roles';
import { setSession } from '../../../shared/lib/session';
import type { FieldChange } from '../../../shared/form';

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
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setDone(false);
    const problem = newPasswordProblem(next, repeated);
    if (problem) {
      setError(new Error(problem));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // The server starts a new session (and CSRF token) and ends every other one.
      setSession(await api.changePassword(current, next));
      setCurrent('');
      setNext('');
      setRepeated('');
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const input = (setter: (value: string) => void) => (e: FieldChange) =>
    setter(e.currentTarget.value);
  return (
    <section class="panel">
      <h2>Change password</h2>
      <form class="form-stack form-narrow" onSubmit={submit} aria-label="Change password">
        <label>
          Current password
          <input
            type="password"
            name="currentPassword"
            required
            maxLength={256}
            autoComplete="current-password"
            value={current}
            onInput={input(setCurrent)}
          />
        </label>
        <label>
          <span>
            New password <span class="muted">(at least {PASSWORD_MIN_LENGTH} characters)</span>
          </span>
          <input
            type="password"
            name="newPassword"
            required
            maxLength={256}
            autoComplete="new-password"
            value={next}
            onInput={input(setNext)}
          />
        </label>
        <label>
          New password again
          <input
            type="password"
            name="repeatPassword"
            required
            maxLength={256}
            autoComplete="new-password"
            value={repeated}
            onInput={input(setRepeated)}
          />
        </label>
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
