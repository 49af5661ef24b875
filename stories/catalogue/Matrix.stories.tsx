import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ErrorCodeBadge, KusciaErrorAlert, type KusciaLocale } from '../../src';
import type { StoryTheme } from '../../.storybook/preview';
import {
  ORACLE,
  axiosStyle,
  badgeName,
  envelope,
  recorded,
  unknownCodeTitle,
} from '../../test/fixtures';

const locales: readonly KusciaLocale[] = ['en-US', 'zh-CN'];
const themes: readonly StoryTheme[] = ['light', 'dark'];

/**
 * A handful of failures that between them show every colour: error, warning, retryable, retired, no code.
 * Each names the title every locale must show, written out (test/fixtures), never computed by the kit.
 */
const samples = [
  {
    label: '11305 not found (error)',
    error: recorded.domainNotFound(),
    role: 'alert',
    title: (locale: KusciaLocale) => ORACLE[locale].reason.domainNotFound.title,
  },
  {
    label: '11306 already exists (warning)',
    error: recorded.domainExists(),
    role: 'status',
    title: (locale: KusciaLocale) => ORACLE[locale].reason.domainExists.title,
  },
  {
    label: '11103 Master unreachable (retryable)',
    error: recorded.masterUnreachable(),
    role: 'alert',
    title: (locale: KusciaLocale) => ORACLE[locale].reason.masterUnreachable.title,
  },
  {
    label: '11907 retired number',
    error: envelope(11907, 'encode domain data source info failed'),
    role: 'alert',
    title: (locale: KusciaLocale) => ORACLE[locale].title[11907],
  },
  {
    label: 'HTTP 401, no code',
    error: axiosStyle('', 401),
    role: 'alert',
    title: (locale: KusciaLocale) => ORACLE[locale].title.http401,
  },
] as const;

/** The badges of every cell: an error, a warning, and a code no table knows. */
const badgeCodes = [11305, 11306, 99999] as const;

const badgeDescription = (code: (typeof badgeCodes)[number], locale: KusciaLocale) =>
  code === 99999 ? unknownCodeTitle(code, locale) : ORACLE[locale].title[code];

const noop = () => undefined;

interface MatrixProps {
  /** Which alert variant each cell shows. */
  variant: 'inline' | 'banner' | 'compact';
}

/** Each sample × both locales × light and dark; every cell carries its own `data-theme` and background. */
function Matrix({ variant }: MatrixProps) {
  return (
    <div className="story-stack">
      {samples.map((sample) => (
        <section key={sample.label} aria-label={sample.label}>
          <h2 className="story-heading">{sample.label}</h2>
          <div className="story-matrix">
            {locales.flatMap((locale) =>
              themes.map((theme) => (
                <div
                  key={`${locale}-${theme}`}
                  className="story-canvas"
                  data-theme={theme}
                  lang={locale}
                  data-testid="matrix-cell"
                >
                  <span className="story-muted" lang="en">
                    {locale} · {theme}
                  </span>
                  <KusciaErrorAlert
                    error={sample.error}
                    locale={locale}
                    variant={variant}
                    onRetry={noop}
                    onDismiss={noop}
                  />
                  <div className="story-row">
                    {badgeCodes.map((code) => (
                      <ErrorCodeBadge key={code} code={code} locale={locale} />
                    ))}
                  </div>
                </div>
              )),
            )}
          </div>
        </section>
      ))}
    </div>
  );
}

const meta = {
  title: 'Catalogue/Matrix',
  component: Matrix,
  tags: ['autodocs'],
  args: { variant: 'inline' },
  argTypes: { variant: { control: 'inline-radio', options: ['inline', 'banner', 'compact'] } },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'For visual review: a handful of failures in both locales, light and dark, side by side. The toolbar does not change the cells: each pins its own locale and theme.',
      },
    },
  },
} satisfies Meta<typeof Matrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `--kek-color-error-bg` and `--kek-color-warning-bg` in light and dark, as computed colours. */
const alertBackground = {
  error: { light: 'rgb(255, 242, 240)', dark: 'rgb(42, 18, 21)' },
  warning: { light: 'rgb(255, 251, 230)', dark: 'rgb(43, 33, 17)' },
} as const;

const checkCells: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  const cells = canvas.getAllByTestId('matrix-cell');
  await expect(cells).toHaveLength(samples.length * locales.length * themes.length);
  let index = 0;
  for (const sample of samples) {
    for (const locale of locales) {
      for (const theme of themes) {
        const cell = cells[index++];
        if (!cell) throw new Error('missing cell');
        await expect(cell).toHaveAttribute('data-theme', theme);
        const alert = within(cell).getByRole(sample.role, { name: sample.title(locale) });
        await expect(alert).toBeVisible();
        await expect(alert).toHaveAttribute('data-variant', args.variant);
        // The palette really applies (src/styles.css light-dark() tokens resolve in this cell's theme).
        await expect(getComputedStyle(alert).backgroundColor).toBe(
          alertBackground[sample.role === 'status' ? 'warning' : 'error'][theme],
        );
        // The cell paints its own background, so contrast is judged against the right colour.
        await expect(getComputedStyle(cell).backgroundColor).toBe(
          theme === 'dark' ? 'rgb(20, 20, 20)' : 'rgb(255, 255, 255)',
        );
        for (const code of badgeCodes) {
          await expect(
            within(cell).getByRole('button', { name: badgeName(code, locale) }),
          ).toHaveAccessibleDescription(badgeDescription(code, locale));
        }
      }
    }
  }
};

export const Inline: Story = { play: checkCells };
export const Banner: Story = { args: { variant: 'banner' }, play: checkCells };
export const Compact: Story = { args: { variant: 'compact' }, play: checkCells };
