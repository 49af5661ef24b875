/*
 * The recipes of the documentation (examples/recipes, shown verbatim in stories/Introduction.mdx), rendered
 * and driven as an app would. Nothing talks to a network: `fetch` is stubbed with recorded KusciaAPI answers,
 * axios gets an in-memory adapter.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AxiosError,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKusciaClient, DomainDetails } from '../../examples/recipes/axios';
import { KusciaErrorBoundary } from '../../examples/recipes/error-boundary';
import { callKuscia, type Domain } from '../../examples/recipes/fetch';
import { DomainSummary, kusciaSWRConfig } from '../../examples/recipes/swr';
import {
  createQueryClient,
  DomainPanel,
  QueryErrorBanner,
} from '../../examples/recipes/tanstack-query';
import { DeleteDomainButton, DomainLookup } from '../../examples/recipes/use-kuscia-error';
import {
  KusciaApiError,
  KusciaErrorAlert,
  KusciaErrorProvider,
  isKusciaApiError,
  parseKusciaError,
} from '../../src';
import { EN, GATEWAY_502_HTML, MESSAGE, SSO_LOGIN_PAGE, networkError, recorded } from '../fixtures';
import { expectRenderErrors, restoreDomStubs } from './dom';

type Answer = { body?: unknown; text?: string; status?: number } | { fail: Error };

/** Stubs `fetch` with a queue of answers (the last one repeats). */
function serve(...answers: Answer[]) {
  const fetchMock = vi.fn<typeof fetch>(() => {
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if ('fail' in answer) return Promise.reject(answer.fail);
    const text = answer.text ?? (answer.body === undefined ? null : JSON.stringify(answer.body));
    return Promise.resolve(new Response(text, { status: answer.status ?? 200 }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** What a promise rejected with. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error: unknown) {
    return error;
  }
  throw new Error('the promise resolved');
}

/** React and the libraries must not warn (act, keys, state after unmount) except where a test allows it. */
let allowConsoleErrors = false;
beforeEach(() => {
  allowConsoleErrors = false;
  vi.spyOn(console, 'error');
});

afterEach(() => {
  if (!allowConsoleErrors) expect(console.error).not.toHaveBeenCalled();
  restoreDomStubs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('recipe: fetch + readKusciaResponse (callKuscia)', () => {
  it('POSTs JSON to the path and resolves with data', async () => {
    const fetchMock = serve({ body: recorded.success() });
    const domain = await callKuscia<Domain>('domain/query', { domain_id: 'alice' });
    expect(domain).toMatchObject({ domain_id: 'alice', role: '' });
    expect(fetchMock).toHaveBeenCalledOnce();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/domain/query');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"domain_id":"alice"}');
  });

  it.each([
    [
      'HTTP 200 with status.code 11305',
      { body: recorded.domainNotFound() },
      'kuscia',
      EN.reason.domainNotFound.title,
    ],
    ['HTTP 401 with an empty body', { status: 401 }, 'http', 'Authentication failed'],
    ["a gateway's 502 page", { status: 502, text: GATEWAY_502_HTML }, 'http', EN.title.httpGateway],
    [
      'a login page with HTTP 200',
      { text: SSO_LOGIN_PAGE },
      'invalidResponse',
      'The answer is not a KusciaAPI response',
    ],
  ] as const)(
    'rejects with a KusciaApiError for %s, which the alert shows',
    async (_, answer, source, title) => {
      serve(answer);
      const error = await rejectionOf(callKuscia('domain/query', { domain_id: 'bob' }));
      expect(isKusciaApiError(error)).toBe(true);
      render(<KusciaErrorAlert error={error} />);
      expect(screen.getByRole('alert', { name: title })).toHaveAttribute('data-source', source);
    },
  );

  it('keeps the server message of a business failure', async () => {
    serve({ body: recorded.domainNotFound() });
    const error = await rejectionOf(callKuscia('domain/query', { domain_id: 'bob' }));
    expect(parseKusciaError(error)).toMatchObject({
      code: 11305,
      httpStatus: 200,
      serverMessage: MESSAGE.domainNotFound,
    });
  });

  it('lets a request that got no answer reject as fetch does', async () => {
    const offline = networkError();
    serve({ fail: offline });
    await expect(callKuscia('domain/query', {})).rejects.toBe(offline);
  });
});

describe('recipe: useKusciaError with alertProps and run', () => {
  it('shows a retryable failure; Retry runs the query again and shows the Domain', async () => {
    const user = userEvent.setup();
    const fetchMock = serve({ body: recorded.masterUnreachable() }, { body: recorded.success() });
    render(<DomainLookup domainId="alice" />);
    await user.click(screen.getByRole('button', { name: 'Query Domain alice' }));
    const alert = await screen.findByRole('alert', { name: EN.reason.masterUnreachable.title });

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Domain alice found')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('offers no Retry for 11305, and Dismiss clears it', async () => {
    const user = userEvent.setup();
    serve({ body: recorded.domainNotFound() });
    render(<DomainLookup domainId="bob" />);
    await user.click(screen.getByRole('button', { name: 'Query Domain bob' }));
    const alert = await screen.findByRole('alert', { name: EN.reason.domainNotFound.title });
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Details' }));
    expect(within(alert).getByText(MESSAGE.domainNotFound)).toBeVisible();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells a success without data from a failure (ok)', async () => {
    const user = userEvent.setup();
    const onDeleted = vi.fn();
    serve({ body: recorded.domainNotFound() }, { body: recorded.successCreate() });
    render(<DeleteDomainButton domainId="bob" onDeleted={onDeleted} />);
    await user.click(screen.getByRole('button', { name: 'Delete Domain bob' }));
    expect(
      await screen.findByRole('alert', { name: EN.reason.domainNotFound.title }),
    ).toBeVisible();
    expect(onDeleted).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete Domain bob' }));
    await waitFor(() => {
      expect(onDeleted).toHaveBeenCalledOnce();
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

/* ---------- axios ---------- */

type Reply = { status: number; body?: unknown; text?: string } | { fail: 'network' | 'timeout' };

/** An in-memory axios adapter: answers each request with the next reply (the last one repeats). */
function adapterFor(replies: Reply[]): AxiosAdapter & { calls: number } {
  const adapter = Object.assign(
    (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
      adapter.calls += 1;
      const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
      if ('fail' in reply) {
        return Promise.reject(
          reply.fail === 'network'
            ? new AxiosError('Network Error', AxiosError.ERR_NETWORK, config, {})
            : new AxiosError('timeout of 5000ms exceeded', AxiosError.ECONNABORTED, config, {}),
        );
      }
      const response: AxiosResponse = {
        data: reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)),
        status: reply.status,
        statusText: String(reply.status),
        headers: {},
        config,
        request: {},
      };
      if (reply.status >= 200 && reply.status < 300) return Promise.resolve(response);
      return Promise.reject(
        new AxiosError(
          `Request failed with status code ${String(reply.status)}`,
          AxiosError.ERR_BAD_REQUEST,
          config,
          {},
          response,
        ),
      );
    },
    { calls: 0 },
  );
  return adapter;
}

describe('recipe: axios', () => {
  async function load(replies: Reply[]) {
    const user = userEvent.setup();
    const adapter = adapterFor(replies);
    render(<DomainDetails client={createKusciaClient({ adapter })} domainId="bob" />);
    await user.click(screen.getByRole('button', { name: 'Load Domain bob' }));
    return { user, adapter };
  }

  it('turns an HTTP 200 business failure into the localized alert with the server message', async () => {
    const { user } = await load([{ status: 200, body: recorded.domainNotFound() }]);
    const alert = await screen.findByRole('alert', { name: EN.reason.domainNotFound.title });
    await user.click(within(alert).getByRole('button', { name: 'Details' }));
    expect(within(alert).getByText(MESSAGE.domainNotFound)).toBeVisible();
    expect(within(alert).getByText('KusciaAPIErrDomainNotExists')).toBeVisible();
  });

  it('reads an AxiosError for a 401 with an empty body', async () => {
    const { user } = await load([{ status: 401 }]);
    const alert = await screen.findByRole('alert', { name: 'Authentication failed' });
    await user.click(within(alert).getByRole('button', { name: 'Details' }));
    expect(within(alert).getByText('401')).toBeVisible();
  });

  it('reads a login page answered with 200 as no KusciaAPI response', async () => {
    await load([{ status: 200, text: SSO_LOGIN_PAGE }]);
    expect(
      await screen.findByRole('alert', { name: 'The answer is not a KusciaAPI response' }),
    ).toHaveAttribute('data-source', 'invalidResponse');
  });

  it('offers Retry for a network error, and the retry shows the Domain', async () => {
    const { user, adapter } = await load([
      { fail: 'network' },
      { status: 200, body: envelopeOf({ domain_id: 'bob', role: '' }) },
    ]);
    const alert = await screen.findByRole('alert', { name: 'Cannot reach KusciaAPI' });
    expect(alert).toHaveAttribute('data-source', 'network');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Domain bob loaded')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(adapter.calls).toBe(2);
  });

  it('reads axios timeouts as timeouts', async () => {
    await load([{ fail: 'timeout' }]);
    expect(await screen.findByRole('alert', { name: 'Request timed out' })).toHaveAttribute(
      'data-source',
      'timeout',
    );
  });
});

/** A KusciaAPI success carrying `data`. */
function envelopeOf(data: unknown) {
  return { status: { code: 0, message: 'success', details: [] }, data };
}

/* ---------- TanStack Query ---------- */

/** The recipe's client, with retries at once instead of TanStack's back-off (1 s, 2 s, 4 s). */
function queryClientWithoutDelay() {
  const client = createQueryClient();
  client.setDefaultOptions({
    queries: { ...client.getDefaultOptions().queries, retryDelay: 0, gcTime: Infinity },
  });
  return client;
}

describe('recipe: TanStack Query', () => {
  it('does not retry a failure that needs a change (11305), and shows it without Retry', async () => {
    const fetchMock = serve({ body: recorded.domainNotFound() });
    render(
      <QueryClientProvider client={queryClientWithoutDelay()}>
        <DomainPanel domainId="bob" />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole('alert', { name: EN.reason.domainNotFound.title });
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('retries 11103 three times, then offers Retry, which refetches', async () => {
    const user = userEvent.setup();
    const fetchMock = serve(
      { body: recorded.masterUnreachable() },
      { body: recorded.masterUnreachable() },
      { body: recorded.masterUnreachable() },
      { body: recorded.masterUnreachable() },
      { body: recorded.success() },
    );
    render(
      <QueryClientProvider client={queryClientWithoutDelay()}>
        <DomainPanel domainId="alice" />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole('alert', { name: EN.reason.masterUnreachable.title });
    expect(fetchMock).toHaveBeenCalledTimes(4);

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Domain alice found')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(5);
  });

  it('reads the 401 that KusciaAPI sends with no body for a bad token', async () => {
    serve({ status: 401 });
    render(
      <QueryClientProvider client={queryClientWithoutDelay()}>
        <DomainPanel domainId="bob" />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('alert', { name: 'Authentication failed' })).toHaveAttribute(
      'data-source',
      'http',
    );
  });

  it('sends every failed query to one banner through QueryCache.onError, reported once', async () => {
    const user = userEvent.setup();
    serve({ body: recorded.domainNotFound() });
    const onError = vi.fn();
    render(
      <KusciaErrorProvider onError={onError}>
        <QueryErrorBanner>
          <DomainPanel domainId="bob" />
        </QueryErrorBanner>
      </KusciaErrorProvider>,
    );
    // The cache's onError and the query's own observer update separately: wait for both alerts.
    await waitFor(() => {
      expect(screen.getAllByRole('alert', { name: EN.reason.domainNotFound.title })).toHaveLength(
        2,
      );
    });
    const [banner, inline] = screen.getAllByRole('alert', { name: EN.reason.domainNotFound.title });
    expect(banner).toHaveAttribute('data-variant', 'banner');
    expect(inline).toHaveAttribute('data-variant', 'inline');
    expect(onError).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 11305, serverMessage: MESSAGE.domainNotFound }),
    );

    await user.click(within(banner!).getByRole('button', { name: 'Dismiss' }));
    expect(screen.getAllByRole('alert')).toEqual([inline]);
    expect(onError).toHaveBeenCalledOnce();
  });
});

/* ---------- SWR ---------- */

/** The recipe's config with a fresh cache per test, no deduping and retries at once. */
function FreshSWR({ children }: { children: ReactNode }) {
  return (
    <SWRConfig
      value={{
        ...kusciaSWRConfig,
        provider: () => new Map(),
        dedupingInterval: 0,
        errorRetryInterval: 0,
        revalidateOnFocus: false,
        revalidateOnReconnect: false,
      }}
    >
      {children}
    </SWRConfig>
  );
}

describe('recipe: SWR', () => {
  it('shows the fetcher failure, and Retry calls mutate until it succeeds', async () => {
    const user = userEvent.setup();
    const fetchMock = serve({ body: recorded.domainNotFound() }, { body: recorded.success() });
    render(
      <FreshSWR>
        <DomainSummary domainId="alice" />
      </FreshSWR>,
    );
    const alert = await screen.findByRole('alert', { name: EN.reason.domainNotFound.title });
    // 11305 is not retried by onErrorRetry.
    expect(fetchMock).toHaveBeenCalledOnce();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Domain alice found')).toBeVisible();
    await waitFor(() => {
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  it('retries 11103 through onErrorRetry until shouldRetryKusciaError says stop', async () => {
    const fetchMock = serve({ body: recorded.masterUnreachable() });
    render(
      <FreshSWR>
        <DomainSummary domainId="alice" />
      </FreshSWR>,
    );
    expect(
      await screen.findByRole('alert', { name: EN.reason.masterUnreachable.title }),
    ).toBeVisible();
    await waitFor(() => {
      expect(fetchMock).toHaveBeenCalledTimes(4);
    });
  });

  it('onErrorRetry schedules a revalidation only for what may succeed unchanged, with back-off', () => {
    vi.useFakeTimers();
    try {
      const retry = (error: unknown, retryCount: number) => {
        const revalidate = vi.fn(() => Promise.resolve(true));
        kusciaSWRConfig.onErrorRetry(error, 'key', { errorRetryInterval: 100 }, revalidate, {
          retryCount,
        });
        return revalidate;
      };
      const masterDown = new KusciaApiError(parseKusciaError(recorded.masterUnreachable())!);
      const notFound = new KusciaApiError(parseKusciaError(recorded.domainNotFound())!);

      const third = retry(masterDown, 3);
      vi.advanceTimersByTime(399);
      expect(third).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(third).toHaveBeenCalledWith({ retryCount: 3 });

      const fourth = retry(masterDown, 4);
      const once = retry(notFound, 1);
      vi.runAllTimers();
      expect(fourth).not.toHaveBeenCalled();
      expect(once).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

/* ---------- react-error-boundary ---------- */

describe('recipe: react-error-boundary', () => {
  function allowBoundaryErrors() {
    allowConsoleErrors = true; // React logs every error a boundary catches
    vi.mocked(console.error).mockImplementation(() => undefined);
    expectRenderErrors();
  }

  it('renders what a child threw as the alert; Retry resets the boundary', async () => {
    allowBoundaryErrors();
    const user = userEvent.setup();
    let masterUp = false;
    function DomainCard() {
      if (!masterUp) throw new KusciaApiError(parseKusciaError(recorded.masterUnreachable())!);
      return <p>Domain alice</p>;
    }
    render(
      <KusciaErrorBoundary>
        <DomainCard />
      </KusciaErrorBoundary>,
    );
    const alert = screen.getByRole('alert', { name: EN.reason.masterUnreachable.title });
    masterUp = true;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Domain alice')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers no Retry for a failure that needs a change first, and keeps its details', async () => {
    allowBoundaryErrors();
    const user = userEvent.setup();
    function DomainCard(): ReactNode {
      throw new KusciaApiError(parseKusciaError(recorded.domainNotFound())!);
    }
    render(
      <KusciaErrorBoundary>
        <DomainCard />
      </KusciaErrorBoundary>,
    );
    const alert = screen.getByRole('alert', { name: EN.reason.domainNotFound.title });
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Details' }));
    expect(within(alert).getByText(MESSAGE.domainNotFound)).toBeVisible();
  });
});
