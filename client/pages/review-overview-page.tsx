import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { SubmissionWarnings } from '../components/submission-warnings/submission-warnings';
import { ErrorNote, Loading, Swatch } from '../components/ui';
import { useResource } from '../hooks/use-resource';
import { api, type ReviewDto, type SubmissionDto } from '../lib/api';
import { AGENCY_KIND_LABELS, agencyColours } from '../lib/agencies';
import { formatCount, formatDay, formatTimestamp } from '../lib/dates';
import { reviewPath } from '../lib/routes';

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

export function ReviewOverviewPage({ review }: { review: ReviewDto }) {
  const [submissions] = useResource(() => api.listSubmissions(review.id), [review.id]);
  return (
    <main class="page page-narrow">
      <div class="page-head">
        <div>
          <h1>{review.reference}</h1>
          <p class="lead">{review.title}</p>
        </div>
        <div class="page-actions">
          <a class="button" href={reviewPath(review.id, 'upload')}>
            Upload a chronology
          </a>
          <a class="button button-primary" href={reviewPath(review.id, 'timeline')}>
            Open the merged timeline
          </a>
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
          <dt>Agencies</dt>
          <dd>{review.agencyCount}</dd>
        </div>
        <div>
          <dt>Events in the merged timeline</dt>
          <dd>{review.eventCount.toLocaleString('en-GB')}</dd>
        </div>
      </dl>
      {submissions.status === 'loading' ? <Loading /> : null}
      {submissions.status === 'error' ? <ErrorNote error={submissions.error} /> : null}
      {submissions.status === 'ready' ? (
        <AgencyTable review={review} submissions={submissions.data} />
      ) : null}
    </main>
  );
}

function AgencyTable({ review, submissions }: { review: ReviewDto; submissions: SubmissionDto[] }) {
  const agencies = summariseAgencies(submissions);
  const [openWarnings, setOpenWarnings] = useState<string | null>(null);
  const colours = agencyColours(submissions.map((s) => ({ agency: s.agency, kind: s.agencyKind })));
  return (
    <section class="panel">
      <h2>Agencies and their chronologies</h2>
      <p class="note">
        This review does not yet hold a list of the agencies expected to submit, so it cannot say
        who is missing: these are the agencies that have sent a chronology. Check them against the
        panel’s membership.
      </p>
      {agencies.length === 0 ? (
        <p class="empty">
          No agency has submitted yet.{' '}
          <a href={reviewPath(review.id, 'upload')}>Upload the first chronology</a>.
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
