/**
 * Tokens of a sentence: the leaves of an nlcst sentence, re-cut by
 * character class. nlcst keeps "1.500" as one word but splits "19,5" into
 * three nodes, and keeps "50aniversario" as one word; the grammar wants
 * digit runs, letter runs and single marks, each with its source offsets and
 * whether it touches the token before it (nothing, not even markup, between
 * them). Then glued words of noisy copy are repaired ("alcanzócasi 50",
 * "el cuartosocio", "mediomillón") using the language's word lists.
 */
import type {Node as UnistNode} from 'unist'
import type {Token} from '../types.js'
import type {LangData} from './lexicon.js'
import {WORD_CARDINAL, WORD_DETERMINER, WORD_HALF, WORD_OF, indexOf, none} from './lexicon.js'

/** A token as the grammar reads it. */
export interface Tok {
  text: string
  /** Lower case. */
  lower: string
  start: number
  end: number
  type: Exclude<Token['type'], 'whitespace'>
  /** Nothing stands between this token and the previous one. */
  glued: boolean
  /** Starts with an upper-case letter. */
  cap: boolean
  /** `PhraseIndex.starts` of the lower-case text: which readers may start here, and word classes. */
  bits: number
}

interface Leaf extends UnistNode {
  value?: string
  children?: Leaf[]
}

const letter = /[\p{L}\p{M}]/u
const punctuation = /^[\p{P}]$/u
const space = /\s/u

/** Character classes of the lexer: digit, letter, anything else (one token per character). */
const DIGIT = 0
const LETTER = 1
const OTHER = 2

function classOf(value: string, index: number): number {
  const code = value.charCodeAt(index)
  if (code >= 48 && code <= 57) return DIGIT
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return LETTER
  if (code < 128) return OTHER
  // Latin-1 and Latin Extended letters (á, ñ, ü …) and combining accents, without a regular expression.
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f)) return LETTER
  // General punctuation (curly quotes, dashes, thin spaces) is never a letter.
  if (code >= 0x2000 && code <= 0x206f) return OTHER
  return letter.test(value[index]) ? LETTER : OTHER
}

/** Punctuation that may start a claim ("-1", ".08", ",08", "(555)"); other marks need no lookup. */
function markStarts(part: string): boolean {
  const code = part.charCodeAt(0)
  return code === 45 || code === 46 || code === 44 || code === 40
}

/** A lower-case letter that `toLowerCase` leaves alone: a–z, ß–ÿ. */
function isPlainLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7)
}

function isSpace(code: number, part: string): boolean {
  if (code === 32 || code === 9 || code === 10 || code === 13) return true
  if (code < 128) return false
  if (code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a)) return true
  if (code >= 0x2010 && code <= 0x2027) return false
  return space.test(part)
}

/** ASCII marks: `$+<=>^|~` and the backquote are symbols, the rest punctuation. */
function markType(code: number, part: string): 'punctuation' | 'symbol' {
  if (code < 128) return code === 36 || code === 43 || code === 60 || code === 61 || code === 62 || code === 94 || code === 96 || code === 124 || code === 126 ? 'symbol' : 'punctuation'
  // Dashes, curly quotes, ellipsis, « » ¡ ¿: punctuation.
  if ((code >= 0x2010 && code <= 0x2027) || code === 0xab || code === 0xbb || code === 0xa1 || code === 0xbf) return 'punctuation'
  return punctuation.test(part) ? 'punctuation' : 'symbol'
}

function isUpper(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code < 128) return false
  return value[0] !== value[0].toLowerCase()
}

/**
 * Collect the tokens of one nlcst sentence: the returned list has the tokens
 * the grammar reads. When `all` is given it also receives every token, white
 * space included (the same objects, so nothing is built twice); that is
 * `Sentence.tokens`, built only when a rule asks for it (see `readSentence`).
 *
 * With `contiguous`, the sentence's leaves are known to cover its span of
 * `text` without gaps or opaque nodes (a tree from `parseText`), and the span
 * is lexed in one pass without walking the tree: the walk's property reads
 * on leaves of many shapes cost more than the lexing itself. Trees from
 * Markdown or HTML have gaps (markup) and source nodes, and are walked.
 */
export function sentenceTokens(sentence: Leaf, text: string, all: Token[] | undefined, data: LangData, contiguous = false): Tok[] {
  const out: Tok[] = []
  const starts = indexOf(data).starts
  let previousEnd = -1
  const start = sentence.position?.start.offset
  const end = sentence.position?.end.offset
  if (contiguous && start !== undefined && end !== undefined) lex(start, end, undefined)
  else visit(sentence)
  return out

  function visit(node: Leaf): void {
    if (node.children) {
      for (const child of node.children) visit(child)
      return
    }

    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) {
      // A node without a place (generated by a Markdown converter): a barrier.
      previousEnd = -1
      return
    }

    if (node.type === 'SourceNode') {
      // Inline code and the like: one opaque token the grammar never reads into.
      const value = text.slice(start, end)
      const tok: Tok = {text: value, lower: value, start, end, type: 'symbol', glued: false, cap: false, bits: 0}
      all?.push(tok)
      out.push(tok)
      previousEnd = -1
      return
    }

    lex(start, end, node.value)
  }

  /** Cut `text` from `start` to `end` by character class; `value`, when given, is that slice already. */
  function lex(start: number, end: number, value: string | undefined): void {
    let from = start
    while (from < end) {
      const kind = classOf(text, from)
      let to = from + 1
      // Lower-casing costs a copy: only words with a capital or a non-ASCII letter need it.
      let plain = kind === LETTER && isPlainLower(text.charCodeAt(from))
      if (kind !== OTHER) {
        while (to < end && classOf(text, to) === kind) {
          if (plain && !isPlainLower(text.charCodeAt(to))) plain = false
          to++
        }
      } else if (isSpace(text.charCodeAt(from), text[from])) {
        // A run of white space is one token.
        while (to < end && isSpace(text.charCodeAt(to), text[to])) to++
        all?.push({text: from === start && to === end && value !== undefined && value.length === to - from ? value : text.slice(from, to), start: from, end: to, type: 'whitespace'})
        previousEnd = -1
        from = to
        continue
      }

      // A leaf that is one piece (most words) keeps its string instead of a copy.
      const part = from === start && to === end && value !== undefined && value.length === to - from ? value : text.slice(from, to)
      let type: Tok['type']
      if (kind === DIGIT) type = 'number'
      else if (kind === LETTER) type = 'word'
      else type = markType(text.charCodeAt(from), part)
      const lower = type === 'word' && !plain ? part.toLowerCase() : part
      const tok: Tok = {
        text: part,
        lower,
        start: from,
        end: to,
        type,
        glued: from === previousEnd,
        cap: type === 'word' && !plain && isUpper(part),
        bits: type === 'number' || (type === 'punctuation' && !markStarts(part)) ? 0 : starts.get(lower) ?? 0
      }
      all?.push(tok)
      out.push(tok)
      previousEnd = to
      from = to
    }
  }
}

/** Split token `tok` at `at` characters into two glued tokens. */
function split(tok: Tok, at: number, data: LangData): [Tok, Tok] {
  const a = tok.text.slice(0, at)
  const b = tok.text.slice(at)
  return [
    {text: a, lower: a.toLowerCase(), start: tok.start, end: tok.start + at, type: 'word', glued: tok.glued, cap: tok.cap, bits: indexOf(data).starts.get(a.toLowerCase()) ?? 0},
    {text: b, lower: b.toLowerCase(), start: tok.start + at, end: tok.end, type: 'word', glued: true, cap: isUpper(b), bits: indexOf(data).starts.get(b.toLowerCase()) ?? 0}
  ]
}

/**
 * Repair glued words of noisy copy, in place of the token list:
 * - a qualifier glued to the word before it, when a figure follows:
 *   "alcanzócasi 50" → "alcanzó" "casi" "50";
 * - an ordinal or superlative glued to its noun after a determiner:
 *   "el cuartosocio" → "cuarto" "socio", "el mayorproveedor";
 * - "medio" glued to a scale word: "mediomillón" → "medio" "millón".
 * Known words and listed exceptions ("mayordomo") are left alone.
 */
export function repairGlued(toks: Tok[], data: LangData, startsFigure: (toks: Tok[], index: number) => boolean): Tok[] {
  let result: Tok[] | undefined
  for (let index = 0; index < toks.length; index++) {
    const tok = toks[index]
    let parts: Tok[] | undefined
    if (tok.type === 'word' && tok.text.length > 4 && mayBeGlued(toks, index, data)) {
      parts = gluedQualifier(toks, index, data, startsFigure) ?? gluedPrefix(toks, index, data)
      // Known words and listed exceptions ("mayordomo") are not glued.
      if (parts && (data.gluedExceptions.has(tok.lower) || isKnown(tok.lower, data))) parts = undefined
    }

    if (parts) {
      result ??= toks.slice(0, index)
      result.push(...parts)
    } else if (result) result.push(tok)
  }

  return result ?? toks
}

/**
 * Cheap test before the word lists: a glued qualifier needs a figure (or
 * "de") right after it, a glued ordinal a determiner before it, a glued
 * "medio" its first letters.
 */
function mayBeGlued(toks: Tok[], index: number, data: LangData): boolean {
  const next = toks[index + 1]
  if (next && data.gluedQualifiers.length > 0) {
    if (startsNumber(next)) return true
    if (next.bits & WORD_OF && startsNumber(toks[index + 2])) return true
  }

  if (data.gluedPrefixes.length === 0) return false
  const before = toks[index - 1]
  if (before && before.bits & WORD_DETERMINER) return true
  // "mediomillón": a half word glued to a scale word, with no determiner needed.
  const glued = indexOf(data).gluedByFirst.get(toks[index].lower.charCodeAt(0))
  if (glued) for (const prefix of glued) if (data.half.has(prefix) && toks[index].lower.startsWith(prefix)) return true
  return false
}

/** A token that can begin a figure: digits, a sign, a number word. */
function startsNumber(tok: Tok | undefined): boolean {
  if (!tok) return false
  return tok.type === 'number' || tok.type === 'symbol' || (tok.bits & (WORD_CARDINAL | WORD_HALF)) !== 0
}

function isKnown(word: string, data: LangData): boolean {
  return (
    data.cardinals.has(word) ||
    data.ordinals.has(word) ||
    data.months.has(word) ||
    data.stopwords.has(word) ||
    data.anniversary.has(word)
  )
}

function gluedQualifier(
  toks: Tok[],
  index: number,
  data: LangData,
  startsFigure: (toks: Tok[], index: number) => boolean
): Tok[] | undefined {
  const tok = toks[index]
  for (const qualifier of data.gluedQualifiers) {
    if (tok.lower.length - qualifier.length < 3 || !tok.lower.endsWith(qualifier)) continue
    // The rest of a multi-word qualifier ("más de", "cerca de") must follow.
    let phrase: {words: string[]} | undefined
    for (const candidate of indexOf(data).qualifiers.get(qualifier) ?? none) {
      if (followedBy(toks, index + 1, candidate.words, 1)) {
        phrase = candidate
        break
      }
    }

    if (!phrase) continue
    if (!startsFigure(toks, index + phrase.words.length)) continue
    return split(tok, tok.text.length - qualifier.length, data)
  }

  return undefined
}

/** Whether `words` from `from` on are the tokens at `index` on. */
function followedBy(toks: Tok[], index: number, words: string[], from: number): boolean {
  for (let k = from; k < words.length; k++) {
    const tok = toks[index + k - from]
    if (!tok || tok.lower !== words[k]) return false
  }

  return true
}

function gluedPrefix(toks: Tok[], index: number, data: LangData): Tok[] | undefined {
  const tok = toks[index]
  const before = toks[index - 1]
  const determiner = before !== undefined && data.determiners.has(before.lower)
  for (const prefix of indexOf(data).gluedByFirst.get(tok.lower.charCodeAt(0)) ?? none) {
    if (!tok.lower.startsWith(prefix) || tok.lower.length === prefix.length) continue
    const rest = tok.lower.slice(prefix.length)
    const scale = data.cardinals.get(rest)?.role === 'scale'
    if (data.half.has(prefix)) {
      if (scale) return split(tok, prefix.length, data)
      continue
    }

    if (determiner && rest.length >= 4 && !data.stopwords.has(rest)) return split(tok, prefix.length, data)
  }

  return undefined
}
