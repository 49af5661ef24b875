import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { KusciaErrorAlert, unwrapKusciaResponse, useKusciaError } from '../../index';
import { MESSAGE, ORACLE, localeOf, networkError, recorded } from '../../../test/fixtures';

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
        ? recorded.masterUnreachable()
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
  /** Called once per captured error (`useKusciaError`'s `onError` option). */
  onError?: () => void;
}

/**
 * `useKusciaError` holding the failure of a Domain query: `run` captures it and resolves `{ ok }`, the
 * alert gets `alertProps` (Retry runs the last task again, Dismiss resets).
 */
function DomainQueryDemo({ domainId, delay, onError }: DemoProps) {
  const queryDomain = useSimulatedKusciaApi(delay);
  const { info, text, alertProps, run, capture } = useKusciaError(undefined, {
    ...(onError ? { onError } : {}),
  });
  const [domain, setDomain] = useState<Domain | null>(null);
  const [pending, setPending] = useState(false);

  // The task stores its own result, so that Retry (which runs it again) does too.
  const query = () =>
    run(async () => {
      setPending(true);
      setDomain(null);
      try {
        setDomain(await queryDomain(domainId));
      } finally {
        setPending(false);
      }
    });

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
            capture(networkError());
          }}
        >
          Simulate a network failure
        </button>
        <span role="status" className="story-muted">
          {pending ? 'Querying…' : domain ? `Domain ${domain.domain_id} found` : ''}
        </span>
      </div>
      <KusciaErrorAlert {...alertProps} showDetails />
      <dl className="story-muted" aria-label="useKusciaError state">
        <dt>info.code</dt>
        <dd data-testid="info-code">{info?.code ?? 'null'}</dd>
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
  args: { domainId: 'alice', delay: 30, onError: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '`const { error, info, text, alertProps, capture, reset, run } = useKusciaError()` holds the current failure of a component, parsed once. `run(task)` awaits it and never rejects: `{ ok: true, value }` or `{ ok: false, error, info }`. `<KusciaErrorAlert {...alertProps} />` shows the failure with Retry (the last task run again) and Dismiss. The callbacks are stable and nothing updates after unmount.',
      },
    },
  },
} satisfies Meta<typeof DomainQueryDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Query fails with 11103 (retryable), Retry runs it again, succeeds, and the alert goes away. */
export const CaptureAndRetry: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const text = ORACLE[localeOf(globals)];
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(canvas.getByRole('button', { name: 'Query Domain alice' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveAccessibleName(text.reason.masterUnreachable.title);
    await expect(args.onError).toHaveBeenCalledOnce();
    await expect(canvas.getByTestId('info-code')).toHaveTextContent('11103');
    await expect(
      canvas.getByText(text.reason.masterUnreachable.title, { selector: 'dd' }),
    ).toBeVisible();

    // The info the alert shows is the hook's own: its server message is in the details.
    await userEvent.click(within(alert).getByRole('button', { name: text.label.details }));
    await expect(within(alert).getByText(MESSAGE.masterUnreachable)).toBeVisible();

    await userEvent.click(within(alert).getByRole('button', { name: text.label.retry }));
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
    await expect(await canvas.findByText('Domain alice found')).toBeVisible();
    await expect(args.onError).toHaveBeenCalledOnce();
  },
};

/** `capture` shows any failure; Dismiss calls `reset`. */
export const CaptureAndReset: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const text = ORACLE[localeOf(globals)];
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate a network failure' }));
    const alert = await canvas.findByRole('alert', { name: text.title.network });
    await expect(alert).toHaveAttribute('data-source', 'network');
    await expect(args.onError).toHaveBeenCalledOnce();

    await userEvent.click(within(alert).getByRole('button', { name: text.label.dismiss }));
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
    await expect(canvas.getByTestId('info-code')).toHaveTextContent('null');
  },
};
