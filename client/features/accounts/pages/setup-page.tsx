import { useEffect, useState } from 'preact/hooks';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api } from '../../../shared/api/api';
import { newPasswordProblem } from '../../../shared/lib/roles';
import { tokenFromHash } from '../../../shared/lib/routes';
import { setSession } from '../../../shared/lib/session';
import { navigate } from '../../../shared/router';
import { Field } from '../../../shared/components/field';
import { NewPasswordFields } from '../components/new-password-fields';
import { useSubmit } from '../../../shared/hooks/use-submit';

/**
 * First run: the server printed `/setup#token=…`. The token is read from the fragment (never
 * sent in a URL) and posted with the first administrator's details; that signs them in.
 */
export function SetupPage() {
  const [token, setToken] = useState(() => tokenFromHash(window.location.hash));
  // The link pasted over an open /setup page changes only the fragment: no new page load.
  useEffect(() => {
    const update = () => setToken(tokenFromHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const [status] = useResource(() => api.setupStatus(), []);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  useEffect(() => {
    document.title = 'Set up · Tapestry';
  }, []);

  const { busy, error, submit } = useSubmit(async () => {
    if (!token) return;
    const problem = newPasswordProblem(password, repeated);
    if (problem) throw new Error(problem);
    const session = await api.setup({
      token,
      email: email.trim(),
      displayName: displayName.trim(),
      password,
    });
    setSession(session);
    // Replace, so the used link (and its token) leaves the address bar and the history.
    navigate('/', { replace: true });
  });

  return (
    <main class="page auth-page">
      <section class="panel auth-card">
        <h1>Set up Tapestry</h1>
        {status.status === 'loading' ? <Loading /> : null}
        {status.status === 'error' ? <ErrorNote error={status.error} /> : null}
        {status.data && !status.data.needed ? (
          <p class="note" role="status">
            Tapestry is already set up. <a href="/">Sign in</a> instead.
          </p>
        ) : null}
        {status.data?.needed && !token ? (
          <p class="note note-error" role="alert">
            This page needs the setup link the server printed when it started: the whole link,
            ending in <code>#token=…</code>.
          </p>
        ) : null}
        {status.data?.needed && token ? (
          <>
            <p class="muted">
              Create the first administrator. They make the other accounts and the reviews, and add
              people to each review with their role.
            </p>
            <form class="form-stack" onSubmit={submit} aria-label="First administrator">
              <Field
                label="Your name"
                name="displayName"
                required
                maxLength={120}
                autoComplete="name"
                value={displayName}
                onInput={(e) => setDisplayName(e.currentTarget.value)}
              />
              <Field
                label="Email"
                type="email"
                name="email"
                required
                maxLength={254}
                autoComplete="username"
                value={email}
                onInput={(e) => setEmail(e.currentTarget.value)}
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
                  {busy ? 'Creating…' : 'Create the administrator'}
                </button>
              </div>
            </form>
          </>
        ) : null}
      </section>
    </main>
  );
}
