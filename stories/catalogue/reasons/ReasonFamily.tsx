import type { StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect, within } from 'storybook/test';
import { KusciaErrorAlert, type KusciaLocale } from '../../../src';
import type { StoryTheme } from '../../../.storybook/preview';
import { ORACLE, badgeName, envelope, localeOf } from '../../../test/fixtures';
import type { ReasonCase } from './cases';

export interface ReasonFamilyProps {
  /** The family's id, as `info.reason.family` names it. */
  family: string;
  /** Real messages of the family, each with the texts the alert must show. */
  cases: readonly ReasonCase[];
}

const noop = () => undefined;

function ReasonCaseView({ reasonCase }: { reasonCase: ReasonCase }) {
  const id = useId();
  const { code, message } = reasonCase.fixture;
  return (
    <section aria-labelledby={id} className="story-stack">
      <h2 id={id} className="story-heading" lang="en">
        {reasonCase.label}
      </h2>
      <p className="story-muted" lang="en">
        {code} · <code>{message}</code>
      </p>
      <KusciaErrorAlert
        error={envelope(code, message)}
        headingLevel={3}
        onRetry={noop}
        showDetails
      />
    </section>
  );
}

/**
 * Each message of one reason family as the alert a console shows for it, the server's own words above it:
 * what KusciaAPI sent, and what the operator reads in the toolbar's locale.
 */
export function ReasonFamily({ cases }: ReasonFamilyProps) {
  return (
    <div className="story-stack">
      {cases.map((reasonCase) => (
        <ReasonCaseView key={reasonCase.label} reasonCase={reasonCase} />
      ))}
    </div>
  );
}

/** `--kek-color-error-bg` and `--kek-color-warning-bg` in light and dark, as computed colours. */
const background = {
  alert: { light: 'rgb(255, 242, 240)', dark: 'rgb(42, 18, 21)' },
  status: { light: 'rgb(255, 251, 230)', dark: 'rgb(43, 33, 17)' },
} as const;

/**
 * A story of one family pinned to a locale and a theme (story-level `globals`, so the test run covers both
 * locales and both themes): every case's alert has the literal title as its name, the severity word and
 * literal next step as its description, its role, Retry only where the cause may clear, the code on its
 * chip, and the palette of that theme.
 */
export function familyStory(
  locale: KusciaLocale,
  theme: StoryTheme,
): StoryObj<typeof ReasonFamily> {
  return {
    name: `${locale === 'zh-CN' ? 'Chinese' : 'English'}, ${theme}`,
    globals: { locale, theme },
    play: async ({ canvasElement, args, globals }) => {
      const shown = localeOf(globals);
      await expect(shown).toBe(locale);
      const label = ORACLE[shown].label;
      const canvas = within(canvasElement);
      for (const reasonCase of args.cases) {
        const section = within(canvas.getByRole('region', { name: reasonCase.label }));
        const text = reasonCase.text[shown];
        const alert = section.getByRole(reasonCase.role, { name: text.title });
        // The next step alone: the role says how urgent it is.
        await expect(alert).toHaveAccessibleDescription(text.resolution);
        await expect(alert).toHaveAttribute('data-source', 'kuscia');
        if (reasonCase.retry) {
          await expect(within(alert).getByRole('button', { name: label.retry })).toBeVisible();
        } else {
          await expect(
            within(alert).queryByRole('button', { name: label.retry }),
          ).not.toBeInTheDocument();
        }
        const code = String(reasonCase.fixture.code);
        await expect(within(alert).getByText(code)).toHaveTextContent(
          badgeName(Number(code), shown),
        );
        await expect(getComputedStyle(alert).backgroundColor).toBe(
          background[reasonCase.role][theme],
        );
      }
    },
  };
}
