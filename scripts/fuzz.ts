/**
 * `npm run fuzz [-- --seconds N] [--seed S]`: throw generated hostile
 * documents and registries at the engine, in-process, and fail on any crash
 * (an exception escaping the engine or the registry loader other than the
 * loader's own `ClaimlintError`), any input slower than its budget, or any
 * lost file (every document given must come back, with findings, a fatal
 * message or none).
 *
 * Documents come from a grammar of the constructs that broke claimlint
 * before (issue 13): deep blockquotes and lists, long runs of digits and
 * separators, `*_` runs, wide tables, long paragraphs, glued words, odd
 * Unicode, directive comments, random bytes; in Markdown, HTML and text.
 * Registries are YAML built from valid and broken pieces, and the bundled
 * claims.yaml with one YAML-significant character put in or taken out, or
 * one line dropped, doubled, indented, outdented or joined; each
 * is read both ways (src/registry/fast.ts), and a fast reading that takes
 * a registry must give what the reading with places gives. The first
 * document of each input is also extracted piece by piece, as the engine
 * reads large documents, and must give the sentences of whole-tree
 * extraction. fast-check makes
 * the inputs; a failure prints the seed and the shrunk input. Prints the
 * number of inputs tried, the slowest and the failures. Default: 60
 * seconds. An input (up to three documents) counts as a hang past 60 s;
 * each file has a 30 s budget (`--file-timeout`). A loop that never ends
 * would stop the script itself, which CI's time limit then reports.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {lintFiles} from '../src/engine.js'
import fs from 'node:fs'
import {isDeepStrictEqual} from 'node:util'
import {parseValid, parseWithPlaces} from '../src/registry/load.js'
import {parseDocument} from '../src/pipeline/parse.js'
import {extractDocument, pieceByPiece} from '../src/pipeline/extract.js'
import type {Sentence} from '../src/types.js'
import {ClaimlintError} from '../src/errors.js'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
const seconds = option('--seconds', 60)
const seed = option('--seed', Date.now() % 2 ** 31)
/** The time one input may take before it counts as a hang. */
const perInputMs = 60_000

const word = fc.constantFrom('Japan', 'Vietnam', 'Japón', 'proyectos', 'projects', 'invested', 'millones', 'billion', 'mil', 'mayorproveedor', 'ofthe', 'enVietnam', 'aniversario', 'anniversary', 'este año', 'last year', 'más de', 'about', '%', '$', 'US$', '¥', '€')
const number = fc.oneof(
  fc.integer({min: 0, max: 10_000_000}).map(String),
  fc.constantFrom('1.500', '19,5', '1,000,000', '2022', '1973', '50th', '10^400', '1e400', '9'.repeat(330), '٥٠٠٠', '５０００', '0,,,,,1', '1..2', '- 7.', '3/4', '½')
)
const sentence = fc.array(fc.oneof(word, number), {minLength: 1, maxLength: 30}).map((parts) => parts.join(' ') + '.')
const weird = fc.oneof(
  fc.string({unit: 'binary', maxLength: 200}),
  fc.constantFrom('\u0000', '\uFEFF', '\u200B', '\uD800', '👍🏽', 'e\u0301', '\r\n', '\t', '<!-- claimlint-disable -->', '<!-- claimlint-disable-next-line nope -->', '&nbsp;', '&#36;96')
)
const depth = fc.integer({min: 1, max: 3000})

const markdownBlock = fc.oneof(
  sentence,
  fc.tuple(depth, sentence).map(([n, s]) => '>'.repeat(n) + ' ' + s),
  fc.tuple(fc.integer({min: 1, max: 800}), sentence).map(([n, s]) => Array.from({length: n}, (_, i) => '  '.repeat(i) + '- ' + s).join('\n')),
  fc.tuple(fc.integer({min: 1, max: 4000}), fc.constantFrom('*_', '**', '__', '[', '](', '`')).map(([n, s]) => s.repeat(n)),
  fc.tuple(fc.integer({min: 1, max: 300}), sentence).map(([n, s]) => '| a | b |\n|---|---|\n' + `| ${s} | ${n} |\n`.repeat(n)),
  fc.tuple(fc.integer({min: 1, max: 2000}), sentence).map(([n, s]) => s.repeat(n)),
  sentence.map((s) => `- ${s.slice(0, 10)}\n  ${s.slice(10)}\n lazy ${s}`),
  sentence.map((s) => `**${s.slice(0, 5)}**${s.slice(5)} [link](https://example.org/${s.length}) ${s}[^1]\n\n[^1]: ${s}`),
  fc.constant('---\nlang: es\ndate: 2023-11-07\n---'),
  fc.constant('---\ndate: [unclosed\n---'),
  weird
)
const htmlBlock = fc.oneof(
  sentence.map((s) => `<p>${s}</p>`),
  fc.tuple(fc.integer({min: 1, max: 20_000}), sentence).map(([n, s]) => '<div>'.repeat(n) + s + '</div>'.repeat(Math.floor(n / 2))),
  sentence.map((s) => `<ul><li>${s}<li>${s}</ul><blockquote>${s}<br>${s}</blockquote><table><tr><td>${s}</td></tr></table>`),
  sentence.map((s) => `<script>${s}</script><style>${s}</style><p lang="es">${s}</p>`),
  weird
)
const document = fc.oneof(
  fc.array(markdownBlock, {maxLength: 8}).map((blocks) => ({path: 'doc.md', text: blocks.join('\n\n')})),
  fc.array(htmlBlock, {maxLength: 8}).map((blocks) => ({path: 'doc.html', text: '<html lang="en"><body>' + blocks.join('\n') + '</body></html>'})),
  fc.array(fc.oneof(sentence, weird, number), {maxLength: 40}).map((parts) => ({path: 'doc.txt', text: parts.join(' ')})),
  fc.uint8Array({maxLength: 2000}).map((bytes) => ({path: 'doc.txt', text: Buffer.from(bytes).toString('latin1')}))
)

const bundled = fs.readFileSync(new URL('../claims.yaml', import.meta.url), 'utf8')
const registryText = fc.oneof(
  fc.constant('version: 1\nentities:\n  - id: japan\n    names: {en: [Japan], es: [Japón]}\nclaims: []\n'),
  fc.tuple(fc.integer({min: -5, max: 10 ** 9}), fc.constantFrom('.inf', '.nan', '-.inf', '1e400', '5000', '{min: 5, max: 1}', '{value: 35, qualifier: about}')).map(
    ([n, value]) =>
      `version: 1\nentities:\n  - id: a\n    names: {en: [A${n}]}\nclaims:\n  - id: c\n    kind: quantity\n    about: [a]\n    terms: {en: [x]}\n    value: ${value}\n`
  ),
  fc.integer({min: 1, max: 60}).map((n) => 'a: &a [' + '*a,'.repeat(n) + ']\n' + Array.from({length: n}, (_, i) => `b${i}: &b${i} [*a, *a, *a]`).join('\n')),
  fc.string({maxLength: 300}),
  fc.tuple(fc.nat(), fc.constantFrom(...':-[]{}#&*!|>\'"\n ,?%~\t\r@`0.'.split(''), ''), fc.boolean()).map(([at, char, drop]) => {
    const place = at % bundled.length
    return bundled.slice(0, place) + char + bundled.slice(drop ? place + 1 : place)
  }),
  fc.tuple(fc.nat(), fc.nat(4)).map(([at, edit]) => {
    const lines = bundled.split('\n')
    const line = at % lines.length
    if (edit === 0) lines.splice(line, 1)
    else if (edit === 1) lines.splice(line, 0, lines[line])
    else if (edit === 2) lines[line] = '  ' + lines[line]
    else if (edit === 3) lines[line] = lines[line].replace(/^ {1,2}/, '')
    else lines.splice(line, 2, lines[line] + ' ' + (lines[line + 1] ?? ''))
    return lines.join('\n')
  })
)

let tried = 0
let slowest = 0
const failures: string[] = []
const started = Date.now()

function lintOnce(docs: Array<{path: string; text: string}>): void {
  const files = docs.map((doc, index) => new VFile({path: `${index}-${doc.path}`, value: doc.text}))
  const before = Date.now()
  const result = lintFiles(files, {fileTimeout: perInputMs / 2})
  const took = Date.now() - before
  slowest = Math.max(slowest, took)
  if (took > perInputMs) throw new Error(`took ${took} ms`)
  if (result.files.length !== files.length) throw new Error(`${files.length} files in, ${result.files.length} out`)
}

function registryOnce(text: string): void {
  let placed
  try {
    placed = parseWithPlaces(text, 'claims.yaml')
  } catch (error) {
    if (!(error instanceof ClaimlintError)) throw error
  }
  const fast = parseValid(text, 'claims.yaml')
  if (fast !== undefined && !isDeepStrictEqual(fast, placed)) throw new Error('The fast reading of a registry differs from the reading with places')
}

/** What a rule reads of each sentence. */
function plain(sentences: Sentence[]): unknown[] {
  return sentences.map((s) => ({text: s.text, start: s.start, end: s.end, lang: s.lang, claims: s.claims, tokens: s.tokens.map(({text, start, end, type}) => ({text, start, end, type}))}))
}

/** A document read piece by piece (`pieceByPiece`, as the engine reads large ones) must give what whole-tree extraction gives. */
function piecesOnce(doc: {path: string; text: string}): void {
  let whole: Sentence[]
  try {
    whole = extractDocument(parseDocument(new VFile({path: doc.path, value: doc.text})))
  } catch {
    return
  }
  const streamed = pieceByPiece()
  parseDocument(new VFile({path: doc.path, value: doc.text}), {onPiece: streamed.onPiece})
  if (!isDeepStrictEqual(plain(streamed.sentences()), plain(whole))) throw new Error('Extraction piece by piece differs from whole-tree extraction')
}

const property = fc.property(fc.array(document, {minLength: 1, maxLength: 3}), registryText, (docs, registry) => {
  tried++
  lintOnce(docs)
  piecesOnce(docs[0])
  registryOnce(registry)
})

while (Date.now() - started < seconds * 1000) {
  const result = fc.check(property, {seed: seed + tried, numRuns: 20, endOnFailure: true})
  if (result.failed) {
    const error = result.errorInstance as Error | undefined
    failures.push(`seed ${result.seed}, path ${result.counterexamplePath}: ${error?.stack?.split('\n').slice(0, 8).join('\n') ?? String(error)}\n${JSON.stringify(result.counterexample).slice(0, 2000)}`)
    break
  }
}

console.log(`fuzz: ${tried} inputs tried in ${((Date.now() - started) / 1000).toFixed(0)} s (seed ${seed}), slowest ${slowest} ms, ${failures.length} failures`)
for (const failure of failures) console.log(failure)
process.exitCode = failures.length > 0 ? 1 : 0
