/**
 * `npm run build` step three: bundle the compiled CLI (dist/src/cli.js and
 * everything it imports) into one module, dist/claimlint.mjs, which
 * bin/claimlint.js runs, and the worker of `--concurrency` into
 * dist/lint-worker.mjs.
 *
 * Why: a run of the CLI spent about 0.55 s importing some 400 small ES
 * modules (unified, retext, micromark…), most of it resolving and reading
 * files; the bundle loads in about 0.25 s. The library entry points
 * (`claimlint`, `claimlint/rule-kit`) stay the unbundled dist/src modules.
 * The dictionary-* packages stay outside the bundle: they read their .aff
 * and .dic files next to themselves, and are loaded only when a language's
 * text has a word to check. See docs/performance.md.
 */
import {build} from 'esbuild'

await build({
  // The worker of --concurrency (src/workers/lint.ts) is a bundle of its own, started by each worker thread.
  entryPoints: {claimlint: 'dist/src/cli.js', 'lint-worker': 'dist/src/workers/lint.js'},
  outdir: 'dist',
  outExtension: {'.js': '.mjs'},
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // tinypool starts its workers from its own files (dist/entry/worker.js), so it stays in node_modules.
  external: ['dictionary-*', 'tinypool'],
  // CommonJS dependencies call require() for Node's modules.
  banner: {js: "import {createRequire as claimlintRequire} from 'node:module'; const require = claimlintRequire(import.meta.url);"},
  logLevel: 'warning'
})
