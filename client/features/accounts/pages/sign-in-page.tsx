import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useResource } from '../../../shared/hooks/use-resource';
import { ApiError, api } from '../../../shared/api/api';
import { signInProblem } from '../../../shared/lib/roles';
import { setSession } from '../../../shared/lib/session';
import { Field } from '../../../shared/components/field';
import { useSubmit } from '../../../shared/hooks/use-submit';

const REASONS = {
  none: null,
  expired: 'Your session has ended. Sign in again to carry on where you were.',
  'signed-out': 'You are signed out.',
} as const;

/**
 * Stands in for any page while nobody is signed in. Signing in keeps the URL, so the page that
 * was asked for (a shared link, or the page whose session ran out) shows next.
 */
export function SignInPage({
  reason,
  intro,
  email: knownEmail = '',
}: {
  reason: keyof typeof REASONS;
  /** Why this page asks (an invitation for an account that exists), in place of the usual. */
  intro?: ComponentChildren;
  email?: string;
}) {
  const [email, setEmail] = useState(knownEmail);
  const [password, setPassword] = useState('');
  // A server with no accounts yet: say where the first one is made.
  const [setup] = useResource(() => api.setupStatus().catch(() => ({ needed: false })), []);
  useEffect(() => {
    document.title = 'Sign in · Tapestry';
  }, []);

  const { busy, error, submit } = useSubmit(
    async () => setSession(await api.signIn(email.trim(), password)),
    { onError: () => setPassword('') },
  );
  const problem = error
    ? signInProblem(
        error instanceof ApiError
          ? error
          : { status: 0, message: error instanceof Error ? error.message : undefined },
      )
    : null;

  const note = REASONS[reason];
  return (
    <main class="page auth-page">
      <section class="panel auth-card">
        <h1>Sign in</h1>
        {intro ?? (
          <p class="muted">
            Tapestry holds safeguarding case records. Use the account an administrator gave you.
          </p>
        )}
        {note ? (
          <p class="note" role="status">
            {note}
          </p>
        ) : null}
        {setup.data?.needed ? (
          <p class="note" role="status">
            This Tapestry has no accounts yet. Create the first administrator with the setup link
            the server printed when it started (it ends in <code>/setup#token=…</code>).
          </p>
        ) : null}
        <form class="form-stack" onSubmit={submit} aria-label="Sign in">
          <Field
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            required
            maxLength={254}
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
          <Field
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            maxLength={256}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          {problem ? (
            <div class="note note-error" role="alert">
              {problem}
            </div>
          ) : null}
          <div class="form-actions">
            <button type="submit" class="button-primary" disabled={busy}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </div>
        </form>
        <p class="muted small">
          Forgotten your password? Ask your Tapestry administrator to set a new one.
        </p>
      </section>
    </main>
  );
}
