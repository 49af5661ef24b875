/*
 * The recipes of the documentation (examples/recipes, shown verbatim in stories/Introduction.mdx), rendered
 * and driven as an app would. Nothing talks to a network: `fetch` is stubbed with recorded KusciaAPI answers,
 * axios gets an in-memory adapter.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AxiosError,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';
import { Form, Input, type FormInstance } from 'antd';
import { version as reactVersion, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { SWRConfig } from 'swr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CreateJobForm,
  showKusciaFieldErrors,
  type JobDraft,
} from '../../examples/recipes/antd-form';
import { createKusciaClient, DomainDetails } from '../../examples/recipes/axios';
import { KusciaErrorBoundary } from '../../examples/recipes/error-boundary';
import { callKuscia, type Domain } from '../../examples/recipes/fetch';
import { DomainSummary, kusciaSWRConfig } from '../../examples/recipes/swr';
import {
  createQueryClient,
  DomainPanel,
  QueryErrorBanner,
} from '../../examples/recipes/tanstack-query';
import {
  DomainDataQueryForm,
  setKusciaFieldErrors,
  type DomainDataQuery,
} from '../../examples/recipes/react-hook-form';
import { DeleteDomainButton, DomainLookup } from '../../examples/recipes/use-kuscia-error';
import {
  KusciaApiError,
  KusciaErrorAlert,
  KusciaErrorProvider,
  isKusciaApiError,
  parseKusciaError,
} from '../../src';
// The form recipes run in both locales.
import '../../src/locales/zh-CN/index';
import {
  EN,
  GATEWAY_502_HTML,
  MESSAGE,
  SSO_LOGIN_PAGE,
  envelope,
  networkError,
  recorded,
} from '../fixtures';
import { validation } from '../fixtures/reason/validation';
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

/* ---------- forms: getKusciaFieldErrors with Ant Design and react-hook-form ---------- */

/** `job/create` with an ID Kuscia's own check lets through and a parallelism the Job CRD caps at 128. */
const JOB_INVALID = envelope(
  11201,
  `KusciaJob.kuscia.secretflow "job..1" is invalid: [metadata.name: Invalid value: "job..1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'), spec.maxParallelism: Invalid value: 200: spec.maxParallelism in body should be less than or equal to 128]`,
);

/** `certificate/generate` with nothing filled in: ConfManager's three checks, joined by `;` (sic). */
const CERTIFICATE_INVALID = envelope(
  validation.certificateJoined.code,
  validation.certificateJoined.message,
);

/** `domaindata/batchQuery`'s own Validate(): two empty IDs, joined by `;`. */
const DOMAIN_DATA_QUERY_INVALID = envelope(
  validation.handlerValidateJoined.code,
  validation.handlerValidateJoined.message,
);

/** What each locale says, from src/locales/<locale>/reasons.ts (issues and texts), filled in by hand. */
const FORM_TEXT = {
  'en-US': {
    jobTitle: 'Job “job..1” was rejected: 2 fields are not valid',
    jobId:
      "Only lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (got “job..1”)",
    maxParallelism: 'Must be at most 128',
    required: 'Required',
    positive: 'Must be greater than 0',
    keyType: 'Must be one of PKCS#1, PKCS#8',
    domainDataTitle: '2 required fields are empty: domain_id, domaindata_id',
    createJob: 'Create Job',
  },
  'zh-CN': {
    jobTitle: '任务“job..1”被拒绝：2 个字段不合法',
    jobId: '只能包含小写字母、数字、“-”和“.”，且以字母或数字开头和结尾（当前值“job..1”）',
    maxParallelism: '不能大于 128',
    required: '必填',
    positive: '必须大于 0',
    keyType: '必须是 PKCS#1、PKCS#8 之一',
    domainDataTitle: '2 个必填字段为空：domain_id、domaindata_id',
    createJob: 'Create Job',
  },
} as const;

/*
 * The react18 project aliases React for the files Vite transforms and inlines react-hook-form so that the
 * alias reaches it. antd's CommonJS dependency tree (rc-*) still loads React 19 beside the alias (two
 * Reacts, "Invalid hook call"), so its recipe runs under React 19 only.
 */
const antdRecipe = reactVersion.startsWith('18.') ? describe.skip : describe;

/** jsdom has no matchMedia; antd's grid asks it for the breakpoints. Nothing ever matches here. */
function stubMatchMedia() {
  vi.stubGlobal(
    'matchMedia',
    (query: string): MediaQueryList =>
      Object.assign(new EventTarget(), {
        matches: false,
        media: query,
        onchange: null,
      }) as unknown as MediaQueryList,
  );
}

/** A certificate form in camelCase, as an app names it; returns its instance. */
function showCertificateForm(): FormInstance {
  stubMatchMedia();
  let form: FormInstance | undefined;
  function CertificateForm() {
    const [instance] = Form.useForm();
    form = instance;
    return (
      <Form form={instance}>
        <Form.Item name="commonName" label="Common name">
          <Input />
        </Form.Item>
        <Form.Item name="durationSec" label="Duration (seconds)">
          <Input />
        </Form.Item>
        <Form.Item name="keyType" label="Key type">
          <Input />
        </Form.Item>
      </Form>
    );
  }
  render(<CertificateForm />);
  if (!form) throw new Error('the form did not render');
  return form;
}

antdRecipe.each(['en-US', 'zh-CN'] as const)('recipe: Ant Design Form.setFields, %s', (locale) => {
  const text = FORM_TEXT[locale];

  it('puts each cause of a two-cause Invalid under its field; the alert tells the whole failure', async () => {
    stubMatchMedia();
    const user = userEvent.setup();
    const fetchMock = serve({ body: JOB_INVALID });
    const createJob = (draft: JobDraft) =>
      callKuscia('job/create', { job_id: draft.jobId, max_parallelism: draft.maxParallelism });
    render(
      <KusciaErrorProvider locale={locale}>
        <CreateJobForm createJob={createJob} locale={locale} />
      </KusciaErrorProvider>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Job ID' }), 'job..1');
    await user.type(screen.getByRole('spinbutton', { name: 'Max parallelism' }), '200');
    await user.click(screen.getByRole('button', { name: text.createJob }));

    expect(await screen.findByRole('alert', { name: text.jobTitle })).toBeVisible();
    expect(fetchMock.mock.calls[0]![1]?.body).toBe('{"job_id":"job..1","max_parallelism":200}');
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Job ID' })).toHaveAccessibleDescription(
        text.jobId,
      );
    });
    expect(screen.getByRole('textbox', { name: 'Job ID' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('spinbutton', { name: 'Max parallelism' })).toHaveAccessibleDescription(
      text.maxParallelism,
    );
  });

  it('sets every cause of a ;-joined 2000 on a form named its own way', async () => {
    const form = showCertificateForm();
    let names: string[] = [];
    act(() => {
      names = showKusciaFieldErrors(form, CERTIFICATE_INVALID, {
        locale,
        fieldName: (field) => field.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase()),
      });
    });
    expect(names).toEqual(['commonName', 'durationSec', 'keyType']);
    expect(form.getFieldError('commonName')).toEqual([text.required]);
    expect(form.getFieldError('durationSec')).toEqual([text.positive]);
    expect(form.getFieldError('keyType')).toEqual([text.keyType]);
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Common name' })).toHaveAccessibleDescription(
        text.required,
      );
    });
  });

  it('sets nothing for a failure that names no field', () => {
    const form = showCertificateForm();
    expect(showKusciaFieldErrors(form, recorded.domainNotFound(), { locale })).toEqual([]);
    expect(form.getFieldsError().flatMap((field) => field.errors)).toEqual([]);
  });
});

describe.each(['en-US', 'zh-CN'] as const)('recipe: react-hook-form setError, %s', (locale) => {
  const text = FORM_TEXT[locale];

  it('maps domain_id to domainId and shows both causes of a ;-joined validation under their inputs', async () => {
    const user = userEvent.setup();
    serve({ body: DOMAIN_DATA_QUERY_INVALID });
    const queryDomainData = (query: DomainDataQuery) =>
      callKuscia('domaindata/query', {
        domain_id: query.domainId,
        domaindata_id: query.domainDataId,
      });
    render(
      <KusciaErrorProvider locale={locale}>
        <DomainDataQueryForm queryDomainData={queryDomainData} locale={locale} />
      </KusciaErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Query DomainData' }));
    expect(await screen.findByRole('alert', { name: text.domainDataTitle })).toBeVisible();
    for (const name of ['Domain ID', 'DomainData ID']) {
      const input = screen.getByRole('textbox', { name });
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(text.required);
    }
  });

  it('sets every cause of a two-cause Invalid and of a ;-joined 2000', () => {
    const { result } = renderHook(() => useForm<Record<string, string>>());
    const jobNames = setKusciaFieldErrors(result.current.setError, JOB_INVALID, {
      locale,
      fieldName: { job_id: 'jobId', max_parallelism: 'maxParallelism' },
    });
    expect(jobNames).toEqual(['jobId', 'maxParallelism']);
    expect(result.current.getFieldState('jobId').error).toEqual(
      expect.objectContaining({ type: 'server', message: text.jobId }),
    );
    expect(result.current.getFieldState('maxParallelism').error?.message).toBe(text.maxParallelism);

    // Without a map the API's own names are kept.
    const certificateNames = setKusciaFieldErrors(result.current.setError, CERTIFICATE_INVALID, {
      locale,
    });
    expect(certificateNames).toEqual(['common_name', 'duration_sec', 'key_type']);
    expect(result.current.getFieldState('common_name').error?.message).toBe(text.required);
    expect(result.current.getFieldState('duration_sec').error?.message).toBe(text.positive);
    expect(result.current.getFieldState('key_type').error?.message).toBe(text.keyType);
  });
});
