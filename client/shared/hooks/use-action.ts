import { useState } from 'preact/hooks';

/**
 * A change to send to the server from a list row: `run(action)` clears the last error, runs it,
 * then calls `onChanged` to reload; a failure is kept in `error` for the row to show.
 */
export function useAction(
  onChanged: () => void,
): [unknown, (action: () => Promise<unknown>) => Promise<void>] {
  const [error, setError] = useState<unknown>(null);
  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      onChanged();
    } catch (e) {
      setError(e);
    }
  }
  return [error, run];
}
