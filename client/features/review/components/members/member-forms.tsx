import { useState } from 'preact/hooks';
import { Loading } from '../../../../shared/ui';
import { type MemberDto, type UserDto } from '../../../../shared/api/api';
import { formatTimestamp } from '../../../../shared/lib/dates';
import { ROLE_HINTS, ROLE_LABELS, type Role } from '../../../../shared/lib/roles';

const ROLES: Role[] = ['reviewer', 'panel', 'submitter'];

export function MemberRow({
  member,
  self,
  onSave,
  onRemove,
}: {
  member: MemberDto;
  self: boolean;
  onSave: (role: Role, agency: string) => Promise<boolean>;
  onRemove: () => Promise<boolean>;
}) {
  const [role, setRole] = useState<Role>(member.role);
  const [agency, setAgency] = useState(member.agencyName ?? '');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const changed =
    role !== member.role || (role === 'submitter' && agency.trim() !== (member.agencyName ?? ''));
  const valid = role !== 'submitter' || agency.trim() !== '';
  const run = async (work: () => Promise<boolean>) => {
    setBusy(true);
    await work();
    setBusy(false);
  };
  return (
    <tr data-email={member.email} class={member.disabled ? 'superseded' : ''}>
      <td>
        {member.displayName}
        {self ? <span class="tag tag-muted">you</span> : null}
        {member.disabled ? <span class="tag tag-warn">account disabled</span> : null}
      </td>
      <td>{member.email}</td>
      <td>
        <select
          name="role"
          aria-label={`Role of ${member.email}`}
          value={role}
          disabled={busy}
          onChange={(e) => setRole(e.currentTarget.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {role === 'submitter' ? (
          <input
            name="agency"
            list="member-agencies"
            aria-label={`Agency of ${member.email}`}
            maxLength={200}
            value={agency}
            disabled={busy}
            placeholder="as their uploads name it"
            onInput={(e) => setAgency(e.currentTarget.value)}
          />
        ) : (
          <span class="muted">–</span>
        )}
      </td>
      <td class="nowrap muted">{formatTimestamp(member.since)}</td>
      <td class="row-actions">
        {changed ? (
          <button
            type="button"
            class="button button-primary"
            disabled={busy || !valid}
            onClick={() => void run(() => onSave(role, agency))}
          >
            Save
          </button>
        ) : null}
        {confirming ? (
          <>
            <button
              type="button"
              class="button button-danger"
              disabled={busy}
              onClick={() => void run(onRemove)}
            >
              Remove {self ? 'yourself' : member.displayName}
            </button>
            <button type="button" class="button-link" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" class="button" disabled={busy} onClick={() => setConfirming(true)}>
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}

export function AddMemberForm({
  candidates,
  loading,
  onAdd,
}: {
  candidates: UserDto[];
  loading: boolean;
  onAdd: (user: UserDto, role: Role, agency: string) => Promise<boolean>;
}) {
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<Role>('panel');
  const [agency, setAgency] = useState('');
  const [busy, setBusy] = useState(false);
  const user = candidates.find((u) => u.id === userId);

  async function submit(event: Event) {
    event.preventDefault();
    if (!user) return;
    setBusy(true);
    if (await onAdd(user, role, agency)) {
      setUserId('');
      setAgency('');
    }
    setBusy(false);
  }

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
          <label>
            Account
            <select
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
            </select>
          </label>
          <label>
            Role
            <select
              name="role"
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as Role)}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
          {role === 'submitter' ? (
            <label>
              Agency (as its uploads name it)
              <input
                name="agency"
                list="member-agencies"
                required
                maxLength={200}
                value={agency}
                placeholder="e.g. Dyfed-Powys Police"
                onInput={(e) => setAgency(e.currentTarget.value)}
              />
            </label>
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
