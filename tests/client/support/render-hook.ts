import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeRoot } from './fake-dom';

/**
 * Renders a hook in a component that draws nothing, in the fake DOM: `current()` is what the
 * hook returned at the last render.
 */
export function renderHook<T>(hook: () => T): { current: () => T; unmount: () => void } {
  let latest: { value: T } | null = null;
  function Probe() {
    latest = { value: hook() };
    return null;
  }
  const root = fakeRoot() as unknown as HTMLElement;
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
