import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { useSubmit } from '../../../shared/hooks/use-submit';
import { AUDIT_PAGE, api, type AuditEntryDto, type ReviewDto } from '../../../shared/api/api';
import { auditActionLabel, auditDetailText, auditTargetText } from '../lib/audit';
import { formatTimestamp } from '../../../shared/lib/dates';

/** One review's audit log, newest first: its reviewers and the administrators read it. */
export function ReviewAuditPage({ review }: { review: ReviewDto }) {
  // Members' names for the targets (a member added, a role changed); the log works without.
  const [members] = useResource(() => api.listMembers(review.id).catch(() => []), [review.id]);
  const names = useMemo(() => {
    const map = new Map<string, string>([[review.id, `the review ${review.reference}`]]);
    for (const m of members.data ?? []) map.set(m.userId, `${m.displayName} (${m.email})`);
    return map;
  }, [members.data, review]);
  return (
    <main class="page">
      <div class="page-head">
        <div>
          <h1>Audit log</h1>
          <p class="lead">
            Who did what in this review, newest first: sign-ins are in the administrators’ log.
            Entries hold ids, roles and counts, never case content.
          </p>
        </div>
      </div>
      <AuditLog
        key={review.id}
        load={(before) => api.listReviewAudit(review.id, before)}
        names={names}
      />
    </main>
  );
}

/** Every entry of the whole log (administrators): sign-ins, accounts and every review. */
export function AdminAuditPage() {
  useEffect(() => {
    document.title = 'Audit log · Tapestry';
  }, []);
  const [users] = useResource(() => api.listUsers().catch(() => []), []);
  const [reviews] = useResource(() => api.listReviews().catch(() => []), []);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const u of users.data ?? []) map.set(u.id, `${u.displayName} (${u.email})`);
    for (const r of reviews.data ?? []) map.set(r.id, `the review ${r.reference}`);
    return map;
  }, [users.data, reviews.data]);
  return (
    <main class="page">
      <div class="page-head">
        <div>
          <h1>Audit log</h1>
          <p class="lead">
            Everything recorded, newest first: sign-ins (and failed ones), accounts, reviews and
            what happened inside them. Entries hold ids, roles and counts, never case content.
          </p>
        </div>
      </div>
      <AuditLog load={api.listAudit} names={names} showReview />
    </main>
  );
}

function AuditLog({
  load,
  names,
  showReview = false,
}: {
  load: (before?: number) => Promise<AuditEntryDto[]>;
  names: ReadonlyMap<string, string>;
  showReview?: boolean;
}) {
  // Null until the first page has come (or failed to).
  const [loaded, setLoaded] = useState<AuditEntryDto[] | null>(null);
  const [more, setMore] = useState(true);
  const page = useSubmit(async (before?: number) => {
    try {
      const next = await load(before);
      setLoaded((old) => (before && old ? [...old, ...next] : next));
      setMore(next.length === AUDIT_PAGE);
    } finally {
      setLoaded((old) => old ?? []);
    }
  });
  useEffect(() => {
    void page.run();
  }, []);

  const { busy, error } = page;
  const entries = loaded ?? [];
  if (loaded === null || (busy && entries.length === 0)) return <Loading />;
  return (
    <>
      {error ? <ErrorNote error={error} /> : null}
      {entries.length === 0 && !error ? <p class="empty">Nothing recorded yet.</p> : null}
      {entries.length > 0 ? (
        <table class="grid grid-spaced audit" aria-label="Audit log">
          <thead>
            <tr>
              <th>Time</th>
              <th>Who</th>
              <th>Action</th>
              {showReview ? <th>Review</th> : null}
              <th>Target</th>
              <th>Detail</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-action={entry.action}>
                <td class="nowrap">{formatTimestamp(entry.at)}</td>
                <td>
                  {entry.userEmail ?? <span class="muted">–</span>}
                  {entry.ip ? <div class="muted small">from {entry.ip}</div> : null}
                </td>
                <td>
                  {auditActionLabel(entry.action)} <code>{entry.action}</code>
                </td>
                {showReview ? (
                  <td>{entry.reviewId ? auditTargetText(entry.reviewId, names) : ''}</td>
                ) : null}
                <td class="audit-target">{auditTargetText(entry.target, names)}</td>
                <td class="audit-detail">{auditDetailText(entry.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {more && entries.length > 0 ? (
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={() => void page.run(entries[entries.length - 1]?.id)}
        >
          {busy ? 'Loading…' : 'Show older entries'}
        </button>
      ) : null}
    </>
  );
}
