/**
 * `inconsistent-figure` on figures the registry does not know (issue 16):
 * N sentences in N/100 documents, each a figure of two registry entities
 * that no registry claim matches, every sentence saying something else.
 * With one subject, all N figures fall in one group and each is compared
 * with the earlier ones; with a subject per sentence, every group holds one.
 * The rule is linear when the first case takes at most about twice the
 * second (issue 16's target); the pairwise search it replaced was quadratic
 * (12–35 s for 20,000). Only `inconsistent-figure` runs; prints seconds.
 *
 * `npx tsx bench/inconsistent.ts` (20,000 sentences) or with a count.
 */
import {parseRegistry} from '../src/registry/load.js'
import {lintDocuments} from '../src/engine.js'
import {rules} from '../rules/index.js'

const count = Number(process.argv[2] ?? 20_000)
const subjects = 200

/** "Landab": a name of letters only, one per subject. */
const nameOf = (i: number) => 'Land' + String.fromCharCode(97 + Math.floor(i / 26) % 26, 97 + (i % 26))
const entities = Array.from({length: subjects}, (_, i) => `  - id: land-${i}\n    names: {en: [${nameOf(i)}]}`).join('\n')
const registry = parseRegistry(`version: 1\nentities:\n  - id: partner\n    names: {en: [Vietnam]}\n${entities}\nclaims: []\n`, 'bench.yaml')

/** "qaaab": a word of letters only, one per number. */
function wordOf(n: number): string {
  let word = ''
  for (let k = 0; k < 4; k++, n = Math.floor(n / 26)) word = String.fromCharCode(97 + (n % 26)) + word
  return 'q' + word
}

/** A sentence of its own words: "Landaa financed 1,234 bridges for Vietnam under plan qaaam qaaan qaaao." */
function sentence(index: number, sameSubject: boolean): string {
  const subject = sameSubject ? 0 : index % subjects
  const name = nameOf(subject)
  const words = [index, index + 1, index + 2].map(wordOf).join(' ')
  return `${name} financed ${1000 + (index % 9000)} bridges for Vietnam under plan ${words}.`
}

async function run(sameSubject: boolean): Promise<number> {
  const documents = []
  for (let doc = 0; doc * 100 < count; doc++) {
    const lines = []
    for (let index = doc * 100; index < Math.min(count, doc * 100 + 100); index++) lines.push(sentence(index, sameSubject))
    documents.push({path: `doc-${doc}.en.txt`, text: lines.join('\n\n') + '\n'})
  }
  const start = process.hrtime.bigint()
  const only = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'inconsistent-figure' ? 'warning' : 'off'] as const))
  await lintDocuments(documents, {registry, rules: only})
  return Number(process.hrtime.bigint() - start) / 1e9
}

const apart = await run(false)
const together = await run(true)
console.log(`inconsistent-figure, ${count} figures the registry does not know`)
console.log(`  one subject per sentence: ${apart.toFixed(2)} s`)
console.log(`  one subject for all:      ${together.toFixed(2)} s  (${(together / apart).toFixed(2)}x; target at most 2x)`)
