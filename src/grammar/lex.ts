/**
 * Lexemes of a sentence: the nlcst leaves of a sentence re-cut into the
 * units the claim grammar reads. nlcst splits "19,5" into "19" "," "5" and
 * keeps "50aniversario" as one word; the grammar wants one number "19,5"
 * and a number glued to a word. So contiguous leaves are joined into runs
 * (a gap in offsets, as around Markdown markup or inline code, ends a run)
 * and each run is cut by character class.
 */
import type {Sentence as NlcstSentence, Node as NlcstNode} from 'nlcst'

export type LexemeType = 'word' | 'number' | 'symbol' | 'punctuation'

export interface Lexeme {
  text: string
  /** Lower case. */
  lower: string
  start: number
  end: number
  type: LexemeType
  /** White space, a line break or markup stands between this lexeme and the one before. */
  spaced: boolean
}

const symbolChars = /[$€£¥₩₫%º°ª+#@&*=<>~^|\\§©®™]/u

/** Letters (and combining marks), by code: ASCII and Latin-1/Extended fast, the rest by Unicode class. */
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  return /[\p{L}\p{M}]/u.test(String.fromCharCode(code))
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 12 || code === 11
}

/**
 * Cut a piece of source text into lexemes; `offset` is where `text` starts in
 * the document. A hand-written scanner (rather than one regular expression)
 * because this runs over every character of every document.
 */
export function lex(text: string, offset: number, out: Lexeme[], spacedFirst = true): void {
  let spaced = spacedFirst
  let i = 0
  const length = text.length
  while (i < length) {
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      spaced = true
      i++
      continue
    }
    const start = i
    let type: LexemeType
    if (isDigit(code)) {
      // Digits, with `.` or `,` between digit groups: "19,5", "1.500.000".
      i++
      while (i < length) {
        const c = text.charCodeAt(i)
        if (isDigit(c)) i++
        else if ((c === 46 || c === 44) && i + 1 < length && isDigit(text.charCodeAt(i + 1))) i += 2
        else break
      }
      type = 'number'
    } else if (isLetter(code)) {
      i++
      while (i < length) {
        const c = text.charCodeAt(i)
        if (isLetter(c)) i++
        else if ((c === 39 || c === 0x2019) && i + 1 < length && isLetter(text.charCodeAt(i + 1))) i += 2
        else break
      }
      type = 'word'
    } else {
      // One character; a surrogate pair stays whole.
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1
      type = symbolChars.test(text.slice(start, i)) ? 'symbol' : 'punctuation'
    }
    const value = text.slice(start, i)
    out.push({text: value, lower: type === 'word' ? value.toLowerCase() : value, start: offset + start, end: offset + i, type, spaced})
    spaced = false
  }
}

/** The lexemes of an nlcst sentence, reading the text from the document source. */
export function sentenceLexemes(sentence: NlcstSentence, doc: string): Lexeme[] {
  const out: Lexeme[] = []
  const run = {start: -1, end: -1}
  readChildren(sentence as unknown as NlcstNode, doc, out, run)
  if (run.start >= 0) lex(doc.slice(run.start, run.end), run.start, out, true)
  return out
}

/**
 * Join the sentence's children (words, white space, punctuation, symbols)
 * into runs of contiguous text and lex each run. Their positions are enough,
 * since a word's parts are contiguous; a gap (Markdown markup) or a source
 * node (inline code) ends a run. A child without a position is descended into.
 */
function readChildren(node: NlcstNode, doc: string, out: Lexeme[], run: {start: number; end: number}): void {
  for (const child of (node as {children?: NlcstNode[]}).children ?? []) {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) {
      readChildren(child, doc, out, run)
      continue
    }
    if (child.type === 'SourceNode') {
      if (run.start >= 0) lex(doc.slice(run.start, run.end), run.start, out, true)
      run.start = -1
      continue
    }
    if (run.start >= 0 && start === run.end) {
      run.end = end
      continue
    }
    if (run.start >= 0) lex(doc.slice(run.start, run.end), run.start, out, true)
    run.start = start
    run.end = end
  }
}
