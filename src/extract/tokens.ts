/**
 * Tokens of a sentence: the leaves of an nlcst sentence, re-cut by
 * character class. nlcst keeps "1.500" as one word but splits "19,5" into
 * three nodes, and keeps "50aniversario" as one word; the grammar wants
 * digit runs, letter runs and single marks, each with its source offsets and
 * whether it touches the token before it (nothing, not even markup, between
 * them). Then glued words of noisy copy are repaired ("alcanzócasi 50",
 * "el cuartosocio", "mediomillón") using the language's word lists.
 */
import {Buffer} from 'node:buffer'
import type {Node as UnistNode} from 'unist'
import type {Token} from '../types.js'
import type {LangData, PhraseIndex, WordTable} from './lexicon.js'
import * as lexicon from './lexicon.js'

// The bit constants and the lexicon's functions as this module's own (see `START_ANY` in lexicon.ts for why).
const {WORD_CARDINAL, WORD_CURRENCY_START, WORD_DETERMINER, WORD_HALF, hashOf, hashStep, indexOf, none} = lexicon

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

/**
 * Whether `tok` may be in the word class `bit` (a `WORD_*` bit of
 * `lexicon.ts`): for a word token the bit says it exactly (the lexer, and
 * `split`, looked every word up); any other token (digits, a mark, a Markdown
 * source node) may be, and the caller asks the set itself. Lets the grammar
 * answer no for nearly every word without hashing it.
 */
export function mayBe(tok: Tok, bit: number): boolean {
  return tok.type !== 'word' || (tok.bits & bit) !== 0
}

/**
 * Whether `tok`'s text may be in `PhraseIndex.currencyStarts` ("$", "US",
 * "usd"): words by their `WORD_CURRENCY_START` bit as in `mayBe`; digits,
 * full stops and commas never (`indexOf` checks no sign starts so); other
 * marks are asked of the set.
 */
export function mayStartCurrency(tok: Tok): boolean {
  if (tok.type === 'word') return (tok.bits & WORD_CURRENCY_START) !== 0
  if (tok.type === 'number') return false
  const text = tok.text
  return text !== '.' && text !== ','
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
function markStarts(code: number): boolean {
  return code === 45 || code === 46 || code === 44 || code === 40
}

/** A lower-case letter that `toLowerCase` leaves alone: a–z, ß–ÿ. */
function isPlainLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7)
}

/** Whether `code`, at `index` of `text`, is white space; the regular expression (and its one-character string) only for rare characters. */
export function isSpace(code: number, text: string, index: number): boolean {
  if (code === 32 || code === 9 || code === 10 || code === 13) return true
  if (code < 128) return false
  if (code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a)) return true
  if (code >= 0x2010 && code <= 0x2027) return false
  return space.test(text[index])
}

/** ASCII marks: `$+<=>^|~` and the backquote are symbols, the rest punctuation. */
function markType(code: number, part: string): 'punctuation' | 'symbol' {
  if (code < 128) return code === 36 || code === 43 || code === 60 || code === 61 || code === 62 || code === 94 || code === 96 || code === 124 || code === 126 ? 'symbol' : 'punctuation'
  // Dashes, curly quotes, ellipsis, « » ¡ ¿: punctuation.
  if ((code >= 0x2010 && code <= 0x2027) || code === 0xab || code === 0xbb || code === 0xa1 || code === 0xbf) return 'punctuation'
  return punctuation.test(part) ? 'punctuation' : 'symbol'
}

/** Flags of `charInfo` besides the class (DIGIT, LETTER or OTHER in the low bits): plain lower case (`isPlainLower`), white space (`isSpace`, only of class OTHER). */
const CLASS = 3
const PLAIN = 4
const SPACE = 8

/**
 * Class, plain lower case and white space of the first 256 character codes,
 * worked out once by the functions above: the lexer looks at every character
 * of the text, and for nearly all of them one table read replaces the chains
 * of comparisons.
 */
const latin = new Uint8Array(256)
for (let code = 0; code < 256; code++) {
  const char = String.fromCharCode(code)
  const kind = classOf(char, 0)
  latin[code] = kind | (isPlainLower(code) ? PLAIN : 0) | (kind === OTHER && isSpace(code, char, 0) ? SPACE : 0)
}

/** `latin` for any character of `text`. */
function charInfo(text: string, index: number, code: number): number {
  if (code < 256) return latin[code]
  const kind = classOf(text, index)
  return kind === OTHER && isSpace(code, text, index) ? kind | SPACE : kind
}

function isUpper(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code < 128) return false
  return value[0] !== value[0].toLowerCase()
}

/**
 * The UTF-16 code units of `text` as an array, which the lexer reads instead
 * of calling `charCodeAt`. Why: V8's optimised `charCodeAt` works out again
 * at every call how the string is stored (flat or not, one or two bytes a
 * character), about twenty of the thirty-five instructions per character of
 * the lexer's loop, where an array read is a bounds check and a load. Copied
 * by Node's native encoder: on the Spanish benchmark article the lexer takes
 * a fifth less time, extraction 4–11% less (`docs/extraction.md`, "Speed").
 * The array is the caller's to keep; see `borrowCodes` for one that is not.
 */
export function codesOf(text: string): Uint16Array {
  // A buffer of its own (not from Node's pool), so it starts at an even byte as a Uint16Array must.
  const bytes = Buffer.allocUnsafeSlow(text.length * 2)
  bytes.write(text, 0, 'utf16le')
  return new Uint16Array(bytes.buffer, 0, text.length)
}

/** Documents up to this many characters are copied into `scratch` by `borrowCodes`: 128 KB kept for the life of the process. */
const scratchLength = 65_536

/** The buffer `borrowCodes` writes into, and the same memory as code units. */
const scratch = Buffer.allocUnsafeSlow(scratchLength * 2)
const scratchCodes = new Uint16Array(scratch.buffer, 0, scratchLength)

/**
 * `codesOf(text)` for the length of one synchronous call: a document up to
 * `scratchLength` characters is written into one buffer kept for the purpose
 * (its array may be longer than `text`), which the next call overwrites.
 * Why: a new buffer of a news article's size costs more to allocate than to
 * fill (3–5 µs against 0.3–0.5 µs, 2–4% of extracting the Spanish benchmark
 * article).
 */
export function borrowCodes(text: string): Uint16Array {
  if (text.length > scratchLength) return codesOf(text)
  scratch.write(text, 0, 'utf16le')
  return scratchCodes
}

/**
 * Collect the tokens of one nlcst sentence of `text` (whose characters are
 * `codes`, from `codesOf`): the returned list has the tokens the grammar
 * reads. When `all` is given it also receives every token, white
 * space included (the same objects, so nothing is built twice); that is
 * `Sentence.tokens`, built only when a rule asks for it (see `readSentence`).
 *
 * With `contiguous`, the sentence's leaves are known to cover its span of
 * `text` without gaps or opaque nodes (a tree from `parseText`), and the span
 * is lexed in one pass without walking the tree: the walk's property reads
 * on leaves of many shapes cost more than the lexing itself. Trees from
 * Markdown or HTML have gaps (markup) and source nodes, and are walked.
 */
export function sentenceTokens(sentence: Leaf, text: string, codes: Uint16Array, all: Token[] | undefined, index: PhraseIndex, contiguous = false): Tok[] {
  const out: Tok[] = []
  const table = index.startsTable
  let previousEnd = -1
  const start = sentence.position?.start.offset
  const end = sentence.position?.end.offset
  if (contiguous && start !== undefined && end !== undefined) previousEnd = lex(text, codes, start, end, undefined, table, out, all, previousEnd)
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

    if (node.type === 'WhiteSpaceNode' && node.value !== undefined && node.value.length !== end - start) {
      // White space written as a character reference (`&nbsp;` in Markdown or HTML): its value, not its source.
      all?.push({text: node.value, start, end, type: 'whitespace'})
      previousEnd = -1
      return
    }

    if (node.value !== undefined && node.value.length !== end - start) {
      // A character reference (`&#36;`, `&euro;`): lex its value, each token spanning the reference.
      const first = out.length
      const firstAll = all ? all.length : 0
      lex(node.value, codesOf(node.value), 0, node.value.length, node.value, table, out, all, -1)
      for (let k = first; k < out.length; k++) Object.assign(out[k], {start, end, glued: k === first && start === previousEnd})
      if (all) for (let k = firstAll; k < all.length; k++) Object.assign(all[k], {start, end})
      previousEnd = end
      return
    }

    previousEnd = lex(text, codes, start, end, node.value, table, out, all, previousEnd)
  }
}

/**
 * Cut `text` from `start` to `end` by character class into `out` (and
 * `all`, with white space), reading its characters from `codes`
 * (`codesOf(text)`); `value`, when given, is that slice already.
 * `previousEnd` is where the token before ended (-1: not touching), and the
 * same is returned for the next leaf.
 *
 * Each word's `bits` come from `table`: while scanning a plain lower-case
 * word the lexer folds its characters into the table's hash, so the lookup
 * hashes nothing again (see `WordTable`). A module function, not a closure
 * made per sentence.
 */
function lex(
  text: string,
  codes: Uint16Array,
  start: number,
  end: number,
  value: string | undefined,
  table: WordTable,
  out: Tok[],
  all: Token[] | undefined,
  previousEnd: number
): number {
  let from = start
  while (from < end) {
    const code = codes[from]
    const info = charInfo(text, from, code)
    const kind = info & CLASS
    let to = from + 1
    if (info & SPACE) {
      // A run of white space is one token.
      while (to < end && charInfo(text, to, codes[to]) & SPACE) to++
      all?.push({text: from === start && to === end && value !== undefined && value.length === to - from ? value : text.slice(from, to), start: from, end: to, type: 'whitespace'})
      previousEnd = -1
      from = to
      continue
    }

    // Lower-casing costs a copy: only words with a capital or a non-ASCII letter need it.
    let plain = kind === LETTER && (info & PLAIN) !== 0
    let hash = hashStep(0, code)
    if (kind !== OTHER) {
      while (to < end) {
        const next = codes[to]
        const nextInfo = charInfo(text, to, next)
        if ((nextInfo & CLASS) !== kind) break
        if (plain) {
          if (nextInfo & PLAIN) hash = hashStep(hash, next)
          else plain = false
        }

        to++
      }
    }

    // A leaf that is one piece (most words) keeps its string instead of a copy. In a
    // Markdown tree that string may differ from the source under it (an escape): then
    // the token's text is the leaf's, and so are its hash and its marks.
    const whole = from === start && to === end && value !== undefined && value.length === to - from
    let part: string
    let type: Tok['type']
    let lower: string
    let bits = 0
    if (kind === LETTER && plain && !whole) {
      // A lower-case word is looked up in place; a known one ("the", "de") takes the table's string.
      type = 'word'
      const slot = table.find(codes, from, to, hash)
      if (slot < 0) part = text.slice(from, to)
      else {
        part = table.key(slot)
        bits = table.value(slot)
      }

      lower = part
    } else {
      part = whole ? value : text.slice(from, to)
      lower = part
      if (kind === DIGIT) type = 'number'
      else if (kind === LETTER) {
        type = 'word'
        if (!plain) lower = part.toLowerCase()
        const slot = table.findWord(lower, hashOf(lower))
        if (slot >= 0) {
          lower = table.key(slot)
          bits = table.value(slot)
        }
      } else {
        type = markType(code, part)
        if (type === 'symbol' || markStarts(part.charCodeAt(0))) {
          const slot = table.findWord(part, whole ? hashOf(part) : hash)
          if (slot >= 0) bits = table.value(slot)
        }
      }
    }

    const tok: Tok = {
      text: part,
      lower,
      start: from,
      end: to,
      type,
      glued: from === previousEnd,
      cap: type === 'word' && !plain && isUpper(part),
      bits
    }
    all?.push(tok)
    out.push(tok)
    previousEnd = to
    from = to
  }

  return previousEnd
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
export function repairGlued(toks: Tok[], data: LangData, index: PhraseIndex, startsFigure: (toks: Tok[], at: number) => boolean): Tok[] {
  let result: Tok[] | undefined
  const qualifiers = data.gluedQualifiers.length > 0
  const prefixes = data.gluedPrefixes.length > 0
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k]
    let parts: Tok[] | undefined
    // A word's length from its offsets (equal for every word token): the test touches no string.
    if (tok.type === 'word' && tok.end - tok.start > 4) {
      // Each repair is tried only where it can succeed, and the letter pairs
      // rule out nearly every word first: a glued qualifier ends the word
      // ("alcanzócasi") and needs a figure right after its words; a glued
      // ordinal starts it, after a determiner ("el cuartosocio"), and a glued
      // half word starts it anywhere ("mediomillón").
      const word = tok.lower
      if (qualifiers && index.gluedEnds.has(word, word.length - 2) && figureWithin(toks, k, index.gluedQualifierReach)) {
        parts = gluedQualifier(toks, k, data, index, startsFigure)
      }

      if (!parts && prefixes && index.gluedStarts.has(word, 0)) {
        // Asked once here: both the gate of `gluedPrefix` and its splits depend on it.
        const determiner = afterDeterminer(toks, k, data)
        if (determiner || startsWithHalf(tok, index)) parts = gluedPrefix(toks, k, data, index, determiner)
      }

      // Known words and listed exceptions ("mayordomo") are not glued.
      if (parts && (data.gluedExceptions.has(tok.lower) || isKnown(tok.lower, data))) parts = undefined
    }

    if (parts) {
      result ??= toks.slice(0, k)
      result.push(...parts)
    } else if (result) result.push(tok)
  }

  return result ?? toks
}

/** Whether `tok` starts with a half word that may be glued ("medio" of "mediomillón"). */
function startsWithHalf(tok: Tok, index: PhraseIndex): boolean {
  const word = tok.lower
  // By the first letter: most words that get here start otherwise.
  const code = word.charCodeAt(0)
  const halves = code < 256 ? index.gluedHalves[code] : none
  for (let k = 0; k < halves.length; k++) if (word.startsWith(halves[k])) return true
  return false
}

/**
 * Whether a figure may start within `reach` tokens after `at`: a glued
 * qualifier needs one right after its words (`startsFigure` implies
 * `startsNumber`), and its phrases are at most `reach` words long.
 */
function figureWithin(toks: Tok[], at: number, reach: number): boolean {
  for (let k = 1; k <= reach; k++) if (startsNumber(toks[at + k])) return true
  return false
}

/**
 * Whether the token before `at` is a determiner: `gluedPrefix` splits an
 * ordinal off only after one, and else only a glued half word. A word's bit
 * says it exactly (see `mayBe`); other tokens are asked of the set.
 */
function afterDeterminer(toks: Tok[], at: number, data: LangData): boolean {
  const before = toks[at - 1]
  if (before === undefined) return false
  return before.type === 'word' ? (before.bits & WORD_DETERMINER) !== 0 : data.determiners.has(before.lower)
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
  at: number,
  data: LangData,
  index: PhraseIndex,
  startsFigure: (toks: Tok[], at: number) => boolean
): Tok[] | undefined {
  const tok = toks[at]
  const word = tok.lower
  for (const qualifier of data.gluedQualifiers) {
    if (word.length - qualifier.length < 3 || !word.endsWith(qualifier)) continue
    // The rest of a multi-word qualifier ("más de", "cerca de") must follow.
    let phrase: {words: string[]} | undefined
    for (const candidate of index.qualifiers.get(qualifier) ?? none) {
      if (followedBy(toks, at + 1, candidate.words, 1)) {
        phrase = candidate
        break
      }
    }

    if (!phrase) continue
    if (!startsFigure(toks, at + phrase.words.length)) continue
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

/** A glued ordinal or half word at `at` ("el cuartosocio", "mediomillón"); `determiner`: a determiner stands before it. */
function gluedPrefix(toks: Tok[], at: number, data: LangData, index: PhraseIndex, determiner: boolean): Tok[] | undefined {
  const tok = toks[at]
  const word = tok.lower
  const code = word.charCodeAt(0)
  for (const prefix of code < 256 ? index.gluedByFirst[code] : none) {
    if (!word.startsWith(prefix) || word.length === prefix.length) continue
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
