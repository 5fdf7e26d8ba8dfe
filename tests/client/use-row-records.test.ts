import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import type { EventDto } from '../../server/contract/events';
import { useRowRecords } from '../../client/features/timeline/components/chronology-table/use-row-records';
import { useRecordStore } from '../../client/features/timeline/components/timeline/use-record-store';
import { makeEvent } from './support/events';
import { renderHook } from './support/render-hook';

const rowIds = Array.from({ length: 1000 }, (_, i) => `e${i}`);

function render(load: (ids: readonly string[]) => Promise<EventDto[]>) {
  return renderHook(() => {
    const [view, setView] = useState({ first: 0, last: 20 });
    const [key, setKey] = useState('anonymised');
    const store = useRecordStore(load, key);
    return { setView, setKey, records: useRowRecords(rowIds, view, store) };
  });
}

async function flush() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(500);
  });
}

describe('useRowRecords: the table’s rows’ records', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for the pages where a fast scroll stops, not one per row it passes, and keeps them', async () => {
    const load = vi.fn(async (ids: readonly string[]) =>
      ids.map((id) => makeEvent({ id, description: `text of ${id}` })),
    );
    const hook = render(load);
    await flush();
    expect(load).toHaveBeenCalledTimes(2); // rows 0–49 and, as the margin, 50–99
    expect(hook.current().records.get('e7')?.description).toBe('text of e7');
    // Scrolling through 600 rows, 20 at a time, 16 ms apart: nothing is asked on the way.
    for (let first = 0; first <= 600; first += 20) {
      act(() => hook.current().setView({ first, last: first + 20 }));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(16);
      });
    }
    expect(load).toHaveBeenCalledTimes(2);
    await flush();
    // Where it stopped (rows 600–620, and 50 either side): the pages of rows 550–699.
    expect(load.mock.calls.slice(2).map(([ids]) => ids[0])).toEqual(['e550', 'e600', 'e650']);
    // Back to the top: cached, nothing asked.
    act(() => hook.current().setView({ first: 0, last: 20 }));
    await flush();
    expect(load).toHaveBeenCalledTimes(5);
  });

  it('asks for the first rows at once, and waits for a scroll to settle after that', async () => {
    const load = vi.fn(async (ids: readonly string[]) => ids.map((id) => makeEvent({ id })));
    const hook = render(load);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(load).toHaveBeenCalledTimes(2);
    act(() => hook.current().setView({ first: 400, last: 420 }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60);
    });
    expect(load).toHaveBeenCalledTimes(2);
    await flush();
    expect(load.mock.calls.length).toBeGreaterThan(2);
  });

  it('keeps one cache per view mode: names and role labels are different texts', async () => {
    const load = vi.fn(async (ids: readonly string[]) => ids.map((id) => makeEvent({ id })));
    const hook = render(load);
    await flush();
    act(() => hook.current().setKey('named'));
    await flush();
    expect(load).toHaveBeenCalledTimes(4);
    expect(hook.current().records.get('e0')).toBeDefined();
  });
});
