/**
 * Re-lint latency of the language server, measured through the protocol as
 * an editor sees it: `claimlint lsp` in a child process, a 10,000-word
 * document opened (first lint: dictionaries, registry), then one-character
 * edits (a letter typed, then deleted), each timed from sending
 * `textDocument/didChange` to receiving the `publishDiagnostics` of that
 * version. The debounce is set to 0 so the figures are the server's own
 * work; an editor adds the debounce (200 ms by default) on top.
 *
 * For comparison it also times `lintFiles` on the same text in this process,
 * which is what each re-lint costs inside the server, and says where that
 * time goes: each rule's own time (the built-in rules run wrapped in a timer,
 * in the same lints) and the rest (read, parse, extract, match). The CPU
 * time of the in-process lints is printed too: on a machine shared with
 * other work, wall time grows with the load and CPU time much less.
 * Prints medians and p95 in milliseconds (target: under 100 ms after the
 * first lint); asserts nothing. `npm run bench:lsp`; `EDITS=200` for more
 * edits.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import type {Lang} from '../src/types.js'
import {lintFiles} from '../src/engine.js'
import type {Rule} from '../src/rule.js'
import {rules} from '../rules/index.js'
import {loadRegistry} from '../src/registry/load.js'
import {Client, root} from '../test/lsp/client.js'
import {paragraphs} from './generate.js'

/** A Markdown article of about `words` words: paragraphs of three sentences, dated by frontmatter. */
function article(lang: Lang, words: number): string {
  return `---\ndate: 2023-05-01\n---\n\n${paragraphs(lang, {words}).join('\n\n')}\n`
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const edits = Number(process.env.EDITS ?? 60)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-bench-lsp-'))
fs.copyFileSync(path.join(root, 'claims.yaml'), path.join(dir, 'claims.yaml'))
const registry = await loadRegistry(path.join(dir, 'claims.yaml'))

const breakdown: string[] = []
const perRule = new Map<string, number[]>()
console.log(`lang  words  first lint ms  re-lint median ms  p95 ms  (${edits} one-character edits)  in-process lintFiles median ms  p95 ms  CPU median ms`)
for (const lang of ['en', 'es'] as const) {
  const text = article(lang, 10_000)
  const uri = pathToFileURL(path.join(dir, `article.${lang}.md`)).href
  const client = new Client()
  await client.initialize(dir, {debounce: 0})

  let start = performance.now()
  const first = client.diagnostics(uri)
  await client.open(uri, 'markdown', text)
  await first
  const firstMs = performance.now() - start

  // Type a letter at the end of the 200th line, then delete it: the text alternates between two states.
  const line = 200
  const character = text.split('\n')[line].length
  const times: number[] = []
  for (let version = 2; version < edits + 2; version++) {
    const typed = version % 2 === 0
    const change = typed
      ? {range: {start: {line, character}, end: {line, character}}, text: 'x'}
      : {range: {start: {line, character}, end: {line, character: character + 1}}, text: ''}
    const published = client.diagnostics(uri, (params) => params.version === version)
    start = performance.now()
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
    await published
    times.push(performance.now() - start)
  }
  await client.stop()

  // The built-in rules, each wrapped in a timer, so one lint tells what each rule costs.
  const spent = new Map<string, number[]>()
  const timed: Rule[] = rules.map((rule) => {
    const time = <T>(run: () => T): T => {
      const begin = performance.now()
      const result = run()
      const list = spent.get(rule.meta.id) ?? []
      list.push(performance.now() - begin)
      spent.set(rule.meta.id, list)
      return result
    }
    return {
      meta: rule.meta,
      check: rule.check && ((doc, context) => time(() => rule.check!(doc, context))),
      checkRun: rule.checkRun && ((docs, context) => time(() => rule.checkRun!(docs, context)))
    }
  })
  const local: number[] = []
  const cpu: number[] = []
  const rest: number[] = []
  for (let run = 0; run < 20; run++) {
    spent.clear()
    const begin = performance.now()
    const cpuBegin = process.cpuUsage()
    lintFiles([new VFile({path: `article.${lang}.md`, value: text})], {registry, ruleSet: timed})
    const used = process.cpuUsage(cpuBegin)
    local.push(performance.now() - begin)
    cpu.push((used.user + used.system) / 1000)
    rest.push(local[run] - [...spent.values()].flat().reduce((a, b) => a + b, 0))
    for (const [id, list] of spent) perRule.set(`${lang} ${id}`, [...(perRule.get(`${lang} ${id}`) ?? []), list.reduce((a, b) => a + b, 0)])
  }
  const costs = rules
    .map((rule) => [rule.meta.id, percentile(perRule.get(`${lang} ${rule.meta.id}`) ?? [0], 50)] as const)
    .sort((a, b) => b[1] - a[1])
  const words = text.split(/\s+/).length
  const f = (n: number) => n.toFixed(1)
  console.log(
    `${lang}    ${words}  ${f(firstMs).padStart(13)}  ${f(percentile(times, 50)).padStart(17)}  ${f(percentile(times, 95)).padStart(6)}  ${''.padStart(33)}  ${f(percentile(local, 50)).padStart(30)}  ${f(percentile(local, 95)).padStart(6)}  ${f(percentile(cpu, 50)).padStart(13)}`
  )
  breakdown.push(`${lang}: read, parse, extract, match ${f(percentile(rest, 50))}; rules ${costs.map(([id, ms]) => `${id} ${f(ms)}`).join(', ')}`)
}

console.log('\nwhere an in-process lint goes (medians of 20 lints, ms):')
for (const line of breakdown) console.log(line)
fs.rmSync(dir, {recursive: true, force: true})
