import { createContext } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import { userMessage } from '../messaging/errors';

/** What the notice area shows: the outcome of the last user action that had one to tell. */
export interface Notice {
  ok: boolean;
  text: string;
}

export interface RunOptions<T> {
  /** Said on success; without it a quiet edit (a tag, a tick) says nothing when it works. */
  success?: string | ((result: T) => string);
  /** Called with the result once the action succeeded (to move on, close a form, …). */
  then?: (result: T) => void;
  /** Called once the action ended, whether it succeeded or not (to end a "busy" state). */
  always?: () => void;
}

/**
 * Runs one user action and reports its outcome through `show`: the success sentence, or a
 * sentence about the failure (userMessage). Never throws and never leaves a promise for anyone to
 * forget: the one way UI code runs anything that can fail (tests/architecture.test.ts).
 */
export async function runAction<T>(action: () => Promise<T> | T, show: (n: Notice) => void, opts: RunOptions<T> = {}): Promise<boolean> {
  try {
    const result = await action();
    const text = typeof opts.success === 'function' ? opts.success(result) : opts.success;
    if (text) show({ ok: true, text });
    opts.then?.(result);
    return true;
  } catch (err) {
    show({ ok: false, text: userMessage(err) });
    return false;
  } finally {
    opts.always?.();
  }
}

export type Run = <T>(action: () => Promise<T> | T, opts?: RunOptions<T>) => void;

export interface Actions {
  notice?: Notice;
  run: Run;
  dismiss(): void;
}

/** The notice area's state and the `run` that reports into it, for one page (side panel, options). */
export function useActions(): Actions {
  const [notice, setNotice] = useState<Notice>();
  const run = useCallback<Run>((action, opts) => {
    // The notice speaks of the last action: an older outcome must not pass for this one's.
    setNotice(undefined);
    // runAction reports every failure itself and never rejects.
    void runAction(action, setNotice, opts);
  }, []);
  return useMemo(() => ({ notice, run, dismiss: () => setNotice(undefined) }), [notice, run]);
}

export const ActionsContext = createContext<Run>(() => {
  throw new Error('run() used outside an ActionsContext provider');
});

/** The page's `run`, from any screen below its provider. */
export function useRun(): Run {
  return useContext(ActionsContext);
}
