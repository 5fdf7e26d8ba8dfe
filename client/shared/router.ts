import { useEffect, useState } from 'preact/hooks';

/**
 * History-API routing for a handful of pages: no library needed. Every in-app navigation goes
 * through `navigate`, which tells the listeners; the browser's back and forward send popstate.
 */
const NAVIGATED = 'tapestry:navigated';

export interface LocationState {
  pathname: string;
  search: string;
}

function current(): LocationState {
  return { pathname: window.location.pathname, search: window.location.search };
}

export function navigate(href: string, { replace = false } = {}): void {
  if (href === window.location.pathname + window.location.search) return;
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** Changes only the query string (filters, the open event) without a new history entry. */
export function replaceSearch(search: string): void {
  navigate(window.location.pathname + search, { replace: true });
}

export function useLocation(): LocationState {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return location;
}

/** Follows same-origin links inside the app without a page load (middle-click still opens a tab). */
export function interceptLinkClicks(root: HTMLElement): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
    if (url.pathname.startsWith('/docs')) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
    window.scrollTo(0, 0);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
