import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useEffect, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  KusciaApiError,
  KusciaErrorAlert,
  KusciaErrorProvider,
  enUS,
  parseKusciaError,
  useKusciaError,
  zhCN,
  type KusciaErrorInfo,
  type KusciaErrorProviderProps,
} from '../../src';
import { masterDown, networkError, notFound, success } from './fixtures';

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

describe('useKusciaError: state', () => {
  it('starts empty', () => {
    const { result } = renderHook(() => useKusciaError());
    expect(result.current.error).toBeNull();
    expect(result.current.info).toBeNull();
    expect(result.current.text).toBeNull();
  });

  it('starts from an initial error, parsed and described', () => {
    const initial = notFound();
    const { result } = renderHook(() => useKusciaError(initial));
    expect(result.current.error).toBe(initial);
    expect(result.current.info).toMatchObject({ code: 11305, source: 'kuscia', known: true });
    expect(result.current.text).toEqual(enUS.codes[11305]);
  });

  it('capture sets error, info and text; reset clears them', () => {
    const { result } = renderHook(() => useKusciaError());
    const failure = masterDown();
    act(() => {
      result.current.capture(failure);
    });
    expect(result.current.error).toBe(failure);
    expect(result.current.info?.code).toBe(11103);
    expect(result.current.info?.retryable).toBe(true);
    expect(result.current.text).toEqual(enUS.codes[11103]);

    act(() => {
      result.current.reset();
    });
    expect(result.current.error).toBeNull();
    expect(result.current.info).toBeNull();
    expect(result.current.text).toBeNull();
  });

  it('treats "no error" values as clearing: null, undefined, a success envelope', () => {
    const { result } = renderHook(() => useKusciaError(notFound()));
    for (const value of [null, undefined, success()]) {
      act(() => {
        result.current.capture(notFound());
      });
      act(() => {
        result.current.capture(value);
      });
      expect(result.current.error).toBeNull();
      expect(result.current.info).toBeNull();
    }
  });

  it('describes in the provider locale, or in options.locale', () => {
    const { result } = renderHook(() => useKusciaError(notFound()), {
      wrapper: providerWrapper({ locale: 'zh-CN' }),
    });
    expect(result.current.text?.title).toBe('节点不存在异常');

    const { result: ownLocale } = renderHook(
      () => useKusciaError(notFound(), { locale: 'en-US' }),
      { wrapper: providerWrapper({ locale: 'zh-CN' }) },
    );
    expect(ownLocale.current.text).toEqual(enUS.codes[11305]);

    const { result: messagesObject } = renderHook(() =>
      useKusciaError(notFound(), { locale: zhCN }),
    );
    expect(messagesObject.current.text).toEqual(zhCN.codes[11305]);
  });

  it('applies provider message overrides to text', () => {
    const { result } = renderHook(() => useKusciaError(notFound()), {
      wrapper: providerWrapper({ messages: { 'en-US': { 11305: { title: 'Party missing' } } } }),
    });
    expect(result.current.text).toEqual({
      title: 'Party missing',
      resolution: enUS.codes[11305].resolution,
    });
  });

  it('keeps capture, reset and run stable across renders', () => {
    const { result, rerender } = renderHook(() => useKusciaError());
    const first = result.current;
    act(() => {
      result.current.capture(notFound());
    });
    rerender();
    expect(result.current.capture).toBe(first.capture);
    expect(result.current.reset).toBe(first.reset);
    expect(result.current.run).toBe(first.run);
  });
});

describe('useKusciaError: run', () => {
  it('awaits a promise, returns its value and clears a previous error', async () => {
    const { result } = renderHook(() => useKusciaError(notFound()));
    let value: unknown;
    await act(async () => {
      value = await result.current.run(Promise.resolve({ domain_id: 'alice' }));
    });
    expect(value).toEqual({ domain_id: 'alice' });
    expect(result.current.error).toBeNull();
  });

  it('calls a function and awaits what it returns', async () => {
    const { result } = renderHook(() => useKusciaError());
    const task = vi.fn(() => Promise.resolve(42));
    let value: number | undefined;
    await act(async () => {
      value = await result.current.run(task);
    });
    expect(task).toHaveBeenCalledOnce();
    expect(value).toBe(42);
    let sync: string | undefined;
    await act(async () => {
      sync = await result.current.run(() => 'plain');
    });
    expect(sync).toBe('plain');
  });

  it('captures a rejection and resolves to undefined, never rejecting', async () => {
    const { result } = renderHook(() => useKusciaError());
    const failure = apiError(masterDown());
    let value: unknown = 'not set';
    await act(async () => {
      value = await result.current.run<string>(Promise.reject(failure));
    });
    expect(value).toBeUndefined();
    expect(result.current.error).toBe(failure);
    expect(result.current.info?.code).toBe(11103);
  });

  it('captures a function that throws synchronously', async () => {
    const { result } = renderHook(() => useKusciaError());
    await act(async () => {
      await result.current.run(() => {
        throw networkError();
      });
    });
    expect(result.current.info?.source).toBe('network');
  });

  it('lets only the latest run update state', async () => {
    const { result } = renderHook(() => useKusciaError());
    const slow = deferred<string>();
    const fast = deferred<string>();
    let slowResult: string | undefined = 'pending';
    await act(async () => {
      const first = result.current.run(slow.promise).then((value) => {
        slowResult = value;
      });
      const second = result.current.run(fast.promise);
      fast.resolve('fresh');
      await second;
      slow.reject(notFound());
      await first;
    });
    // The stale failure neither shows nor is reported; its caller still gets undefined.
    expect(slowResult).toBeUndefined();
    expect(result.current.error).toBeNull();
  });

  it('does nothing after unmount: no React warning, no report', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const onReport = vi.fn();
    const { result, unmount } = renderHook(() => useKusciaError(), {
      wrapper: providerWrapper({ onReport }),
    });
    const pending = deferred<never>();
    const running = result.current.run(pending.promise);
    unmount();
    pending.reject(notFound());
    await expect(running).resolves.toBeUndefined();
    await act(() => Promise.resolve());
    expect(onReport).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('does nothing after unmount when a pending run succeeds either', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const { result, unmount } = renderHook(() => useKusciaError(notFound()));
    const pending = deferred<string>();
    const running = result.current.run(pending.promise);
    unmount();
    pending.resolve('late');
    await expect(running).resolves.toBe('late');
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('useKusciaError: reporting', () => {
  it('reports once per captured error, not once per render', () => {
    const onReport = vi.fn<(info: KusciaErrorInfo) => void>();
    const { result, rerender } = renderHook(() => useKusciaError(), {
      wrapper: providerWrapper({ onReport }),
    });
    act(() => {
      result.current.capture(notFound());
    });
    rerender();
    rerender();
    expect(onReport).toHaveBeenCalledOnce();
    expect(onReport.mock.calls[0]![0]).toMatchObject({ code: 11305, source: 'kuscia' });

    act(() => {
      result.current.capture(masterDown());
    });
    expect(onReport).toHaveBeenCalledTimes(2);
    act(() => {
      result.current.capture(null);
      result.current.reset();
    });
    expect(onReport).toHaveBeenCalledTimes(2);
  });

  it('reports a failed run once', async () => {
    const onReport = vi.fn();
    const { result } = renderHook(() => useKusciaError(), {
      wrapper: providerWrapper({ onReport }),
    });
    await act(async () => {
      await result.current.run(Promise.reject(networkError()));
    });
    expect(onReport).toHaveBeenCalledOnce();
    expect(onReport).toHaveBeenCalledWith(
      expect.objectContaining({ source: 'network', retryable: true }),
    );
  });

  it('calls options.onReport as well as the provider one, each once', () => {
    const fromProvider = vi.fn();
    const fromOptions = vi.fn();
    const { result } = renderHook(() => useKusciaError(undefined, { onReport: fromOptions }), {
      wrapper: providerWrapper({ onReport: fromProvider }),
    });
    act(() => {
      result.current.capture(notFound());
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
    const { result } = renderHook(() => useKusciaError(undefined, { onReport: fromOptions }), {
      wrapper: providerWrapper({
        onReport: () => {
          throw broken;
        },
      }),
    });
    let value: string | undefined = 'not settled';
    await act(async () => {
      value = await result.current.run<string>(Promise.reject(apiError(masterDown())));
    });
    window.removeEventListener('error', listener);
    expect(value).toBeUndefined();
    expect(result.current.info?.code).toBe(11103);
    expect(fromOptions).toHaveBeenCalledOnce();
    expect([...surfaced.mock.calls, ...consoleError.mock.calls].flat()).toContain(broken);
  });

  it('uses the latest onReport without changing the callbacks', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { result, rerender } = renderHook(
      ({ onReport }: { onReport: (info: KusciaErrorInfo) => void }) =>
        useKusciaError(undefined, { onReport }),
      { initialProps: { onReport: first } },
    );
    const capture = result.current.capture;
    rerender({ onReport: second });
    expect(result.current.capture).toBe(capture);
    act(() => {
      result.current.capture(notFound());
    });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });
});

describe('useKusciaError under StrictMode', () => {
  it('reports once per capture and once per failed run', async () => {
    const onReport = vi.fn();
    const { result } = renderHook(() => useKusciaError(), {
      wrapper: providerWrapper({ onReport }, true),
    });
    act(() => {
      result.current.capture(notFound());
    });
    expect(onReport).toHaveBeenCalledOnce();
    await act(async () => {
      await result.current.run(Promise.reject(apiError(masterDown())));
    });
    expect(onReport).toHaveBeenCalledTimes(2);
    expect(result.current.info?.code).toBe(11103);
  });

  it('still updates state after the StrictMode effect replay (mounted flag restored)', async () => {
    const { result } = renderHook(() => useKusciaError(), { wrapper: providerWrapper({}, true) });
    await act(async () => {
      await result.current.run(Promise.reject(apiError(notFound())));
    });
    expect(result.current.info?.code).toBe(11305);
  });

  it('runs a fetch from an effect once in effect and shows its failure', async () => {
    const onReport = vi.fn();
    const fetchDomain = vi.fn(() => Promise.reject(apiError(notFound())));
    function DomainPanel() {
      const { error, run, reset } = useKusciaError();
      useEffect(() => {
        void run(fetchDomain);
      }, [run]);
      return <KusciaErrorAlert error={error} onDismiss={reset} />;
    }
    render(
      <StrictMode>
        <KusciaErrorProvider onReport={onReport}>
          <DomainPanel />
        </KusciaErrorProvider>
      </StrictMode>,
    );
    expect(await screen.findByRole('alert')).toHaveAccessibleName(
      expect.stringContaining(enUS.codes[11305].title),
    );
    // StrictMode replays the effect, so the request goes out twice; only the latest run reports.
    expect(onReport).toHaveBeenCalledOnce();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: enUS.labels.dismiss }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
