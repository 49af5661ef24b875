import { resolve } from 'node:path';
import {
  configDefaults,
  defineConfig,
  mergeConfig,
  type TestProjectInlineConfiguration,
} from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import viteConfig from './vite.config.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.config.ts';

const root = (path: string): string => resolve(import.meta.dirname, path);
const react18 = (name: string): string => root(`test/react18/node_modules/${name}`);

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
        'test/secretpad/**/*.test.ts',
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
      include: ['test/react/**/*.test.{ts,tsx}', 'src/react/**/*.test.{ts,tsx}'],
      exclude: [...configDefaults.exclude, '**/*.browser.test.*'],
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
        // These load CommonJS files whose require('react') would skip the aliases above: point them at
        // their ESM builds (which Vite resolves through the aliases).
        {
          find: /^@testing-library\/react$/,
          replacement: root(
            'node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
          ),
        },
        {
          find: /^react-error-boundary$/,
          replacement: root('node_modules/react-error-boundary/dist/react-error-boundary.js'),
        },
        // SWR's shim: on React 18 it is React's own useSyncExternalStore.
        { find: /^use-sync-external-store\/shim(?:\/index\.js)?$/, replacement: react18('react') },
      ],
    },
    test: {
      name: 'react18',
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./test/setup.ts'],
      include: ['test/react/**/*.test.{ts,tsx}', 'src/react/**/*.test.{ts,tsx}'],
      exclude: [...configDefaults.exclude, '**/*.browser.test.*'],
      // Inline the libraries that import React, so the alias reaches them too.
      server: {
        deps: {
          inline: [
            /@testing-library\/react/,
            /@radix-ui/,
            /@floating-ui/,
            /react-error-boundary/,
            /@tanstack/,
            /swr/,
            /react-hook-form/,
          ],
        },
      },
    },
  },
  {
    extends: true,
    test: {
      name: 'browser',
      include: ['test/browser/**/*.browser.test.{ts,tsx}', 'src/**/*.browser.test.{ts,tsx}'],
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
