/**
 * `npx tsx bench/extract.ts`: cost of the claim extractor against parsing.
 *
 * Documents: a news-sized one (~6 KB, "dense": seven of its nine sentences
 * carry figures, 24–29 claims per KB, three to four times as many as real
 * copy) and a large one (~1.2 MB) in each language, generated here from
 * sentences written for the benchmark; a news article written for the
 * benchmark in each language (`bench/articles/`, ~5 KB of economic news, 11–13
 * claims per KB); and the two real articles of the shared seed corpus (`../shared/seeds`, an English and a Spanish one, 5–8
 * claims per KB; skipped when that folder is absent, as in some CI clones).
 * For each it prints the claims per KB, MB/s for parsing alone
 * (`parseText`), for parsing plus extraction (`parseText` +
 * `extractFromNlcst`) and for extraction alone on a parsed tree, and the
 * share extraction adds to parse time: extraction costs a little per
 * character and more per claim, so the share grows with the density.
 *
 * Target: extraction adds at most 25% to the parse time of a news-sized
 * document, and grows linearly with the text (the large document's
 * extraction MB/s should match the news-sized one's).
 *
 * How: a small document is timed steadily, not by a best-of-few after one
 * warm-up (which mostly measured the JIT compiling the code): each task first
 * runs for a warm-up time, then in batches of about 20 ms for a time budget,
 * the three tasks' batches interleaved so that all see the same state of the
 * machine; the times are the median batch's time per run, and the share is
 * the median of the rounds' ratios of extraction to parse time (see
 * `pairedShare`). A large document is timed by the median of three runs after
 * one warm-up run. The whole bench takes about 25 s.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {extractFromNlcst, parseText} from '../src/extract/index.js'
import type {Lang} from '../src/types.js'
import {newsDocument} from './news.mjs'

/** Milliseconds per run of each task: the median of three runs, after one warm-up run of each. */
function timeLarge(tasks: Array<() => void>): number[] {
  for (const task of tasks) task()
  const times: number[][] = tasks.map(() => [])
  for (let run = 0; run < 3; run++) {
    for (const [index, task] of tasks.entries()) {
      const begin = performance.now()
      task()
      times[index].push(performance.now() - begin)
    }
  }

  return times.map(median)
}

/**
 * Milliseconds per run of each task, measured steadily: every task runs for
 * `warmup` ms, then the tasks run in turn in batches of about 20 ms until
 * `budget` ms have passed; the result is each task's time per run in each
 * round of batches, in order (see `median` and `pairedShare`).
 */
function timeSteady(tasks: Array<() => void>, warmup: number, budget: number): number[][] {
  // Warm-up, which also sizes the batches.
  const batch = tasks.map((task) => {
    let runs = 0
    const begin = performance.now()
    while (performance.now() - begin < warmup / tasks.length || runs < 10) {
      task()
      runs++
    }

    const each = (performance.now() - begin) / runs
    return Math.max(1, Math.round(20 / each))
  })
  const times: number[][] = tasks.map(() => [])
  const end = performance.now() + budget
  while (performance.now() < end || times[0].length < 5) {
    for (const [index, task] of tasks.entries()) {
      const runs = batch[index]
      const begin = performance.now()
      for (let run = 0; run < runs; run++) task()
      times[index].push((performance.now() - begin) / runs)
    }
  }

  return times
}

/**
 * Extraction's time as a percentage of parse time, from the same rounds of
 * `timeSteady`: the median of each round's ratio. The speed of this shared
 * machine moves by up to half from one minute to the next, and a ratio of the
 * two tasks' separate medians can take them from different moments; a
 * round's two batches are a few milliseconds apart.
 */
function pairedShare(extract: number[], parse: number[]): number {
  return median(extract.map((time, round) => (time / parse[round]) * 100))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Time parsing, parsing plus extraction, and extraction alone on `text`; print a line. */
function measure(lang: Lang, label: string, text: string): void {
  const megabytes = text.length / 1e6
  const tree = parseText(text, lang)
  const tasks = [
    () => parseText(text, lang),
    () => extractFromNlcst(parseText(text, lang), text, {lang}),
    () => extractFromNlcst(tree, text, {lang})
  ]
  let parse: number
  let both: number
  let extract: number
  let share: number
  if (text.length > 100_000) {
    ;[parse, both, extract] = timeLarge(tasks)
    share = (extract / parse) * 100
  } else {
    const rounds = timeSteady(tasks, 1500, 2000)
    ;[parse, both, extract] = rounds.map(median)
    share = pairedShare(rounds[2], rounds[0])
  }

  let claims = 0
  for (const sentence of extractFromNlcst(tree, text, {lang})) claims += sentence.claims.length
  console.log(
    `${lang} ${label.padEnd(7)} ${(text.length / 1024).toFixed(0).padStart(6)} KB ${((claims * 1024) / text.length).toFixed(1).padStart(5)} claims/KB  ` +
      `parse ${(megabytes / (parse / 1000)).toFixed(2).padStart(6)} MB/s  ` +
      `parse+extract ${(megabytes / (both / 1000)).toFixed(2).padStart(6)} MB/s  ` +
      `extract alone ${(megabytes / (extract / 1000)).toFixed(2).padStart(6)} MB/s  ` +
      `extraction adds ${share.toFixed(1)}% to parse time`
  )
}

/** The articles written for the benchmark, by language. */
const articles: Record<'en' | 'es', string> = {en: 'port-city.en.txt', es: 'puerto.es.txt'}
const articleFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'articles')

/** The real articles of the shared seed corpus, by language, when the folder is there. */
const seedFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/seeds')
const seeds: Record<'en' | 'es', string> = {en: '003_c5b36162568c66fc.txt', es: '000_0797f9b09697f62f.txt'}

for (const lang of ['en', 'es'] as const) {
  measure(lang, 'dense', newsDocument(lang, 6000))
  measure(lang, 'article', readFileSync(path.join(articleFolder, articles[lang]), 'utf8'))
  measure(lang, 'large', newsDocument(lang, 1_200_000))
  const seed = path.join(seedFolder, seeds[lang])
  if (existsSync(seed)) measure(lang, 'seed', readFileSync(seed, 'utf8'))
}
