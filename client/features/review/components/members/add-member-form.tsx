import { useState } from 'preact/hooks';
import { Loading } from '../../../../shared/ui';
import type { UserDto } from '../../../../shared/api/api';
import { Field } from '../../../../shared/components/field';
import { useSubmit } from '../../../../shared/hooks/use-submit';
import { ROLE_HINTS, ROLE_LABELS, type Role } from '../../../../shared/lib/roles';
import { ROLES } from './roles';

/** "Add someone to the review": an account not yet in it, its role, a submitter's agency. */
export function AddMemberForm({
  candidates,
  loading,
  onAdd,
}: {
  candidates: UserDto[];
  loading: boolean;
  /** Adds them; false when it failed (the page says why). */
  onAdd: (user: UserDto, role: Role, agency: string) => Promise<boolean>;
}) {
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<Role>('panel');
  const [agency, setAgency] = useState('');
  const user = candidates.find((u) => u.id === userId);

  const { busy, submit } = useSubmit(async () => {
    if (!user) return;
    if (await onAdd(user, role, agency)) {
      setUserId('');
      setAgency('');
    }
  });

  return (
    <section class="panel">
      <h2>Add someone to the review</h2>
      {loading ? <Loading /> : null}
      {!loading && candidates.length === 0 ? (
        <p class="empty">
          Every account is already in this review. Make new accounts on the{' '}
          <a href="/admin/users">Users</a> page.
        </p>
      ) : null}
      {!loading && candidates.length > 0 ? (
        <form class="form-grid" onSubmit={submit} aria-label="Add a member">
          <Field
            as="select"
            label="Account"
            name="userId"
            required
            value={userId}
            onChange={(e) => setUserId(e.currentTarget.value)}
          >
            <option value="">Choose an account…</option>
            {candidates.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.email}){u.disabled ? ' – disabled' : ''}
              </option>
            ))}
          </Field>
          <Field
            as="select"
            label="Role"
            name="role"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Field>
          {role === 'submitter' ? (
            <Field
              label="Agency (as its uploads name it)"
              name="agency"
              list="member-agencies"
              required
              maxLength={200}
              value={agency}
              placeholder="e.g. Dyfed-Powys Police"
              onInput={(e) => setAgency(e.currentTarget.value)}
            />
          ) : (
            <span />
          )}
          <p class="muted small span-3">
            {ROLE_LABELS[role]}: {ROLE_HINTS[role]}.
          </p>
          <div class="form-actions span-3">
            <button
              type="submit"
              class="button-primary"
              disabled={busy || !user || (role === 'submitter' && !agency.trim())}
            >
              Add to the review
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
