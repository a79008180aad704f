/**
 * Claim extraction: plain text or an nlcst tree in, sentences with their
 * tokens and claims out (figures, money, percents, years, dates, durations,
 * anniversaries, ranks). See `docs/extraction.md`.
 *
 * Why the grammar is written by hand rather than borrowed:
 * - the Microsoft Recognizers-Text packages take 1–2.5 s to start and have no
 *   number-range model in JavaScript, and a linter runs on every save;
 * - chrono-node has no Spanish "este año" and reads no amounts;
 * - neither reads what claim checking needs: qualifiers as bounds ("más de
 *   cinco proyectos"), the precision a figure was stated with, the counted
 *   noun, ranks ("el tercer mayor inversor") and glued news copy
 *   ("50aniversario", "alcanzócasi").
 * So there is one grammar (`grammar.ts`, `numbers.ts`) over the tokens of
 * each nlcst sentence, and the words of each language are data (each
 * language pack's `src/lang/<code>/words.ts`), not a list of regular expressions per sentence.
 *
 * ```ts
 * extractClaims('Japón tiene más de cinco proyectos.', {lang: 'es'})
 * // [{kind: 'quantity', text: 'más de cinco proyectos', value: 5, unit: 'proyecto',
 * //   qualifier: {type: 'more', text: 'más de', ...}, ...}]
 * ```
 */
import type {Root, RootContent} from 'nlcst'
import type {Node as UnistNode, Point} from 'unist'
import type {Claim, ExtractOptions, Lang, Sentence, Token} from '../types.js'
import type {LangData, PhraseIndex} from './lexicon.js'
import {indexOf} from './lexicon.js'
import {isLang, LANGS, packOf, packs} from '../lang/index.js'
import type {ProseParser} from '../lang/types.js'
import type {Tok} from './tokens.js'
import {borrowCodes, codesOf, repairGlued, sentenceTokens} from './tokens.js'
import {readClaims, urlMarks} from './grammar.js'
import {startsFigure} from './numbers.js'

/** Word data per language, from the language packs (`src/lang/<code>/words.ts`). */
export const languages = Object.fromEntries(packs.map((pack) => [pack.code, pack.words])) as Record<Lang, LangData>

const parsers = new Map<Lang, ProseParser>()

function checkLang(lang: Lang): void {
  if (!isLang(lang)) throw new Error(`Unexpected language \`${String(lang)}\`, expected one of ${LANGS.map((code) => '`' + code + '`').join(', ')}`)
}

function parserFor(lang: Lang): ProseParser {
  checkLang(lang)
  let parser = parsers.get(lang)
  if (!parser) parsers.set(lang, (parser = packOf(lang).createParser()))
  return parser
}

/** Lines are parsed together up to about this many characters, then a new chunk starts at a line break. */
const chunkSize = 8192

/**
 * Parse plain text into an nlcst Root, paragraph by paragraph (split on line
 * breaks), so cost stays linear on huge documents; node positions
 * (line/column/offset) are those of `text`; the parser is the language
 * pack's (parse-english for English, parse-latin for Spanish).
 *
 * The parser already starts a paragraph at every line break; what grows
 * faster than the input is one parse over a very long text. So whole lines
 * are parsed in chunks of about 8 KB (a news article is one chunk, with no
 * positions to move), and each later chunk's positions are shifted to where
 * it is in `text`. With `emit`, each chunk's nodes are handed over as they
 * are made (see src/pipeline/parse.ts `onPiece`).
 */
export function parseText(text: string, lang: Lang, emit?: (children: RootContent[]) => void): Root {
  const parser = parserFor(lang)
  const children: RootContent[] = []
  let chunkStart = 0
  let line = 1
  while (chunkStart < text.length) {
    let chunkEnd = text.length
    if (text.length - chunkStart > chunkSize) {
      // Cut after a run of line breaks, so a blank line is one white-space node as in a single parse.
      let cut = text.indexOf('\n', chunkStart + chunkSize)
      if (cut >= 0) {
        while (cut + 1 < text.length && (text.charCodeAt(cut + 1) === 10 || text.charCodeAt(cut + 1) === 13)) cut++
        chunkEnd = cut + 1
      }
    }

    const chunk = text.slice(chunkStart, chunkEnd)
    const tree = parser.parse(chunk)
    for (const child of tree.children) {
      if (chunkStart > 0) shift(child, line, chunkStart)
      children.push(child)
    }
    // Handed over chunk by chunk: the tree returned is then empty.
    if (emit) emit(children.splice(0))

    line += countLines(chunk)
    chunkStart = chunkEnd
  }

  const end = children.length > 0 ? children[children.length - 1].position?.end : undefined
  const root: Root = {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: end ?? {line: 1, column: 1, offset: 0}}
  }
  plainTrees.add(root)
  return root
}

/**
 * Trees made by `parseText`: their sentences' leaves cover the text without
 * gaps, so `sentenceTokens` lexes each sentence's span directly.
 */
const plainTrees = new WeakSet<Root>()

/** Line breaks in `value` (CRLF counts once), as the parser counts them. */
function countLines(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13 || (code === 10 && value.charCodeAt(index - 1) !== 13)) count++
  }

  return count
}

/** Move the positions of a tree parsed from one line to where that line is in the whole text. */
function shift(node: UnistNode & {children?: UnistNode[]}, line: number, offset: number): void {
  if (node.position) {
    node.position = {start: move(node.position.start, line, offset), end: move(node.position.end, line, offset)}
  }

  if (node.children) for (const child of node.children) shift(child, line, offset)
}

function move(point: Point, line: number, offset: number): Point {
  return {line: point.line + line - 1, column: point.column, offset: (point.offset ?? 0) + offset}
}

/**
 * Walk an nlcst tree (from parseText, or from mdast-util-to-nlcst over a
 * Markdown file, where offsets index the Markdown source and some nodes are
 * SourceNode or have no position) and return its sentences with tokens and
 * claims. Offsets are taken from node.position.start.offset / end.offset.
 */
export function extractFromNlcst(tree: Root, text: string, options: ExtractOptions): Sentence[] {
  const extractor = new Extractor(text, options, plainTrees.has(tree))
  extractor.add(tree)
  return extractor.finish()
}

/**
 * `extractFromNlcst` fed part by part: the top-level nodes of a document's
 * tree as they are made (a large document's pieces: Markdown blocks, text
 * chunks, HTML blocks; see src/pipeline/parse.ts `onPiece`), so that each
 * part's tree can be let go once read. `take` hands over the sentences read
 * so far. The parts must come in document order.
 */
export class Extractor {
  readonly #options: ExtractOptions
  readonly #contiguous: boolean
  readonly #urls: UrlMarks | undefined
  readonly #source: Source
  readonly #batch: UnistNode[] = []
  #sentences: Sentence[] = []
  // The language being read: the document's, or a block's own (`data.lang` on a paragraph, see src/pipeline/parse.ts).
  #lang: Lang

  constructor(text: string, options: ExtractOptions, contiguous = false) {
    checkLang(options.lang)
    this.#options = options
    this.#contiguous = contiguous
    this.#urls = contiguous ? {offsets: urlMarks(text), next: 0} : undefined
    this.#source = new Source(text, borrowCodes(text))
    this.#lang = options.lang
  }

  /** Read the sentences of `node` (a tree, or some of its top-level nodes). */
  add(node: UnistNode & {children?: UnistNode[]}): void {
    this.#visit(node)
    this.#flush()
  }

  /** The sentences read since the last `take`. */
  take(): Sentence[] {
    const sentences = this.#sentences
    this.#sentences = []
    return sentences
  }

  /** The sentences not yet taken; the document's codes are given back (see `Source`). */
  finish(): Sentence[] {
    this.#flush()
    this.#source.release()
    return this.take()
  }

  #visit(node: UnistNode & {children?: UnistNode[]}): void {
    if (node.type === 'SentenceNode') {
      this.#batch.push(node)
      if (this.#batch.length === batchSize) this.#flush()
      return
    }

    const own = (node.data as {lang?: Lang} | undefined)?.lang
    const outer = this.#lang
    if (own && own !== outer && languages[own]) {
      this.#flush()
      this.#lang = own
    }

    if (node.children) for (const child of node.children) this.#visit(child)
    if (this.#lang !== outer) {
      this.#flush()
      this.#lang = outer
    }
  }

  #flush(): void {
    if (this.#batch.length === 0) return
    const lang = this.#lang
    const data = languages[lang]
    // A block in another language than the document's uses that language's separator.
    const decimal = lang === this.#options.lang ? (this.#options.decimal ?? data.decimal) : data.decimal
    readSentences(this.#batch, this.#source, data, indexOf(data), decimal, this.#contiguous, this.#urls, this.#sentences, lang)
    this.#batch.length = 0
  }
}

/**
 * Where URLs may be in a document: the offsets of `urlMarks`, in order, and
 * the first of them not before the sentences read so far (sentences come in
 * document order, so each offset is passed once).
 */
interface UrlMarks {
  offsets: number[]
  next: number
}

/** Sentences read together, phase by phase (see `readSentences`). */
const batchSize = 32

/**
 * Read a batch of sentences into `out`: lex them all, then repair them all,
 * then run the grammar over them all. Running one phase over many sentences
 * keeps its code and data hot; a batch is small enough that its tokens die
 * young. `urls`: where URLs may be, when known (see `UrlMarks`).
 */
function readSentences(
  nodes: UnistNode[],
  source: Source,
  data: LangData,
  index: PhraseIndex,
  decimal: ',' | '.',
  contiguous: boolean,
  urls: UrlMarks | undefined,
  out: Sentence[],
  lang: Lang
): void {
  const {text, codes} = source
  const lists: Tok[][] = []
  for (const node of nodes) lists.push(sentenceTokens(node, text, codes, undefined, index, contiguous))
  const startsAt = (list: Tok[], at: number) => startsFigure({toks: list, text, data, index, decimal, listStart: -1, listEnd: 0, figures: []}, at)
  for (let k = 0; k < lists.length; k++) lists[k] = repairGlued(lists[k], data, index, startsAt)
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]
    const toks = lists[k]
    const start = node.position?.start.offset ?? toks[0]?.start ?? 0
    const end = node.position?.end.offset ?? toks[toks.length - 1]?.end ?? start
    let mayHoldUrl = true
    if (urls) {
      const {offsets} = urls
      while (urls.next < offsets.length && offsets[urls.next] < start) urls.next++
      mayHoldUrl = urls.next < offsets.length && offsets[urls.next] < end
    }

    out.push(new ReadSentence(node, source, index, contiguous, start, end, readClaims(toks, text, data, index, decimal, mayHoldUrl), lang))
  }
}

/**
 * The text of a document and its character codes (`codesOf`), shared by its
 * sentences: while the document is extracted the codes are borrowed (see
 * `borrowCodes`); after `release`, a sentence that builds its tokens (when a
 * rule asks) makes the document's own copy, once for all its sentences.
 */
class Source {
  readonly text: string
  #codes: Uint16Array | undefined

  constructor(text: string, borrowed: Uint16Array) {
    this.text = text
    this.#codes = borrowed
  }

  get codes(): Uint16Array {
    return (this.#codes ??= codesOf(this.text))
  }

  /** End the loan: the borrowed codes are overwritten by the next extraction. */
  release(): void {
    this.#codes = undefined
  }
}

/**
 * A sentence as `extractFromNlcst` returns it. Its `tokens` (white space
 * included) are built on first use and then kept: most sentences of a
 * document hold no claim, and a token list kept for each of them doubled the
 * cost of extraction (the objects outlive the young generation of the
 * garbage collector; see bench/extract.ts). The grammar's own tokens are
 * short-lived.
 */
class ReadSentence implements Sentence {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly claims: Claim[]
  readonly lang: Lang
  readonly #node: UnistNode
  readonly #source: Source
  readonly #index: PhraseIndex
  readonly #contiguous: boolean
  #tokens: Token[] | undefined

  constructor(node: UnistNode, source: Source, index: PhraseIndex, contiguous: boolean, start: number, end: number, claims: Claim[], lang: Lang) {
    this.lang = lang
    this.#node = node
    this.#contiguous = contiguous
    this.#source = source
    this.#index = index
    this.text = source.text.slice(start, end)
    this.start = start
    this.end = end
    this.claims = claims
  }

  get tokens(): Token[] {
    if (!this.#tokens) {
      const tokens: Token[] = []
      sentenceTokens(this.#node, this.#source.text, this.#source.codes, tokens, this.#index, this.#contiguous)
      this.#tokens = tokens
    }

    return this.#tokens
  }
}

/** parseText + extractFromNlcst. */
export function extractSentences(text: string, options: ExtractOptions): Sentence[] {
  return extractFromNlcst(parseText(text, options.lang), text, options)
}

/** The claims of a text, flat, in document order. */
export function extractClaims(text: string, options: ExtractOptions): Claim[] {
  const claims: Claim[] = []
  for (const sentence of extractSentences(text, options)) for (const claim of sentence.claims) claims.push(claim)
  return claims
}
