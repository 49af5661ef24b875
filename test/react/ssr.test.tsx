/*
 * Server rendering: every component renders to a string (also with no `window` or `document`, as on a
 * server), hostile server text comes out escaped, and the server HTML hydrates without a mismatch, so the
 * useId-based ids (aria-labelledby, aria-describedby) agree between server and client.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCodeBadge, KusciaErrorAlert, KusciaErrorProvider, useKusciaError } from '../../src';
import { zhCN } from '../../src/locales/zh-CN/index';
import { EN, HOSTILE, ZH, badgeName, envelope, networkError, recorded } from '../fixtures';
import { findAnnouncement } from './announcer';
import { announcers, idReferencingElements, referencedElements } from './dom';

const notFound = recorded.domainNotFound;
const masterDown = recorded.masterUnreachable;
const alreadyExists = recorded.domainExists;

function HookConsumer({ initial }: { initial: unknown }) {
  const { text, alertProps } = useKusciaError(initial);
  return (
    <section aria-label="Domain">
      <p>{text?.title ?? 'no error'}</p>
      <KusciaErrorAlert {...alertProps} />
    </section>
  );
}

/** A console page with every component, in one locale. */
function Page({ locale = 'en-US' }: { locale?: string }) {
  return (
    <KusciaErrorProvider locale={locale} docsUrl={(code) => `https://docs.example/${String(code)}`}>
      <main>
        <KusciaErrorAlert
          error={masterDown()}
          onRetry={() => undefined}
          onDismiss={() => undefined}
          showDetails
        />
        <KusciaErrorAlert error={alreadyExists()} variant="banner" headingLevel={2} />
        <KusciaErrorAlert error={networkError()} variant="compact" />
        <KusciaErrorAlert error={envelope(11305, HOSTILE, [HOSTILE])} showDetails />
        <ErrorCodeBadge code={11305} />
        <ErrorCodeBadge code={424242} />
        <HookConsumer initial={notFound()} />
      </main>
    </KusciaErrorProvider>
  );
}

/** The HTML a server sends for `ui`: rendered with no `window` and no `document`. */
function serverHtml(ui: ReactNode): string {
  vi.stubGlobal('window', undefined);
  vi.stubGlobal('document', undefined);
  try {
    return renderToString(ui);
  } finally {
    vi.unstubAllGlobals();
  }
}

let root: Root | undefined;
afterEach(() => {
  if (root) {
    const mounted = root;
    act(() => {
      mounted.unmount();
    });
    root = undefined;
  }
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('renderToString', () => {
  it.each([
    [
      'KusciaErrorAlert',
      <KusciaErrorAlert key="a" error={notFound()} />,
      EN.reason.domainNotFound.title,
    ],
    [
      'KusciaErrorAlert zh-CN',
      <KusciaErrorAlert key="a" error={notFound()} locale={zhCN} />,
      ZH.reason.domainNotFound.title,
    ],
    ['ErrorCodeBadge', <ErrorCodeBadge key="b" code={11305} />, 'Domain not found'],
    [
      'KusciaErrorAlert, a zh-CN tag without a provider',
      <KusciaErrorAlert key="a" error={notFound()} locale="zh-CN" />,
      ZH.reason.domainNotFound.title,
    ],
    [
      'provider + badge',
      <KusciaErrorProvider key="p" locale="zh-CN">
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
      '节点不存在异常',
    ],
    [
      'provider + alert',
      <KusciaErrorProvider key="p" locale="zh-CN">
        <KusciaErrorAlert error={notFound()} />
      </KusciaErrorProvider>,
      ZH.reason.domainNotFound.title,
    ],
    [
      'useKusciaError',
      <HookConsumer key="h" initial={masterDown()} />,
      EN.reason.masterUnreachable.title,
    ],
  ])('%s renders on a server with its title', (_name, ui, title) => {
    const html = serverHtml(ui);
    expect(html).toContain(title);
  });

  it('renders nothing for no error', () => {
    expect(serverHtml(<KusciaErrorAlert error={null} />)).toBe('');
  });

  it('renders the whole page: every variant, action and label', () => {
    const html = serverHtml(<Page />);
    for (const text of [
      EN.reason.masterUnreachable.title,
      EN.reason.domainExists.title,
      'Cannot reach KusciaAPI',
      'Retry',
      'Dismiss',
      'Copy details',
      'Documentation',
      'Details',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('data-variant="banner"');
    expect(html).toContain('data-variant="compact"');
  });

  it('escapes hostile server text', () => {
    const html = serverHtml(
      <KusciaErrorAlert error={envelope(11305, HOSTILE, [HOSTILE])} showDetails />,
    );
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
  });
});

describe('hydration', () => {
  async function hydrate(server: ReactNode, client: ReactNode = server) {
    const html = serverHtml(server);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const onRecoverableError = vi.fn();
    await act(async () => {
      root = hydrateRoot(container, client, { onRecoverableError });
      await Promise.resolve();
    });
    return { container, html, onRecoverableError };
  }

  it.each(['en-US', 'zh-CN'])('hydrates the %s page without a warning', async (locale) => {
    const consoleError = vi.spyOn(console, 'error');
    const { container, html, onRecoverableError } = await hydrate(<Page locale={locale} />);
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    // Same DOM as the server sent (compared as nodes: serializers differ in how they escape quotes).
    const server = document.createElement('div');
    server.innerHTML = html;
    expect(container.isEqualNode(server)).toBe(true);
  });

  it('keeps server ids: every aria-labelledby, aria-describedby and aria-controls resolves', async () => {
    const { container } = await hydrate(<Page />);
    const refs = idReferencingElements(container);
    expect(refs.length).toBeGreaterThan(5);
    for (const element of refs) {
      for (const attribute of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
        expect(referencedElements(element, attribute), attribute).not.toContain(null);
      }
    }
    const badge = screen.getByRole('button', { name: badgeName(11305) });
    expect(badge).toHaveAccessibleDescription('Domain not found');
    expect(screen.getByRole('alert', { name: EN.reason.masterUnreachable.title })).toBeVisible();
  });

  it('is interactive after hydration: details, Copy details and its announcement, the badge tooltip', async () => {
    const user = userEvent.setup();
    await hydrate(<Page />);
    const alert = screen.getByRole('alert', { name: EN.reason.masterUnreachable.title });
    const toggle = within(alert).getByRole('button', { name: 'Details' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // The server sends no live region; the first copy makes the document's one.
    expect(announcers()).toEqual([]);
    await user.click(within(alert).getByRole('button', { name: 'Copy details' }));
    expect(await within(alert).findByRole('button', { name: 'Copied' })).toBeVisible();
    await findAnnouncement('Copied');

    act(() => {
      screen.getByRole('button', { name: badgeName(11305) }).focus();
    });
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Domain not found');
  });

  it('does report a real mismatch (the check above can fail)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { onRecoverableError } = await hydrate(<Page locale="en-US" />, <Page locale="zh-CN" />);
    expect(
      onRecoverableError.mock.calls.length + vi.mocked(console.error).mock.calls.length,
    ).toBeGreaterThan(0);
  });
});
