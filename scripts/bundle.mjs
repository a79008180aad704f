/**
 * `npm run build` step four: bundle the compiled CLI (dist/src/cli.js and
 * everything it imports) into one CommonJS script, dist/claimlint.cjs,
 * which bin/load.js compiles with V8's code cache (step five,
 * scripts/code-cache.mjs).
 *
 * Why a bundle: a run of the CLI spent about 0.55 s importing some 400
 * small ES modules (unified, retext, micromark…), most of it resolving and
 * reading files; the bundle loads in about 0.25 s. Why CommonJS: a script
 * is what `vm.Script` compiles with a code cache on Node 20; `import.meta.url`
 * becomes the script's own URL. Why ASCII: esbuild leaves non-ASCII
 * characters in comments and regular expressions, and Node decodes a
 * file with any as UTF-8 at about 100 MB/s (25 ms for the bundle); each is
 * written as a `\uXXXX` escape, which means the same character in a string,
 * a regular expression or an identifier. The library entry points
 * (`claimlint`, `claimlint/rule-kit`) stay the unbundled dist/src modules.
 * The dictionary-* packages are not imported: their .aff and .dic files
 * are read from their folders when a language's text has a word to check
 * (src/spell/hunspell.ts). See docs/performance.md.
 */
import fs from 'node:fs'
import {build} from 'esbuild'

const outfile = 'dist/claimlint.cjs'
await build({
  entryPoints: ['dist/src/cli.js'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  define: {'import.meta.url': 'claimlintUrl'},
  banner: {js: "const claimlintUrl = require('node:url').pathToFileURL(__filename).href;"},
  logLevel: 'warning'
})

const source = fs.readFileSync(outfile, 'utf8')
// A template literal's raw text would change with an escape: there must be none with such characters.
const raw = /String\.raw`[^`]*[^\x00-\x7f]/.exec(source)
if (raw) throw new Error(`Unexpected non-ASCII character in a raw template of the bundle: ${raw[0].slice(0, 80)}`)
fs.writeFileSync(outfile, source.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`))
fs.rmSync('dist/claimlint.mjs', {force: true})
