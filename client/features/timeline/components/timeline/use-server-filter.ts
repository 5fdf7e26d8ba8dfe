// The server's answer to the timeline's filters, when it does the filtering: the kept events and their facets.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventFacets } from '../../../../shared/api/api-types';
import { eventsWithIds, type FilterMode } from '../../lib/filter-mode';

/** What the server says the filters keep: the ids (null: every event) and the facets. */
export interface ServerFilterAnswer {
  ids: readonly string[] | null;
  facets: EventFacets;
}

export interface ServerFiltered<E> {
  events: E[];
  facets: EventFacets;
  /** The filters the result is for (a filter key): it may be an older one while a request runs. */
  key: string;
}

/**
 * Asks the server (`ask`, with the filters' query) when `mode` is 'server' and the filters
 * change. The last answer stays on screen while the next one is on its way, so the timeline
 * and the table do not flicker; an answer to filters changed since is dropped.
 */
export function useServerFilter<E>(
  mode: FilterMode,
  filterKey: string,
  byId: ReadonlyMap<string, E>,
  ask: (query: URLSearchParams) => Promise<ServerFilterAnswer>,
): { result: ServerFiltered<E> | null; pending: boolean; error: unknown } {
  const [result, setResult] = useState<ServerFiltered<E> | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (mode !== 'server') {
      // Back in the browser: an old answer must not come back when the server is asked again.
      setResult(null);
      return;
    }
    const request = ++latest.current;
    setPending(true);
    ask(new URLSearchParams(filterKey)).then(
      (answer) => {
        if (request !== latest.current) return;
        setResult({
          events: answer.ids === null ? [...byId.values()] : eventsWithIds(byId, answer.ids),
          facets: answer.facets,
          key: filterKey,
        });
        setError(null);
        setPending(false);
      },
      (e: unknown) => {
        if (request !== latest.current) return;
        setError(e);
        setPending(false);
      },
    );
    return () => {
      // A newer request (or leaving server mode) makes this one's answer stale.
      if (request === latest.current) latest.current++;
    };
  }, [mode, filterKey, byId]);

  return {
    result: mode === 'server' ? result : null,
    pending: mode === 'server' && pending,
    error,
  };
}
