/**
 * `--cache` over many files: N generated articles (as bench/scale.ts makes
 * them), a first run with `--cache`, then 1% of the files changed and a
 * second run; both through the real CLI. Prints the two times, their ratio,
 * and whether the second run's output equals a run without cache (it must).
 * Asserts nothing.
 *
 * `npm run bench:cache` (1,000 articles); `npx tsx bench/cache.ts 5000`.
 * Build first (`npm run build`): the CLI runs from dist/.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Lang} from '../src/types.js'
import {newsArticle} from './generate.js'
import {root} from './child.js'

const count = Number(process.argv[2] ?? 1000)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-cache-bench-'))
const files: Array<{file: string; lang: Lang}> = []
for (let index = 0; index < count; index++) {
  const lang: Lang = index % 2 === 0 ? 'en' : 'es'
  const file = path.join(dir, `article-${index}.${lang}.md`)
  fs.writeFileSync(file, newsArticle(lang, index))
  files.push({file, lang})
}

function run(extra: string[]): {seconds: number; stdout: string} {
  const start = process.hrtime.bigint()
  const child = spawnSync(process.execPath, [path.join(root, 'bin/claimlint.js'), '--no-color', '--format', 'json', '--registry', path.join(root, 'claims.yaml'), ...extra, '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  if (child.status !== 0 && child.status !== 1) throw new Error(`claimlint exited ${child.status}: ${child.stderr}`)
  return {seconds: Number(process.hrtime.bigint() - start) / 1e9, stdout: child.stdout}
}

const first = run(['--cache'])
const changed = Math.max(1, Math.round(count / 100))
for (let index = 0; index < changed; index++) {
  const {file, lang} = files[index * Math.floor(count / changed)]
  fs.writeFileSync(file, newsArticle(lang, index, lang === 'en' ? '\n\nTrade reached $12 billion in 2021.' : '\n\nEl comercio alcanzó 12.000 millones de dólares en 2021.'))
}
const second = run(['--cache'])
const plain = run([])
fs.rmSync(dir, {recursive: true, force: true})
console.log(`${count} files, ${changed} changed`)
console.log(`first run with --cache   ${first.seconds.toFixed(2)} s`)
console.log(`second run with --cache  ${second.seconds.toFixed(2)} s  (${(first.seconds / second.seconds).toFixed(1)}x faster)`)
console.log(`run without cache        ${plain.seconds.toFixed(2)} s`)
console.log(`second run's output equals the run without cache: ${second.stdout === plain.stdout}`)
