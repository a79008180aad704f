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
 * (src/spell/hunspell.ts).
 *
 * The bundle is written as ASCII: esbuild leaves non-ASCII characters in
 * comments and regular expressions, and Node decodes a module with any as
 * UTF-8 at about 100 MB/s (25 ms for the bundle, 11 ms once ASCII). Each
 * is written as a `\uXXXX` escape, which means the same character in a
 * string, a regular expression or an identifier. See docs/performance.md.
 */
import fs from 'node:fs'
import {build} from 'esbuild'

const outfile = 'dist/claimlint.mjs'
await build({
  entryPoints: ['dist/src/cli.js'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies call require() for Node's modules.
  banner: {js: "import {createRequire as claimlintRequire} from 'node:module'; const require = claimlintRequire(import.meta.url);"},
  logLevel: 'warning'
})

const source = fs.readFileSync(outfile, 'utf8')
// String.raw would read the escape instead of the character: refuse a bundle where it meets one.
const raw = /String\.raw`[^`]*[^\x00-\x7f]/.exec(source)
if (raw) throw new Error(`Unexpected non-ASCII character in a raw template of the bundle: ${raw[0].slice(0, 80)}`)
fs.writeFileSync(outfile, source.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`))
