import { describe, expect, it } from 'vitest';
import { RecordCache } from '../../client/features/walkthrough/lib/record-cache';

/** A fetch whose answers the test releases, counting the requests made. */
function slowFetch() {
  const asked: string[] = [];
  const waiting = new Map<string, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  const fetchRecord = (id: string) => {
    asked.push(id);
    return new Promise<string>((resolve, reject) => waiting.set(id, { resolve, reject }));
  };
  const answer = async (id: string) => {
    waiting.get(id)!.resolve(`record ${id}`);
    await Promise.resolve();
  };
  const fail = async (id: string) => {
    waiting.get(id)!.reject(new Error('503'));
    await Promise.resolve();
  };
  return { asked, fetchRecord, answer, fail };
}

describe('the walk-through’s full records', () => {
  it('asks once for a record asked for again while on its way, and keeps it once arrived', async () => {
    const server = slowFetch();
    const cache = new RecordCache(server.fetchRecord);
    const first = cache.load('a');
    const second = cache.load('a');
    expect(cache.get('a')).toBeUndefined();
    await server.answer('a');
    expect(await first).toBe('record a');
    expect(await second).toBe('record a');
    expect(cache.get('a')).toBe('record a');
    expect(await cache.load('a')).toBe('record a');
    expect(server.asked).toEqual(['a']);
  });

  it('keeps only the records used last, so a long walk-through does not hold them all', async () => {
    const server = slowFetch();
    const cache = new RecordCache(server.fetchRecord, 2);
    for (const id of ['a', 'b']) {
      const loading = cache.load(id);
      await server.answer(id);
      await loading;
    }
    expect(cache.get('a')).toBe('record a'); // a used last: b is the oldest now
    const loading = cache.load('c');
    await server.answer('c');
    await loading;
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('record a');
    expect(cache.get('c')).toBe('record c');
  });

  it('forgets a failed request, so asking again retries it', async () => {
    const server = slowFetch();
    const cache = new RecordCache(server.fetchRecord);
    const failing = cache.load('a');
    await server.fail('a');
    await expect(failing).rejects.toThrow('503');
    const retry = cache.load('a');
    await server.answer('a');
    expect(await retry).toBe('record a');
    expect(server.asked).toEqual(['a', 'a']);
  });
});
