import { useCallback, useRef, useState } from 'react';
import { useKusciaError } from 'kuscia-error-kit';

export interface ActionState {
  /** The last failure, for `<KusciaErrorAlert error={…} />`. */
  error: unknown;
  /** Clears the failure (the alert's Dismiss). */
  reset: () => void;
  /** Runs `task`; on success shows `success` and returns true, on failure captures the error. */
  perform: (name: string, task: () => Promise<unknown>, success: string) => Promise<boolean>;
  /** Runs the last action again (the alert's Retry, shown only for retryable failures). */
  retry: () => void;
  /** The name of the action in flight, or null. */
  pending: string | null;
  /** The last success message, for a polite status region. */
  notice: string | null;
  /** Props for the button of action `name`: busy while it runs, disabled while any action runs. */
  buttonFor: (name: string) => { busy: boolean; disabled: boolean };
}

/** One form's or table's actions: the kit's `useKusciaError` plus "what is running" and "what succeeded". */
export function useAction(): ActionState {
  const { error, run, reset } = useKusciaError();
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const last = useRef<(() => Promise<boolean>) | null>(null);

  const perform = useCallback(
    async (name: string, task: () => Promise<unknown>, success: string) => {
      const attempt = async () => {
        setPending(name);
        setNotice(null);
        // `run` resolves to undefined on failure; a create may succeed with no data, hence the `true`.
        const ok = await run(async () => {
          await task();
          return true as const;
        });
        setPending(null);
        if (ok) setNotice(success);
        return ok === true;
      };
      last.current = attempt;
      return attempt();
    },
    [run],
  );

  const retry = useCallback(() => {
    void last.current?.();
  }, []);

  const buttonFor = (name: string) => ({ busy: pending === name, disabled: pending !== null });

  return { error, reset, perform, retry, pending, notice, buttonFor };
}
