import type { Decorator, Preview } from '@storybook/react-vite';
import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { expect, spyOn, type MockInstance } from 'storybook/test';
import { KusciaErrorProvider, type KusciaErrorProviderProps, type KusciaLocale } from '../src';
// The catalogue shows both locales: loading zh-CN makes the toolbar's `zh-CN` tag find its text.
import '../src/locales/zh-CN/index';
import '../src/styles.css';
import './preview.css';

export type StoryTheme = 'light' | 'dark';

/**
 * What a story may hand to the `KusciaErrorProvider` that wraps it, as `parameters.kuscia`:
 * e.g. `parameters: { kuscia: { docsUrl: (code) => \`https://…/${code}\` } }`.
 */
export type KusciaStoryParameters = Pick<
  KusciaErrorProviderProps,
  'docsUrl' | 'overrides' | 'onError' | 'delayDuration' | 'catalogs'
>;

const isLocale = (value: unknown): value is KusciaLocale => value === 'zh-CN' || value === 'en-US';
const isTheme = (value: unknown): value is StoryTheme => value === 'light' || value === 'dark';

/**
 * Puts the theme and language on <html> too: Radix portals the badge tooltip to <body>, outside the story's
 * own container, and the stylesheet reads `data-theme` from any ancestor.
 */
function StoryRoot({
  theme,
  locale,
  children,
}: {
  theme: StoryTheme;
  locale: KusciaLocale;
  children: ReactNode;
}) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.lang = locale;
  }, [theme, locale]);
  return (
    <div className="story-canvas" data-theme={theme} lang={locale}>
      {children}
    </div>
  );
}

const withKusciaProvider: Decorator = (Story, context) => {
  const locale = isLocale(context.globals.locale) ? context.globals.locale : 'en-US';
  const theme = isTheme(context.globals.theme) ? context.globals.theme : 'light';
  const provider = (context.parameters as { kuscia?: KusciaStoryParameters }).kuscia ?? {};
  // StrictMode (the kit promises to work under it): in development and in the tests every component renders
  // twice and React's StrictMode warnings fail the story. The framework's `strictMode` option does not reach
  // the Vitest runs, hence a decorator. (Observed: here React does not re-run mount effects, only renders.)
  return (
    <StrictMode>
      <StoryRoot theme={theme} locale={locale}>
        <KusciaErrorProvider locale={locale} {...provider}>
          <Story />
        </KusciaErrorProvider>
      </StoryRoot>
    </StrictMode>
  );
};

// Every story is a test: anything React or the kit writes to console.error / console.warn fails it.
let consoleSpies: { error: MockInstance; warn: MockInstance } | null = null;

const preview: Preview = {
  decorators: [withKusciaProvider],
  globalTypes: {
    locale: {
      description: 'Locale of the kit (KusciaErrorProvider locale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'English (en-US)', right: 'en-US' },
          { value: 'zh-CN', title: '简体中文 (zh-CN)', right: 'zh-CN' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark (data-theme on the story and on <html>)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-US', theme: 'light' },
  parameters: {
    layout: 'padded',
    // Axe runs after every story's play function; a violation fails the story.
    a11y: { test: 'error' },
    controls: { matchers: { date: /Date$/i } },
  },
  beforeEach() {
    consoleSpies = { error: spyOn(console, 'error'), warn: spyOn(console, 'warn') };
  },
  async afterEach() {
    const spies = consoleSpies;
    consoleSpies = null;
    if (!spies) return;
    await expect(spies.error.mock.calls, 'console.error during the story').toEqual([]);
    await expect(spies.warn.mock.calls, 'console.warn during the story').toEqual([]);
  },
};

export default preview;
