/**
 * `npm run build && npm run bench:instructions`: the cost of extraction
 * against parsing counted in machine instructions rather than time.
 *
 * Why: on a shared machine the time of a 100 µs task moves by ±5% from run
 * to run, more than most changes to the extractor gain or lose, so
 * `bench/extract.ts` can only show large effects. Instructions counted by
 * valgrind (cachegrind, no cache simulation) repeat to about 0.1% (once
 * seen 1% apart) when V8's hash and random seeds are fixed and it compiles
 * on the main thread (`--single-threaded`). They are not time (a cache miss costs more
 * than an add), so the share printed here is a guide, and a change kept for
 * speed should also win on time (`bench/extract.ts`).
 *
 * How: for each document, a child Node process under valgrind parses it
 * once, then runs the task (`parseText`, or `extractFromNlcst` on the parsed
 * tree) `low` times and, in a second process, `high` times; the difference
 * divided by `high - low` is the task's steady cost, without start-up, module
 * loading and the JIT's first compilations. Valgrind also simulates the
 * branch predictor (`--branch-sim=yes`) and the mispredicted conditional
 * branches are printed beside the instructions: the extractor mispredicts
 * about five times as often per instruction as the parser (whether a
 * token is a number, a known word or starts a reader is as good as random
 * from one token to the next), and each costs a dozen cycles or more, which
 * is why extraction's share of time is higher than its share of
 * instructions. Documents: the benchmark's articles (`bench/articles/`), a
 * ~6 KB text made of the sentences of `bench/news-sentences.json`
 * (`bench/news.mjs`), as in `bench/extract.ts`, and the seed articles of
 * `../shared/seeds` when that folder exists. Needs valgrind (skipped with
 * a message without it) and the compiled package (`npm run build`). Takes a
 * few minutes; two children run at a time.
 *
 * Child mode (internal): `node bench/instructions.mjs --child parse|extract FILE LANG RUNS`.
 */
import {execFile} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {newsDocument} from './news.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')

function textOf(file, lang) {
  return file.startsWith('dense:') ? newsDocument(lang, Number(file.slice(6))) : readFileSync(file, 'utf8')
}

async function child([mode, file, lang, runs]) {
  const extract = await import(pathToFileURL(path.join(root, 'dist/src/extract/index.js')).href)
  const text = textOf(file, lang)
  const tree = extract.parseText(text, lang)
  let sink = 0
  for (let run = 0; run < Number(runs); run++) {
    sink += mode === 'parse' ? extract.parseText(text, lang).children.length : extract.extractFromNlcst(tree, text, {lang}).length
  }

  if (sink < 0) console.log(sink)
}

/** Instructions and mispredicted conditional branches of one child run, as valgrind counts them. */
function count(mode, file, lang, runs) {
  const args = ['--tool=cachegrind', '--cache-sim=no', '--branch-sim=yes', '--cachegrind-out-file=/dev/null', '--smc-check=all']
  const node = [process.execPath, '--single-threaded', '--hash-seed=42', '--random-seed=42', fileURLToPath(import.meta.url), '--child', mode, file, lang, String(runs)]
  return new Promise((resolve, reject) => {
    execFile('valgrind', [...args, ...node], {maxBuffer: 1 << 24}, (error, stdout, stderr) => {
      const match = /I\s+refs:\s+([\d,]+)/.exec(stderr)
      const mispredicts = /Mispredicts:\s+[\d,]+\s+\(\s*([\d,]+) cond/.exec(stderr)
      if (error || !match || !mispredicts) reject(new Error(`valgrind failed on ${file}: ${error?.message ?? stderr.slice(-500)}`))
      else resolve([Number(match[1].replaceAll(',', '')), Number(mispredicts[1].replaceAll(',', ''))])
    })
  })
}

/** Steady instructions and mispredicted branches per run of `mode` on `file`. */
async function steady(mode, file, lang, low, high) {
  const [a, b] = await Promise.all([count(mode, file, lang, low), count(mode, file, lang, high)])
  return [(b[0] - a[0]) / (high - low), (b[1] - a[1]) / (high - low)]
}

async function main() {
  const found = await new Promise((resolve) => execFile('valgrind', ['--version'], (error) => resolve(!error)))
  if (!found) {
    console.log('valgrind is not installed: no instruction counts (time figures: npx tsx bench/extract.ts)')
    return
  }

  if (!existsSync(path.join(root, 'dist/src/extract/index.js'))) {
    console.log('dist/ is missing: run `npm run build` first')
    process.exitCode = 2
    return
  }

  const seeds = path.resolve(root, '../shared/seeds')
  const documents = [
    ['en', 'article', path.join(here, 'articles/port-city.en.txt')],
    ['es', 'article', path.join(here, 'articles/puerto.es.txt')],
    ['en', 'dense', 'dense:6000'],
    ['es', 'dense', 'dense:6000'],
    ['en', 'seed', path.join(seeds, '003_c5b36162568c66fc.txt')],
    ['es', 'seed', path.join(seeds, '000_0797f9b09697f62f.txt')]
  ].filter(([, , file]) => file.startsWith('dense:') || existsSync(file))
  for (const [lang, label, file] of documents) {
    const kb = textOf(file, lang).length / 1024
    // Parsing costs about five times as much per run: fewer runs give the same precision.
    const [parse, parseMisses] = await steady('parse', file, lang, 60, 300)
    const [extract, extractMisses] = await steady('extract', file, lang, 300, 1500)
    console.log(
      `${lang} ${label.padEnd(7)} ${kb.toFixed(1).padStart(5)} KB  parse ${(parse / 1e6).toFixed(2).padStart(6)}M instructions  ` +
        `extract ${(extract / 1e6).toFixed(3).padStart(6)}M  (${(extract / kb / 1000).toFixed(0)}K per KB)  extraction adds ${((extract / parse) * 100).toFixed(1)}% to parse, counted in instructions; ` +
        `mispredicted branches: parse ${(parseMisses / 1000).toFixed(1)}K, extract ${(extractMisses / 1000).toFixed(1)}K (${((extractMisses / parseMisses) * 100).toFixed(0)}% of parse's)`
    )
  }
}

if (process.argv[2] === '--child') await child(process.argv.slice(3))
else await main()
