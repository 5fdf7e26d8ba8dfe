import { useRef, useState } from 'preact/hooks';

export interface SubmitOptions<Args extends unknown[], R> {
  /** After the action succeeded, with its result and the arguments it ran with. */
  onSuccess?: (result: R, ...args: Args) => void;
  /** After the action failed (the error is kept in `error` too), with the arguments it ran with. */
  onError?: (error: unknown, ...args: Args) => void;
  /**
   * Run again while a run is in flight (list rows: each click its own change) instead of
   * ignoring it (a form: a double submit sends once). `busy` is true while any run is.
   */
  concurrent?: boolean;
}

export interface Submission<Args extends unknown[]> {
  /** True while the action runs: disable the submit button, say "Saving…". */
  busy: boolean;
  /** The last run's failure, until the next run (or `clearError`); null if none. */
  error: unknown;
  /** A form's onSubmit: prevents the default (the page reload), then runs. */
  submit: (event?: Event, ...args: Args) => Promise<boolean>;
  /**
   * Runs the action unless a run is in flight: clears the error, sets `busy`, and keeps a
   * failure in `error`. Resolves to whether it ran and succeeded (never rejects).
   */
  run: (...args: Args) => Promise<boolean>;
  /** Forgets the error shown (another item chosen, the form reset). */
  clearError: () => void;
}

/**
 * What every form that sends something to the server does: busy while it sends, a second
 * submit ignored meanwhile, the last failure kept to show. The action may throw an Error of its
 * own to refuse before sending (a check of what was typed): it is shown like a server's answer.
 * `busy` clears after a success too; a form that leaves the page on success does not notice.
 */
export function useSubmit<Args extends unknown[], R>(
  action: (...args: Args) => Promise<R> | R,
  options: SubmitOptions<Args, R> = {},
): Submission<Args> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Counted in a ref, not state: two submits in one tick both see the state of the last render.
  const inFlight = useRef(0);

  async function run(...args: Args): Promise<boolean> {
    if (inFlight.current > 0 && !options.concurrent) return false;
    inFlight.current += 1;
    setBusy(true);
    setError(null);
    try {
      const result = await action(...args);
      options.onSuccess?.(result, ...args);
      return true;
    } catch (e) {
      setError(e);
      options.onError?.(e, ...args);
      return false;
    } finally {
      inFlight.current -= 1;
      setBusy(inFlight.current > 0);
    }
  }

  function submit(event?: Event, ...args: Args): Promise<boolean> {
    event?.preventDefault();
    return run(...args);
  }

  return { busy, error, submit, run, clearError: () => setError(null) };
}
