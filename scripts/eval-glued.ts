/**
 * Measure `glued-words` (npx tsx scripts/eval-glued.ts [--json]):
 * - false positives on correct text in each language: the sentences of the
 *   peer suite in ../shared/peer-specs (skipped where absent) and the
 *   project's own clean prose in test/fixtures/glued/;
 * - recall on the glued words of the Spanish seed article (../shared/seeds).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Lang} from '../src/types.js'
import {extractSentences} from '../src/extract/index.js'
import {findGluedWords} from '../src/spell/glued.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const peer = path.resolve(root, '../shared/peer-specs/recognizers-text/unfiltered')
const seed = path.resolve(root, '../shared/seeds/000_0797f9b09697f62f.txt')
const names: Record<Lang, string> = {en: 'English', es: 'Spanish'}

function check(text: string, lang: Lang): {words: number; flagged: string[]} {
  let words = 0
  const flagged: string[] = []
  for (const sentence of extractSentences(text, {lang})) {
    words += sentence.tokens.filter((t) => t.type === 'word').length
    for (const glued of findGluedWords(sentence.tokens, lang)) flagged.push(glued.text)
  }
  return {words, flagged}
}

const report: Record<string, unknown> = {}
for (const lang of ['en', 'es'] as const) {
  const texts: Array<[string, string]> = [[`fixture clean.${lang}.txt`, fs.readFileSync(path.join(root, `test/fixtures/glued/clean.${lang}.txt`), 'utf8')]]
  if (fs.existsSync(peer)) {
    const inputs = fs
      .readdirSync(peer)
      .filter((file) => file.startsWith(names[lang] + '-'))
      .flatMap((file) => fs.readFileSync(path.join(peer, file), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as {input: string}).input))
    texts.push([`peer-suite sentences (${inputs.length})`, inputs.join('\n\n')])
  } else {
    console.log(`peer suite absent (${peer}): measured on the fixture only`)
  }
  for (const [label, text] of texts) {
    const {words, flagged} = check(text, lang)
    const rate = words ? (flagged.length / words) * 100 : 0
    report[`${lang} ${label}`] = {words, flagged: flagged.length, rate: Number(rate.toFixed(3))}
    console.log(`${lang}  ${label.padEnd(36)} words ${String(words).padStart(6)}  flagged ${String(flagged.length).padStart(3)}  false-positive rate ${rate.toFixed(2)}%${flagged.length ? '  ' + flagged.join(', ') : ''}`)
  }
}

if (fs.existsSync(seed)) {
  const text = fs.readFileSync(seed, 'utf8')
  const {flagged} = check(text, 'es')
  // Words of the seed that a bad copy ran together, as read by a person.
  const known = ['mayorproveedor', 'decooperación', 'cuartosocio', 'deseguridad', 'sehan', 'parapromover', 'válidoscon', 'uncapital', 'enVietnam', 'alcanzócasi', 'sociocomercial', 'dospaíses', 'mediomillón', 'extranjerasen', 'yefectivamente', 'NacionesUnidas', 'estaocasión', 'altonivel', 'granescala', 'máslas', 'continuarfortaleciendo', 'todoslos', 'lasfortalezas', 'elprincipal', 'continuarmovilizando', 'atraerinversión', 'áreaspotenciales', 'transiciónverde']
  const found = known.filter((word) => flagged.includes(word))
  report['es seed recall'] = {known: known.length, found: found.length}
  console.log(`es  seed article: ${found.length} of ${known.length} known glued words found; missed: ${known.filter((w) => !found.includes(w)).join(', ')}`)
}

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2))
