import { useMemo } from 'preact/hooks';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useAction } from '../../../shared/hooks/use-action';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, isUnavailable, loadAllEvents, type ReviewDto } from '../../../shared/api/api';
import { agencyColours } from '../../../shared/lib/agencies';
import { PairItem } from '../components/duplicates/pair-item';

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
  // Each pair's decision is sent on its own; the last failure shows above the list.
  const [error, run] = useAction(reloadLinks);

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
            return (
              <PairItem
                key={key}
                pair={key}
                suggestion={s}
                a={byId.get(s.a)}
                b={byId.get(s.b)}
                existing={linkByPair.get(key)}
                colours={colours}
                reviewId={review.id}
                onLink={(kind) => run(() => api.createLink(review.id, { a: s.a, b: s.b, kind }))}
                onUnlink={(existing) => run(() => api.deleteLink(review.id, existing.id))}
              />
            );
          })}
      </ol>
    </main>
  );
}
