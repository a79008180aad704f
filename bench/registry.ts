/**
 * Registries at scale (issue 16): generated registries of 1,000, 10,000 and
 * 100,000 claims (one entity per ten claims, every claim a money figure of
 * its entity with its own term), loaded from YAML text with `parseRegistry`
 * (YAML parse, schema, checks), then a 5 KB news article that names two of
 * the entities linted against each, every rule on. Prints load seconds, the
 * heap the registry holds, and the lint time, so that matching cost growing
 * with the registry shows. Asserts nothing.
 *
 * `npx tsx --expose-gc bench/registry.ts` (`npm run bench:registry`), or with counts.
 */
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {parseRegistry} from '../src/registry/load.js'
import {lintDocuments} from '../src/engine.js'
import {paragraphs} from './generate.js'

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0)

/** "Vaterra", "Kelmora": a name of letters only for entity `i`. */
function nameOf(i: number): string {
  const syllables = ['va', 'ke', 'lo', 'mi', 'ra', 'to', 'su', 'ne', 'da', 'po', 'ri', 'ga']
  let name = ''
  let n = i
  do {
    name += syllables[n % syllables.length]
    n = Math.floor(n / syllables.length)
  } while (n > 0)
  return name.charAt(0).toUpperCase() + name.slice(1) + 'land'
}

export function registryText(claims: number): string {
  const entities = Math.max(1, Math.floor(claims / 10))
  const lines = ['version: 1', 'entities:']
  for (let i = 0; i < entities; i++) lines.push(`  - id: e${i}`, `    names: {en: [${nameOf(i)}], es: [${nameOf(i)}]}`)
  lines.push('claims:')
  for (let i = 0; i < claims; i++) {
    lines.push(
      `  - id: c${i}`,
      '    kind: money',
      `    about: [e${i % entities}]`,
      `    terms: {en: [budget${i}, spending], es: [presupuesto${i}]}`,
      '    unit: USD',
      `    value: {value: ${(i + 1) * 1_000_000}, step: 1000000}`,
      '    as_of: 2024-12-31'
    )
  }
  return lines.join('\n') + '\n'
}

function heapMb(): number {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 1e6
}

const self = fileURLToPath(import.meta.url)
// Imported (bench/targets.ts, for `registryText`): run nothing.
if (process.argv[1] === self) await main()

async function main(): Promise<void> {
  const article = `${nameOf(3)} and ${nameOf(7)} agreed on spending of $40 million in 2024.\n\n` + paragraphs('en', {bytes: 5000}).join('\n\n')
  console.log('claims    YAML MB  load s  registry heap MB  lint 5 KB ms')
  for (const count of counts.length > 0 ? counts : [1000, 10_000, 100_000]) {
    const text = registryText(count)
    const before = heapMb()
    const start = performance.now()
    const registry = parseRegistry(text, 'bench.yaml')
    const load = (performance.now() - start) / 1000
    const held = heapMb() - before
    await lintDocuments([{path: 'warm.en.txt', text: article}], {registry})
    const lintStart = performance.now()
    await lintDocuments([{path: 'a.en.txt', text: article}], {registry})
    const lint = performance.now() - lintStart
    console.log(
      `${String(count).padStart(7)}  ${(text.length / 1e6).toFixed(1).padStart(7)}  ${load.toFixed(2).padStart(6)}  ${held.toFixed(0).padStart(16)}  ${lint.toFixed(0).padStart(12)}`
    )
  }
}
