import { useMemo, useState } from 'preact/hooks';
import { ErrorNote, Loading } from '../components/ui';
import { useResource } from '../hooks/use-resource';
import {
  api,
  refreshSession,
  type MemberDto,
  type ReviewDto,
  type SessionDto,
  type UserDto,
} from '../lib/api';
import { formatTimestamp } from '../lib/dates';
import { ROLE_HINTS, ROLE_LABELS, type Role } from '../lib/roles';
import { navigate } from '../router';

const ROLES: Role[] = ['reviewer', 'panel', 'submitter'];

/**
 * Who is in the review and as what (administrators): add an account with a role (a submitter
 * with the agency their uploads name), change a role, remove someone; and delete the review.
 */
export function MembersPage({
  review,
  session,
  onChanged,
}: {
  review: ReviewDto;
  session: SessionDto;
  onChanged: () => void;
}) {
  const [members, reloadMembers] = useResource(() => api.listMembers(review.id), [review.id]);
  const [users] = useResource(() => api.listUsers(), []);
  // Agency names already in use, to suggest for a submitter (uploads only a reviewer may list).
  const [submissions] = useResource(
    () =>
      review.myRole === 'reviewer'
        ? api.listSubmissions(review.id).catch(() => [])
        : Promise.resolve([]),
    [review.id, review.myRole],
  );
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const agencies = useMemo(
    () =>
      [
        ...new Set([
          ...(submissions.data ?? []).map((s) => s.agency),
          ...(members.data ?? []).flatMap((m) => (m.agencyName ? [m.agencyName] : [])),
        ]),
      ].sort((a, b) => a.localeCompare(b, 'en-GB')),
    [submissions.data, members.data],
  );

  async function change(userId: string, work: () => Promise<unknown>, done: string) {
    setMessage(null);
    setError(null);
    try {
      await work();
      setMessage(done);
      reloadMembers();
      if (userId === session.user.id) onChanged();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }

  const memberIds = new Set((members.data ?? []).map((m) => m.userId));
  const candidates = (users.data ?? []).filter((u) => !memberIds.has(u.id));

  return (
    <main class="page page-narrow">
      <div class="page-head">
        <div>
          <h1>Members</h1>
          <p class="lead">
            Who may open this review, and as what. A reviewer does everything; a panel member reads
            the merged timeline and its gap flags; a submitter uploads for one agency and sees only
            that agency’s events.
          </p>
        </div>
      </div>
      {message ? (
        <p class="note note-ok" role="status">
          {message}
        </p>
      ) : null}
      {error ? <ErrorNote error={error} /> : null}
      {members.status === 'loading' ? <Loading /> : null}
      {members.status === 'error' ? <ErrorNote error={members.error} /> : null}
      {members.status === 'ready' && members.data.length === 0 ? (
        <p class="empty">Nobody is in this review yet: add its reviewer below.</p>
      ) : null}
      {members.status === 'ready' && members.data.length > 0 ? (
        <table class="grid grid-spaced members" aria-label="Members">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Role</th>
              <th>Agency (submitters)</th>
              <th>Since</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((member) => (
              <MemberRow
                key={`${member.userId}:${member.role}:${member.agencyName ?? ''}`}
                member={member}
                self={member.userId === session.user.id}
                onSave={(role, agency) =>
                  change(
                    member.userId,
                    () =>
                      api.putMember(review.id, member.userId, {
                        role,
                        ...(role === 'submitter' ? { agency } : {}),
                      }),
                    `${member.displayName} is now ${describeRole(role, agency)}.`,
                  )
                }
                onRemove={() =>
                  change(
                    member.userId,
                    () => api.removeMember(review.id, member.userId),
                    `${member.displayName} is no longer in this review.`,
                  )
                }
              />
            ))}
          </tbody>
        </table>
      ) : null}
      <datalist id="member-agencies">
        {agencies.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <AddMemberForm
        candidates={candidates}
        loading={users.status === 'loading'}
        onAdd={(user, role, agency) =>
          change(
            user.id,
            () =>
              api.putMember(review.id, user.id, {
                role,
                ...(role === 'submitter' ? { agency } : {}),
              }),
            `${user.displayName} is in the review as ${describeRole(role, agency)}.`,
          )
        }
      />
      <DeleteReview review={review} />
    </main>
  );
}

function describeRole(role: Role, agency: string): string {
  const label = ROLE_LABELS[role].toLowerCase();
  return role === 'submitter' ? `${label} for ${agency.trim()}` : label;
}

function MemberRow({
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
          onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value as Role)}
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
            onInput={(e) => setAgency((e.currentTarget as HTMLInputElement).value)}
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

function AddMemberForm({
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
              onChange={(e) => setUserId((e.currentTarget as HTMLSelectElement).value)}
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
              onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value as Role)}
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
                onInput={(e) => setAgency((e.currentTarget as HTMLInputElement).value)}
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

function DeleteReview({ review }: { review: ReviewDto }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const matches = typed.trim() === review.reference;

  async function remove(event: Event) {
    event.preventDefault();
    if (!matches) return;
    setBusy(true);
    setError(null);
    try {
      await api.deleteReview(review.id);
      navigate('/');
      void refreshSession();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section class="panel panel-danger">
      <h2>Delete this review</h2>
      <p>
        Deletes the review and all of its case data for good: every agency’s uploads and events, its
        rules, links and members. The audit log keeps a record that it existed. This cannot be
        undone.
      </p>
      <form class="form-stack form-narrow" onSubmit={remove} aria-label="Delete the review">
        <label>
          <span>
            Type the review’s reference, <strong class="quoted">{review.reference}</strong>, to
            confirm
          </span>
          <input
            name="confirmReference"
            autoComplete="off"
            spellcheck={false}
            value={typed}
            onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {error ? <ErrorNote error={error} /> : null}
        <div class="form-actions">
          <button type="submit" class="button button-danger" disabled={!matches || busy}>
            {busy ? 'Deleting…' : 'Delete the review and its case data'}
          </button>
        </div>
      </form>
    </section>
  );
}
