import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import { userMessage } from '../messaging/errors';

/**
 * A Dexie query that re-runs whenever the tables it read change: the UI pulls, nothing pushes.
 * `undefined` until the first answer, so a view can tell "loading" from "empty".
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error?: string } {
  const [state, setState] = useState<{ value: T | undefined; error?: string }>({ value: undefined });
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value }),
      error: (err: unknown) => setState({ value: undefined, error: userMessage(err) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
