import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useEffect, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  KusciaApiError,
  KusciaErrorAlert,
  KusciaErrorProvider,
  parseKusciaError,
  useKusciaError,
  type KusciaErrorInfo,
  type KusciaErrorProviderProps,
  type KusciaRunResult,
} from '../../index';
import { zhCN } from '../../locales/zh-CN/index';
import { expectNoAxeViolations } from '../../../test/axe';
import {
  EN,
  MESSAGE,
  ZH,
  axiosStyle,
  codeOnly,
  networkError,
  recorded,
} from '../../../test/fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** What `unwrapKusciaResponse` throws for a KusciaAPI failure body. */
const apiError = (body: unknown) => new KusciaApiError(parseKusciaError(body)!);

function providerWrapper(props: Omit<KusciaErrorProviderProps, 'children'>, strict = false) {
  return function Wrapper({ children }: { children: ReactNode }) {
    const tree = <KusciaErrorProvider {...props}>{children}</KusciaErrorProvider>;
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}

/** The reason read from the message gives the text; the code's own text stays as `codeText`. */
const TEXT_11305 = {
  ...EN.reason.domainNotFound,
  codeText: { title: EN.title[11305], resolution: EN.resolution[11305] },
};
const TEXT_11103 = {
  ...EN.reason.masterUnreachable,
  codeText: { title: EN.title[11103], resolution: EN.resolution[11103] },
};

describe('useKusciaError: state', () => {
  it('starts empty', () => {
    const { result } = renderHook(() => useKusciaError());
    expect(result.current.error).toBeNull();
    expect(result.current.info).toBeNull();
    expect(result.current.text).toBeNull();
    expect(result.current.alertProps.error).toBeNull();
  });

  it('starts from an initial error, parsed and described', () => {
    const initial = recorded.domainNotFound();
    const { result } = renderHook(() => useKusciaError(initial));
    expect(result.current.error).toBe(initial);
    expect(result.current.info).toMatchObject({ code: 11305, source: 'kuscia', known: true });
    expect(result.current.text).toEqual(TEXT_11305);
  });

  it('capture sets error, info and text; reset clears them', () => {
    const { result } = renderHook(() => useKusciaError());
    const failure = recorded.masterUnreachable();
    act(() => {
      result.current.capture(failure);
    });
    expect(result.current.error).toBe(failure);
    expect(result.current.info).toMatchObject({
      code: 11103,
      retryable: true,
      serverMessage: MESSAGE.masterUnreachable,
    });
    expect(result.current.text).toEqual(TEXT_11103);

    act(() => {
      result.current.reset();
    });
    expect(result.current.error).toBeNull();
    expect(result.current.info).toBeNull();
    expect(result.current.text).toBeNull();
  });

  it('parses once: the same info across renders, the same object the alert gets', () => {
    const { result, rerender } = renderHook(() => useKusciaError());
    act(() => {
      result.current.capture(axiosStyle(recorded.domainNotFound(), 200));
    });
    const info = result.current.info;
    rerender();
    rerender();
    expect(result.current.info).toBe(info);
    expect(result.current.alertProps.error).toBe(info);
    // parseKusciaError hands an info it issued back unchanged, so the alert does not parse it again.
    expect(parseKusciaError(info)).toBe(info);
  });

  it('treats "no error" values as clearing: null, undefined, a success envelope', () => {
    const { result } = renderHook(() => useKusciaError(recorded.domainNotFound()));
    for (const value of [null, undefined, recorded.success()]) {
      act(() => {
        result.current.capture(recorded.domainNotFound());
      });
      expect(result.current.info?.code).toBe(11305);
      act(() => {
        result.current.capture(value);
      });
      expect(result.current.error).toBeNull();
      expect(result.current.info).toBeNull();
    }
  });

  it('describes in the provider locale, or in options.locale (a tag or messages)', () => {
    const { result } = renderHook(() => useKusciaError(recorded.domainNotFound()), {
      wrapper: providerWrapper({ locale: 'zh-CN' }),
    });
    expect(result.current.text).toEqual({
      ...ZH.reason.domainNotFound,
      codeText: { title: '节点不存在异常', resolution: ZH.resolution[11305] },
    });

    const { result: ownLocale } = renderHook(
      () => useKusciaError(recorded.domainNotFound(), { locale: 'en-US' }),
      { wrapper: providerWrapper({ locale: 'zh-CN' }) },
    );
    expect(ownLocale.current.text).toEqual(TEXT_11305);

    const { result: messagesObject } = renderHook(() =>
      useKusciaError(recorded.domainNotFound(), { locale: zhCN }),
    );
    expect(messagesObject.current.text?.title).toBe(ZH.reason.domainNotFound.title);

    // Outside a provider, a tag finds any loaded locale.
    const { result: tagOnly } = renderHook(() =>
      useKusciaError(recorded.domainNotFound(), { locale: 'zh' }),
    );
    expect(tagOnly.current.text?.title).toBe(ZH.reason.domainNotFound.title);
  });

  it('applies provider overrides to text', () => {
    const { result } = renderHook(() => useKusciaError(codeOnly.domainNotFound()), {
      wrapper: providerWrapper({ overrides: { 'en-US': { 11305: { title: 'Party missing' } } } }),
    });
    expect(result.current.text).toEqual({
      title: 'Party missing',
      resolution: EN.resolution[11305],
    });
  });

  it("applies provider overrides to a reason's text, placeholders filled, and to the code's text beside it", () => {
    const { result } = renderHook(() => useKusciaError(recorded.domainNotFound()), {
      wrapper: providerWrapper({
        overrides: {
          'en-US': {
            11305: { title: 'Party missing' },
            reasons: { 'notFound.named': { title: 'No {kind} called {name}' } },
          },
        },
      }),
    });
    expect(result.current.text).toEqual({
      title: 'No Domain called bob',
      resolution: EN.reason.domainNotFound.resolution,
      codeText: { title: 'Party missing', resolution: EN.resolution[11305] },
    });
  });

  it('keeps capture, reset and run stable across renders', () => {
    const { result, rerender } = renderHook(() => useKusciaError());
    const first = result.current;
    act(() => {
      result.current.capture(recorded.domainNotFound());
    });
    rerender();
    expect(result.current.capture).toBe(first.capture);
    expect(result.current.reset).toBe(first.reset);
    expect(result.current.run).toBe(first.run);
  });
});

describe('useKusciaError: run', () => {
  it('resolves { ok: true, value } for a promise and clears a previous error', async () => {
    const { result } = renderHook(() => useKusciaError(recorded.domainNotFound()));
    let outcome: KusciaRunResult<{ domain_id: string }> | undefined;
    await act(async () => {
      outcome = await result.current.run(Promise.resolve({ domain_id: 'alice' }));
    });
    expect(outcome).toEqual({ ok: true, value: { domain_id: 'alice' } });
    expect(result.current.error).toBeNull();
    expect(result.current.info).toBeNull();
  });

  it('calls a function and awaits what it returns, sync or async', async () => {
    const { result } = renderHook(() => useKusciaError());
    const task = vi.fn(() => Promise.resolve(42));
    let outcome: KusciaRunResult<number> | undefined;
    await act(async () => {
      outcome = await result.current.run(task);
    });
    expect(task).toHaveBeenCalledOnce();
    expect(outcome).toEqual({ ok: true, value: 42 });
    let sync: KusciaRunResult<string> | undefined;
    await act(async () => {
      sync = await result.current.run(() => 'plain');
    });
    expect(sync).toEqual({ ok: true, value: 'plain' });
  });

  // Regression test for issue #10: run resolved `undefined` both for a failure and for a success
  // whose value is undefined (e.g. a delete), so callers could not tell them apart.
  it('says ok: true for a success whose value is undefined', async () => {
    const { result } = renderHook(() => useKusciaError());
    let outcome: KusciaRunResult<undefined> | undefined;
    await act(async () => {
      outcome = await result.current.run(() => Promise.resolve(undefined));
    });
    expect(outcome).toEqual({ ok: true, value: undefined });
    expect(result.current.info).toBeNull();
  });

  it('resolves { ok: false, error, info } for a rejection, never rejecting, and shows it', async () => {
    const { result } = renderHook(() => useKusciaError());
    const failure = apiError(recorded.masterUnreachable());
    let outcome: KusciaRunResult<string> | undefined;
    await act(async () => {
      outcome = await result.current.run<string>(Promise.reject(failure));
    });
    expect(outcome).toEqual({
      ok: false,
      error: failure,
      info: expect.objectContaining({ code: 11103, serverMessage: MESSAGE.masterUnreachable }),
    });
    expect(result.current.error).toBe(failure);
    expect(result.current.info).toBe(outcome?.ok === false ? outcome.info : 'unreachable');
  });

  it('captures a function that throws synchronously', async () => {
    const { result } = renderHook(() => useKusciaError());
    const thrown = networkError();
    let outcome: KusciaRunResult<never> | undefined;
    await act(async () => {
      outcome = await result.current.run(() => {
        throw thrown;
      });
    });
    expect(outcome).toMatchObject({ ok: false, error: thrown, info: { source: 'network' } });
    expect(result.current.info?.source).toBe('network');
  });

  it('reports ok: false with info null for a rejection that holds no error', async () => {
    const { result } = renderHook(() => useKusciaError());
    let outcome: KusciaRunResult<never> | undefined;
    await act(async () => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what some libraries do
      outcome = await result.current.run(Promise.reject(undefined));
    });
    expect(outcome).toEqual({ ok: false, error: undefined, info: null });
    expect(result.current.info).toBeNull();
  });

  it('lets only the latest run update state', async () => {
    const { result } = renderHook(() => useKusciaError());
    const slow = deferred<string>();
    const fast = deferred<string>();
    let slowOutcome: KusciaRunResult<string> | undefined;
    await act(async () => {
      const first = result.current.run(slow.promise).then((outcome) => {
        slowOutcome = outcome;
      });
      const second = result.current.run(fast.promise);
      fast.resolve('fresh');
      await second;
      slow.reject(recorded.domainNotFound());
      await first;
    });
    // The stale failure is not shown; its caller still learns it failed.
    expect(slowOutcome).toMatchObject({ ok: false, info: { code: 11305 } });
    expect(result.current.error).toBeNull();
  });

  it('does nothing after unmount: no React warning, no report', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const onError = vi.fn();
    const { result, unmount } = renderHook(() => useKusciaError(), {
      wrapper: providerWrapper({ onError }),
    });
    const pending = deferred<never>();
    const running = result.current.run(pending.promise);
    unmount();
    const failure = recorded.domainNotFound();
    pending.reject(failure);
    await expect(running).resolves.toMatchObject({
      ok: false,
      error: failure,
      info: { code: 11305 },
    });
    await act(() => Promise.resolve());
    expect(onError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('does nothing after unmount when a pending run succeeds either', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const { result, unmount } = renderHook(() => useKusciaError(recorded.domainNotFound()));
    const pending = deferred<string>();
    const running = result.current.run(pending.promise);
    unmount();
    pending.resolve('late');
    await expect(running).resolves.toEqual({ ok: true, value: 'late' });
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('useKusciaError: alertProps', () => {
  it('is { error: info, onDismiss: reset } after a capture, without onRetry', () => {
    const { result } = renderHook(() => useKusciaError());
    act(() => {
      result.current.capture(recorded.domainNotFound());
    });
    expect(result.current.alertProps.error).toBe(result.current.info);
    expect(result.current.alertProps.onDismiss).toBe(result.current.reset);
    expect(result.current.alertProps).not.toHaveProperty('onRetry');
  });

  it('offers onRetry only when run was given a function, not a promise', async () => {
    const { result } = renderHook(() => useKusciaError());
    await act(async () => {
      await result.current.run(Promise.reject(networkError()));
    });
    expect(result.current.alertProps.error?.source).toBe('network');
    expect(result.current.alertProps).not.toHaveProperty('onRetry');

    await act(async () => {
      await result.current.run(() => Promise.reject(networkError()));
    });
    expect(result.current.alertProps.onRetry).toEqual(expect.any(Function));
  });

  it('wires the alert: Retry runs the last task again and clears the error when it succeeds; Dismiss resets', async () => {
    const user = userEvent.setup();
    const queryDomain = vi
      .fn<() => Promise<{ domain_id: string }>>()
      .mockRejectedValueOnce(apiError(recorded.masterUnreachable()))
      .mockRejectedValueOnce(apiError(recorded.masterUnreachable()))
      .mockResolvedValue({ domain_id: 'alice' });
    function DomainPanel() {
      const { alertProps, run } = useKusciaError();
      return (
        <>
          <button type="button" onClick={() => void run(queryDomain)}>
            Query Domain alice
          </button>
          <KusciaErrorAlert {...alertProps} />
        </>
      );
    }
    render(<DomainPanel />);
    await user.click(screen.getByRole('button', { name: 'Query Domain alice' }));
    const alert = await screen.findByRole('alert', { name: EN.reason.masterUnreachable.title });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(queryDomain).toHaveBeenCalledTimes(2);
    const again = await screen.findByRole('alert', { name: EN.reason.masterUnreachable.title });

    await user.click(within(again).getByRole('button', { name: 'Retry' }));
    expect(queryDomain).toHaveBeenCalledTimes(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Query Domain alice' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    queryDomain.mockRejectedValueOnce(apiError(recorded.domainNotFound()));
    await user.click(screen.getByRole('button', { name: 'Query Domain alice' }));
    const notFound = await screen.findByRole('alert', { name: EN.reason.domainNotFound.title });
    // 11305 needs a change first: no Retry, but Dismiss.
    expect(within(notFound).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await user.click(within(notFound).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('gives an alert that passes axe', async () => {
    function Panel() {
      const { alertProps } = useKusciaError(recorded.domainNotFound());
      return (
        <main>
          <KusciaErrorAlert {...alertProps} showDetails />
        </main>
      );
    }
    render(<Panel />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
    await expectNoAxeViolations();
  });
});

describe('useKusciaError: reporting', () => {
  it('reports once per captured error, not once per render', () => {
    const onError = vi.fn<(info: KusciaErrorInfo) => void>();
    const { result, rerender } = renderHook(() => useKusciaError(), {
      wrapper: providerWrapper({ onError }),
    });
    act(() => {
      result.current.capture(recorded.domainNotFound());
    });
    rerender();
    rerender();
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 11305, source: 'kuscia' });

    act(() => {
      result.current.capture(recorded.masterUnreachable());
    });
    expect(onError).toHaveBeenCalledTimes(2);
    act(() => {
      result.current.capture(null);
      result.current.reset();
    });
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('does not report the initial error (nothing was captured)', () => {
    const onError = vi.fn();
    const { result } = renderHook(() => useKusciaError(recorded.domainNotFound()), {
      wrapper: providerWrapper({ onError }),
    });
    expect(result.current.info?.code).toBe(11305);
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports a failed run once', async () => {
    const onError = vi.fn();
    const { result } = renderHook(() => useKusciaError(), {
      wrapper: providerWrapper({ onError }),
    });
    await act(async () => {
      await result.current.run(Promise.reject(networkError()));
    });
    expect(onError).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ source: 'network', retryable: true }),
    );
  });

  it('calls options.onError as well as the provider one, each once', () => {
    const fromProvider = vi.fn();
    const fromOptions = vi.fn();
    const { result } = renderHook(() => useKusciaError(undefined, { onError: fromOptions }), {
      wrapper: providerWrapper({ onError: fromProvider }),
    });
    act(() => {
      result.current.capture(recorded.domainNotFound());
    });
    expect(fromProvider).toHaveBeenCalledOnce();
    expect(fromOptions).toHaveBeenCalledOnce();
  });

  it('a reporter that throws neither hides the error nor makes run reject; its failure still surfaces', async () => {
    const broken = new Error('metrics endpoint down');
    const fromOptions = vi.fn();
    const surfaced = vi.fn();
    const listener = (event: ErrorEvent) => {
      surfaced(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', listener);
    // Where reportError is missing (jsdom), the reporter's exception goes to the console instead.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderHook(() => useKusciaError(undefined, { onError: fromOptions }), {
      wrapper: providerWrapper({
        onError: () => {
          throw broken;
        },
      }),
    });
    let outcome: KusciaRunResult<string> | undefined;
    await act(async () => {
      outcome = await result.current.run<string>(
        Promise.reject(apiError(recorded.masterUnreachable())),
      );
    });
    window.removeEventListener('error', listener);
    expect(outcome).toMatchObject({ ok: false, info: { code: 11103 } });
    expect(result.current.info?.code).toBe(11103);
    expect(fromOptions).toHaveBeenCalledOnce();
    expect([...surfaced.mock.calls, ...consoleError.mock.calls].flat()).toContain(broken);
  });

  it('uses the latest onError without changing the callbacks', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { result, rerender } = renderHook(
      ({ onError }: { onError: (info: KusciaErrorInfo) => void }) =>
        useKusciaError(undefined, { onError }),
      { initialProps: { onError: first } },
    );
    const capture = result.current.capture;
    rerender({ onError: second });
    expect(result.current.capture).toBe(capture);
    act(() => {
      result.current.capture(recorded.domainNotFound());
    });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });
});

describe('useKusciaError under StrictMode', () => {
  it('reports once per capture and once per failed run', async () => {
    const onError = vi.fn();
    const { result } = renderHook(() => useKusciaError(), {
      wrapper: providerWrapper({ onError }, true),
    });
    act(() => {
      result.current.capture(recorded.domainNotFound());
    });
    expect(onError).toHaveBeenCalledOnce();
    await act(async () => {
      await result.current.run(Promise.reject(apiError(recorded.masterUnreachable())));
    });
    expect(onError).toHaveBeenCalledTimes(2);
    expect(result.current.info?.code).toBe(11103);
  });

  it('still updates state after the StrictMode effect replay (mounted flag restored)', async () => {
    const { result } = renderHook(() => useKusciaError(), { wrapper: providerWrapper({}, true) });
    await act(async () => {
      await result.current.run(Promise.reject(apiError(recorded.domainNotFound())));
    });
    expect(result.current.info?.code).toBe(11305);
  });

  it('runs a fetch from an effect and shows its failure, reported once', async () => {
    const onError = vi.fn();
    const fetchDomain = vi.fn(() => Promise.reject(apiError(recorded.domainNotFound())));
    function DomainPanel() {
      const { alertProps, run } = useKusciaError();
      useEffect(() => {
        void run(fetchDomain);
      }, [run]);
      return <KusciaErrorAlert {...alertProps} />;
    }
    render(
      <StrictMode>
        <KusciaErrorProvider onError={onError}>
          <DomainPanel />
        </KusciaErrorProvider>
      </StrictMode>,
    );
    expect(await screen.findByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
    // StrictMode may replay the effect, so the request can go out twice; only the latest run reports.
    expect(onError).toHaveBeenCalledOnce();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
