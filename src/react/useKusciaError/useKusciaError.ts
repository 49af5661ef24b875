import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { parseKusciaError } from '../../core/parse';
import type { KusciaErrorInfo, KusciaErrorText } from '../../core/types';
import { KusciaErrorContext } from '../context';
import { useKusciaMessages, type KusciaLocaleProp } from '../useKusciaMessages';

export interface UseKusciaErrorOptions {
  /** Overrides the provider's locale for `text`. */
  locale?: KusciaLocaleProp;
  /** Called once per captured error, in addition to the provider's `onReport`. */
  onReport?: (info: KusciaErrorInfo) => void;
}

/** Something `run` can await: a promise, or a function returning a value or a promise. */
export type KusciaTask<T> = PromiseLike<T> | (() => T | PromiseLike<T>);

export interface UseKusciaErrorResult {
  /** The captured value as it was given, or `null`. */
  error: unknown;
  /** `parseKusciaError(error)`: `null` when there is nothing to show. */
  info: KusciaErrorInfo | null;
  /** The localized title and resolution of `info`, or `null`. */
  text: KusciaErrorText | null;
  /** Shows `error` (anything `parseKusciaError` accepts) and reports it once. Stable. */
  capture: (error: unknown) => void;
  /** Clears the error. Stable. */
  reset: () => void;
  /**
   * Awaits `task`; on success clears the error and returns the value, on failure captures it and returns
   * `undefined`. Only the latest call updates state, and nothing happens after unmount. Stable.
   */
  run: <T>(task: KusciaTask<T>) => Promise<T | undefined>;
}

/**
 * Calls a reporter without letting its own failure escape: a broken logger must not stop the error from
 * showing, nor make `run` reject. Its exception still surfaces, as an uncaught error would (window `error`
 * event, or the console where `reportError` is missing).
 */
function reportSafely(
  report: ((info: KusciaErrorInfo) => void) | undefined,
  info: KusciaErrorInfo,
): void {
  try {
    report?.(info);
  } catch (failure: unknown) {
    if (typeof globalThis.reportError === 'function') globalThis.reportError(failure);
    else console.error(failure);
  }
}

/**
 * Holds the current failure of a component: capture it from any data-fetching code, show it with
 * `<KusciaErrorAlert error={error} />`, and clear it on retry or success.
 */
export function useKusciaError(
  initial?: unknown,
  options?: UseKusciaErrorOptions,
): UseKusciaErrorResult {
  const [error, setError] = useState<unknown>(initial ?? null);
  const { describe } = useKusciaMessages(options?.locale);
  const context = useContext(KusciaErrorContext);

  // Callbacks read the latest reporters through refs, so they can stay stable for effect dependencies.
  const reporters = useRef({ fromOptions: options?.onReport, fromProvider: context.onReport });
  useEffect(() => {
    reporters.current = { fromOptions: options?.onReport, fromProvider: context.onReport };
  });

  const mounted = useRef(false);
  const latestRun = useRef(0);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const capture = useCallback((next: unknown) => {
    const info = parseKusciaError(next);
    setError(info ? next : null);
    if (info) {
      reportSafely(reporters.current.fromOptions, info);
      reportSafely(reporters.current.fromProvider, info);
    }
  }, []);

  const reset = useCallback(() => {
    setError(null);
  }, []);

  const run = useCallback(
    async <T>(task: KusciaTask<T>): Promise<T | undefined> => {
      latestRun.current += 1;
      const id = latestRun.current;
      const isCurrent = () => mounted.current && id === latestRun.current;
      try {
        const value = await (typeof task === 'function' ? task() : task);
        if (isCurrent()) setError(null);
        return value;
      } catch (failure: unknown) {
        if (isCurrent()) capture(failure);
        return undefined;
      }
    },
    [capture],
  );

  const info = useMemo(() => parseKusciaError(error), [error]);
  const text = useMemo(() => (info ? describe(info) : null), [info, describe]);
  return { error, info, text, capture, reset, run };
}
