import { useCallback, useState } from 'react';
import { useKusciaError, type KusciaAlertBinding } from 'kuscia-error-kit';

export interface ActionState {
  /** Spread onto `<KusciaErrorAlert />`: the last failure, Retry (runs the action again), Dismiss. */
  alertProps: KusciaAlertBinding;
  /**
   * The last action's failure as it was thrown, until an action succeeds. Unlike the alert, Dismiss leaves
   * it: the form keeps pointing at the field to fix (`useFieldErrors`).
   */
  failure: unknown;
  /** Runs `task`; on success shows `success` and resolves true, on failure captures the error. */
  perform: (name: string, task: () => Promise<unknown>, success: string) => Promise<boolean>;
  /** The name of the action in flight, or null. */
  pending: string | null;
  /** The last success message, for a polite status region. */
  notice: string | null;
  /** Props for the button of action `name`: busy while it runs, disabled while any action runs. */
  buttonFor: (name: string) => { busy: boolean; disabled: boolean };
}

/** One form's or table's actions: the kit's `useKusciaError` plus "what is running" and "what succeeded". */
export function useAction(): ActionState {
  const { run, alertProps } = useKusciaError();
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const perform = useCallback(
    async (name: string, task: () => Promise<unknown>, success: string) => {
      // The whole attempt goes to `run`, so the alert's Retry repeats it, busy state, failure and notice
      // included.
      const result = await run(async () => {
        setPending(name);
        setNotice(null);
        try {
          await task();
        } catch (error: unknown) {
          setFailure(error);
          throw error;
        } finally {
          setPending(null);
        }
        setFailure(null);
        setNotice(success);
      });
      return result.ok;
    },
    [run],
  );

  const buttonFor = (name: string) => ({ busy: pending === name, disabled: pending !== null });

  return { alertProps, failure, perform, pending, notice, buttonFor };
}
