import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';

/**
 * Renders a hook in a component that draws nothing, so no DOM is needed: `current()` is what the
 * hook returned at the last render. Preact compares the root with `document` (the page itself),
 * hence the stand-in; the root is a plain object it never adds a node to.
 */
export function renderHook<T>(hook: () => T): { current: () => T; unmount: () => void } {
  if (typeof document === 'undefined') vi.stubGlobal('document', {});
  let latest: { value: T } | null = null;
  function Probe() {
    latest = { value: hook() };
    return null;
  }
  const root = { firstChild: null, childNodes: [] } as unknown as HTMLElement;
  act(() => render(h(Probe, null), root));
  return {
    current: () => {
      if (!latest) throw new Error('The hook has not rendered.');
      return latest.value;
    },
    unmount: () => act(() => render(null, root)),
  };
}

/** Lets pending promises settle and Preact render what they changed. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
