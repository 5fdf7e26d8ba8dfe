import type { ExpectedAgencyDto } from '../../../../../server/contract/agencies';
import { AGENCY_KIND_LABELS } from '../../../../shared/lib/agencies';
import { formatDay, formatTimestamp } from '../../../../shared/lib/dates';
import { dueText } from '../../lib/due-dates';

const STATUS_LABELS: Record<ExpectedAgencyDto['status'], string> = {
  submitted: 'Submitted',
  refused: 'Upload refused',
  invited: 'Invited',
  'not-invited': 'Not invited',
};

/** The line under an agency's status: which version, which link, when. */
function statusDetail(agency: ExpectedAgencyDto): string {
  const link = agency.invitation;
  switch (agency.status) {
    case 'submitted':
      return `version ${agency.submitted!.version}, ${formatTimestamp(agency.submitted!.at)}`;
    case 'refused':
      return `last tried ${formatTimestamp(agency.uploadRefusedAt)}`;
    case 'invited':
      if (link?.state === 'open') {
        // A link goes to the email it was issued for; say so when the contact's has changed.
        const to = link.email === agency.contactEmail ? '' : ` (sent to ${link.email})`;
        return `link open until ${formatTimestamp(link.expiresAt)}${to}`;
      }
      if (link?.state === 'accepted') return `joined ${formatTimestamp(link.acceptedAt)}`;
      return agency.submitters === 1 ? 'has a submitter' : `has ${agency.submitters} submitters`;
    case 'not-invited':
      if (link?.state === 'revoked') return `link revoked ${formatTimestamp(link.revokedAt)}`;
      if (link?.state === 'expired') return `link expired ${formatTimestamp(link.expiresAt)}`;
      if (link?.state === 'accepted') return 'its submitter has left the review: invite again';
      return '';
  }
}

/** One expected agency on the overview: where it stands, its due date, and what can be done. */
export function ExpectedAgencyRow({
  agency,
  today,
  onInvite,
  onRevoke,
  onEdit,
  onRemove,
}: {
  agency: ExpectedAgencyDto;
  today: string;
  onInvite: () => void;
  onRevoke: () => void;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const due = dueText(agency, today);
  const overdue = due !== null && /overdue|late/.test(due);
  const open = agency.invitation?.state === 'open';
  const detail = statusDetail(agency);
  return (
    <tr data-status={agency.status}>
      <td>
        {agency.name}
        <div class="muted small">{AGENCY_KIND_LABELS[agency.kind]}</div>
      </td>
      <td class="nowrap">
        {agency.dueDate ? formatDay(agency.dueDate) : <span class="muted">–</span>}
        {due ? <div class={overdue ? 'small warn-text' : 'small muted'}>{due}</div> : null}
      </td>
      <td>
        {agency.contactName ?? ''}
        {agency.contactEmail ? <div class="small">{agency.contactEmail}</div> : null}
        {!agency.contactName && !agency.contactEmail ? <span class="muted">–</span> : null}
      </td>
      <td>
        <span class={`tag status-${agency.status}`}>{STATUS_LABELS[agency.status]}</span>
        {detail ? <div class="muted small">{detail}</div> : null}
      </td>
      <td class="row-actions">
        {agency.status !== 'submitted' && agency.contactEmail ? (
          <button type="button" class="button-link" onClick={onInvite}>
            {open || agency.invitation?.state === 'accepted' ? 'New link' : 'Invite'}
          </button>
        ) : null}
        {agency.status !== 'submitted' && !agency.contactEmail ? (
          <span class="muted small">Add an email to invite</span>
        ) : null}
        {open ? (
          <button type="button" class="button-link" onClick={onRevoke}>
            Revoke link
          </button>
        ) : null}
        <button type="button" class="button-link" onClick={onEdit}>
          Edit
        </button>
        <button type="button" class="button-link warn-text" onClick={onRemove}>
          Remove
        </button>
      </td>
    </tr>
  );
}
