/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'unplugin-dts/vite';
import pkg from './package.json' with { type: 'json' };

// Every dependency and peer (and their subpaths, e.g. react/jsx-runtime) stays external.
const externals = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)];
const isExternal = (id: string): boolean =>
  externals.some((dep) => id === dep || id.startsWith(`${dep}/`));

const entries = {
  index: 'src/index.ts',
  core: 'src/entries/core.ts',
  'locales/zh-CN': 'src/locales/zh-CN/index.ts',
  'locales/en-US': 'src/locales/en-US/index.ts',
  secretpad: 'src/secretpad/index.ts',
};

// The stylesheet is plain CSS that no module imports (importing CSS from JS would force it on every
// user), so it is shipped next to the bundles, minified (its comments are for contributors).
const copyStylesheet = (): Plugin => ({
  name: 'kuscia-error-kit:styles',
  apply: 'build',
  async generateBundle() {
    const source = readFileSync(resolve(import.meta.dirname, 'src/styles.css'), 'utf8');
    const { code } = await transform(source, { loader: 'css', minify: true });
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: code });
  },
});

export default defineConfig({
  // Tests, stories and recipes import 'kuscia-error-kit' as an app does: tsconfig's paths send it to src/.
  resolve: { tsconfigPaths: true },
  plugins: [
    react(),
    copyStylesheet(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      bundleTypes: true,
      outDirs: [
        { dir: 'dist', moduleFormat: 'esm' },
        { dir: 'dist', moduleFormat: 'cjs' },
      ],
    }),
  ],
  build: {
    lib: {
      entry: Object.fromEntries(
        Object.entries(entries).map(([name, path]) => [name, resolve(import.meta.dirname, path)]),
      ),
      formats: ['es', 'cjs'],
      fileName: (format, entryName) => `${entryName}.${format === 'es' ? 'js' : 'cjs'}`,
    },
    sourcemap: true,
    minify: false,
    target: 'es2022',
    rolldownOptions: {
      external: isExternal,
      output: {
        // The React entry runs only on the client; React Server Components need the directive.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
      },
    },
  },
});
