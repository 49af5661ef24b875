/*
 * SecretPad's answers in the components (#13): its `{ status: { code, msg } }` envelope, the Kuscia message
 * its `msg` wraps, its session and lockout causes, and its titles once `kuscia-error-kit/secretpad` is
 * registered. The alert speaks the UI's locale, never the server's (SecretPad writes `msg` in Chinese).
 *
 * The first describe runs before anything registers the catalogue; registration is global, as in an app, so
 * the later ones register it in `beforeAll` and nothing after them expects SecretPad's codes to be unknown.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ErrorCodeBadge,
  KusciaErrorAlert,
  KusciaErrorProvider,
  registerKusciaCatalog,
} from '../../src';
import '../../src/locales/zh-CN/index';
import { secretpad } from '../../src/secretpad/index';
import { expectNoAxeViolations } from '../axe';
import {
  EN,
  MESSAGE,
  ORACLE,
  SECRETPAD,
  badgeName,
  recorded,
  unknownCodeTitle,
  type Locale,
} from '../fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

/** SecretPad's envelope with any code and `msg`. */
const secretpadBody = (code: number, msg: string) => ({ status: { code, msg }, data: null });

const PERMISSION_DENIED = secretpadBody(
  202011602,
  '用户认证失败: No permission to access the interface(/api/v1alpha1/node/create). owner_type(EDGE), owner_id(alice)',
);
const LOCKED = secretpadBody(202011603, '登录已被锁定，请30分钟后再试');

/** The terms and values of an alert's open Details. */
async function openDetails(alert: HTMLElement, locale: Locale = 'en-US') {
  const user = userEvent.setup();
  await user.click(within(alert).getByRole('button', { name: ORACLE[locale].label.details }));
  return {
    terms: within(alert)
      .getAllByRole('term')
      .map((term) => term.textContent),
    values: within(alert)
      .getAllByRole('definition')
      .map((value) => value.textContent),
  };
}

describe('SecretPad without its catalogue', () => {
  it('still reads the Kuscia cause its msg wraps, under an unknown code', async () => {
    render(<KusciaErrorAlert error={recorded.secretpadNodeCreate()} showDetails />);
    // "already exists" is a warning, whatever the code.
    const status = screen.getByRole('status', { name: EN.reason.domainExists.title });
    expect(status).toHaveAccessibleDescription(EN.reason.domainExists.resolution);
    expect(within(status).getByText('202011402')).toHaveTextContent(badgeName(202011402));
    const { terms, values } = await openDetails(status);
    expect(terms).toEqual(['Code title', 'Server message', 'Source']);
    // Its `msg` says whose answer it is, catalogue or not.
    expect(values).toEqual([unknownCodeTitle(202011402), MESSAGE.secretpadNodeCreate, 'SecretPad']);
  });

  it('describes its codes as unknown on the badge', () => {
    render(<ErrorCodeBadge code={202011402} />);
    const badge = screen.getByRole('button', { name: badgeName(202011402) });
    expect(badge).not.toHaveAttribute('data-known');
    expect(badge).toHaveAccessibleDescription(unknownCodeTitle(202011402));
  });
});

describe('SecretPad with its catalogue registered', () => {
  beforeAll(() => {
    registerKusciaCatalog(secretpad);
  });

  it.each(['en-US', 'zh-CN'] as const)(
    '%s: a wrapped "already exists" says so in the UI\'s locale, the SecretPad title in Details',
    async (locale) => {
      const text = ORACLE[locale];
      render(
        <KusciaErrorAlert error={recorded.secretpadNodeCreate()} locale={locale} showDetails />,
      );
      const status = screen.getByRole('status', { name: text.reason.domainExists.title });
      expect(status).toHaveAttribute('data-source', 'secretpad');
      expect(status).toHaveAttribute('data-severity', 'warning');
      expect(within(status).getByText('202011402')).toHaveTextContent(badgeName(202011402, locale));
      const { terms, values } = await openDetails(status, locale);
      expect(terms).toEqual([
        text.field.codeTitle,
        text.field.serverMessage,
        text.field.source,
        text.field.key,
      ]);
      expect(values).toEqual([
        SECRETPAD[locale].nodeCreateWrapped,
        MESSAGE.secretpadNodeCreate,
        text.source.secretpad,
        SECRETPAD.key[202011402],
      ]);
    },
  );

  it.each(['en-US', 'zh-CN'] as const)(
    '%s: an expired session offers "Sign in again", which calls onSignIn',
    async (locale) => {
      const user = userEvent.setup();
      const onSignIn = vi.fn();
      const text = ORACLE[locale];
      render(
        <KusciaErrorAlert
          error={recorded.secretpadAuthExpired()}
          locale={locale}
          onSignIn={onSignIn}
        />,
      );
      const alert = screen.getByRole('alert', { name: text.reason.sessionExpired.title });
      expect(alert).toHaveAccessibleDescription(text.reason.sessionExpired.resolution);
      const signIn = within(alert).getByRole('button', { name: text.label.signIn });
      expect(signIn).toHaveAttribute('data-part', 'sign-in');
      await user.click(signIn);
      expect(onSignIn).toHaveBeenCalledOnce();
      expect(onSignIn).toHaveBeenCalledWith();
    },
  );

  it("takes the provider's onSignIn, and offers nothing without one", async () => {
    const user = userEvent.setup();
    const onSignIn = vi.fn();
    const { rerender } = render(
      <KusciaErrorProvider onSignIn={onSignIn}>
        <KusciaErrorAlert error={recorded.secretpadAuthExpired()} />
      </KusciaErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: EN.label.signIn }));
    expect(onSignIn).toHaveBeenCalledOnce();

    rerender(<KusciaErrorAlert error={recorded.secretpadAuthExpired()} />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.sessionExpired.title);
    expect(screen.queryByRole('button', { name: EN.label.signIn })).not.toBeInTheDocument();
  });

  it('never offers "Sign in again" for a denied permission under the same code', () => {
    const onSignIn = vi.fn();
    render(
      <KusciaErrorProvider onSignIn={onSignIn}>
        <KusciaErrorAlert error={PERMISSION_DENIED} onSignIn={onSignIn} onRetry={vi.fn()} />
      </KusciaErrorProvider>,
    );
    const alert = screen.getByRole('alert', { name: EN.reason.permissionDenied.title });
    expect(alert).toHaveAccessibleDescription(EN.reason.permissionDenied.resolution);
    expect(within(alert).queryByRole('button', { name: EN.label.signIn })).not.toBeInTheDocument();
    expect(within(alert).queryByRole('button', { name: EN.label.retry })).not.toBeInTheDocument();
    expect(onSignIn).not.toHaveBeenCalled();
  });

  it.each(['en-US', 'zh-CN'] as const)('%s: a lockout says for how long', async (locale) => {
    const text = ORACLE[locale];
    render(<KusciaErrorAlert error={LOCKED} locale={locale} showDetails onRetry={vi.fn()} />);
    const alert = screen.getByRole('alert', { name: text.reason.accountLocked30.title });
    expect(alert).toHaveAccessibleDescription(text.reason.accountLocked30.resolution);
    // Waiting is the remedy, not an immediate retry.
    expect(within(alert).queryByRole('button', { name: text.label.retry })).not.toBeInTheDocument();
    const { values } = await openDetails(alert, locale);
    expect(values[0]).toBe(SECRETPAD[locale].locked30);
  });

  it('offers Retry for the rate limit (2020111012), a polite warning', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<KusciaErrorAlert error={recorded.secretpadRateLimit()} onRetry={onRetry} />);
    const status = screen.getByRole('status', { name: EN.title[2020111012] });
    expect(status).toHaveAttribute('data-severity', 'warning');
    await user.click(within(status).getByRole('button', { name: EN.label.retry }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it.each(['en-US', 'zh-CN'] as const)(
    "%s: a code in no catalogue shows the server's msg as the next step, the code on its chip",
    (locale) => {
      const msg = '项目不存在';
      render(<KusciaErrorAlert error={secretpadBody(202099901, msg)} locale={locale} />);
      const alert = screen.getByRole('alert', { name: unknownCodeTitle(202099901, locale) });
      expect(alert).toHaveAccessibleDescription(msg);
      expect(within(alert).getByText(msg)).toBeVisible();
      expect(within(alert).getByText('202099901')).toHaveTextContent(badgeName(202099901, locale));
    },
  );

  it.each(['en-US', 'zh-CN'] as const)(
    "%s: the badge shows SecretPad's title in its tooltip",
    async (locale) => {
      const user = userEvent.setup();
      render(
        <KusciaErrorProvider locale={locale} delayDuration={0}>
          <ErrorCodeBadge code={202011402} />
        </KusciaErrorProvider>,
      );
      const badge = screen.getByRole('button', { name: badgeName(202011402, locale) });
      expect(badge).toHaveAttribute('data-known', '');
      expect(badge).toHaveAccessibleDescription(SECRETPAD[locale].nodeCreate);
      await user.hover(badge);
      expect(await screen.findByRole('tooltip')).toHaveTextContent(SECRETPAD[locale].nodeCreate);
    },
  );

  it.each(['en-US', 'zh-CN'] as const)(
    '%s: passes axe with every SecretPad case on one page',
    async (locale) => {
      const user = userEvent.setup();
      render(
        <KusciaErrorProvider locale={locale} onSignIn={vi.fn()}>
          <main>
            <KusciaErrorAlert error={recorded.secretpadNodeCreate()} showDetails />
            <KusciaErrorAlert error={recorded.secretpadAuthExpired()} />
            <KusciaErrorAlert error={PERMISSION_DENIED} />
            <KusciaErrorAlert error={LOCKED} />
            <KusciaErrorAlert error={recorded.secretpadRateLimit()} onRetry={vi.fn()} />
            <ErrorCodeBadge code={202011402} />
          </main>
        </KusciaErrorProvider>,
      );
      await user.click(screen.getByRole('button', { name: ORACLE[locale].label.details }));
      await expectNoAxeViolations();
    },
  );
});
