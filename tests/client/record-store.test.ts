import { describe, expect, it, vi } from 'vitest';
import type { EventDto } from '../../server/contract/events';
import { inPages, RecordStore } from '../../client/features/timeline/lib/record-store';
import { makeEvent } from './support/events';

/** A load whose answers the test releases one by one. */
function heldLoad() {
  const calls: {
    ids: readonly string[];
    answer: (records: EventDto[]) => void;
    fail: () => void;
  }[] = [];
  const load = vi.fn(
    (ids: readonly string[]) =>
      new Promise<EventDto[]>((resolve, reject) =>
        calls.push({ ids, answer: resolve, fail: () => reject(new Error('offline')) }),
      ),
  );
  return { load, calls };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('RecordStore: full records shared by the table and the timeline', () => {
  it('asks once for an id wanted twice, even while the first request is on its way', async () => {
    const { load, calls } = heldLoad();
    const store = new RecordStore(load);
    store.fetch([['a', 'b']]);
    // The timeline wants b and c while the table's page (a, b) is on its way: only c is asked.
    store.fetch([['b', 'c']]);
    expect(calls.map((c) => c.ids)).toEqual([['a', 'b'], ['c']]);
    const arrived = vi.fn();
    store.subscribe(arrived);
    calls[0]!.answer([makeEvent({ id: 'a', description: 'A' }), makeEvent({ id: 'b' })]);
    await tick();
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(store.get('a')?.description).toBe('A');
    store.fetch([['a', 'b']]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets a failed page, so it is asked for again when wanted again', async () => {
    const { load, calls } = heldLoad();
    const store = new RecordStore(load);
    store.fetch([['a']]);
    calls[0]!.fail();
    await tick();
    expect(store.known('a')).toBe(false);
    store.fetch([['a']]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const { load, calls } = heldLoad();
    const store = new RecordStore(load);
    const arrived = vi.fn();
    const stop = store.subscribe(arrived);
    stop();
    store.fetch([['a']]);
    calls[0]!.answer([makeEvent({ id: 'a' })]);
    await tick();
    expect(arrived).not.toHaveBeenCalled();
  });

  it('cuts ids into pages of 50 (the most GET …/events?id= takes), in their order', () => {
    const ids = Array.from({ length: 120 }, (_, i) => `e${i}`);
    expect(inPages(ids).map((p) => [p.length, p[0]])).toEqual([
      [50, 'e0'],
      [50, 'e50'],
      [20, 'e100'],
    ]);
    expect(inPages([])).toEqual([]);
  });
});

describe('RecordStore: events gone since the feed was read', () => {
  it('never asks again for an id the answer did not hold, and tells no one of an empty answer', async () => {
    // An answer that holds none of the ids (each superseded by a new version), and a listener
    // that, like the timeline, asks for what it still wants whenever it is told.
    const load = vi.fn(async () => [] as EventDto[]);
    const store = new RecordStore(load);
    const told = vi.fn(() => store.fetch([['a', 'b']]));
    store.subscribe(told);
    store.fetch([['a', 'b']]);
    for (let i = 0; i < 5; i++) await tick();
    expect(load).toHaveBeenCalledTimes(1);
    expect(told).not.toHaveBeenCalled();
    expect(store.known('a')).toBe(true);
    expect(store.get('a')).toBeUndefined();
  });

  it('tells its listeners when a page brought some of its records', async () => {
    const load = vi.fn(async () => [makeEvent({ id: 'a' })]);
    const store = new RecordStore(load);
    const told = vi.fn(() => store.fetch([['a', 'b']]));
    store.subscribe(told);
    store.fetch([['a', 'b']]);
    for (let i = 0; i < 5; i++) await tick();
    expect(told).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('RecordStore: what it holds', () => {
  it('holds at most its limit, dropping the longest held, which is asked for again when wanted', async () => {
    const load = vi.fn(async (ids: readonly string[]) => ids.map((id) => makeEvent({ id })));
    const store = new RecordStore(load, 4);
    store.fetch([['a', 'b', 'c']]);
    await tick();
    store.fetch([['d', 'e']]);
    await tick();
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => store.get(id) !== undefined)).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(store.known('a')).toBe(false);
    store.fetch([['a', 'b']]);
    expect(load).toHaveBeenLastCalledWith(['a']);
  });
});

describe('RecordStore.want: the timeline’s events in view', () => {
  it('asks for only the ids it lacks, in full pages', async () => {
    const load = vi.fn(async (ids: readonly string[]) => ids.map((id) => makeEvent({ id })));
    const store = new RecordStore(load);
    const ids = Array.from({ length: 120 }, (_, i) => `e${i}`);
    store.want(ids.filter((_, i) => i % 2 === 0));
    await tick();
    load.mockClear();
    store.want(ids);
    expect(load.mock.calls.map(([asked]) => asked.length)).toEqual([50, 10]);
    expect(
      load.mock.calls.flatMap(([asked]) => asked).every((id) => Number(id.slice(1)) % 2 === 1),
    ).toBe(true);
  });
});
