/*
 * An app that never imports `kuscia-error-kit/locales/zh-CN`: a zh-CN tag cannot find Chinese, so it gets
 * English, and in development a single console.warn names the import to add. This file must not load the
 * zh-CN module (directly or through a helper): test/fixtures imports nothing from src/.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ErrorCodeBadge, KusciaErrorAlert, KusciaErrorProvider, useKusciaError } from '../../src';
import { EN, badgeName, recorded } from '../fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

function HookTitle() {
  const { text } = useKusciaError(recorded.masterUnreachable(), { locale: 'zh' });
  return <p>{text?.title}</p>;
}

it('shows English for zh-CN and warns once, naming the import that brings the zh-CN text', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  render(
    <>
      <KusciaErrorAlert error={recorded.domainNotFound()} locale="zh-CN" />
      <KusciaErrorProvider locale="zh-Hans-CN">
        <ErrorCodeBadge code={11306} />
      </KusciaErrorProvider>
      <HookTitle />
    </>,
  );
  expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
  expect(screen.getByRole('button', { name: badgeName(11306) })).toHaveAccessibleDescription(
    'Domain already exists',
  );
  expect(screen.getByText(EN.reason.masterUnreachable.title)).toBeVisible();

  expect(warn).toHaveBeenCalledOnce();
  expect(warn.mock.calls[0]![0]).toContain("import 'kuscia-error-kit/locales/zh-CN'");
});

it('does not warn for en-US, other English tags or tags it cannot map to a shipped locale', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  render(
    <>
      <KusciaErrorAlert error={recorded.domainNotFound()} locale="en-US" />
      <KusciaErrorAlert error={recorded.domainNotFound()} locale="en-GB" />
      <KusciaErrorAlert error={recorded.domainNotFound()} locale="fr-FR" />
    </>,
  );
  for (const alert of screen.getAllByRole('alert')) {
    expect(alert).toHaveAccessibleName(EN.reason.domainNotFound.title);
  }
  expect(warn).not.toHaveBeenCalled();
});
