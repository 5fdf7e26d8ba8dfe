import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { SubmissionWarnings } from '../../../shared/components/submission-warnings';
import { ErrorNote, Loading, Swatch } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, isForbidden, type ReviewDto, type SubmissionDto } from '../../../shared/api/api';
import { AGENCY_KIND_LABELS, agencyColours } from '../../../shared/lib/agencies';
import { formatCount, formatDay, formatTimestamp } from '../../../shared/lib/dates';
import { reviewKindName } from '../lib/review-kinds';
import type { Abilities } from '../../../shared/lib/roles';
import { reviewPath } from '../../../shared/lib/routes';

interface AgencySummary {
  agency: string;
  current: SubmissionDto | null;
  versions: SubmissionDto[];
}

/** Submissions grouped by agency, newest version first; agencies in name order. */
export function summariseAgencies(submissions: readonly SubmissionDto[]): AgencySummary[] {
  const byAgency = new Map<string, SubmissionDto[]>();
  for (const s of submissions) byAgency.set(s.agency, [...(byAgency.get(s.agency) ?? []), s]);
  return [...byAgency]
    .map(([agency, versions]) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return { agency, versions: sorted, current: sorted.find((s) => s.current) ?? null };
    })
    .sort((a, b) => a.agency.localeCompare(b.agency, 'en-GB'));
}

export function ReviewOverviewPage({ review, can }: { review: ReviewDto; can: Abilities }) {
  // Only roles that may list the uploads ask for them (a panel member would get a 403).
  const [submissions] = useResource(
    () =>
      can.seeSubmissions
        ? api
            .listSubmissions(review.id)
            .catch((e: unknown) => (isForbidden(e) ? null : Promise.reject(e)))
        : Promise.resolve(null),
    [review.id, can.seeSubmissions],
  );
  const submitter = review.myRole === 'submitter';
  return (
    <main class="page page-narrow">
      <div class="page-head">
        <div>
          <h1>{review.reference}</h1>
          <p class="lead">{review.title}</p>
        </div>
        <div class="page-actions">
          {can.upload ? (
            <a class="button" href={reviewPath(review.id, 'upload')}>
              {submitter ? 'Upload your chronology' : 'Upload a chronology'}
            </a>
          ) : null}
          {can.readEvents ? (
            <a class="button button-primary" href={reviewPath(review.id, 'timeline')}>
              {submitter ? 'Open your agency’s timeline' : 'Open the merged timeline'}
            </a>
          ) : null}
        </div>
      </div>
      <dl class="facts">
        <div>
          <dt>Review period</dt>
          <dd>
            {formatDay(review.periodStart)} – {formatDay(review.periodEnd)}
          </dd>
        </div>
        <div>
          <dt>Jurisdiction</dt>
          <dd>{review.jurisdiction === 'wales' ? 'Wales' : 'England'}</dd>
        </div>
        <div>
          <dt>Kind of review</dt>
          <dd>{reviewKindName(review.kind, review.jurisdiction)}</dd>
        </div>
        {review.agencyCount !== null && !submitter ? (
          <div>
            <dt>Agencies</dt>
            <dd>{review.agencyCount}</dd>
          </div>
        ) : null}
        {review.eventCount !== null ? (
          <div>
            <dt>
              {submitter
                ? `Events from ${review.myAgency ?? 'your agency'}`
                : 'Events in the merged timeline'}
            </dt>
            <dd>{review.eventCount.toLocaleString('en-GB')}</dd>
          </div>
        ) : null}
      </dl>
      {review.myRole === null ? (
        <section class="panel">
          <h2>You are not a member of this review</h2>
          <p>
            As an administrator you see its details, its{' '}
            <a href={reviewPath(review.id, 'members')}>members</a> and its{' '}
            <a href={reviewPath(review.id, 'audit')}>audit log</a>, but not its case data. To read
            the case data, add yourself on the Members tab with a role.
          </p>
        </section>
      ) : null}
      {review.myRole === 'panel' ? (
        <section class="panel">
          <h2>Your role: panel member</h2>
          <p>
            You read the merged timeline of every agency, its gap flags and the rules behind them.
            Uploads, duplicates and rule changes are for the review’s reviewer.
          </p>
        </section>
      ) : null}
      {submissions.status === 'loading' ? <Loading /> : null}
      {submissions.status === 'error' ? <ErrorNote error={submissions.error} /> : null}
      {submissions.status === 'ready' && submissions.data ? (
        <AgencyTable review={review} submissions={submissions.data} />
      ) : null}
    </main>
  );
}

function AgencyTable({ review, submissions }: { review: ReviewDto; submissions: SubmissionDto[] }) {
  const agencies = summariseAgencies(submissions);
  const [openWarnings, setOpenWarnings] = useState<string | null>(null);
  const colours = agencyColours(submissions.map((s) => ({ agency: s.agency, kind: s.agencyKind })));
  const submitter = review.myRole === 'submitter';
  return (
    <section class="panel">
      <h2>{submitter ? 'Your agency’s chronologies' : 'Agencies and their chronologies'}</h2>
      {submitter ? (
        <p class="note">
          You upload for {review.myAgency} and see only its uploads and events. The review’s
          reviewer sees every agency’s.
        </p>
      ) : (
        <p class="note">
          This review does not yet hold a list of the agencies expected to submit, so it cannot say
          who is missing: these are the agencies that have sent a chronology. Check them against the
          panel’s membership.
        </p>
      )}
      {agencies.length === 0 ? (
        <p class="empty">
          {submitter ? 'Nothing uploaded yet.' : 'No agency has submitted yet.'}{' '}
          <a href={reviewPath(review.id, 'upload')}>
            {submitter ? 'Upload your chronology' : 'Upload the first chronology'}
          </a>
          .
        </p>
      ) : (
        <table class="grid">
          <thead>
            <tr>
              <th>Agency</th>
              <th>Kind</th>
              <th class="num">Version</th>
              <th class="num">Events</th>
              <th class="num">Warnings</th>
              <th>File</th>
              <th>Uploaded</th>
            </tr>
          </thead>
          {agencies.map(({ agency, versions }) => (
            <tbody key={agency} class="agency-group">
              {versions.map((s, i) => (
                <Fragment key={s.id ?? i}>
                  <tr class={s.current ? '' : 'superseded'}>
                    {i === 0 ? (
                      <td rowSpan={versions.length}>
                        <Swatch colour={colours.get(agency)} /> {agency}
                      </td>
                    ) : null}
                    <td>{AGENCY_KIND_LABELS[s.agencyKind]}</td>
                    <td class="num">
                      {s.version}
                      {s.current ? (
                        <span class="tag">current</span>
                      ) : (
                        <span class="tag tag-muted">superseded</span>
                      )}
                    </td>
                    <td class="num">{s.eventCount.toLocaleString('en-GB')}</td>
                    <td class={s.warningCount > 0 ? 'num warn-text' : 'num muted'}>
                      {s.warningCount > 0 && s.id ? (
                        <button
                          type="button"
                          class="button-link warn-text"
                          aria-expanded={openWarnings === s.id}
                          onClick={() => setOpenWarnings(openWarnings === s.id ? null : s.id)}
                        >
                          {s.warningCount}
                        </button>
                      ) : (
                        s.warningCount
                      )}
                    </td>
                    <td>
                      <span class="filename">{s.fileName ?? '–'}</span>{' '}
                      <span class="muted small">
                        {s.format.toUpperCase()}
                        {s.encoding ? `, ${s.encoding}` : ''} ·{' '}
                        {formatCount(Math.round(s.byteSize / 1024), 'KB', 'KB')}
                      </span>
                    </td>
                    <td class="nowrap">{formatTimestamp(s.createdAt)}</td>
                  </tr>
                  {openWarnings === s.id && s.id ? (
                    <tr class="detail-row">
                      <td colSpan={7}>
                        <SubmissionWarnings reviewId={review.id} submissionId={s.id} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          ))}
        </table>
      )}
      <p class="muted small">
        Warnings are kept per upload (dates outside the period, unmapped type words, Excel serial
        dates): click a count to read them.
      </p>
    </section>
  );
}
