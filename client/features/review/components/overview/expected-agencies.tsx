import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { InvitationIssuedDto } from '../../../../../server/contract/agencies';
import { ErrorNote, Loading } from '../../../../shared/ui';
import { api } from '../../../../shared/api/api';
import { useResource } from '../../../../shared/hooks/use-resource';
import { useAction } from '../../../../shared/hooks/use-action';
import { londonToday } from '../../lib/due-dates';
import { ExpectedAgencyForm } from './expected-agency-form';
import { ExpectedAgencyRow } from './expected-agency-row';
import { InvitationLink } from './invitation-link';

/**
 * The agencies the review expects a chronology from, and where each stands (submitted, upload
 * refused, invited, not invited) against its due date; the reviewer adds them, invites each
 * contact by a one-time link, and revokes or re-issues links here.
 */
export function ExpectedAgencies({ reviewId }: { reviewId: string }) {
  const [list, reload] = useResource(() => api.listExpectedAgencies(reviewId), [reviewId]);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<boolean | null>(null);
  const [issued, setIssued] = useState<{ id: string; link: InvitationIssuedDto } | null>(null);
  const [actionError, act] = useAction(reload);
  const today = londonToday();
  const agencies = list.data ?? [];
  const counts = (status: string) => agencies.filter((a) => a.status === status).length;
  return (
    <section class="panel" aria-labelledby="expected-agencies-title">
      <h2 id="expected-agencies-title">Agencies expected to submit</h2>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorNote error={list.error} /> : null}
      {list.status === 'ready' && agencies.length === 0 ? (
        <p class="empty">
          No agencies listed yet. Add each agency the review expects a chronology from, with its due
          date and contact, to see who has not sent theirs and invite them.
        </p>
      ) : null}
      {agencies.length > 0 ? (
        <>
          <p class="note" aria-live="polite">
            {counts('submitted')} of {agencies.length} submitted · {counts('invited')} invited ·{' '}
            {counts('not-invited')} not invited
            {counts('refused') ? ` · ${counts('refused')} with an upload refused` : ''}
          </p>
          <table class="grid expected-agencies">
            <thead>
              <tr>
                <th>Agency</th>
                <th>Due</th>
                <th>Contact</th>
                <th>Status</th>
                <th>
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {agencies.map((agency) => (
                <Fragment key={agency.id}>
                  <ExpectedAgencyRow
                    agency={agency}
                    today={today}
                    onInvite={() =>
                      void act(async () => {
                        setIssued({
                          id: agency.id,
                          link: await api.issueInvitation(reviewId, agency.id),
                        });
                      })
                    }
                    onRevoke={() =>
                      void act(async () => {
                        await api.revokeInvitation(reviewId, agency.id, agency.invitation!.id);
                        if (issued?.id === agency.id) setIssued(null);
                      })
                    }
                    onEdit={() => setEditing(editing === agency.id ? null : agency.id)}
                    onRemove={() => {
                      if (window.confirm(`No longer expect a chronology from ${agency.name}?`)) {
                        void act(() => api.removeExpectedAgency(reviewId, agency.id));
                      }
                    }}
                  />
                  {issued?.id === agency.id ? (
                    <tr class="detail-row">
                      <td colSpan={5}>
                        <InvitationLink
                          issued={issued.link}
                          agencyName={agency.name}
                          onDone={() => setIssued(null)}
                        />
                      </td>
                    </tr>
                  ) : null}
                  {editing === agency.id ? (
                    <tr class="detail-row">
                      <td colSpan={5}>
                        <ExpectedAgencyForm
                          agency={agency}
                          onCancel={() => setEditing(null)}
                          onSave={async (input) => {
                            await api.changeExpectedAgency(reviewId, agency.id, input);
                            setEditing(null);
                            reload();
                          }}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {actionError ? <ErrorNote error={actionError} /> : null}
      {/* Open by itself while the list is empty; then left as the reviewer leaves it, so that
          several agencies are added one after another. */}
      <details
        class="add-expected"
        open={adding ?? (list.status === 'ready' && agencies.length === 0)}
        onToggle={(e) => setAdding(e.currentTarget.open)}
      >
        <summary>Expect another agency</summary>
        <ExpectedAgencyForm
          onSave={async (input) => {
            await api.addExpectedAgency(reviewId, input);
            setAdding(true);
            reload();
          }}
        />
      </details>
    </section>
  );
}
