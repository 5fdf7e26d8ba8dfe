import { useEffect, useState } from 'preact/hooks';

/**
 * Role labels or names. The server replaces every name in its glossary with the person's role
 * label ("Mother") unless a reviewer asks for `view=named` (which it audits). Panel members
 * always get labels; a submitter reads their own agency's records as written. The reviewer's
 * choice is remembered for the browser tab only (sessionStorage), per review, and starts as
 * labels: names are shown only while someone asks for them.
 */
export type ViewMode = 'anonymised' | 'named';

const PREFIX = 'tapestry:view:';
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function storedViewMode(reviewId: string): ViewMode {
  return storage()?.getItem(PREFIX + reviewId) === 'named' ? 'named' : 'anonymised';
}

export function setViewMode(reviewId: string, mode: ViewMode): void {
  const store = storage();
  if (!store) return;
  if (mode === 'named') store.setItem(PREFIX + reviewId, 'named');
  else store.removeItem(PREFIX + reviewId);
  for (const listener of [...listeners]) listener();
}

/** Forgets every review's choice (on signing out: the next user of the tab starts with labels). */
export function clearViewModes(): void {
  const store = storage();
  if (!store) return;
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) store.removeItem(key);
  }
  for (const listener of [...listeners]) listener();
}

/** The view this user gets for a review: names only when allowed (a reviewer) and chosen. */
export function useViewMode(reviewId: string, allowed: boolean): ViewMode {
  const [mode, setMode] = useState(() => storedViewMode(reviewId));
  useEffect(() => {
    const update = () => setMode(storedViewMode(reviewId));
    update();
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, [reviewId]);
  return allowed ? mode : 'anonymised';
}

/** The query the API takes: `view=named` only when names are asked for (labels are the default). */
export function withView(params: URLSearchParams, mode: ViewMode): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete('view');
  if (mode === 'named') out.set('view', 'named');
  return out;
}

export function viewSuffix(mode: ViewMode): string {
  return mode === 'named' ? '?view=named' : '';
}
