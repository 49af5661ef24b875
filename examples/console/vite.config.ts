/**
 * The demo console: `npm start` (with the local KusciaAPI-compatible server), or on its own
 * `npx vite --config examples/console/vite.config.ts` against `KUSCIA_API_URL`.
 *
 * The kit is imported from source (`src/index.ts`), so the console runs without a build of the package.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { kusciaProxy, kusciaProxySettings } from './proxy.ts';

const here = import.meta.dirname;
const repo = resolve(here, '../..');

export default defineConfig(() => {
  // Read when the config loads: `KUSCIA_API_URL` (default http://127.0.0.1:8082) and `KUSCIA_API_TOKEN`.
  const proxy = kusciaProxy(kusciaProxySettings());
  return {
    root: here,
    // Not the repository's `.env` files or `public/`: the console has none.
    envDir: false as const,
    publicDir: false as const,
    plugins: [react()],
    resolve: {
      alias: [
        { find: /^kuscia-error-kit\/styles\.css$/, replacement: resolve(repo, 'src/styles.css') },
        {
          find: /^kuscia-error-kit\/locales\/(zh-CN|en-US)$/,
          replacement: resolve(repo, 'src/locales/$1/index.ts'),
        },
        {
          find: /^kuscia-error-kit\/secretpad$/,
          replacement: resolve(repo, 'src/secretpad/index.ts'),
        },
        { find: /^kuscia-error-kit$/, replacement: resolve(repo, 'src/index.ts') },
      ],
    },
    server: {
      port: 5173,
      strictPort: false,
      host: '127.0.0.1',
      fs: { allow: [repo] },
      proxy,
    },
    preview: { host: '127.0.0.1', proxy },
    build: {
      outDir: resolve(here, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1000,
    },
  };
});
