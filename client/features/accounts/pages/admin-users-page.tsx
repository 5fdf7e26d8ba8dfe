import { useEffect, useState } from 'preact/hooks';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, type SessionDto } from '../../../shared/api/api';
import { CreateUserForm } from '../components/create-user-form';
import { UserRow, type Message } from '../components/user-row';

/**
 * Accounts (administrators only): create one, disable or enable it, make it an administrator
 * or not, set a new password. Who is in which review, and as what, is each review's Members tab.
 */
export function AdminUsersPage({ session }: { session: SessionDto }) {
  const [users, reload] = useResource(() => api.listUsers(), []);
  const [message, setMessage] = useState<Message | null>(null);
  const [resetting, setResetting] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Users · Tapestry';
  }, []);

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
            {users.data.map((user) => (
              <UserRow
                key={user.id}
                user={user}
                self={user.id === session.user.id}
                resetting={resetting === user.id}
                onResetting={(on) => setResetting(on ? user.id : null)}
                onMessage={setMessage}
                onChanged={reload}
              />
            ))}
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
