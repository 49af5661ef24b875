/*
 * Recipes: the kit with the data-fetching libraries Kuscia consoles use. Each block is the recipe as an app
 * would write it, then the test that proves it. Nothing here talks to a network: `fetch` is stubbed, axios
 * gets an in-memory adapter.
 *
 * - TanStack Query: `retry: shouldRetryKusciaError` retries only what may succeed unchanged (11103, network,
 *   timeout, 429/502/503/504), at most three times; `QueryCache({ onError: capture })` sends every failed
 *   query to one page-level banner, and the provider's `onReport` sees each failure once.
 * - SWR: the fetcher throws `KusciaApiError` (`unwrapKusciaResponse`), `error` goes straight into the alert,
 *   `mutate()` is the retry; `onErrorRetry` can use `shouldRetryKusciaError` too.
 * - axios: a response interceptor calls `unwrapKusciaResponse(response.data)`, because KusciaAPI reports
 *   business failures with HTTP 200; transport failures (401, network, timeout) arrive as AxiosError, which
 *   the kit parses as it is. `useKusciaError().run` captures either.
 * - react-error-boundary: `fallbackRender={({ error, resetErrorBoundary }) =>
 *   <KusciaErrorAlert error={error} onRetry={resetErrorBoundary} />}`.
 */
import { QueryCache, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axios, {
  AxiosError,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';
import { useState, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import useSWR, { SWRConfig } from 'swr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  KusciaApiError,
  KusciaErrorAlert,
  KusciaErrorProvider,
  enUS,
  parseKusciaError,
  parseKusciaResponse,
  shouldRetryKusciaError,
  unwrapKusciaResponse,
  useKusciaError,
} from '../../src';
import { expectRenderErrors, restoreDomStubs } from './dom';
import { NOT_FOUND_MESSAGE, masterDown, notFound, success } from './fixtures';

const en = enUS.labels;
const named = (title: string) => (name: string) => name.includes(title);

interface Domain {
  domain_id: string;
}

/* ---------- fetch-based client, shared by the TanStack Query and SWR recipes ---------- */

/** POSTs to KusciaAPI and returns `data`, or throws `KusciaApiError` for any failure. */
async function kusciaFetch<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`http://kuscia.local:8082${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const info = await parseKusciaResponse(response);
    throw new KusciaApiError(info ?? parseKusciaError(`HTTP ${String(response.status)}`)!);
  }
  return unwrapKusciaResponse<T>(await response.json());
}

/** Stubs `fetch` with a queue of KusciaAPI answers (the last one repeats). */
function serve(...answers: { body?: unknown; status?: number }[]) {
  const fetchMock = vi.fn<typeof fetch>(() => {
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);
    return Promise.resolve(new Response(text, { status: answer.status ?? 200 }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
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

/* ---------- TanStack Query ---------- */

function newQueryClient(onError?: (error: Error) => void): QueryClient {
  return new QueryClient({
    ...(onError ? { queryCache: new QueryCache({ onError }) } : {}),
    defaultOptions: { queries: { retry: shouldRetryKusciaError, retryDelay: 0, gcTime: Infinity } },
  });
}

function DomainPanel() {
  const query = useQuery({
    queryKey: ['domain', 'bob'],
    queryFn: () => kusciaFetch<Domain>('/api/v1/domain/query', { domain_id: 'bob' }),
  });
  if (query.isPending) return <p>Loading</p>;
  return (
    <>
      <KusciaErrorAlert error={query.error} onRetry={() => void query.refetch()} showDetails />
      {query.data && <p>Domain {query.data.domain_id}</p>}
    </>
  );
}

describe('recipe: TanStack Query', () => {
  it('does not retry a failure that needs a change (11305), and shows it', async () => {
    const fetchMock = serve({ body: notFound() });
    render(
      <QueryClientProvider client={newQueryClient()}>
        <DomainPanel />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole('alert', { name: named(enUS.codes[11305].title) });
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(within(alert).queryByRole('button', { name: en.retry })).not.toBeInTheDocument();
  });

  it('retries 11103 three times, then offers Retry, which refetches', async () => {
    const user = userEvent.setup();
    const fetchMock = serve(
      { body: masterDown() },
      { body: masterDown() },
      { body: masterDown() },
      { body: masterDown() },
      { body: success() },
    );
    render(
      <QueryClientProvider client={newQueryClient()}>
        <DomainPanel />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole('alert', { name: named(enUS.codes[11103].title) });
    expect(fetchMock).toHaveBeenCalledTimes(4);

    await user.click(within(alert).getByRole('button', { name: en.retry }));
    expect(await screen.findByText('Domain alice')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(5);
  });

  it('reads the 401 that KusciaAPI sends with no body for a bad token', async () => {
    serve({ status: 401 });
    render(
      <QueryClientProvider client={newQueryClient()}>
        <DomainPanel />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole('alert', { name: named(enUS.generic.http401.title) });
    expect(alert).toHaveAttribute('data-source', 'http');
  });

  it('sends every failed query to one banner through QueryCache.onError, reported once', async () => {
    const user = userEvent.setup();
    serve({ body: notFound() });
    const onReport = vi.fn();

    function App({ children }: { children: ReactNode }) {
      const { error, capture, reset } = useKusciaError();
      const [client] = useState(() => newQueryClient(capture));
      return (
        <QueryClientProvider client={client}>
          <KusciaErrorAlert variant="banner" error={error} onDismiss={reset} />
          {children}
        </QueryClientProvider>
      );
    }
    function QuietDomain() {
      const query = useQuery({
        queryKey: ['domain', 'bob'],
        queryFn: () => kusciaFetch<Domain>('/api/v1/domain/query', { domain_id: 'bob' }),
      });
      return <p>{query.status}</p>;
    }

    render(
      <KusciaErrorProvider onReport={onReport}>
        <App>
          <QuietDomain />
        </App>
      </KusciaErrorProvider>,
    );
    const banner = await screen.findByRole('alert', { name: named(enUS.codes[11305].title) });
    expect(banner).toHaveAttribute('data-variant', 'banner');
    expect(onReport).toHaveBeenCalledOnce();
    expect(onReport).toHaveBeenCalledWith(
      expect.objectContaining({ code: 11305, serverMessage: NOT_FOUND_MESSAGE }),
    );

    await user.click(within(banner).getByRole('button', { name: en.dismiss }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onReport).toHaveBeenCalledOnce();
  });
});

/* ---------- SWR ---------- */

const fetchDomain = (key: string) => kusciaFetch<Domain>(key, { domain_id: 'bob' });

function SwrDomain() {
  const { data, error, mutate } = useSWR('/api/v1/domain/query', fetchDomain);
  return (
    <>
      <KusciaErrorAlert error={error} onRetry={() => void mutate()} retry="always" />
      {data && <p>Domain {data.domain_id}</p>}
    </>
  );
}

function FreshSWR({ children, retry }: { children: ReactNode; retry?: boolean }) {
  return (
    <SWRConfig
      value={{
        provider: () => new Map(),
        dedupingInterval: 0,
        revalidateOnFocus: false,
        revalidateOnReconnect: false,
        ...(retry
          ? {
              onErrorRetry: (error, _key, _config, revalidate, { retryCount }) => {
                // SWR counts retries from 1; shouldRetryKusciaError counts failures before this retry from 0.
                if (!shouldRetryKusciaError(retryCount - 1, error)) return;
                setTimeout(() => void revalidate({ retryCount }), 0);
              },
            }
          : { shouldRetryOnError: false }),
      }}
    >
      {children}
    </SWRConfig>
  );
}

describe('recipe: SWR', () => {
  it('shows the fetcher failure, and Retry calls mutate until it succeeds', async () => {
    const user = userEvent.setup();
    const fetchMock = serve({ body: notFound() }, { body: success() });
    render(
      <FreshSWR>
        <SwrDomain />
      </FreshSWR>,
    );
    const alert = await screen.findByRole('alert', { name: named(enUS.codes[11305].title) });
    expect(fetchMock).toHaveBeenCalledOnce();
    await user.click(within(alert).getByRole('button', { name: en.retry }));
    expect(await screen.findByText('Domain alice')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  it('retries through onErrorRetry only what shouldRetryKusciaError allows', async () => {
    const fetchMock = serve({ body: masterDown() });
    const { unmount } = render(
      <FreshSWR retry>
        <SwrDomain />
      </FreshSWR>,
    );
    await screen.findByRole('alert', { name: named(enUS.codes[11103].title) });
    await waitFor(() => {
      expect(fetchMock).toHaveBeenCalledTimes(4);
    });
    unmount();

    const notFoundFetch = serve({ body: notFound() });
    render(
      <FreshSWR retry>
        <SwrDomain />
      </FreshSWR>,
    );
    await screen.findByRole('alert', { name: named(enUS.codes[11305].title) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(notFoundFetch).toHaveBeenCalledOnce();
  });
});

/* ---------- axios ---------- */

type Reply = { status: number; body?: unknown } | { fail: 'network' | 'timeout' };

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
        data: reply.body === undefined ? '' : JSON.stringify(reply.body),
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

function kusciaAxios(adapter: AxiosAdapter) {
  const api = axios.create({
    baseURL: 'http://kuscia.local:8082',
    adapter,
    headers: { Token: 'test' },
  });
  // KusciaAPI answers business failures with HTTP 200 and status.code != 0: make them reject.
  api.interceptors.response.use((response: AxiosResponse<unknown>) => ({
    ...response,
    data: unwrapKusciaResponse(response.data),
  }));
  return api;
}

function AxiosDomain({ api }: { api: ReturnType<typeof kusciaAxios> }) {
  const { error, run, reset } = useKusciaError();
  const [domain, setDomain] = useState<Domain | null>(null);
  const load = async () => {
    const response = await run(() =>
      api.post<Domain>('/api/v1/domain/query', { domain_id: 'bob' }),
    );
    if (response) setDomain(response.data);
  };
  return (
    <>
      <button type="button" onClick={() => void load()}>
        Load domain
      </button>
      <KusciaErrorAlert error={error} onRetry={() => void load()} onDismiss={reset} showDetails />
      {domain && <p>Domain {domain.domain_id}</p>}
    </>
  );
}

describe('recipe: axios', () => {
  it('turns an HTTP 200 business failure into the localized alert with the server message', async () => {
    const user = userEvent.setup();
    render(<AxiosDomain api={kusciaAxios(adapterFor([{ status: 200, body: notFound() }]))} />);
    await user.click(screen.getByRole('button', { name: 'Load domain' }));
    const alert = await screen.findByRole('alert', { name: named(enUS.codes[11305].title) });
    await user.click(within(alert).getByRole('button', { name: en.details }));
    expect(within(alert).getByText(NOT_FOUND_MESSAGE)).toBeVisible();
  });

  it('reads an AxiosError for a 401 with an empty body', async () => {
    const user = userEvent.setup();
    render(<AxiosDomain api={kusciaAxios(adapterFor([{ status: 401 }]))} />);
    await user.click(screen.getByRole('button', { name: 'Load domain' }));
    const alert = await screen.findByRole('alert', { name: named(enUS.generic.http401.title) });
    await user.click(within(alert).getByRole('button', { name: en.details }));
    expect(within(alert).getByText('401')).toBeVisible();
  });

  it('offers Retry for a network error, and the retry succeeds', async () => {
    const user = userEvent.setup();
    const adapter = adapterFor([{ fail: 'network' }, { status: 200, body: success() }]);
    render(<AxiosDomain api={kusciaAxios(adapter)} />);
    await user.click(screen.getByRole('button', { name: 'Load domain' }));
    const alert = await screen.findByRole('alert', { name: named(enUS.generic.network.title) });
    expect(alert).toHaveAttribute('data-source', 'network');
    await user.click(within(alert).getByRole('button', { name: en.retry }));
    expect(await screen.findByText('Domain alice')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(adapter.calls).toBe(2);
  });

  it('reads axios timeouts as timeouts', async () => {
    const user = userEvent.setup();
    render(<AxiosDomain api={kusciaAxios(adapterFor([{ fail: 'timeout' }]))} />);
    await user.click(screen.getByRole('button', { name: 'Load domain' }));
    const alert = await screen.findByRole('alert', { name: named(enUS.generic.timeout.title) });
    expect(alert).toHaveAttribute('data-source', 'timeout');
  });
});

/* ---------- react-error-boundary ---------- */

describe('recipe: react-error-boundary', () => {
  function Guarded({ children }: { children: ReactNode }) {
    return (
      <ErrorBoundary
        fallbackRender={({ error, resetErrorBoundary }) => (
          <KusciaErrorAlert error={error} onRetry={resetErrorBoundary} />
        )}
      >
        {children}
      </ErrorBoundary>
    );
  }

  it('renders what a child threw as the alert; Retry resets the boundary', async () => {
    allowConsoleErrors = true; // React logs every error a boundary catches
    vi.mocked(console.error).mockImplementation(() => undefined);
    expectRenderErrors();
    const user = userEvent.setup();
    let masterUp = false;
    function DomainCard() {
      if (!masterUp) throw new KusciaApiError(parseKusciaError(masterDown())!);
      return <p>Domain alice</p>;
    }
    render(
      <Guarded>
        <DomainCard />
      </Guarded>,
    );
    const alert = screen.getByRole('alert', { name: named(enUS.codes[11103].title) });
    masterUp = true;
    await user.click(within(alert).getByRole('button', { name: en.retry }));
    expect(screen.getByText('Domain alice')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers no Retry for a failure that needs a change first', () => {
    allowConsoleErrors = true;
    vi.mocked(console.error).mockImplementation(() => undefined);
    expectRenderErrors();
    function DomainCard(): ReactNode {
      throw new KusciaApiError(parseKusciaError(notFound())!);
    }
    render(
      <Guarded>
        <DomainCard />
      </Guarded>,
    );
    const alert = screen.getByRole('alert', { name: named(enUS.codes[11305].title) });
    expect(within(alert).queryByRole('button', { name: en.retry })).not.toBeInTheDocument();
  });
});
