// The record a note was first made on, which the API still returns from a superseded version.
import { api } from '../../../../shared/api/api';
import { useResource } from '../../../../shared/hooks/use-resource';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import { ErrorNote, Loading } from '../../../../shared/ui';
import { RecordSummary } from './record-summary';

export function OriginalRecord({
  reviewId,
  eventId,
  view,
}: {
  reviewId: string;
  eventId: string;
  view: ViewMode;
}) {
  const [original] = useResource(
    () => api.getEvent(reviewId, eventId, view),
    [reviewId, eventId, view],
  );
  if (original.status === 'loading') return <Loading>Loading the original record…</Loading>;
  if (original.status === 'error')
    return <ErrorNote error={original.error} title="The original record could not be loaded." />;
  return (
    <div class="record-original">
      <RecordSummary event={original.data} reviewId={reviewId} link={false} />
      <div class="muted small">
        {original.data.fileName ? `${original.data.fileName}, ` : ''}version {original.data.version}
        , row {original.data.row}
      </div>
    </div>
  );
}
