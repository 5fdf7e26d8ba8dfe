import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import type { EventWithRaw } from '../../client/shared/api/api';
import { useFullRecord } from '../../client/features/walkthrough/components/present/use-full-record';
import { makeEvent } from './support/events';
import { renderHook } from './support/render-hook';

const ids = ['a', 'b', 'c'];

/** The API's records, each answered when the test says so. */
function deferredApi() {
  const waiting = new Map<string, (record: EventWithRaw) => void>();
  const load = vi.fn(
    (id: string) =>
      new Promise<EventWithRaw>((resolve) => {
        waiting.set(id, resolve);
      }),
  );
  const answer = (id: string) =>
    waiting.get(id)!({
      ...makeEvent({ id, description: `text of ${id}` }),
      raw: {},
      typeBasis: null,
      fileName: null,
      version: 1,
    });
  return { load, answer };
}

function render(load: (id: string) => Promise<EventWithRaw>, onError = vi.fn()) {
  return renderHook(() => {
    const [shownId, setShownId] = useState<string | null>('a');
    const full = useFullRecord({
      load,
      source: 'review-1 anonymised',
      ids,
      byId: new Map(),
      shownId,
      chairAway: null,
      onError,
    });
    return { setShownId, shown: full.shown };
  });
}

describe('useFullRecord: the record on the walk-through’s stage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws a record fetched ahead that lands between the step’s render and its effect', async () => {
    const api = deferredApi();
    const hook = render(api.load);
    await act(async () => {
      api.answer('a');
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(hook.current().shown?.description).toBe('text of a');
    expect(api.load.mock.calls.map(([id]) => id)).toEqual(['a', 'b']); // b fetched ahead

    // The step, outside act as in the browser: Preact renders at once, and runs the effects
    // after the paint (a timer here). b's answer lands in between.
    hook.current().setShownId('b');
    await vi.advanceTimersByTimeAsync(0);
    expect(hook.current().shown).toBeNull();
    api.answer('b');
    await vi.advanceTimersByTimeAsync(500);
    expect(hook.current().shown?.description).toBe('text of b');
    expect(api.load).toHaveBeenCalledTimes(3); // and c, ahead of b; b was not asked twice
  });

  it('draws a record that arrives after the step’s effect has run', async () => {
    const api = deferredApi();
    const hook = render(api.load);
    await act(async () => {
      api.answer('a');
      await vi.advanceTimersByTimeAsync(200);
    });
    await act(async () => {
      hook.current().setShownId('b');
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(hook.current().shown).toBeNull();
    await act(async () => {
      api.answer('b');
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(hook.current().shown?.description).toBe('text of b');
  });

  it('says when the record on screen could not be loaded', async () => {
    const onError = vi.fn();
    const hook = render(() => Promise.reject(new Error('500')), onError);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(hook.current().shown).toBeNull();
    expect(onError).toHaveBeenCalledWith('That event could not be loaded.');
  });
});
