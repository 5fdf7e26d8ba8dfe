import { useState } from 'preact/hooks';
import type { UpdateUserInput } from '../../../../server/contract/auth';
import { api, type UserDto } from '../../../shared/api/api';
import { useSubmit } from '../../../shared/hooks/use-submit';
import { formatTimestamp } from '../../../shared/lib/dates';
import { newPasswordProblem, suggestPassword } from '../../../shared/lib/roles';

/** What the Users page says above its table: a change made, or why it failed. */
export type Message = { kind: 'ok' | 'error'; text: string } | { kind: 'failed'; error: unknown };

/**
 * One account in the Users table, with its changes: disable or enable, make an administrator or
 * not, set a new password. Each row sends its own change (busy only in that row); what came of
 * it goes to the page's message.
 */
export function UserRow({
  user,
  self,
  resetting,
  onResetting,
  onMessage,
  onChanged,
}: {
  user: UserDto;
  self: boolean;
  /** The new-password form is open in this row. */
  resetting: boolean;
  onResetting: (resetting: boolean) => void;
  onMessage: (message: Message | null) => void;
  onChanged: () => void;
}) {
  const update = useSubmit(
    async (change: UpdateUserInput, done: string) => {
      onMessage(null);
      await api.updateUser(user.id, change);
      onMessage({ kind: 'ok', text: done });
      onResetting(false);
      onChanged();
    },
    { onError: (error) => onMessage({ kind: 'failed', error }) },
  );
  const busy = update.busy;
  return (
    <tr data-email={user.email} class={user.disabled ? 'superseded' : ''}>
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
        ) : resetting ? (
          <ResetPasswordForm
            user={user}
            busy={busy}
            onCancel={() => onResetting(false)}
            onSave={(password) =>
              void update.run(
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
              disabled={busy}
              onClick={() =>
                void update.run(
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
              disabled={busy}
              onClick={() =>
                void update.run(
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
              disabled={busy}
              onClick={() => {
                onMessage(null);
                onResetting(true);
              }}
            >
              Reset password
            </button>
          </>
        )}
      </td>
    </tr>
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
