import { useState } from 'preact/hooks';
import type { MemberDto } from '../../../../shared/api/api';
import { useSubmit } from '../../../../shared/hooks/use-submit';
import { formatTimestamp } from '../../../../shared/lib/dates';
import { ROLE_LABELS, type Role } from '../../../../shared/lib/roles';
import { ROLES } from './roles';

/** A member of the review in the Members table: change their role (and agency), or remove them. */
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
  const changed =
    role !== member.role || (role === 'submitter' && agency.trim() !== (member.agencyName ?? ''));
  const valid = role !== 'submitter' || agency.trim() !== '';
  // The page shows what came of it; the row is busy while it is sent.
  const { busy, run } = useSubmit((work: () => Promise<boolean>) => work());
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
