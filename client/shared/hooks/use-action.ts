import { useSubmit } from './use-submit';

/**
 * A change to send to the server from a list row: `run(action)` clears the last error, runs it,
 * then calls `onChanged` to reload; a failure is kept in `error` for the row to show. Built on
 * useSubmit, but each click runs (rows' changes are independent), even while another is sent.
 */
export function useAction(
  onChanged: () => void,
): [unknown, (action: () => Promise<unknown>) => Promise<void>] {
  const { error, run } = useSubmit((action: () => Promise<unknown>) => action(), {
    onSuccess: () => onChanged(),
    concurrent: true,
  });
  return [
    error,
    async (action) => {
      await run(action);
    },
  ];
}
