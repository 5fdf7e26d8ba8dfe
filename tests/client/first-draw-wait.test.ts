import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import {
  SIDE_WAIT_MS,
  useFirstDrawWait,
} from '../../client/features/timeline/components/timeline/use-first-draw-wait';
import { renderHook } from './support/render-hook';

// The timeline's first draw waits a little for the gap flags and the notes, so it is drawn once
// with them rather than drawn and drawn again, and never waits long.

function render(main: boolean, side: boolean) {
  return renderHook(() => {
    const [mainReady, setMain] = useState(main);
    const [sidePending, setSide] = useState(side);
    return { setMain, setSide, mayDraw: useFirstDrawWait(mainReady, sidePending) };
  });
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('useFirstDrawWait', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws at once when the flags and notes are in with the events', async () => {
    const hook = render(true, false);
    expect(hook.current().mayDraw).toBe(true);
  });

  it('never draws before the events, whatever else has come', async () => {
    const hook = render(false, false);
    await advance(SIDE_WAIT_MS * 4);
    expect(hook.current().mayDraw).toBe(false);
  });

  it('waits for the flags while they are on their way, and draws as they come', async () => {
    const hook = render(true, true);
    expect(hook.current().mayDraw).toBe(false);
    await advance(SIDE_WAIT_MS / 2);
    expect(hook.current().mayDraw).toBe(false);
    await act(() => hook.current().setSide(false));
    expect(hook.current().mayDraw).toBe(true);
  });

  it('draws without them after the wait, and stays drawn when they are asked for again', async () => {
    const hook = render(true, true);
    await advance(SIDE_WAIT_MS - 1);
    expect(hook.current().mayDraw).toBe(false);
    await advance(1);
    expect(hook.current().mayDraw).toBe(true);
    await act(() => hook.current().setSide(false));
    await act(() => hook.current().setSide(true));
    expect(hook.current().mayDraw).toBe(true);
  });

  it('counts the wait from the events, not from the page', async () => {
    const hook = render(false, true);
    await advance(SIDE_WAIT_MS * 2);
    await act(() => hook.current().setMain(true));
    expect(hook.current().mayDraw).toBe(false);
    await advance(SIDE_WAIT_MS);
    expect(hook.current().mayDraw).toBe(true);
  });
});
