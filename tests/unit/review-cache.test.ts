import { describe, expect, it } from 'vitest';
import { ReviewCache } from '../../server/core/review-cache';

describe('ReviewCache', () => {
  it('answers for the revision it holds, and misses for any other', () => {
    const cache = new ReviewCache<string>(4);
    cache.set('r1', 3, 'gaps at 3');
    expect(cache.get('r1', 3)).toBe('gaps at 3');
    expect(cache.get('r1', 4)).toBeUndefined(); // an upload moved the revision on
    expect(cache.get('r1', 2)).toBeUndefined();
    expect(cache.get('r2', 3)).toBeUndefined();
  });

  it('holds one revision per review: a newer value replaces the older', () => {
    const cache = new ReviewCache<string>(4);
    cache.set('r1', 3, 'gaps at 3');
    cache.set('r1', 4, 'gaps at 4');
    expect(cache.get('r1', 3)).toBeUndefined();
    expect(cache.get('r1', 4)).toBe('gaps at 4');
    expect(cache.count).toBe(1);
  });

  it('takes a string as the revision (the glossary is checked by its content)', () => {
    const cache = new ReviewCache<string, string>(2);
    cache.set('r1', '[{"label":"Mother","names":["Jo"]}]', 'redactor');
    expect(cache.get('r1', '[{"label":"Mother","names":["Jo"]}]')).toBe('redactor');
    expect(cache.get('r1', '[{"label":"Mother","names":["Jo","Joanne"]}]')).toBeUndefined();
  });

  it('bounds what its entries weigh, with a weigh function: the least recently used go first', () => {
    const cache = new ReviewCache<string, string>(10, (value) => value.length);
    cache.set('a', 'x', 'aaaa');
    cache.set('b', 'x', 'bbbb');
    expect(cache.held).toBe(8);
    expect(cache.get('a', 'x')).toBe('aaaa'); // a use: b is now the least recent
    cache.set('c', 'x', 'cccc');
    expect(cache.get('b', 'x')).toBeUndefined();
    expect([cache.get('a', 'x'), cache.get('c', 'x')]).toEqual(['aaaa', 'cccc']);
    expect(cache.held).toBe(8);
    // A newer value for a key replaces its weight, not adds to it.
    cache.set('a', 'y', 'a');
    expect(cache.held).toBe(5);
    // One value heavier than the whole cache is not held, and drops nothing.
    cache.set('d', 'x', 'd'.repeat(11));
    expect(cache.get('d', 'x')).toBeUndefined();
    expect(cache.held).toBe(5);
    expect(cache.count).toBe(2);
  });

  it('drops the least recently used review first when over its size', () => {
    const cache = new ReviewCache<string>(2);
    cache.set('r1', 1, 'one');
    cache.set('r2', 1, 'two');
    cache.set('r3', 1, 'three');
    expect(cache.count).toBe(2);
    expect(cache.get('r1', 1)).toBeUndefined();
    expect(cache.get('r2', 1)).toBe('two');
    expect(cache.get('r3', 1)).toBe('three');
  });

  it('counts a hit as a use: the review read last stays', () => {
    const cache = new ReviewCache<string>(2);
    cache.set('r1', 1, 'one');
    cache.set('r2', 1, 'two');
    expect(cache.get('r1', 1)).toBe('one'); // r2 is now the least recently used
    cache.set('r3', 1, 'three');
    expect(cache.get('r2', 1)).toBeUndefined();
    expect(cache.get('r1', 1)).toBe('one');
    expect(cache.get('r3', 1)).toBe('three');
  });

  it('does not count a miss on another revision as a use', () => {
    const cache = new ReviewCache<string>(2);
    cache.set('r1', 1, 'one');
    cache.set('r2', 1, 'two');
    expect(cache.get('r1', 2)).toBeUndefined();
    cache.set('r3', 1, 'three');
    expect(cache.get('r1', 1)).toBeUndefined();
    expect(cache.get('r2', 1)).toBe('two');
  });

  it('refuses a size that could hold nothing', () => {
    expect(() => new ReviewCache<string>(0)).toThrow(RangeError);
    expect(() => new ReviewCache<string>(1.5)).toThrow(RangeError);
    expect(new ReviewCache<string>(1).size).toBe(1);
  });

  describe('getOrCompute', () => {
    it('computes on a miss, holds the value, and serves it while the revision stays', async () => {
      const cache = new ReviewCache<string>(2);
      let runs = 0;
      const compute = () => `value ${++runs}`;
      expect(await cache.getOrCompute('r1', 1, compute)).toBe('value 1');
      expect(await cache.getOrCompute('r1', 1, compute)).toBe('value 1');
      expect(cache.get('r1', 1)).toBe('value 1');
      expect(await cache.getOrCompute('r1', 2, compute)).toBe('value 2');
      expect(runs).toBe(2);
    });

    it('computes once for callers asking for one revision at the same time', async () => {
      const cache = new ReviewCache<string>(2);
      let runs = 0;
      let finish: (value: string) => void = () => {};
      const compute = () => {
        runs++;
        return new Promise<string>((resolve) => (finish = resolve));
      };
      const first = cache.getOrCompute('r1', 1, compute);
      const second = cache.getOrCompute('r1', 1, compute);
      await Promise.resolve(); // let the computation start
      finish('shared');
      expect(await Promise.all([first, second])).toEqual(['shared', 'shared']);
      expect(runs).toBe(1);
    });

    it('computes again for another revision asked for meanwhile', async () => {
      const cache = new ReviewCache<string>(2);
      const values = await Promise.all([
        cache.getOrCompute('r1', 1, async () => 'at 1'),
        cache.getOrCompute('r1', 2, async () => 'at 2'),
      ]);
      expect(values).toEqual(['at 1', 'at 2']);
      expect(cache.get('r1', 2)).toBe('at 2');
    });

    it('forgets a review, and holds nothing of a computation under way when it was forgotten', async () => {
      const cache = new ReviewCache<string>(2);
      await cache.getOrCompute('r1', 1, () => 'flags');
      cache.forget('r1');
      expect(cache.get('r1', 1)).toBeUndefined();
      let finish: (value: string) => void = () => {};
      const running = cache.getOrCompute('r1', 2, () => new Promise<string>((r) => (finish = r)));
      await Promise.resolve();
      cache.forget('r1'); // deleted while its flags were being worked out
      finish('late');
      expect(await running).toBe('late');
      expect(cache.get('r1', 2)).toBeUndefined();
      expect(cache.count).toBe(0);
    });

    it('holds nothing when the computation fails, and every waiting caller gets its error', async () => {
      const cache = new ReviewCache<string>(2);
      let runs = 0;
      const failing = () => {
        runs++;
        throw new Error('database busy');
      };
      const calls = [cache.getOrCompute('r1', 1, failing), cache.getOrCompute('r1', 1, failing)];
      for (const call of calls) await expect(call).rejects.toThrow('database busy');
      expect(runs).toBe(1);
      expect(cache.get('r1', 1)).toBeUndefined();
      expect(await cache.getOrCompute('r1', 1, () => 'recovered')).toBe('recovered');
    });
  });
});
