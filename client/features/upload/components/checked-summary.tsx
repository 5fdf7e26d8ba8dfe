// The result of a check that passed: how many rows, as which version, how the file was read, and the "Store version" button.
import type { SubmissionReportDto } from '../../../../server/contract/submissions';
import { formatCount } from '../../../shared/lib/dates';
import { readAsText } from '../lib/upload-outcome';

export function CheckedSummary({
  report,
  disabled,
  onStore,
}: {
  report: SubmissionReportDto;
  disabled: boolean;
  onStore: () => void;
}) {
  return (
    <section class="panel">
      <div class="panel-head">
        <h2>
          Checked: {formatCount(report.submission.eventCount, 'row')} ready to store as version{' '}
          {report.submission.version} of {report.submission.agency}
        </h2>
        <button
          type="button"
          class="button-primary"
          disabled={disabled || report.unchanged}
          onClick={onStore}
        >
          Store version {report.submission.version}
        </button>
      </div>
      <p class="muted small">{readAsText(report.submission, report.unchanged)}</p>
    </section>
  );
}
