// What the page says once a version is stored (or was already there), with the ways on.
import type { SubmissionReportDto } from '../../../../server/contract/submissions';
import type { ReviewDto } from '../../../shared/api/api';
import { formatCount } from '../../../shared/lib/dates';
import { reviewPath } from '../../../shared/lib/routes';

export function StoredNote({ review, report }: { review: ReviewDto; report: SubmissionReportDto }) {
  const s = report.submission;
  return (
    <section class="panel note-ok" role="status">
      <h2>
        {report.unchanged
          ? `Unchanged: this file is already version ${s.version} of ${s.agency}; nothing was stored.`
          : `Stored version ${s.version} of ${s.agency}: ${formatCount(s.eventCount, 'event')}, ${formatCount(s.warningCount, 'warning')}.`}
      </h2>
      <p>
        <a class="button button-primary" href={reviewPath(review.id, 'timeline')}>
          Open the merged timeline
        </a>{' '}
        <a class="button" href={reviewPath(review.id)}>
          Review overview
        </a>{' '}
        <span class="muted">or choose another agency’s file above.</span>
      </p>
    </section>
  );
}
