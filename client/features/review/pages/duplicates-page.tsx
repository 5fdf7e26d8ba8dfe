import { useMemo, useState } from 'preact/hooks';
import type { EventDto } from '../../../../server/contract/events';
import { ErrorNote, Loading, Swatch } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, isUnavailable, loadAllEvents, type ReviewDto } from '../../../shared/api/api';
import { agencyColours } from '../../../shared/lib/agencies';
import { formatInterval } from '../../../shared/lib/dates';
import { eventType } from '../../../shared/lib/event-types';
import {
  LINK_KINDS,
  type DuplicateSuggestion,
  type EventLink,
  type LinkKind,
} from '../../../shared/api/api-types';
import { reviewPath } from '../../../shared/lib/routes';

const LINK_LABELS: Record<LinkKind, string> = {
  'same-incident': 'Same incident',
  related: 'Related',
  conflict: 'Conflict',
};

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Pairs of events from different agencies that may record the same thing, side by side. The
 * reviewer decides: the same incident, related, or in conflict (the accounts disagree).
 */
export function DuplicatesPage({ review }: { review: ReviewDto }) {
  const optional = <T,>(p: Promise<T>) =>
    p.catch((e: unknown) => (isUnavailable(e) ? null : Promise.reject(e)));
  const [events] = useResource(() => loadAllEvents(review.id), [review.id]);
  const [suggestions] = useResource(() => optional(api.listDuplicates(review.id)), [review.id]);
  const [links, reloadLinks] = useResource(() => optional(api.listLinks(review.id)), [review.id]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const byId = useMemo(() => new Map((events.data ?? []).map((e) => [e.id, e])), [events.data]);
  const colours = useMemo(
    () => agencyColours((events.data ?? []).map((e) => ({ agency: e.agency, kind: e.agencyKind }))),
    [events.data],
  );
  const linkByPair = useMemo(
    () => new Map((links.data ?? []).map((l) => [pairKey(l.a, l.b), l])),
    [links.data],
  );

  if (events.status === 'loading' || suggestions.status === 'loading')
    return (
      <main class="page">
        <Loading />
      </main>
    );
  const failure = events.error ?? suggestions.error ?? links.error;
  if (failure)
    return (
      <main class="page">
        <ErrorNote error={failure} />
      </main>
    );
  if (suggestions.data === null) {
    return (
      <main class="page page-narrow">
        <h1>Possible duplicates</h1>
        <p class="empty">
          This server does not suggest duplicates yet (GET /api/reviews/:id/duplicates). When it
          does, pairs of events that may record the same incident appear here side by side.
        </p>
      </main>
    );
  }

  async function link(suggestion: DuplicateSuggestion, kind: LinkKind) {
    setBusy(pairKey(suggestion.a, suggestion.b));
    setError(null);
    try {
      await api.createLink(review.id, { a: suggestion.a, b: suggestion.b, kind });
      reloadLinks();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function unlink(existing: EventLink) {
    setBusy(pairKey(existing.a, existing.b));
    setError(null);
    try {
      await api.deleteLink(review.id, existing.id);
      reloadLinks();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const list = suggestions.data ?? [];
  return (
    <main class="page">
      <div class="page-head">
        <div>
          <h1>Possible duplicates</h1>
          <p class="lead">
            {list.length === 0
              ? 'No pairs to check: no two agencies’ events look alike.'
              : `${list.length} pairs of events from different agencies that may record the same thing, most alike first.`}
          </p>
        </div>
      </div>
      {error ? <ErrorNote error={error} /> : null}
      <ol class="pairs">
        {[...list]
          .sort((x, y) => y.score - x.score)
          .map((s) => {
            const key = pairKey(s.a, s.b);
            const existing = linkByPair.get(key);
            return (
              <li key={key} class="pair panel" data-pair={key}>
                <div class="pair-head">
                  <span class="pair-score">{Math.round(s.score * 100)}% alike</span>
                  <span class="muted small">{s.reasons.join(' · ')}</span>
                </div>
                <div class="pair-events">
                  <EventCard event={byId.get(s.a)} colour={colours} reviewId={review.id} />
                  <EventCard event={byId.get(s.b)} colour={colours} reviewId={review.id} />
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
                        disabled={busy === key}
                        onClick={() => void unlink(existing)}
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
                        disabled={busy === key}
                        onClick={() => void link(s, kind)}
                      >
                        {LINK_LABELS[kind]}
                      </button>
                    ))
                  )}
                </div>
              </li>
            );
          })}
      </ol>
    </main>
  );
}

function EventCard({
  event,
  colour,
  reviewId,
}: {
  event: EventDto | undefined;
  colour: ReadonlyMap<string, string>;
  reviewId: string;
}) {
  if (!event)
    return (
      <div class="pair-event muted">
        This event is no longer in the merged timeline (a newer version replaced it).
      </div>
    );
  const type = eventType(event.type);
  return (
    <div class="pair-event" style={{ borderLeftColor: colour.get(event.agency) }}>
      <div class="pair-agency">
        <Swatch colour={colour.get(event.agency)} /> {event.agency}
      </div>
      <div>
        <strong>{event.date.text}</strong>
        {event.time ? ` ${event.time}` : ''}{' '}
        <span class="muted small">({formatInterval(event.date)})</span>
      </div>
      <div>
        <span class={`type-dot t-${type.family}`} aria-hidden="true" />
        {type.label}
        {event.typeText ? <span class="muted"> · {event.typeText}</span> : null}
      </div>
      {event.subjects.length > 0 ? <div class="muted">{event.subjects.join(', ')}</div> : null}
      <p class="pre">{event.description}</p>
      {event.outcome ? <p class="pre muted">{event.outcome}</p> : null}
      <a
        class="small"
        href={`${reviewPath(reviewId, 'timeline')}?event=${encodeURIComponent(event.id)}`}
      >
        Show on the timeline (row {event.row})
      </a>
    </div>
  );
}
