import { useEffect, useState } from 'preact/hooks';
import type { CreateUserInput, UpdateUserInput } from '../../../../server/contract/auth';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, type SessionDto, type UserDto } from '../../../shared/api/api';
import { formatTimestamp } from '../../../shared/lib/dates';
import {
  newPasswordProblem,
  PASSWORD_MIN_LENGTH,
  suggestPassword,
} from '../../../shared/lib/roles';
import type { FieldChange } from '../../../shared/form';

type Message = { kind: 'ok' | 'error'; text: string } | { kind: 'failed'; error: unknown };

/**
 * Accounts (administrators only): create one, disable or enable it, make it an administrator
 * or not, set a new password. Who is in which review, and as what, is each review's Members tab.
 */
export function AdminUsersPage({ session }: { session: SessionDto }) {
  const [users, reload] = useResource(() => api.listUsers(), []);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [resetting, setResetting] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Users · Tapestry';
  }, []);

  async function update(user: UserDto, change: UpdateUserInput, done: string) {
    setBusy(user.id);
    setMessage(null);
    try {
      await api.updateUser(user.id, change);
      setMessage({ kind: 'ok', text: done });
      setResetting(null);
      reload();
    } catch (error) {
      setMessage({ kind: 'failed', error });
    } finally {
      setBusy(null);
    }
  }

  return (
    <main class="page page-narrow">
      <div class="page-head">
        <div>
          <h1>Users</h1>
          <p class="lead">
            Every account. A new account sees nothing until it is added to a review, with a role, on
            that review’s Members tab.
          </p>
        </div>
      </div>
      {message ? <MessageNote message={message} /> : null}
      {users.status === 'loading' ? <Loading /> : null}
      {users.status === 'error' ? <ErrorNote error={users.error} /> : null}
      {users.status === 'ready' ? (
        <table class="grid grid-spaced users" aria-label="Users">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Administrator</th>
              <th>Status</th>
              <th>Created</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => {
              const self = user.id === session.user.id;
              return (
                <tr key={user.id} data-email={user.email} class={user.disabled ? 'superseded' : ''}>
                  <td>
                    {user.displayName}
                    {self ? <span class="tag tag-muted">you</span> : null}
                  </td>
                  <td>{user.email}</td>
                  <td>{user.isAdmin ? <span class="tag">administrator</span> : '–'}</td>
                  <td>
                    {user.disabled ? (
                      <span class="tag tag-warn">disabled</span>
                    ) : (
                      <span class="muted">active</span>
                    )}
                  </td>
                  <td class="nowrap muted">{formatTimestamp(user.createdAt)}</td>
                  <td class="row-actions">
                    {self ? (
                      <a href="/account">Change your password</a>
                    ) : resetting === user.id ? (
                      <ResetPasswordForm
                        user={user}
                        busy={busy === user.id}
                        onCancel={() => setResetting(null)}
                        onSave={(password) =>
                          void update(
                            user,
                            { password },
                            `New password set for ${user.email}: give it to them by another channel. Their sessions have ended.`,
                          )
                        }
                      />
                    ) : (
                      <>
                        <button
                          type="button"
                          class="button"
                          disabled={busy === user.id}
                          onClick={() =>
                            void update(
                              user,
                              { disabled: !user.disabled },
                              user.disabled
                                ? `${user.email} can sign in again.`
                                : `${user.email} is disabled: signed out everywhere, and cannot sign in.`,
                            )
                          }
                        >
                          {user.disabled ? 'Enable' : 'Disable'}
                        </button>
                        <button
                          type="button"
                          class="button"
                          disabled={busy === user.id}
                          onClick={() =>
                            void update(
                              user,
                              { isAdmin: !user.isAdmin },
                              user.isAdmin
                                ? `${user.email} is no longer an administrator.`
                                : `${user.email} is now an administrator.`,
                            )
                          }
                        >
                          {user.isAdmin ? 'Remove administrator' : 'Make administrator'}
                        </button>
                        <button
                          type="button"
                          class="button"
                          disabled={busy === user.id}
                          onClick={() => {
                            setMessage(null);
                            setResetting(user.id);
                          }}
                        >
                          Reset password
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <CreateUserForm
        onCreated={(user) => {
          setMessage({
            kind: 'ok',
            text: `Account created for ${user.displayName} (${user.email}). Give them the password by another channel; they can change it under their account. Add them to a review on its Members tab.`,
          });
          reload();
        }}
      />
    </main>
  );
}

function MessageNote({ message }: { message: Message }) {
  if (message.kind === 'failed') return <ErrorNote error={message.error} />;
  return (
    <p
      class={message.kind === 'ok' ? 'note note-ok' : 'note note-error'}
      role={message.kind === 'ok' ? 'status' : 'alert'}
    >
      {message.text}
    </p>
  );
}

function ResetPasswordForm({
  user,
  busy,
  onSave,
  onCancel,
}: {
  user: UserDto;
  busy: boolean;
  onSave: (password: string) => void;
  onCancel: () => void;
}) {
  const [password, setPassword] = useState(() => suggestPassword());
  const problem = newPasswordProblem(password);
  return (
    <form
      class="inline-form"
      aria-label={`New password for ${user.email}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) onSave(password);
      }}
    >
      <input
        type="text"
        name="newPassword"
        autoComplete="off"
        spellcheck={false}
        aria-label="New password"
        value={password}
        maxLength={256}
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      <button type="submit" class="button button-primary" disabled={busy || !!problem}>
        Set password
      </button>
      <button type="button" class="button-link" onClick={onCancel}>
        Cancel
      </button>
      {problem && password ? <span class="warn-text small">{problem}</span> : null}
    </form>
  );
}

const EMPTY: CreateUserInput = { email: '', displayName: '', password: '', isAdmin: false };

function CreateUserForm({ onCreated }: { onCreated: (user: UserDto) => void }) {
  const [input, setInput] = useState<CreateUserInput>(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: 'email' | 'displayName' | 'password') => (e: FieldChange) =>
    setInput({ ...input, [field]: e.currentTarget.value });

  async function submit(event: Event) {
    event.preventDefault();
    const problem = newPasswordProblem(input.password);
    if (problem) {
      setError(new Error(problem));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const user = await api.createUser({
        ...input,
        email: input.email.trim(),
        displayName: input.displayName.trim(),
      });
      setInput(EMPTY);
      onCreated(user);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel">
      <h2>New account</h2>
      <form class="form-grid" onSubmit={submit} aria-label="New account">
        <label>
          Name
          <input
            name="displayName"
            required
            maxLength={120}
            value={input.displayName}
            onInput={set('displayName')}
            placeholder="Alex Jones"
          />
        </label>
        <label>
          Email
          <input
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="off"
            value={input.email}
            onInput={set('email')}
            placeholder="alex.jones@agency.gov.uk"
          />
        </label>
        <label>
          First password (at least {PASSWORD_MIN_LENGTH} characters)
          <span class="input-with-button">
            <input
              name="password"
              type="text"
              required
              autoComplete="off"
              spellcheck={false}
              maxLength={256}
              value={input.password}
              onInput={set('password')}
            />
            <button
              type="button"
              class="button"
              onClick={() => setInput({ ...input, password: suggestPassword() })}
            >
              Suggest
            </button>
          </span>
        </label>
        <label class="check span-3">
          <input
            type="checkbox"
            name="isAdmin"
            checked={input.isAdmin}
            onChange={(e) => setInput({ ...input, isAdmin: e.currentTarget.checked })}
          />
          Administrator: manages accounts, creates and deletes reviews, sets who is in each
        </label>
        <div class="form-actions span-3">
          <button type="submit" class="button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create account'}
          </button>
          {error ? <ErrorNote error={error} /> : null}
        </div>
      </form>
    </section>
  );
}
