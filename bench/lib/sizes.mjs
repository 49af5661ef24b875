// "Provider + one component" sizes: each bench/sizes/<id>.mjs entry bundled as an app's production build
// (esbuild, minified ESM, React and React DOM external, everything else bundled: Radix, Emotion, Floating UI,
// the peers' CSS-in-JS), then gzip -9 (zlib level 9) of the JS and, apart, of the CSS esbuild emits for the CSS
// files the entry imports (minified). The kit comes from dist/ through package.json `exports`.
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { PRODUCTION, kitFromExports } from './build.mjs';
import { benchDir, repoDir } from './paths.mjs';

const require = createRequire(join(repoDir, 'package.json'));
/** @type {typeof import('esbuild')} */
const esbuild = require('esbuild');

/** React stays external: every candidate shares it, and the issue measures the rest. */
const REACT_EXTERNAL = ['react', 'react/*', 'react-dom', 'react-dom/*', 'scheduler'];

/**
 * @typedef {{ id: string, jsBytes: number, jsGzip: number, cssBytes: number, cssGzip: number,
 *   kitFromDist: boolean }} SizeResult
 */

/**
 * @param {string} id the entry bench/sizes/<id>.mjs
 * @param {string} consumerDir
 * @param {string} outDir a scratch folder
 * @returns {Promise<SizeResult>}
 */
export async function measureSize(id, consumerDir, outDir) {
  const result = await esbuild.build({
    ...PRODUCTION,
    entryPoints: { [id]: resolve(benchDir, 'sizes', `${id}.mjs`) },
    outdir: join(outDir, 'sizes'),
    write: false,
    metafile: true,
    external: REACT_EXTERNAL,
    plugins: [kitFromExports(consumerDir)],
  });
  const of = (/** @type {string} */ ext) =>
    Buffer.concat(
      result.outputFiles.filter((f) => f.path.endsWith(ext)).map((f) => Buffer.from(f.contents)),
    );
  const js = of('.js');
  const css = of('.css');
  const inputs = Object.keys(result.metafile.inputs);
  if (inputs.some((file) => /(^|\/)node_modules\/(react|react-dom|scheduler)\//.test(file)))
    throw new Error(`${id}: React got bundled into a size entry`);
  return {
    id,
    jsBytes: js.length,
    jsGzip: js.length === 0 ? 0 : gzipSync(js, { level: 9 }).length,
    cssBytes: css.length,
    cssGzip: css.length === 0 ? 0 : gzipSync(css, { level: 9 }).length,
    kitFromDist: inputs.some((file) => file.startsWith('dist/')),
  };
}

/**
 * @param {string[]} ids
 * @param {string} consumerDir
 * @param {string} outDir
 */
export async function measureSizes(ids, consumerDir, outDir) {
  const list = await Promise.all(ids.map((id) => measureSize(id, consumerDir, outDir)));
  return Object.fromEntries(list.map((s) => [s.id, s]));
}
