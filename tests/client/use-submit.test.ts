import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { useSubmit } from '../../client/shared/hooks/use-submit';
import { useAction } from '../../client/shared/hooks/use-action';
import { renderHook, settle } from './support/render-hook';

/** A promise the test resolves or rejects when it likes: the server's answer, held. */
function held<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useSubmit', () => {
  it('is busy while the action runs and not after, and prevents the page reload', async () => {
    const answer = held();
    const hook = renderHook(() => useSubmit(() => answer.promise));
    expect(hook.current().busy).toBe(false);
    const event = { preventDefault: vi.fn() } as unknown as Event;
    let done!: Promise<boolean>;
    act(() => {
      done = hook.current().submit(event);
    });
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(hook.current().busy).toBe(true);
    answer.resolve();
    await settle();
    expect(await done).toBe(true);
    expect(hook.current().busy).toBe(false);
    expect(hook.current().error).toBeNull();
  });

  it('runs a double submit once', async () => {
    const answer = held();
    const action = vi.fn(() => answer.promise);
    const hook = renderHook(() => useSubmit(action));
    let second!: Promise<boolean>;
    act(() => {
      void hook.current().submit();
      // The same render's submit, as a second click before the first re-render would be.
      second = hook.current().submit();
    });
    void hook.current().submit();
    answer.resolve();
    await settle();
    expect(await second).toBe(false);
    expect(action).toHaveBeenCalledOnce();
    // Once it has finished, the form submits again.
    void hook.current().submit();
    await settle();
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('keeps a failure until the next submit clears it', async () => {
    const failure = new Error('The server said no.');
    let next: Promise<void> = Promise.reject(failure);
    const onError = vi.fn();
    const hook = renderHook(() => useSubmit(() => next, { onError }));
    let ran!: Promise<boolean>;
    act(() => {
      ran = hook.current().submit();
    });
    await settle();
    expect(await ran).toBe(false);
    expect(hook.current().error).toBe(failure);
    expect(hook.current().busy).toBe(false);
    expect(onError).toHaveBeenCalledWith(failure);

    const answer = held();
    next = answer.promise;
    act(() => {
      void hook.current().submit();
    });
    expect(hook.current().error).toBeNull();
    expect(hook.current().busy).toBe(true);
    answer.resolve();
    await settle();
    expect(hook.current().error).toBeNull();
  });

  it('shows a check the action refuses with, like a server error, and forgets it on clearError', async () => {
    const send = vi.fn(() => Promise.resolve());
    const hook = renderHook(() =>
      useSubmit(async (typed: string) => {
        if (typed.length < 3) throw new Error('Too short.');
        await send();
      }),
    );
    await act(async () => {
      await hook.current().run('ab');
    });
    expect((hook.current().error as Error).message).toBe('Too short.');
    expect(send).not.toHaveBeenCalled();
    act(() => hook.current().clearError());
    expect(hook.current().error).toBeNull();
  });

  it('calls onSuccess with the result and the arguments, not on a failure', async () => {
    const onSuccess = vi.fn();
    const hook = renderHook(() =>
      useSubmit(
        async (n: number) => {
          if (n < 0) throw new Error('negative');
          return n * 2;
        },
        { onSuccess },
      ),
    );
    await act(async () => {
      await hook.current().run(4);
      await hook.current().run(-1);
    });
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(onSuccess).toHaveBeenCalledWith(8, 4);
  });
});

describe('useAction (a list row’s change, on useSubmit)', () => {
  it('runs each change even while another is sent, reloads after each, and keeps a failure', async () => {
    const onChanged = vi.fn();
    const hook = renderHook(() => useAction(onChanged));
    const first = held();
    const second = held();
    act(() => {
      void hook.current()[1](() => first.promise);
      void hook.current()[1](() => second.promise);
    });
    first.resolve();
    second.reject(new Error('gone'));
    await settle();
    expect(onChanged).toHaveBeenCalledOnce();
    expect((hook.current()[0] as Error).message).toBe('gone');
  });
});
