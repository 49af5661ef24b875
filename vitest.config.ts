import { resolve } from 'node:path';
import { defineConfig, mergeConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import viteConfig from './vite.config.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.config.ts';

const react18 = (name: string): string =>
  resolve(import.meta.dirname, 'test/react18/node_modules', name);

// A factory, not a shared object: Vitest writes each project's name into `instances`.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

const projects: TestProjectInlineConfiguration[] = [
  {
    // The core, the locales and the example server run in plain Node: no DOM to lean on.
    extends: true,
    test: {
      name: 'node',
      environment: 'node',
      include: [
        'test/core/**/*.test.ts',
        'test/locales/**/*.test.ts',
        'test/api-server/**/*.test.ts',
      ],
    },
  },
  {
    extends: true,
    test: {
      name: 'unit',
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./test/setup.ts'],
      include: ['test/react/**/*.test.{ts,tsx}'],
    },
  },
  {
    // The same jsdom tests against React 18 (the oldest peer), installed under test/react18 by `npm test`.
    extends: true,
    resolve: {
      alias: [
        { find: /^react$/, replacement: react18('react') },
        { find: /^react\/(.*)$/, replacement: `${react18('react')}/$1` },
        { find: /^react-dom$/, replacement: react18('react-dom') },
        { find: /^react-dom\/(.*)$/, replacement: `${react18('react-dom')}/$1` },
      ],
    },
    test: {
      name: 'react18',
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./test/setup.ts'],
      include: ['test/react/**/*.test.{ts,tsx}'],
      // Inline the libraries that import React, so the alias reaches them too.
      server: {
        deps: {
          inline: [
            /@testing-library\/react/,
            /@radix-ui/,
            /react-error-boundary/,
            /@tanstack/,
            /swr/,
          ],
        },
      },
    },
  },
  {
    extends: true,
    test: {
      name: 'browser',
      include: ['test/browser/**/*.browser.test.{ts,tsx}'],
      browser: browser(),
    },
  },
  {
    extends: true,
    plugins: [storybookTest({ configDir: '.storybook' })],
    test: { name: 'storybook', browser: browser() },
  },
  {
    // Checks of the built package (`dist/`): run after `npm run build`.
    extends: true,
    test: {
      name: 'package',
      environment: 'node',
      include: ['test/package/**/*.test.ts'],
      testTimeout: 120_000,
    },
  },
  {
    // The demo console and the KusciaAPI-compatible server, driven in Chromium with nothing mocked.
    extends: true,
    test: {
      name: 'e2e',
      environment: 'node',
      include: ['test/e2e/**/*.test.ts'],
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  },
];

export default mergeConfig(viteConfig, defineConfig({ test: { projects } }));
