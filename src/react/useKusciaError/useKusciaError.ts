import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { describeWithMessages, type KusciaErrorDescription } from '../../core/describe';
import { parseKusciaError } from '../../core/parse';
import type { KusciaErrorInfo } from '../../core/types';
import { withReasonTexts } from '../../i18n/reason-texts';
import { KusciaErrorContext } from '../context';
import { useLocaleText, type KusciaLocaleProp } from '../useLocaleText';

export interface UseKusciaErrorOptions {
  /** Overrides the provider's locale for `text`. */
  locale?: KusciaLocaleProp;
  /** Telemetry: called once per captured error, in addition to the provider's `onError`. */
  onError?: (info: KusciaErrorInfo) => void;
}

/** Something `run` can await: a promise, or a function returning a value or a promise. */
export type KusciaTask<T> = PromiseLike<T> | (() => T | PromiseLike<T>);

/** How a `run` ended: its value, or the failure it captured. */
export type KusciaRunResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      /** The rejection as it was thrown. */
      readonly error: unknown;
      /** The parsed failure; `null` only for a rejection that holds no error (e.g. `undefined`). */
      readonly info: KusciaErrorInfo | null;
    };

/** Props for `<KusciaErrorAlert {...alertProps} />`: the error, Retry for the last `run`, Dismiss. */
export interface KusciaAlertBinding {
  readonly error: KusciaErrorInfo | null;
  /** Runs the last task again; present when the last `run` was given a function. */
  readonly onRetry?: () => void;
  readonly onDismiss: () => void;
}

export interface UseKusciaErrorResult {
  /** The captured value as it was given, or `null`. */
  error: unknown;
  /** The failure, parsed once when it was captured: `null` when there is nothing to show. */
  info: KusciaErrorInfo | null;
  /** The localized title and next step of `info`, or `null`. */
  text: KusciaErrorDescription | null;
  /** Ready to spread onto the alert: `<KusciaErrorAlert {...alertProps} />`. */
  alertProps: KusciaAlertBinding;
  /** Shows `error` (anything `parseKusciaError` accepts) and reports it once. Stable. */
  capture: (error: unknown) => void;
  /** Clears the error. Stable. */
  reset: () => void;
  /**
   * Awaits `task`: on success clears the error and resolves `{ ok: true, value }`; on failure captures it
   * and resolves `{ ok: false, error, info }`. Never rejects. Only the latest call updates state, and
   * nothing happens after unmount. Stable.
   */
  run: <T>(task: KusciaTask<T>) => Promise<KusciaRunResult<T>>;
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

interface Captured {
  readonly error: unknown;
  readonly info: KusciaErrorInfo | null;
}

const NOTHING: Captured = { error: null, info: null };

function toCaptured(error: unknown): Captured {
  const info = parseKusciaError(error);
  return info ? { error, info } : NOTHING;
}

/**
 * Holds the current failure of a component: capture it from any data-fetching code (or `run` the call),
 * show it with `<KusciaErrorAlert {...alertProps} />`, and clear it on retry or success.
 */
export function useKusciaError(
  initial?: unknown,
  options?: UseKusciaErrorOptions,
): UseKusciaErrorResult {
  const [captured, setCaptured] = useState<Captured>(() => toCaptured(initial));
  const [retryTask, setRetryTask] = useState<(() => unknown) | null>(null);
  const { messages, overrides } = useLocaleText(options?.locale, withReasonTexts);
  const context = useContext(KusciaErrorContext);

  // Callbacks read the latest reporters through refs, so they can stay stable for effect dependencies.
  const reporters = useRef({ fromOptions: options?.onError, fromProvider: context.onError });
  useEffect(() => {
    reporters.current = { fromOptions: options?.onError, fromProvider: context.onError };
  });

  const mounted = useRef(false);
  const latestRun = useRef(0);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** Shows a failure that is already parsed, and reports it. */
  const show = useCallback((next: Captured) => {
    setCaptured(next);
    if (next.info) {
      reportSafely(reporters.current.fromOptions, next.info);
      reportSafely(reporters.current.fromProvider, next.info);
    }
  }, []);

  const capture = useCallback(
    (next: unknown) => {
      show(toCaptured(next));
    },
    [show],
  );

  const reset = useCallback(() => {
    setCaptured(NOTHING);
  }, []);

  const run = useCallback(
    async <T>(task: KusciaTask<T>): Promise<KusciaRunResult<T>> => {
      latestRun.current += 1;
      const id = latestRun.current;
      const isCurrent = () => mounted.current && id === latestRun.current;
      if (mounted.current) setRetryTask(() => (typeof task === 'function' ? task : null));
      try {
        const value = await (typeof task === 'function' ? task() : task);
        if (isCurrent()) setCaptured(NOTHING);
        return { ok: true, value };
      } catch (error: unknown) {
        const next = toCaptured(error);
        if (isCurrent()) show(next);
        return { ok: false, error, info: next.info };
      }
    },
    [show],
  );

  const { info } = captured;
  const text = useMemo(
    () => (info ? describeWithMessages(messages, info, overrides) : null),
    [info, messages, overrides],
  );
  const alertProps = useMemo<KusciaAlertBinding>(
    () => ({
      error: info,
      onDismiss: reset,
      ...(retryTask ? { onRetry: () => void run(retryTask) } : {}),
    }),
    [info, reset, retryTask, run],
  );
  return { error: captured.error, info, text, alertProps, capture, reset, run };
}
