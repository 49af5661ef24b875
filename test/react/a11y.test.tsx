/*
 * axe-core in jsdom for every variant of the alert in both locales, with every action and the details open,
 * and for the badge with its tooltip open. Colour contrast is checked in Chromium (test/browser).
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, it, vi } from 'vitest';
import { ErrorCodeBadge, KusciaErrorAlert, KusciaErrorProvider, enUS, zhCN } from '../../src';
import { expectNoAxeViolations } from './axe';
import {
  alreadyExists,
  axiosStyle,
  HOSTILE,
  envelope,
  masterDown,
  networkError,
  notFound,
} from './fixtures';

const locales = [
  ['en-US', enUS],
  ['zh-CN', zhCN],
] as const;
const variants = ['inline', 'banner', 'compact'] as const;

const docsUrl = (code: number) => `https://docs.example/kuscia/errors/${String(code)}`;

describe.each(locales)('axe in %s', (locale, messages) => {
  it.each(variants)(
    '%s alert: error with retry, dismiss, docs, action and details open',
    async (variant) => {
      const user = userEvent.setup();
      render(
        <KusciaErrorProvider locale={locale} docsUrl={docsUrl}>
          <main>
            <KusciaErrorAlert
              variant={variant}
              error={axiosStyle(masterDown(), 200)}
              onRetry={vi.fn()}
              onDismiss={vi.fn()}
              showDetails
              action={<a href="#jobs">Jobs</a>}
            />
          </main>
        </KusciaErrorProvider>,
      );
      await user.click(screen.getByRole('button', { name: messages.labels.details }));
      await expectNoAxeViolations();
    },
  );

  it.each(variants)(
    '%s alert: warning, retry forced, heading level 2, details open',
    async (variant) => {
      const user = userEvent.setup();
      render(
        <KusciaErrorProvider locale={locale} docsUrl={docsUrl}>
          <main>
            <KusciaErrorAlert
              variant={variant}
              error={alreadyExists()}
              onRetry={vi.fn()}
              retry="always"
              onDismiss={vi.fn()}
              headingLevel={2}
              showDetails
            />
          </main>
        </KusciaErrorProvider>,
      );
      await user.click(screen.getByRole('button', { name: messages.labels.details }));
      await expectNoAxeViolations();
    },
  );

  it.each(variants)(
    '%s alert: failure without a code, unstyled, copy announced',
    async (variant) => {
      const user = userEvent.setup();
      render(
        <KusciaErrorProvider locale={locale}>
          <main>
            <KusciaErrorAlert
              variant={variant}
              error={networkError()}
              onRetry={vi.fn()}
              unstyled
              showDetails
            />
            <KusciaErrorAlert variant={variant} error={envelope(11305, HOSTILE)} role="none" />
          </main>
        </KusciaErrorProvider>,
      );
      await user.click(screen.getAllByRole('button', { name: messages.labels.copyDetails })[0]!);
      await expectNoAxeViolations();
    },
  );

  it('badges in a table, one with its tooltip open', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider locale={locale}>
        <main>
          <table>
            <caption>Jobs</caption>
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {[11305, 11306, 11103, 424242].map((code) => (
                <tr key={code}>
                  <td>job-{code}</td>
                  <td>
                    <ErrorCodeBadge code={code} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </main>
      </KusciaErrorProvider>,
    );
    await user.tab();
    await screen.findByRole('tooltip');
    await expectNoAxeViolations();
  });

  it('a badge without any provider, tooltip open', async () => {
    const user = userEvent.setup();
    render(
      <main>
        <ErrorCodeBadge code={11305} locale={messages} />
      </main>,
    );
    await user.tab();
    await screen.findByRole('tooltip');
    await expectNoAxeViolations();
  });

  it('an alert whose code chip sits beside a badge', async () => {
    render(
      <KusciaErrorProvider locale={locale}>
        <main>
          <KusciaErrorAlert error={notFound()} />
          <ErrorCodeBadge code={11305} />
        </main>
      </KusciaErrorProvider>,
    );
    await expectNoAxeViolations();
  });
});
