import { useResource } from '../hooks/use-resource';
import { api } from '../api/api';
import { ErrorNote, Loading } from '../ui';
import { IssueTable } from './issue-table';

/** The warnings an upload was given, read back from the server when a reviewer asks. */
export function SubmissionWarnings({
  reviewId,
  submissionId,
}: {
  reviewId: string;
  submissionId: string;
}) {
  const [detail] = useResource(
    () => api.getSubmission(reviewId, submissionId),
    [reviewId, submissionId],
  );
  if (detail.status === 'loading') return <Loading />;
  if (detail.status === 'error') return <ErrorNote error={detail.error} />;
  return <IssueTable issues={detail.data.warnings} label="Warnings of this upload" />;
}
