/**
 * `npm run bench`: issue 16's figures in one run, each measured on the real
 * CLI (dist/, so build first: the npm script does) in a child process of its
 * own, so that its time and peak resident memory are its own. Generates
 * everything it reads in a temporary folder: news articles in English and
 * Spanish with varied figures (bench/generate.ts), registries of 1,000 and
 * 100,000 claims (bench/registry.ts's shape) and single Markdown documents
 * of 1, 5 and 20 MB (bench/markup.ts's). Prints figures and the ratios the
 * issue sets targets on; asserts nothing (the machine's speed varies: compare
 * ratios measured in one run).
 *
 * `npm run bench` runs every case (about ten minutes on 2 cores);
 * `npm run bench -- --quick` skips the 10,000 articles, the 100,000-claim
 * registry and the 20 MB document.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Lang} from '../src/types.js'
import {articlesDocument, newsArticle} from './generate.js'
import {root, timed, type Timed} from './child.js'
import {document} from './markup.js'
import {registryText} from './registry.js'

const quick = process.argv.includes('--quick')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-bench-'))
const cli = path.join(root, 'bin/claimlint.js')
const textlint = path.join(root, 'node_modules/textlint/bin/textlint.js')

/** `timed`, failing the benchmark when the child fails (claimlint's findings exit 1). */
function measured(args: string[], cwd = root): Timed {
  const run = timed(args, cwd)
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 500)}`)
  return run
}

/** `count` articles in folders of 100, alternating English and Spanish; their paths and total bytes. */
function articles(count: number): {dir: string; files: Array<{file: string; lang: Lang}>; bytes: number} {
  const dir = path.join(work, `articles-${count}`)
  const files: Array<{file: string; lang: Lang}> = []
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const lang: Lang = index % 2 === 0 ? 'en' : 'es'
    const folder = path.join(dir, String(Math.floor(index / 100)))
    if (index % 100 === 0) fs.mkdirSync(folder, {recursive: true})
    const file = path.join(folder, `article-${index}.${lang}.md`)
    const text = newsArticle(lang, index)
    fs.writeFileSync(file, text)
    files.push({file, lang})
    bytes += Buffer.byteLength(text)
  }
  return {dir, files, bytes}
}

const rows: string[][] = []
const row = (...cells: string[]) => {
  rows.push(cells)
  console.log(cells.join('  |  '))
}
const s = (seconds: number) => `${seconds.toFixed(2)} s`
const mb = (peak: number | undefined) => (peak === undefined ? '? MB' : `${peak.toFixed(0)} MB`)
const registry = ['--registry', path.join(root, 'claims.yaml')]

console.log(`claimlint benchmark (${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`)

// Startup: one sentence in each language.
for (const [lang, text] of [
  ['en', 'The 50th anniversary of ties established in 1973 falls this year, with over 5,000 projects.'],
  ['es', 'El 50.º aniversario de las relaciones se celebra este año, con más de 5.000 proyectos.']
] as const) {
  const file = path.join(work, `one.${lang}.md`)
  fs.writeFileSync(file, text + '\n')
  const runs = [0, 1, 2].map(() => measured([cli, ...registry, file]).seconds).sort((a, b) => a - b)
  row(`startup, one ${lang} sentence (median of 3)`, s(runs[1]), 'target ≤ 0.35 s')
}

// 1,000 articles: bare parse, claimlint, textlint, then the cache.
const thousand = articles(1000)
const bare = measured([path.join(root, 'bench/bare-parse.mjs'), thousand.dir])
const markdown = measured([path.join(root, 'bench/bare-parse.mjs'), '--markdown', thousand.dir])
const cold = measured([cli, '--no-color', ...registry, thousand.dir])
const mbs = (thousand.bytes / 1e6 / cold.seconds).toFixed(2)
row('1,000 articles: bare nlcst parse', s(bare.seconds), mb(bare.peak))
// What claimlint's Markdown reading alone costs, before any nlcst: the part of the 3× budget no rule can give back.
// Both children print their reading and parsing time: the Markdown one also loads some 100 unbundled modules first.
const parsing = (run: Timed) => Number(/in ([\d.]+) s of reading and parsing/.exec(run.stdout)?.[1] ?? Number.NaN)
row(
  "1,000 articles: Markdown parse alone (claimlint's remark-parse)",
  s(markdown.seconds),
  mb(markdown.peak),
  `in-process ${s(parsing(markdown))} against ${s(parsing(bare))} for the nlcst parse: ${(parsing(markdown) / parsing(bare)).toFixed(1)}×`
)
row('1,000 articles: claimlint, pretty output', s(cold.seconds), mb(cold.peak), `${mbs} MB/s`, `${(cold.seconds / bare.seconds).toFixed(1)}× parse (target ≤ 3×)`, 'peak target ≤ 250 MB')
let textlintSeconds: number | undefined
if (fs.existsSync(textlint)) {
  const other = measured([textlint, '--no-textlintrc', '--rule', 'max-comma', '--rule', 'sentence-length', thousand.dir])
  textlintSeconds = other.seconds
  row('1,000 articles: textlint 15, two rules', s(other.seconds), mb(other.peak), `claimlint ${(other.seconds / cold.seconds).toFixed(1)}× faster (target ≥ 3×)`)
}
const json = [cli, '--no-color', '--format', 'json', ...registry]
const cacheFile = path.join(work, 'cache')
const first = measured([...json, '--cache', '--cache-location', cacheFile, thousand.dir])
for (let index = 0; index < 10; index++) {
  const {file, lang} = thousand.files[index * 100]
  fs.writeFileSync(file, newsArticle(lang, index * 100, lang === 'en' ? '\n\nTrade reached $12 billion in 2021.' : '\n\nEl comercio alcanzó 12.000 millones de dólares en 2021.'))
}
const second = measured([...json, '--cache', '--cache-location', cacheFile, thousand.dir])
const uncached = measured([...json, thousand.dir])
row('1,000 articles, --cache: first run', s(first.seconds), mb(first.peak))
row(
  '1,000 articles, --cache: 1% changed',
  s(second.seconds),
  mb(second.peak),
  `${(first.seconds / second.seconds).toFixed(1)}× faster than the first`,
  textlintSeconds === undefined ? 'textlint not installed' : `${(textlintSeconds / second.seconds).toFixed(1)}× faster than textlint (target ≥ 10×)`,
  `output equals an uncached run: ${second.stdout === uncached.stdout}`
)

// Registries: a one-sentence file against 1,000 and 100,000 generated claims, without and with --cache.
for (const claims of quick ? [1000] : [1000, 100_000]) {
  const file = path.join(work, `registry-${claims}.yaml`)
  fs.writeFileSync(file, registryText(claims))
  const one = path.join(work, 'one.en.md')
  const store = path.join(work, `registry-cache-${claims}`)
  const plain = measured([cli, '--registry', file, one])
  measured([cli, '--registry', file, '--cache', '--cache-location', store, one])
  const warm = measured([cli, '--registry', file, '--cache', '--cache-location', store, one])
  row(`registry of ${claims.toLocaleString('en')} claims, one-sentence file`, `${s(plain.seconds)}, ${mb(plain.peak)}`, `with --cache ${s(warm.seconds)}, ${mb(warm.peak)}`, 'target ≤ 1 s, ≤ 300 MB')
}

// Single large Markdown documents, dense in markup (headings, lists, quotes, tables, links): linear when the
// per-MB time holds from 1 MB to 20 MB. Markup costs more to read than the articles' plain paragraphs.
let oneMbPerMb: number | undefined
for (const megabytes of quick ? [1, 5] : [1, 5, 20]) {
  const file = path.join(work, `large-${megabytes}.md`)
  fs.writeFileSync(file, document('md', megabytes * 1_000_000))
  const run = measured([cli, '--no-color', '--max-file-size', '30MB', '--file-timeout', '3600000', ...registry, file])
  const perMb = run.seconds / megabytes
  oneMbPerMb ??= perMb
  row(`one ${megabytes} MB Markdown document, markup-dense`, s(run.seconds), `${perMb.toFixed(2)} s/MB`, mb(run.peak), `${(perMb / oneMbPerMb).toFixed(2)}× the 1 MB one's per-MB time`, 'peak target ≤ 1 GB')
}

// One document of the articles' own text: its time per MB against theirs measures size alone.
for (const megabytes of quick ? [5] : [20]) {
  const file = path.join(work, `articles-${megabytes}.md`)
  fs.writeFileSync(file, articlesDocument(megabytes * 1_000_000))
  const run = measured([cli, '--no-color', '--max-file-size', '30MB', '--file-timeout', '3600000', ...registry, file])
  const perMb = run.seconds / megabytes
  const articlesPerMb = cold.seconds / (thousand.bytes / 1e6)
  row(`one ${megabytes} MB document of the articles' text`, s(run.seconds), `${perMb.toFixed(2)} s/MB`, mb(run.peak), `${(perMb / articlesPerMb).toFixed(2)}× the articles' per-MB time (target ≤ 1.3×, ≤ 1 GB)`)
}

if (!quick) {
  const tenThousand = articles(10_000)
  const run = measured([cli, '--no-color', ...registry, tenThousand.dir])
  row('10,000 articles: claimlint', s(run.seconds), mb(run.peak), 'peak target ≤ 400 MB')
}

fs.rmSync(work, {recursive: true, force: true})
console.log(`\nper-MB time of the 1,000 articles: ${(cold.seconds / (thousand.bytes / 1e6)).toFixed(2)} s/MB`)
