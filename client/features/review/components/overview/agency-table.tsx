import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { SubmissionWarnings } from '../../../../shared/components/submission-warnings';
import { Swatch } from '../../../../shared/ui';
import type { ReviewDto, SubmissionDto } from '../../../../shared/api/api';
import { AGENCY_KIND_LABELS, agencyColours } from '../../../../shared/lib/agencies';
import { formatCount, formatTimestamp } from '../../../../shared/lib/dates';
import { reviewPath } from '../../../../shared/lib/routes';
import { EraseVersion } from './erase-version';

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

/** The overview's uploads: each agency's versions, newest first, with their warnings to open. */
export function AgencyTable({
  review,
  submissions,
  canErase = false,
  onErased,
}: {
  review: ReviewDto;
  submissions: SubmissionDto[];
  /** An administrator: each version can be erased (erase-version.tsx). */
  canErase?: boolean;
  onErased?: () => void;
}) {
  const agencies = summariseAgencies(submissions);
  const [openWarnings, setOpenWarnings] = useState<string | null>(null);
  const [erasing, setErasing] = useState<string | null>(null);
  const columns = canErase ? 8 : 7;
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
          Every version each agency has sent, newest first. Who has not sent theirs is in the list
          of agencies expected to submit, above.
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
              {canErase ? <th>Erase</th> : null}
            </tr>
          </thead>
          {agencies.map(({ agency, versions }) => (
            <tbody key={agency} class="agency-group">
              {versions.map((s, i) => (
                <Fragment key={s.id ?? i}>
                  <tr class={s.current ? '' : 'superseded'}>
                    {i === 0 ? (
                      // Spans the open detail rows too (warnings, erase), or the rows below
                      // it would start a cell to the left.
                      <td
                        rowSpan={
                          versions.length +
                          versions.filter((v) => v.id && v.id === openWarnings).length +
                          versions.filter((v) => v.id && v.id === erasing).length
                        }
                      >
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
                    {canErase ? (
                      <td>
                        <button
                          type="button"
                          class="button-link warn-text"
                          aria-expanded={erasing === s.id}
                          onClick={() => setErasing(erasing === s.id ? null : (s.id ?? null))}
                        >
                          Erase…
                        </button>
                      </td>
                    ) : null}
                  </tr>
                  {openWarnings === s.id && s.id ? (
                    <tr class="detail-row">
                      <td colSpan={columns}>
                        <SubmissionWarnings reviewId={review.id} submissionId={s.id} />
                      </td>
                    </tr>
                  ) : null}
                  {erasing === s.id && s.id ? (
                    <tr class="detail-row">
                      <td colSpan={columns}>
                        <EraseVersion
                          reviewId={review.id}
                          submission={s}
                          onCancel={() => setErasing(null)}
                          onErased={() => {
                            setErasing(null);
                            onErased?.();
                          }}
                        />
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
