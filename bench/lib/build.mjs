// Bundles one candidate page with esbuild: production React, minified, one copy of React, the kit taken from
// the BUILT package (`dist/`) through its `exports` map, exactly as an app would get it from npm.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { benchDir, repoDir, rootModules } from './paths.mjs';

const require = createRequire(join(repoDir, 'package.json'));
/** @type {typeof import('esbuild')} */
const esbuild = require('esbuild');

const KIT_RESOLVE = Symbol('kit-resolve');

/**
 * A folder whose node_modules/kuscia-error-kit points at the repo, so `kuscia-error-kit/...` resolves through
 * package.json `exports` to dist/.
 * @param {string} tmp
 */
export function linkPackage(tmp) {
  const modules = join(tmp, 'node_modules');
  mkdirSync(modules, { recursive: true });
  symlinkSync(repoDir, join(modules, 'kuscia-error-kit'), 'dir');
  return tmp;
}

/**
 * Resolves `kuscia-error-kit` and its subpaths from `consumerDir`, through the package's `exports`.
 * @param {string} consumerDir a folder made by `linkPackage`
 * @returns {import('esbuild').Plugin}
 */
export function kitFromExports(consumerDir) {
  return {
    name: 'kit-from-exports',
    setup(build) {
      build.onResolve({ filter: /^kuscia-error-kit(\/.*)?$/ }, async (args) => {
        // build.resolve runs the onResolve callbacks again: mark the nested call so it is not caught here.
        if (args.pluginData === KIT_RESOLVE) return undefined;
        const result = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: consumerDir,
          pluginData: KIT_RESOLVE,
        });
        return result.errors.length > 0 ? { errors: result.errors } : { path: result.path };
      });
    },
  };
}

/** esbuild options every bundle of the benchmark shares: an app's production build. */
export const PRODUCTION = /** @type {const} */ ({
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  logLevel: 'error',
  absWorkingDir: repoDir,
  legalComments: 'none',
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
});

/**
 * @param {{ name: string, entry: string, outDir: string, consumerDir: string, data: unknown }} options
 * @returns {Promise<{ jsBytes: number, cssBytes: number }>}
 */
export async function buildPage({ name, entry, outDir, consumerDir, data }) {
  const dir = join(outDir, name);
  mkdirSync(dir, { recursive: true });
  const result = await esbuild.build({
    ...PRODUCTION,
    entryPoints: { main: resolve(benchDir, 'pages', entry) },
    outdir: dir,
    write: true,
    metafile: true,
    // Every import of React, wherever it comes from (the kit's dist, Radix, antd, MUI, Emotion), gets the one
    // copy in the repo's node_modules. bench/node_modules has no React of its own (legacy-peer-deps).
    alias: {
      react: join(rootModules, 'react'),
      'react-dom': join(rootModules, 'react-dom'),
    },
    plugins: [kitFromExports(consumerDir)],
  });
  const outputs = Object.entries(result.metafile.outputs);
  const bytes = (/** @type {string} */ ext) =>
    outputs.filter(([file]) => file.endsWith(ext)).reduce((sum, [, out]) => sum + out.bytes, 0);
  // One React, in production mode: every react / react-dom module must be the repo's own copy.
  const inputs = Object.keys(result.metafile.inputs);
  const foreignReact = inputs.filter(
    (file) =>
      /(^|\/)node_modules\/(react|react-dom|scheduler)\//.test(file) &&
      !/^node_modules\/(react|react-dom|scheduler)\//.test(file),
  );
  if (foreignReact.length > 0)
    throw new Error(`${name}: a second React got bundled: ${foreignReact.join(', ')}`);
  const development = inputs.filter((file) => /\.development\.js$/.test(file));
  if (development.length > 0)
    throw new Error(`${name}: development builds bundled: ${development.join(', ')}`);
  const cssBytes = bytes('.css');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${name}</title>
<link rel="icon" href="data:,">
${cssBytes > 0 ? '<link rel="stylesheet" href="main.css">' : ''}
<script>window.__BENCH_DATA__ = ${JSON.stringify(data).replace(/</g, '\\u003c')};</script>
<script type="module" src="main.js"></script>
</head>
<body></body>
</html>
`,
  );
  return { jsBytes: bytes('.js'), cssBytes };
}
