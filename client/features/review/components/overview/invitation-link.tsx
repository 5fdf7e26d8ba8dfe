import { useState } from 'preact/hooks';
import type { InvitationIssuedDto } from '../../../../../server/contract/agencies';
import { formatTimestamp } from '../../../../shared/lib/dates';

/**
 * A link just issued, shown this once: the server keeps only its hash. The reviewer copies it
 * into an email of their own (or opens one addressed to the contact): Tapestry sends no email,
 * so a link never sits in a mail server's queue or log of ours.
 */
export function InvitationLink({
  issued,
  agencyName,
  onDone,
}: {
  issued: InvitationIssuedDto;
  agencyName: string;
  onDone: () => void;
}) {
  const url = `${window.location.origin}${issued.path}`;
  const [copied, setCopied] = useState(false);
  const subject = `Tapestry: send ${agencyName}’s chronology`;
  const body =
    `You are invited to upload ${agencyName}’s chronology to the review in Tapestry.\n\n` +
    `Open this link, choose a password, then upload:\n${url}\n\n` +
    `The link works once, for ${issued.invitation.email} only, until ${formatTimestamp(issued.invitation.expiresAt)}.`;
  const mailto = `mailto:${encodeURIComponent(issued.invitation.email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return (
    <div class="panel panel-note invitation-link" role="status">
      <p>
        <strong>The link for {issued.invitation.email}</strong>, shown this once. It works once,
        until {formatTimestamp(issued.invitation.expiresAt)}; issuing another revokes it.
      </p>
      <div class="input-with-button">
        <input
          type="text"
          readOnly
          aria-label="Invitation link"
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          class="button"
          onClick={() =>
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p class="form-actions">
        <a class="button" href={mailto}>
          Write the email
        </a>
        <button type="button" class="button" onClick={onDone}>
          Done
        </button>
      </p>
    </div>
  );
}
