/**
 * Claim extraction: text → nlcst (per paragraph) → sentences → lexemes →
 * claims. See docs/extraction.md for what is recognised and how values,
 * spans and precision are defined.
 *
 * ```ts
 * import {extractClaims} from 'claimlint'
 * extractClaims('Japón tiene más de cinco proyectos.', {lang: 'es'})
 * // [{kind: 'quantity', start: 12, end: 34, text: 'más de cinco proyectos', value: 5,
 * //   unit: 'proyecto', qualifier: {type: 'more', text: 'más de', ...}, ...}]
 * ```
 */
import type {Root, Paragraph, Sentence as NlcstSentence, Node as NlcstNode} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import type {Claim, ExtractOptions, Lang, Sentence} from '../types.js'
import {sentenceLexemes} from './lex.js'
import {readClaims} from './grammar.js'

const parsers: Record<Lang, ParseEnglish | ParseLatin> = {en: new ParseEnglish(), es: new ParseLatin()}

/** Paragraphs longer than this are also split at single line breaks, so parsing stays linear. */
const maxParagraph = 4000

/**
 * Parse plain text into an nlcst tree, paragraph by paragraph: parse-latin's
 * cost grows faster than the input on one huge paragraph, so each paragraph
 * (text between blank lines, or between line breaks in a very long one) is
 * parsed on its own and its positions shifted to the whole text.
 */
export function parseText(text: string, lang: Lang): Root {
  const parser = parsers[lang]
  const root: Root = {type: 'RootNode', children: [], position: {start: point(text, 0), end: point(text, text.length)}}
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1)

  for (const [start, end] of paragraphs(text)) {
    const tree = parser.parse(text.slice(start, end))
    for (const child of tree.children) {
      if (child.type !== 'ParagraphNode') continue
      shift(child as unknown as NlcstNode, start, lineStarts)
      root.children.push(child as Paragraph)
    }
  }

  return root
}

/** [start, end) of each paragraph with text. */
function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const blank = /\n[ \t]*\n/g
  let last = 0
  const add = (start: number, end: number) => {
    if (end - start > maxParagraph) {
      let s = start
      for (let i = start; i < end; i++) {
        if (text.charCodeAt(i) === 10) {
          if (i > s) out.push([s, i])
          s = i + 1
        }
      }
      if (end > s) out.push([s, end])
    } else if (/\S/.test(text.slice(start, end))) {
      out.push([start, end])
    }
  }

  let match: RegExpExecArray | null
  while ((match = blank.exec(text))) {
    add(last, match.index)
    last = match.index + match[0].length
  }
  add(last, text.length)
  return out
}

/**
 * Move a paragraph's positions from paragraph-relative to text-relative.
 * New point objects are made: the parsers share one point object between a
 * node and its first or last child, so moving points in place would move
 * some twice.
 */
function shift(node: NlcstNode, offset: number, lineStarts: number[]): void {
  if (node.position) {
    node.position = {
      start: pointAt(lineStarts, node.position.start.offset! + offset),
      end: pointAt(lineStarts, node.position.end.offset! + offset)
    }
  }
  const children = (node as {children?: NlcstNode[]}).children
  if (children) for (const child of children) shift(child, offset, lineStarts)
}

function pointAt(lineStarts: number[], offset: number) {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lineStarts[mid] <= offset) low = mid
    else high = mid - 1
  }
  return {line: low + 1, column: offset - lineStarts[low] + 1, offset}
}

function point(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: before[before.length - 1].length + 1, offset}
}

/** The sentences of an nlcst tree with their tokens and claims; offsets index `text`. */
export function extractFromNlcst(tree: Root, text: string, options: ExtractOptions): Sentence[] {
  const decimal = options.decimal ?? (options.lang === 'es' ? ',' : '.')
  const sentences: Sentence[] = []
  visitSentences(tree as unknown as NlcstNode, (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const lexemes = sentenceLexemes(node, text)
    if (lexemes.length === 0) return
    sentences.push({
      text: text.slice(start, end),
      start,
      end,
      // Lexemes are tokens (with two more fields), shared rather than copied.
      tokens: lexemes,
      claims: readClaims(lexemes, text, options.lang, decimal)
    })
  })
  return sentences
}

function visitSentences(node: NlcstNode, visit: (sentence: NlcstSentence) => void): void {
  if (node.type === 'SentenceNode') {
    visit(node as NlcstSentence)
    return
  }
  const children = (node as {children?: NlcstNode[]}).children
  if (children) for (const child of children) visitSentences(child, visit)
}

/** Parse and extract: the sentences of a plain text. */
export function extractSentences(text: string, options: ExtractOptions): Sentence[] {
  return extractFromNlcst(parseText(text, options.lang), text, options)
}

/** The claims of a plain text, in document order. */
export function extractClaims(text: string, options: ExtractOptions): Claim[] {
  return extractSentences(text, options).flatMap((sentence) => sentence.claims)
}
