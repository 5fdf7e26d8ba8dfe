import { useEffect, useRef } from 'preact/hooks';
import { nextFlagged, step } from '../../lib/walkthrough';

interface KeyTargets {
  ids: string[];
  shownId: string | null;
  goTo: (id: string | null) => void;
  leave: () => void;
  toggleKeyOnly: () => void;
  flagged: ReadonlySet<string>;
}

/**
 * The presentation's keys (arrows, Home/End, F, K, Esc). The listener is added once and reads
 * the latest sequence and handlers through a ref, so a step never waits on a re-subscription.
 */
export function usePresentKeys(targets: KeyTargets, setNotice: (notice: string) => void) {
  const latest = useRef(targets);
  latest.current = targets;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const l = latest.current;
      const key = event.key;
      if (key === 'ArrowRight' || key === 'PageDown' || key === 'ArrowDown') {
        event.preventDefault();
        const next = step(l.ids, l.shownId, 'next');
        if (next) l.goTo(next);
        else setNotice('That is the last event.');
      } else if (key === 'ArrowLeft' || key === 'PageUp' || key === 'ArrowUp') {
        event.preventDefault();
        const previous = step(l.ids, l.shownId, 'previous');
        if (previous) l.goTo(previous);
        else setNotice('That is the first event.');
      } else if (key === 'Home') {
        event.preventDefault();
        l.goTo(l.ids[0] ?? null);
      } else if (key === 'End') {
        event.preventDefault();
        l.goTo(l.ids[l.ids.length - 1] ?? null);
      } else if (key === 'f' || key === 'F') {
        event.preventDefault();
        const next = nextFlagged(l.ids, l.shownId, l.flagged);
        if (next) l.goTo(next);
        else setNotice('No flagged event after this one.');
      } else if (key === 'k' || key === 'K') {
        event.preventDefault();
        l.toggleKeyOnly();
      } else if (key === 'Escape') {
        event.preventDefault();
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else l.leave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
