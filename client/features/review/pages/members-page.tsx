import { useMemo, useState } from 'preact/hooks';
import { DeleteReview } from '../components/members/delete-review';
import { AddMemberForm } from '../components/members/add-member-form';
import { MemberRow } from '../components/members/member-row';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { useSubmit } from '../../../shared/hooks/use-submit';
import { api, type ReviewDto, type SessionDto } from '../../../shared/api/api';
import { ROLE_LABELS, type Role } from '../../../shared/lib/roles';

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

  // Each row sends its own change, even while another row's is sent.
  const { error, run: change } = useSubmit(
    async (userId: string, work: () => Promise<unknown>, done: string) => {
      setMessage(null);
      await work();
      setMessage(done);
      reloadMembers();
      if (userId === session.user.id) onChanged();
    },
    { concurrent: true },
  );

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
