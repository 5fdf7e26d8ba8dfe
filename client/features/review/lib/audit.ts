import type { AuditEntryDto } from '../../../../server/contract/auth';

// Pure: the audit log's entries as plain text for the audit tables.

const ACTION_LABELS: Record<string, string> = {
  'auth.signed-in': 'signed in',
  'auth.sign-in-failed': 'sign-in failed',
  'auth.signed-out': 'signed out',
  'auth.setup': 'set up Tapestry',
  'access.denied': 'was refused',
  'user.created': 'created an account',
  'user.changed': 'changed an account',
  'review.created': 'created the review',
  'review.deleted': 'deleted the review',
  'member.added': 'added a member',
  'member.changed': 'changed a member’s role',
  'member.removed': 'removed a member',
  'agency.expected': 'added an expected agency',
  'agency.changed': 'changed an expected agency',
  'agency.removed': 'removed an expected agency',
  'invitation.issued': 'issued an invitation link',
  'invitation.revoked': 'revoked an invitation link',
  'invitation.accepted': 'joined by an invitation link',
  'invitation.refused': 'had an invitation link refused',
  'submission.uploaded': 'uploaded a chronology',
  'submission.rejected': 'had an upload refused',
  'submission.erased': 'erased a version of an upload',
  'timeline.viewed': 'viewed the timeline',
  'rule.created': 'added a gap rule',
  'rule.changed': 'changed a gap rule',
  'rule.deleted': 'deleted a gap rule',
  'link.created': 'linked two events',
  'link.deleted': 'removed a link',
  'question.asked': 'asked an agency a question',
  'question.answered': 'answered a question',
  'question.withdrawn': 'withdrew a question',
};

/** "uploaded a chronology" for `submission.uploaded`; an action not known here as it is. */
export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** An entry's detail as one line of text: `role: panel · from: reviewer`. */
export function auditDetailText(detail: AuditEntryDto['detail']): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([key, value]) => {
      const text =
        value === null || typeof value !== 'object' ? String(value) : JSON.stringify(value);
      return `${key}: ${text}`;
    })
    .join(' · ');
}

/**
 * Who or what an entry's target is, in words when it is known: a user's name and email, the
 * review's reference; otherwise the id itself (a submission, a rule, a link).
 */
export function auditTargetText(target: string | null, names: ReadonlyMap<string, string>): string {
  if (!target) return '';
  return names.get(target) ?? target;
}
