import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { KusciaErrorAlert, unwrapKusciaResponse, useKusciaError } from '../../src';
import { alertNameOf, envelope, failures, labelsOf } from '../fixtures';

interface Domain {
  domain_id: string;
  role: string;
}

/**
 * A simulated KusciaAPI `POST /api/v1/domain/query`: the first call answers (with HTTP 200, as KusciaAPI does)
 * code 11103 because the Lite node cannot reach its Master; every later call succeeds.
 */
function useSimulatedKusciaApi(delay: number) {
  const calls = useRef(0);
  return async (domainId: string): Promise<Domain> => {
    calls.current += 1;
    await new Promise((resolve) => setTimeout(resolve, delay));
    const body =
      calls.current === 1
        ? envelope(
            11103,
            'request master failed: dial tcp 10.0.0.12:1080: connect: connection refused',
          )
        : {
            status: { code: 0, message: 'success', details: [] },
            data: { domain_id: domainId, role: '' },
          };
    // Business failures come with HTTP 200: unwrap throws a KusciaApiError unless status.code is 0.
    return unwrapKusciaResponse<Domain>(body);
  };
}

interface DemoProps {
  /** The Domain to query. */
  domainId: string;
  /** Latency of the simulated KusciaAPI, in milliseconds. */
  delay: number;
  /** Called once per captured error (`useKusciaError`'s `onReport` option). */
  onReport?: () => void;
}

/** `useKusciaError` holding the failure of a Domain query: `run` captures it, Retry runs again, Dismiss resets. */
function DomainQueryDemo({ domainId, delay, onReport }: DemoProps) {
  const queryDomain = useSimulatedKusciaApi(delay);
  const { error, info, text, run, reset, capture } = useKusciaError(undefined, {
    ...(onReport ? { onReport } : {}),
  });
  const [domain, setDomain] = useState<Domain | null>(null);
  const [pending, setPending] = useState(false);

  const query = async () => {
    setPending(true);
    setDomain(null);
    const result = await run(() => queryDomain(domainId));
    setPending(false);
    if (result) setDomain(result);
  };

  return (
    <div className="story-stack">
      <div className="story-row">
        <button
          type="button"
          className="story-button"
          disabled={pending}
          onClick={() => void query()}
        >
          Query Domain {domainId}
        </button>
        <button
          type="button"
          className="story-button"
          onClick={() => {
            capture(failures.network);
          }}
        >
          Simulate a network failure
        </button>
        <span role="status" className="story-muted">
          {pending ? 'Querying…' : domain ? `Domain ${domain.domain_id} found` : ''}
        </span>
      </div>
      <KusciaErrorAlert error={error} onRetry={() => void query()} onDismiss={reset} showDetails />
      <dl className="story-muted" aria-label="useKusciaError state">
        <dt>info.code</dt>
        <dd>{info?.code ?? 'null'}</dd>
        <dt>info.source</dt>
        <dd>{info?.source ?? 'null'}</dd>
        <dt>info.retryable</dt>
        <dd>{info ? String(info.retryable) : 'null'}</dd>
        <dt>text.title</dt>
        <dd>{text?.title ?? 'null'}</dd>
      </dl>
    </div>
  );
}

const meta = {
  title: 'React/useKusciaError',
  component: DomainQueryDemo,
  tags: ['autodocs'],
  args: { domainId: 'alice', delay: 30, onReport: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '`const { error, info, text, capture, reset, run } = useKusciaError()` holds the current failure of a component. `run(task)` awaits it, captures a rejection and clears the error on success; `capture(e)` shows anything `parseKusciaError` accepts; `reset()` clears it. The callbacks are stable and nothing updates after unmount.',
      },
    },
  },
} satisfies Meta<typeof DomainQueryDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Query fails with 11103 (retryable), Retry succeeds and the alert goes away. */
export const CaptureAndRetry: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const labels = labelsOf(globals);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(canvas.getByRole('button', { name: 'Query Domain alice' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveAccessibleName(alertNameOf(failures.masterUnreachable, globals));
    await expect(args.onReport).toHaveBeenCalledOnce();
    await expect(canvas.getByText('11103', { selector: 'dd' })).toBeVisible();

    await userEvent.click(within(alert).getByRole('button', { name: labels.retry }));
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
    await expect(await canvas.findByText('Domain alice found')).toBeVisible();
    await expect(args.onReport).toHaveBeenCalledOnce();
  },
};

/** `capture` shows any failure; Dismiss calls `reset`. */
export const CaptureAndReset: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate a network failure' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveAttribute('data-source', 'network');
    await expect(args.onReport).toHaveBeenCalledOnce();

    await userEvent.click(within(alert).getByRole('button', { name: labelsOf(globals).dismiss }));
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
    await expect(canvas.getByText('null', { selector: 'dd:first-of-type' })).toBeVisible();
  },
};
