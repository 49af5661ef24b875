import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import storybook from 'eslint-plugin-storybook';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';

export default defineConfig([
  globalIgnores([
    'dist',
    'storybook-static',
    'coverage',
    'test-results',
    '**/node_modules',
    'examples/console/dist',
    '.storybook/public',
  ]),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}', 'examples/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest'], jsxA11y.flatConfigs.strict],
  },
  {
    // The layers only look down: core ← locales, secretpad ← i18n ← react. The core holds no text and no
    // React, so it runs in Node, workers and log pipelines, and an app carries only the text it loads.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@radix-ui/*'],
              message: 'The core has no React.',
            },
            {
              group: [
                '**/locales/*',
                '**/locales',
                '**/i18n/*',
                '**/i18n',
                '**/secretpad/*',
                '**/secretpad',
              ],
              message: 'The core takes its text as data: it never imports a locale or a catalogue.',
            },
            {
              group: ['**/react/*', '**/react'],
              message: 'The core never imports a layer above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/locales/**/*.ts', 'src/secretpad/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@radix-ui/*', '**/react/*'],
              message: 'Text and its binding have no React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/react/**/*.{ts,tsx}', 'test/browser/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    extends: [testingLibrary.configs['flat/react']],
  },
  {
    files: ['test/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    rules: {
      // Tests poke at hostile values on purpose.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['test/**/*.d.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  storybook.configs['flat/recommended'],
]);
