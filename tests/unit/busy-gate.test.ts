import { describe, expect, it } from 'vitest';
import { BusyGate } from '../../server/shared/busy-gate';

/** Work that ends only when the test says so. */
function held<T>() {
  let end!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    end = resolve;
    fail = reject;
  });
  return { work: () => promise, end, fail };
}

describe('BusyGate: slow work past the ceiling is refused at once, not queued', () => {
  it('runs as many as its limit, refuses the next without running it, and takes one when a place frees', async () => {
    const gate = new BusyGate(2);
    const first = held<string>();
    const second = held<string>();
    const a = gate.tryRun(first.work);
    const b = gate.tryRun(second.work);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    let ranThird = false;
    const c = gate.tryRun(async () => {
      ranThird = true;
    });
    expect(c).toBeNull();
    expect(ranThird).toBe(false);
    expect(gate.busy).toBe(2);

    first.end('one');
    await expect(a).resolves.toBe('one');
    expect(gate.busy).toBe(1);
    const d = gate.tryRun(async () => 'four');
    expect(d).not.toBeNull();
    await expect(d).resolves.toBe('four');
    second.end('two');
    await expect(b).resolves.toBe('two');
    expect(gate.busy).toBe(0);
  });

  it('gives the place back when the work fails, asynchronously or at once', async () => {
    const gate = new BusyGate(1);
    const failing = held<never>();
    const a = gate.tryRun(failing.work);
    expect(gate.tryRun(async () => 'no')).toBeNull();
    failing.fail(new Error('hash failed'));
    await expect(a).rejects.toThrow('hash failed');
    expect(gate.busy).toBe(0);

    const thrown = gate.tryRun(() => {
      throw new Error('thrown before any promise');
    });
    await expect(thrown).rejects.toThrow('thrown before any promise');
    expect(gate.busy).toBe(0);
    await expect(gate.tryRun(async () => 'free again')).resolves.toBe('free again');
  });
});
