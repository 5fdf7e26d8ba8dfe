import type { EventDto } from '../../../../../server/contract/events';
import { useSubmit } from '../../../../shared/hooks/use-submit';
import {
  LINK_KINDS,
  type DuplicateSuggestion,
  type EventLink,
  type LinkKind,
} from '../../../../shared/api/api-types';
import { EventCard } from './event-card';

const LINK_LABELS: Record<LinkKind, string> = {
  'same-incident': 'Same incident',
  related: 'Related',
  conflict: 'Conflict',
};

/**
 * A suggested pair side by side, and the reviewer's decision: the same incident, related, or in
 * conflict; or the decision taken, to undo. The pair is busy while its change is sent.
 */
export function PairItem({
  pair,
  suggestion,
  a,
  b,
  existing,
  colours,
  reviewId,
  onLink,
  onUnlink,
}: {
  /** The pair's key, also its data-pair. */
  pair: string;
  suggestion: DuplicateSuggestion;
  a: EventDto | undefined;
  b: EventDto | undefined;
  existing: EventLink | undefined;
  colours: ReadonlyMap<string, string>;
  reviewId: string;
  onLink: (kind: LinkKind) => Promise<void>;
  onUnlink: (existing: EventLink) => Promise<void>;
}) {
  const { busy, run } = useSubmit((work: () => Promise<void>) => work());
  return (
    <li class="pair panel" data-pair={pair}>
      <div class="pair-head">
        <span class="pair-score">{Math.round(suggestion.score * 100)}% alike</span>
        <span class="muted small">{suggestion.reasons.join(' · ')}</span>
      </div>
      <div class="pair-events">
        <EventCard event={a} colour={colours} reviewId={reviewId} />
        <EventCard event={b} colour={colours} reviewId={reviewId} />
      </div>
      <div class="pair-actions">
        {existing ? (
          <>
            <span class={`tag tag-link-${existing.kind}`}>
              Marked: {LINK_LABELS[existing.kind]}
            </span>
            <button
              type="button"
              class="button-link"
              disabled={busy}
              onClick={() => void run(() => onUnlink(existing))}
            >
              Undo
            </button>
          </>
        ) : (
          LINK_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              class="button"
              disabled={busy}
              onClick={() => void run(() => onLink(kind))}
            >
              {LINK_LABELS[kind]}
            </button>
          ))
        )}
      </div>
    </li>
  );
}
