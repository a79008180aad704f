/**
 * `npm run build` step four: bundle the compiled CLI (dist/src/cli.js and
 * everything it imports) into one module, dist/claimlint.mjs, which
 * bin/claimlint.js runs.
 *
 * Why: a run of the CLI spent about 0.55 s importing some 400 small ES
 * modules (unified, retext, micromark…), most of it resolving and reading
 * files; the bundle loads in about 0.25 s. The library entry points
 * (`claimlint`, `claimlint/rule-kit`) stay the unbundled dist/src modules.
 * The dictionary-* packages are not imported: their .aff and .dic files
 * are read from their folders when a language's text has a word to check
 * (src/spell/hunspell.ts). See docs/performance.md.
 */
import {build} from 'esbuild'

await build({
  entryPoints: ['dist/src/cli.js'],
  outfile: 'dist/claimlint.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies call require() for Node's modules.
  banner: {js: "import {createRequire as claimlintRequire} from 'node:module'; const require = claimlintRequire(import.meta.url);"},
  logLevel: 'warning'
})
