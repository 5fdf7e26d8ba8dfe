import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Draws its children in a task of their own after the page has first been painted, holding
 * their place (`placeholderClass`, of the same size) until then. The chronology table below
 * the timeline sorts every event and draws its rows: at 50,000 events that was part of the one
 * long task in which the page first drew, so the page stayed busy until it was done. Drawn
 * after, it is a short task of its own, and the page answers input in between
 * (docs/benchmarks.md, "2026-12-07").
 */
export function AfterFirstPaint({
  placeholderClass,
  children,
}: {
  placeholderClass: string;
  children: () => ComponentChildren;
}) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // An effect runs once the page has painted; the timer makes the drawing a task of its own.
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return ready ? <>{children()}</> : <div class={placeholderClass} aria-busy="true" />;
}
