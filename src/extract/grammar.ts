/**
 * The claim grammar: one hand-written reader over the tokens of a sentence,
 * shared by every language, with each language's words as data (`en.ts`,
 * `es.ts`).
 *
 * At each token it tries, in order: a relative date ("este año", "last
 * May", "hace dos años"), an absolute date ("21 de septiembre de 1973"), a
 * fixed duration ("medio siglo"), a range ("entre 5 y 10"), a qualified
 * figure ("más de cinco proyectos"), a figure with its currency, scale,
 * percent sign, anniversary word or counted noun, an ordinal (rank or
 * anniversary) and a superlative rank ("el mayor proveedor"). The first
 * reading that succeeds consumes its tokens; otherwise the reader moves on by
 * one token. Each step looks at a bounded number of tokens, so a sentence
 * costs time linear in its length.
 */
import type {Claim, ClaimKind, Qualifier, QualifierType, RelativeDate, Span} from '../types.js'
import {currencyCodes} from '../registry/currencies.js'
import type {LangData, PhraseIndex, RelativePhrase} from './lexicon.js'
import * as lexicon from './lexicon.js'
import type {Tok} from './tokens.js'
import * as tokens from './tokens.js'
import type {Ctx, Figure} from './numbers.js'
import * as numbers from './numbers.js'

// The lexicon's constants and the functions of sibling modules as this module's own
// (see `START_ANY` in lexicon.ts for why).
const {isSpace, mayBe, mayStartCurrency} = tokens
const {matchWords, readFigure, readScale} = numbers
const {
  dollarPrefixes,
  none,
  START_AGO,
  START_ANY,
  START_DATE,
  START_DURATION,
  START_FIGURE,
  START_ORDINAL,
  START_PHONE,
  START_QUALIFIER,
  START_RANGE,
  START_RELATIVE,
  START_SUPERLATIVE,
  WORD_ANNIVERSARY,
  WORD_CARDINAL,
  WORD_CURRENCY_NAME,
  WORD_CURRENCY_START,
  WORD_DETERMINER,
  WORD_DOZEN,
  WORD_HALF,
  WORD_INDEFINITE,
  WORD_MONTH,
  WORD_OF,
  WORD_OVER,
  WORD_ORDINAL,
  WORD_PERCENT,
  WORD_SCALE,
  WORD_POSTFIX,
  WORD_QUALIFIER,
  WORD_RELATIVE_NEXT,
  WORD_STOPWORD,
  WORD_TIME_UNIT
} = lexicon

interface Reading {
  claims: Claim[]
  next: number
}

/**
 * Readers that read an amount right after the token they start at (at most
 * `PhraseIndex.figureReach` tokens on): ranges, qualifiers, "hace" and "ago"
 * figures, phone numbers, figures themselves. Where no token that may start a
 * figure (`mayStartFigure`) is that near, none of them can succeed.
 */
const NEED_FIGURE = START_RANGE | START_QUALIFIER | START_PHONE | START_AGO | START_FIGURE

/**
 * Claims of one sentence's tokens, in document order. `mayHoldUrl`: false
 * when the caller knows the sentence has no mark of a URL or an e-mail
 * address (see `urlMarks`), so its tokens need not be scanned for one.
 */
export function readClaims(toks: Tok[], text: string, data: LangData, index: PhraseIndex, decimal: ',' | '.', mayHoldUrl = true): Claim[] {
  const ctx: Ctx = {toks, text, data, index, decimal, listStart: -1, listEnd: 0, figures: []}
  const claims: Claim[] = []
  const skip = mayHoldUrl ? urlSpans(toks, text) : none
  const reach = index.figureReach
  // The next token at or after the last place looked at that may start a figure (`toks.length`: none).
  let figure = -1
  let i = 0
  while (i < toks.length) {
    const tok = toks[i]
    // Most tokens of prose start no claim (no digits, no reader bits, no capital of an ISO
    // code: see `readAt`), and most sentences have no URL: skip both without a call.
    if ((tok.type !== 'number' && (tok.bits & START_ANY) === 0 && !tok.cap) || (skip.length > 0 && inside(tok, skip))) {
      i++
      continue
    }

    // Common words that open ranges and qualifiers ("de", "the", "a", "en") and
    // every comma and full stop: without a figure near, their readers are not tried.
    let only = START_ANY
    if (tok.type !== 'number' && (tok.bits & NEED_FIGURE) !== 0) {
      if (figure < i) figure = nextFigureStart(toks, i)
      if (figure === toks.length || figure - i > reach) {
        only = START_ANY & ~NEED_FIGURE
        if ((tok.bits & only) === 0 && !tok.cap) {
          i++
          continue
        }
      }
    }

    const reading = readAt(ctx, i, only)
    if (reading) {
      for (const claim of reading.claims) if (finite(claim)) claims.push(claim)
      i = Math.max(reading.next, i + 1)
    } else i++
  }

  return claims
}

/**
 * A figure beyond what a double holds ("10^400", "$1e400", 309 digits and
 * more) is no claim: as Infinity it would agree or clash with anything, so
 * it could only give a false finding. Such figures are left unread.
 */
function finite(claim: Claim): boolean {
  const numbers = [claim.value, claim.step, claim.min?.value, claim.max?.value]
  return numbers.every((n) => n === undefined || Number.isFinite(n))
}

/**
 * Whether the token at `k` may be the first token of a figure or an amount
 * as `mayStartAmount` and `readFigure` take one: digits; a number word, an
 * article, a scale or dozen word; a possible ISO code; any symbol (not all
 * are looked up: taken as may). The letters of a currency sign ("a" of
 * "A$", "us", "kr") only before a sign, digits or a number word: Spanish
 * "a" and English "can" are everywhere. Not a sign or decimal mark: the
 * digits after it are, one token further.
 */
function mayStartFigure(toks: Tok[], k: number): boolean {
  const tok = toks[k]
  if (tok.type === 'number') return true
  if (tok.type === 'word') {
    const bits = tok.bits
    if ((bits & (WORD_CARDINAL | WORD_HALF | WORD_INDEFINITE | WORD_SCALE | WORD_DOZEN)) !== 0 || (tok.cap && tok.text.length === 3)) return true
    if ((bits & START_FIGURE) === 0) return false
    if ((bits & WORD_CURRENCY_START) === 0) return true
    const next = toks[k + 1]
    return next !== undefined && (next.type !== 'word' || (next.bits & (WORD_CARDINAL | WORD_HALF)) !== 0)
  }

  if (tok.type === 'symbol') return true
  // A sign or decimal mark starts a figure only before digits, which are then near enough (see `figureReach`).
  return (tok.bits & START_FIGURE) !== 0 && !isSignOrMark(tok.text)
}

/** "-", "−", "." or ",": every comma and full stop of prose, and a figure only before digits. */
function isSignOrMark(text: string): boolean {
  return text === '.' || text === ',' || text === '-' || text === '\u2212'
}

/** The index of the first token at or after `from` that may start a figure (`mayStartFigure`), or `toks.length`. */
function nextFigureStart(toks: Tok[], from: number): number {
  let k = from
  while (k < toks.length && !mayStartFigure(toks, k)) k++
  return k
}

/** The first reading at token `i`; `only`: the `START_*` readers that may be tried at a word or mark. */
function readAt(ctx: Ctx, i: number, only: number): Reading | undefined {
  const tok = ctx.toks[i]
  if (tok.type === 'number') {
    // "COVID-19", "G-7", "G7", "Q3", "datos2022": digits that are part of a name.
    if (tok.glued && (isHyphenName(ctx.toks, i) || ctx.toks[i - 1].type === 'word')) return undefined
    // "Apollo 11", "Windows 95", "section 3", "artículo 5": a number that names or labels.
    if (isLabel(ctx, i)) return {claims: [], next: i + 1}
    const season = readSeason(ctx, i)
    if (season) return season
    // "21/09/1973", "9/21/1973", "24/7": slashed dates and figures that are not fractions.
    const slashed = readSlashed(ctx, i) ?? readIsoDate(ctx, i)
    if (slashed) return slashed
    // "10:30": a time of day.
    const colon = ctx.toks[i + 1]
    if (colon?.text === ':' && colon.glued && ctx.toks[i + 2]?.type === 'number' && ctx.toks[i + 2].glued && ctx.toks[i + 2].text.length === 2) {
      return {claims: [], next: i + 3}
    }

    return readAgo(ctx, i) ?? readDate(ctx, i) ?? readPhone(ctx, i) ?? readOrdinal(ctx, i) ?? readAmount(ctx, i)
  }

  // Most tokens of prose start no claim: the lexer looked their bits up once.
  let starts = tok.bits & only
  if (starts === 0 && isIsoCode(tok)) starts = START_FIGURE
  if (starts === 0) return undefined
  return (
    (starts & START_RELATIVE ? readRelative(ctx, i) : undefined) ??
    (starts & START_AGO ? readAgo(ctx, i) : undefined) ??
    (starts & START_DATE ? readDate(ctx, i) : undefined) ??
    (starts & START_DURATION ? readFixedDuration(ctx, i) : undefined) ??
    (starts & START_PHONE ? readPhone(ctx, i) : undefined) ??
    (starts & START_RANGE ? readRange(ctx, i) : undefined) ??
    (starts & START_QUALIFIER ? readQualified(ctx, i) : undefined) ??
    (starts & START_ORDINAL ? readOrdinal(ctx, i) : undefined) ??
    (starts & START_FIGURE ? readAmount(ctx, i) : undefined) ??
    (starts & START_SUPERLATIVE ? readSuperlative(ctx, i) : undefined)
  )
}

// ---------------------------------------------------------------------------
// Helpers.

/**
 * A season or fiscal year written with the second year cut to two digits:
 * "2022-23", "2022/23", "la temporada 2019/20": two years, the second one
 * read in full.
 */
function readSeason(ctx: Ctx, i: number): Reading | undefined {
  const {toks} = ctx
  const tok = toks[i]
  const mark = toks[i + 1]
  const tail = toks[i + 2]
  if (tok.text.length !== 4 || !mark?.glued || (mark.text !== '-' && mark.text !== '/' && mark.text !== '–')) return undefined
  if (!tail?.glued || tail.type !== 'number' || tail.text.length !== 2 || toks[i + 3]?.glued) return undefined
  const first = Number(tok.text)
  if (!isYear(first) || Number(tail.text) !== (first + 1) % 100) return undefined
  const a = claimOf(ctx, 'year', i, i)
  a.value = first
  const b = claimOf(ctx, 'year', i + 2, i + 2)
  b.value = first + 1
  return {claims: [a, b], next: i + 3}
}

/**
 * A bare number (digits only, not a year) that is part of a name or a label,
 * not a figure: after a label noun ("section 3", "el artículo 5", "chapter
 * 12") or after a capitalised word inside the sentence ("the Apollo 11
 * mission", "Windows 95", "a Boeing 787", "Formula 1"). Month names ("May
 * 2022"), currency codes ("USD 5"), words that open figures ("Some 450") and
 * anything followed by a scale word or a percent sign stay readable. The
 * price: an elliptical count after a name ("and Samsung 300") is not read.
 */
function isLabel(ctx: Ctx, i: number): boolean {
  const {toks, data} = ctx
  const before = toks[i - 1]
  const tok = toks[i]
  if (!before || before.type !== 'word' || tok.text.length > 4) return false
  const after = toks[i + 1]
  if (after?.glued && (after.type === 'number' || after.text === '%' || after.type === 'word')) return false
  if (after?.glued && (after.text === '.' || after.text === ',') && toks[i + 2]?.glued && toks[i + 2].type === 'number') return false
  const value = Number(tok.text)
  if (isYear(value)) return false
  if (after && after.type === 'word' && (readScale(ctx, i + 1) || (after.bits & WORD_PERCENT && ctx.index.percent.has(after.lower)))) return false
  if (data.labelNouns.has(before.lower)) return true
  if (!before.cap || before.bits & WORD_MONTH || isIsoCode(before) || (before.bits & WORD_CURRENCY_START && ctx.index.currencyStarts.has(before.text))) return false
  if ((before.bits & (START_ANY | WORD_STOPWORD)) !== 0) return false
  // At the start of a sentence or quotation a capital is no sign of a name
  // ("Apenas 300 llegaron", "Roughly 40 remain").
  const beforeThat = toks[i - 2]
  return beforeThat !== undefined && !/^[«“"'‘(:¿¡—–-]$/.test(beforeThat.text)
}

/**
 * A quick no before reading an amount at `k`: digits, a sign, a number
 * word or a currency sign may start one; an article only before a scale word
 * or a currency name ("a million", "un dólar").
 */
function mayStartAmount(ctx: Ctx, k: number): boolean {
  const {toks, data} = ctx
  const tok = toks[k]
  if (!tok) return false
  if (tok.type === 'number') return true
  if ((mayStartCurrency(tok) && ctx.index.currencyStarts.has(tok.text)) || isIsoCode(tok)) return true
  // A sign or a decimal mark opens a figure only before digits ("-1", ".08"): every
  // comma and full stop of the text is asked, and this says no without reading further.
  if (tok.type !== 'word') return isSignOrMark(tok.text) && toks[k + 1]?.type === 'number'
  const w = tok.lower
  if (tok.bits & WORD_INDEFINITE) {
    const next = toks[k + 1]
    if (next === undefined || next.type !== 'word') return false
    if ((next.bits & (WORD_CARDINAL | WORD_DOZEN | WORD_CURRENCY_NAME)) !== 0 || data.denominators.has(next.lower)) return true
    // "un et un demi": one and a half.
    if (data.numberWords.fractionJoiners.has(next.lower)) return true
    // "un sur trois": one in three.
    if ((next.bits & WORD_OVER) !== 0) return toks[k + 2] !== undefined && (toks[k + 2].type === 'number' || (toks[k + 2].bits & WORD_CARDINAL) !== 0)
    return data.fractionWord?.(next.lower, data) !== undefined
  }

  return (tok.bits & (WORD_CARDINAL | WORD_HALF)) !== 0 || data.halfNouns.has(w) || data.negative.has(w)
}

/** A–Z or a–z. */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** An upper-case ISO 4217 code: "USD", "EUR". */
function isIsoCode(tok: Tok): boolean {
  return tok.cap && tok.type === 'word' && tok.text.length === 3 && currencyCodes.has(tok.text)
}

/** Digits glued by a hyphen to a word before them: a name ("COVID-19"), not a figure. */
function isHyphenName(toks: Tok[], i: number): boolean {
  const dash = toks[i - 1]
  const word = toks[i - 2]
  return dash !== undefined && word !== undefined && dash.text === '-' && dash.glued && word.type === 'word'
}

function claimOf(ctx: Ctx, kind: ClaimKind, first: number, last: number): Claim {
  const start = ctx.toks[first].start
  const end = ctx.toks[last].end
  return newClaim(kind, start, end, ctx.text.slice(start, end))
}

/**
 * A claim with every field of `Claim` present, those not set yet
 * `undefined`: claims gain different fields as they are read (a count its
 * noun, money its scale, a range its bounds), and objects that gain fields
 * in different orders take different hidden classes in the engine, so code
 * that reads claims saw many shapes and ran its slow, branchy path. Made here,
 * every claim has one shape. `undefined` fields are left out of JSON.
 */
function newClaim(kind: ClaimKind, start: number, end: number, text: string): Claim {
  return {
    kind,
    start,
    end,
    text,
    value: undefined,
    min: undefined,
    max: undefined,
    unit: undefined,
    noun: undefined,
    precision: undefined,
    step: undefined,
    qualifier: undefined,
    scale: undefined,
    relative: undefined,
    date: undefined,
    superlative: undefined,
    outOf: undefined
  }
}

/**
 * Offsets in `text`, in order, of every place where `urlSpans` may find a
 * mark of a URL or an e-mail address: an "@", a ":" before a "/" (white
 * space between allowed, as tokens skip it: the lexer's own `isSpace`),
 * "www" in any case. Found with
 * `indexOf` over the whole document (the engine's own search, far cheaper
 * than a regular expression or a look at every token of every sentence, and
 * nearly all sentences have none); a superset of the tokens `urlSpans` takes
 * for marks, so a sentence with no offset here has no URL. Only for text
 * whose sentences' tokens are its own characters in order (a tree from
 * `parseText`), not Markdown with markup between tokens.
 */
export function urlMarks(text: string): number[] {
  const offsets: number[] = []
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) offsets.push(at)
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let next = at + 1
    while (next < text.length && isSpace(text.charCodeAt(next), text, next)) next++
    if (text.charCodeAt(next) === 47) offsets.push(at)
  }

  for (const w of ['w', 'W']) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if ((text.charCodeAt(at + 1) | 32) === 119 && (text.charCodeAt(at + 2) | 32) === 119) offsets.push(at)
    }
  }

  return offsets.sort((a, b) => a - b)
}

/** URLs and e-mail addresses in the sentence: nothing inside them is a claim. */
function urlSpans(toks: Tok[], text: string): Array<[number, number]> {
  if (toks.length === 0) return []
  const from = toks[0].start
  const to = toks[toks.length - 1].end
  let marked = false
  for (let k = 0; k < toks.length && !marked; k++) {
    const tok = toks[k]
    // The first character rules out nearly every token before any string comparison.
    const code = tok.lower.charCodeAt(0)
    if (code !== 64 && code !== 58 && code !== 119) continue
    marked = tok.text === '@' || (tok.text === ':' && toks[k + 1]?.text === '/') || tok.lower === 'www'
  }

  if (!marked) return []
  const slice = text.slice(from, to)
  const spans: Array<[number, number]> = []
  for (const match of slice.matchAll(/(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+\.[\w.-]+/giu)) {
    spans.push([from + match.index, from + match.index + match[0].length])
  }

  return spans
}

function inside(tok: Tok, spans: Array<[number, number]>): boolean {
  for (const [a, b] of spans) if (tok.start >= a && tok.end <= b) return true
  return false
}

function monthAt(ctx: Ctx, k: number): number | undefined {
  const tok = ctx.toks[k]
  if (!tok || tok.type !== 'word') return undefined
  const month = ctx.data.months.get(tok.lower)
  if (month === undefined) return undefined
  // English capitalises months; lower-case "may", "march" are verbs.
  if (ctx.data.capitalMonths && !tok.cap) return undefined
  // Abbreviations only with a capital and, when short, not glued to anything.
  return month
}

function isYearFigure(fig: Figure | undefined): boolean {
  return fig !== undefined && fig.bare && Number.isInteger(fig.value) && isYear(fig.value)
}

/** A bare integer prose uses as a year rather than an amount: 1800 to 2100. */
function isYear(value: number): boolean {
  return value >= 1800 && value <= 2100
}

function yearAt(ctx: Ctx, k: number): Figure | undefined {
  const tok = ctx.toks[k]
  if (!tok || tok.type !== 'number' || tok.text.length !== 4) return undefined
  const fig = readFigure(ctx, k)
  return fig && isYearFigure(fig) && fig.next === k + 1 ? fig : undefined
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

// ---------------------------------------------------------------------------
// Dates.

/** "este año", "el año pasado", "last May", "May of last year", "el pasado mayo". */
function readRelative(ctx: Ctx, i: number): Reading | undefined {
  const {toks} = ctx
  const first = toks[i]
  if (first.type !== 'word') return undefined
  const second = toks[i + 1]
  if (!second || !mayBe(second, WORD_RELATIVE_NEXT)) return undefined
  // Most words that may open a relative date ("the", "el") are not followed by one: the bit says so, else one lookup.
  const candidates = ctx.index.relative.get(first.lower)?.get(second.lower)
  if (candidates === undefined) return undefined
  let bestNext = -1
  let bestPhrase: RelativePhrase | undefined
  let bestMonth: number | undefined
  for (const phrase of candidates) {
    if (bestPhrase && phrase.words.length <= bestNext - i) continue
    let month: number | undefined
    let ok = true
    for (let w = 0; w < phrase.words.length; w++) {
      const tok = toks[i + w]
      if (!tok) {
        ok = false
        break
      }

      if (phrase.words[w] === '<month>') {
        month = monthAt(ctx, i + w)
        if (month === undefined) {
          ok = false
          break
        }
      } else if (tok.lower !== phrase.words[w]) {
        ok = false
        break
      }
    }

    if (!ok) continue
    bestNext = i + phrase.words.length
    bestPhrase = phrase
    bestMonth = month
  }

  if (!bestPhrase) return undefined
  // The claim's own copy of the phrase's date, made once for the phrase that won.
  const relative = copyRelative(bestPhrase.relative, ctx.index.plainRelatives)
  if (bestMonth !== undefined) relative.month = bestMonth
  // "last year's" and the like keep their reading; "the last year" (a duration) is not this phrase.
  const claim = claimOf(ctx, relative.unit === 'year' && relative.month === undefined ? 'year' : 'date', i, bestNext - 1)
  claim.relative = relative
  return {claims: [claim], next: bestNext}
}

/**
 * `{...source}`, key for key. The phrases' dates come in two shapes
 * (`{unit, offset}` and `{unit, offset, previous}`, checked once per
 * language: `plain`); a spread over both cost more than the rest of reading
 * the date, so those are copied field by field, and any other shape is spread.
 */
function copyRelative(source: RelativeDate, plain: boolean): RelativeDate {
  if (!plain) return {...source}
  if (Object.hasOwn(source, 'previous')) return {unit: source.unit, offset: source.offset, previous: source.previous}
  return {unit: source.unit, offset: source.offset}
}

/** "hace dos años", "two years ago", "hace tres meses". */
/** How many tokens of an "ago" phrase before a figure start at `i` ("hace", "il y a"), or 0. */
function agoLead(ctx: Ctx, i: number): number {
  for (const words of agoPhrases(ctx.data)) {
    if (words.every((word, at) => ctx.toks[i + at]?.lower === word)) return words.length
  }
  return 0
}

const splitAgo = new WeakMap<LangData, string[][]>()

/** The language's "ago" phrases as words, split once. */
function agoPhrases(data: LangData): string[][] {
  let phrases = splitAgo.get(data)
  if (!phrases) splitAgo.set(data, (phrases = [...data.ago.before].map((phrase) => phrase.split(' '))))
  return phrases
}

function readAgo(ctx: Ctx, i: number): Reading | undefined {
  const {toks, data} = ctx
  let k = i
  const lead = agoLead(ctx, i)
  const before = lead > 0
  k += lead
  const fig = readFigure(ctx, k)
  if (!fig || !Number.isInteger(fig.value) || fig.value <= 0 || fig.value > 500 || fig.scale) return undefined
  const unitTok = toks[fig.next]
  if (!unitTok) return undefined
  const unit = !mayBe(unitTok, WORD_TIME_UNIT) ? undefined : data.yearWords.has(unitTok.lower) ? 'year' : data.monthWords.has(unitTok.lower) ? 'month' : undefined
  if (!unit) return undefined
  let next = fig.next + 1
  if (!before) {
    if (!toks[next] || !data.ago.after.has(toks[next].lower)) return undefined
    next++
  }

  const claim = claimOf(ctx, unit === 'year' ? 'year' : 'date', i, next - 1)
  claim.relative = {unit, offset: -fig.value}
  return {claims: [claim], next}
}

/**
 * Decades: "the 1990s", "the 1990's", "the '90s", "the nineties"; "los años
 * noventa", "los años 80", "los años 2000", "la década de 1990", "la década
 * de los noventa". A decade is a span of years, so the claim has bounds and
 * no value. Decades written with two digits or in words are taken to be of
 * the 1900s ("los años veinte" is the 1920s); the 2000s and 2020s are written
 * with four digits in news copy.
 */
function readDecade(ctx: Ctx, i: number): Reading | undefined {
  const {toks, data} = ctx
  const tok = toks[i]
  const before = toks[i - 1]
  let first: number | undefined
  let start = i
  let last = i
  if (tok.type === 'number') {
    // "1990s", "1990's", "'90s".
    let k = i + 1
    if (toks[k]?.glued && (toks[k].text === "'" || toks[k].text === '’')) k++
    if (!(toks[k]?.glued && toks[k].text === 's')) return undefined
    const digits = Number(tok.text)
    if (tok.text.length === 4 && digits % 10 === 0 && digits >= 1000 && digits < 3000) first = digits
    else if (tok.text.length === 2 && digits % 10 === 0 && tok.glued && (before?.text === "'" || before?.text === '’')) {
      first = 1900 + digits
      start = i - 1
    } else return undefined
    last = k
  } else if (tok.type === 'word' && data.decadeWords.has(tok.lower)) {
    // "the nineties", after an article only: "in his twenties" is an age.
    if (!before || !data.determiners.has(before.lower) || data.possessives.has(before.lower)) return undefined
    first = data.decadeWords.get(tok.lower)
  } else if (tok.type === 'word' && data.decadeNouns.has(tok.lower)) {
    // "los años noventa", "la década de (los) 1990".
    if (!before || !data.determiners.has(before.lower)) return undefined
    let k = i + 1
    const between = data.decadeNouns.get(tok.lower)
    if (between) {
      if (toks[k]?.lower !== between) return undefined
      k++
      if (toks[k] && data.determiners.has(toks[k].lower)) k++
    }
    first = decadeAt(ctx, k)
    if (first === undefined) return undefined
    last = k
  } else return undefined

  const claim = claimOf(ctx, 'decade', start, last)
  claim.min = {value: first!, inclusive: true}
  claim.max = {value: first! + 9, inclusive: true}
  return {claims: [claim], next: last + 1}
}

/** The first year of a decade written as its tens after "años" / "década de": "noventa", "80", "1990", "2000". */
function decadeAt(ctx: Ctx, k: number): number | undefined {
  const tok = ctx.toks[k]
  if (!tok) return undefined
  if (tok.type === 'number') {
    const digits = Number(tok.text)
    if (ctx.toks[k + 1]?.glued && (ctx.toks[k + 1].type === 'number' || ctx.toks[k + 1].type === 'word')) return undefined
    if (tok.text.length === 2 && digits % 10 === 0 && digits >= 20) return 1900 + digits
    if (tok.text.length === 4 && digits % 10 === 0 && digits >= 1000 && digits < 3000) return digits
    return undefined
  }

  const card = ctx.data.cardinals.get(tok.lower)
  if (card?.role === 'tens' && card.value >= 20 && card.value <= 90) return 1900 + card.value
  return undefined
}

/**
 * Absolute dates: "21 de septiembre de 1973", "21 September 1973",
 * "September 21, 1973", "mayo de 2022", "May 2022", "el 3 de mayo".
 */
function readDate(ctx: Ctx, i: number): Reading | undefined {
  const {toks, data} = ctx
  const tok = toks[i]
  const decade = readDecade(ctx, i)
  if (decade) return decade

  // Day first.
  if (tok.type === 'number' && tok.text.length <= 2 && !(toks[i + 1]?.glued && toks[i + 1].type === 'number')) {
    const day = Number(tok.text)
    let k = i + 1
    // "21st of September", "1.º de mayo".
    if (toks[k]?.glued && toks[k].type === 'word' && data.ordinalSuffixes.has(toks[k].lower)) k++
    else if (toks[k]?.glued && (toks[k].text === 'º' || toks[k].text === 'ª')) k++
    k = skipJoiner(ctx, k)
    const month = monthAt(ctx, k)
    if (day >= 1 && day <= 31 && month !== undefined && k > i) {
      let end = k
      let year: Figure | undefined
      let m = k + 1
      if (toks[m]?.text === ',') m++
      m = skipJoiner(ctx, m)
      year = yearAt(ctx, m)
      if (year) end = m
      const claim = claimOf(ctx, 'date', i, end)
      if (year) claim.date = `${year.value}-${pad(month)}-${pad(day)}`
      return {claims: [claim], next: end + 1}
    }
  }

  // Month first.
  const month = monthAt(ctx, i)
  if (month !== undefined) {
    let k = i + 1
    // "Dec. 5", "Sept. 21, 1973": the full stop of an abbreviated month.
    if (tok.text.length <= 4 && toks[k]?.glued && toks[k].text === '.') k++
    // "September 21, 1973".
    if (data.dateOrder === 'month-day' && toks[k]?.type === 'number' && toks[k].text.length <= 2) {
      const day = Number(toks[k].text)
      let m = k + 1
      if (toks[m]?.glued && data.ordinalSuffixes.has(toks[m].lower)) m++
      let end = m - 1
      let p = m
      if (toks[p]?.text === ',') p++
      const year = yearAt(ctx, p)
      if (year) end = p
      if (day >= 1 && day <= 31) {
        const claim = claimOf(ctx, 'date', i, end)
        if (year) claim.date = `${year.value}-${pad(month)}-${pad(day)}`
        return {claims: [claim], next: end + 1}
      }
    }

    k = skipJoiner(ctx, k)
    if (toks[k]?.text === ',' && data.dateOrder === 'month-day') k++
    const year = yearAt(ctx, k)
    if (year) {
      const claim = claimOf(ctx, 'date', i, k)
      claim.date = `${year.value}-${pad(month)}`
      return {claims: [claim], next: k + 1}
    }
  }

  return undefined
}

/** Step over "de" / "of" between the parts of a date. */
function skipJoiner(ctx: Ctx, k: number): number {
  const tok = ctx.toks[k]
  return tok && ctx.data.dateJoiners.has(tok.lower) ? k + 1 : k
}

/**
 * Digits joined by slashes: a date "21/09/1973" (day first in Spanish; in
 * English month first unless the first number cannot be a month), or a
 * non-fraction such as "24/7" or "9/11", which is no claim. A real fraction
 * ("3/4") is left to the figure reader.
 */
function readSlashed(ctx: Ctx, i: number): Reading | undefined {
  const {toks} = ctx
  const slash = toks[i + 1]
  const second = toks[i + 2]
  if (slash?.text !== '/' || !slash.glued || second?.type !== 'number' || !second.glued) return undefined
  const slash2 = toks[i + 3]
  const third = toks[i + 4]
  if (slash2?.text === '/' && slash2.glued && third?.type === 'number' && third.glued) {
    const a = Number(toks[i].text)
    const b = Number(second.text)
    let [day, month] = ctx.data.dateOrder === 'month-day' && a <= 12 ? [b, a] : [a, b]
    if (month > 12 && day <= 12) [day, month] = [month, day]
    if (third.text.length !== 4 || day < 1 || day > 31 || month < 1 || month > 12) return {claims: [], next: i + 5}
    const claim = claimOf(ctx, 'date', i, i + 4)
    claim.date = `${third.text}-${pad(month)}-${pad(day)}`
    return {claims: [claim], next: i + 5}
  }

  if (Number(toks[i].text) < Number(second.text)) return undefined
  return {claims: [], next: i + 3}
}

/** "2023-11-07", "1995-01": ISO dates. */
function readIsoDate(ctx: Ctx, i: number): Reading | undefined {
  const {toks} = ctx
  if (toks[i].text.length !== 4) return undefined
  const parts: string[] = []
  let k = i + 1
  while (parts.length < 2 && toks[k]?.text === '-' && toks[k].glued && toks[k + 1]?.type === 'number' && toks[k + 1].glued && toks[k + 1].text.length === 2) {
    parts.push(toks[k + 1].text)
    k += 2
  }

  if (parts.length === 0) return undefined
  const month = Number(parts[0])
  const day = parts[1] === undefined ? 1 : Number(parts[1])
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const claim = claimOf(ctx, 'date', i, k - 1)
  claim.date = [toks[i].text, ...parts].join('-')
  return {claims: [claim], next: k}
}

/**
 * "medio siglo", "half a century": durations with no digits; and
 * anniversaries named without their number, "golden jubilee", "bodas de
 * oro".
 */
function readFixedDuration(ctx: Ctx, i: number): Reading | undefined {
  for (const phrase of ctx.index.namedAnniversaries.get(ctx.toks[i].lower) ?? none) {
    if (!matchWords(ctx.toks, i, phrase.words)) continue
    const claim = claimOf(ctx, 'anniversary', i, i + phrase.words.length - 1)
    claim.value = phrase.data
    return {claims: [claim], next: i + phrase.words.length}
  }

  for (const phrase of ctx.index.durations.get(ctx.toks[i].lower) ?? none) {
    if (!matchWords(ctx.toks, i, phrase.words)) continue
    const claim = claimOf(ctx, 'duration', i, i + phrase.words.length - 1)
    claim.value = phrase.data
    claim.unit = 'year'
    return {claims: [claim], next: i + phrase.words.length}
  }

  return undefined
}

/** Telephone numbers ("+34 912 345 678", "(555) 123-4567"): read and dropped. */
function readPhone(ctx: Ctx, i: number): Reading | undefined {
  const {toks, text} = ctx
  const tok = toks[i]
  const plus = tok.text === '+' || tok.text === '('
  if (!plus && tok.type !== 'number') return undefined
  let k = plus ? i + 1 : i
  let digits = 0
  let groups = 0
  let marked = plus
  while (k < toks.length) {
    const t = toks[k]
    if (t.type === 'number') {
      if (groups > 0 && text.slice(toks[k - 1].end, t.start).length > 1) break
      digits += t.text.length
      groups++
      k++
      continue
    }

    if ((t.text === '-' || t.text === ')' || t.text === '(' || t.text === '.') && toks[k + 1]?.type === 'number') {
      if (t.text !== '.') marked = true
      if (t.text === '.' && (!t.glued || !toks[k + 1].glued)) break
      k++
      continue
    }

    break
  }

  if (!marked || groups < 3 || digits < 8) return undefined
  return {claims: [], next: k}
}

// ---------------------------------------------------------------------------
// Figures.

/** What follows a figure: a currency, percent, anniversary, duration, noun. */
interface Amount {
  claim: Claim
  next: number
  fig: Figure
  /** A qualifier written after the figure ("o más", "or less"). */
  postfix?: {type: QualifierType | 'orEqual'; start: number; end: number; next: number}
}

/** A currency symbol or ISO code before a figure: "$", "US$", "u$d", "C$", "hk $", "USD", "€". */
function readCurrencyPrefix(ctx: Ctx, i: number): {code: string; next: number} | undefined {
  const {toks, data} = ctx
  const first = toks[i]
  if (!first || (!(mayStartCurrency(first) && ctx.index.currencyStarts.has(first.text)) && !isIsoCode(first))) return undefined
  let text = ''
  let best: {code: string; next: number} | undefined
  for (let k = i; k < i + 4 && k < toks.length; k++) {
    if (k > i && !toks[k].glued) break
    text += toks[k].text
    const code = data.currencySymbols.get(text)
    if (code) best = {code, next: k + 1}
    // "us $", "c $", "u.s $": the letters, a space, the dollar sign.
    const dollar = toks[k + 1]
    // Single letters other than "c" are too often words ("a $5 fee", "music's $5").
    const letters = text.toLowerCase()
    if (dollar?.text === '$' && !dollar.glued && toks[k + 2]?.type === 'number' && dollarPrefixes[letters] && (letters.length > 1 || letters === 'c')) {
      best = {code: dollarPrefixes[letters], next: k + 2}
    }
  }

  if (!best) {
    const tok = toks[i]
    // The code list before `toUpperCase`, which copies every three-letter word ("the", "los").
    if (tok.type === 'word' && tok.text.length === 3 && currencyCodes.has(tok.text) && tok.text === tok.text.toUpperCase()) {
      best = {code: tok.text, next: i + 1}
    }
  }

  if (!best) return undefined
  const after = toks[best.next]
  if (!after || !(after.type === 'number' || (after.type === 'word' && data.cardinals.get(after.lower)) || data.half.has(after.lower))) return undefined
  return best
}

/** A currency name, code or sign after a figure: "dólares", "de dólares de Hong Kong", "yen", "USD", "€", "-yen". */
function readCurrencySuffix(ctx: Ctx, k: number, scaled: boolean): {code: string; next: number} | undefined {
  const {toks, data} = ctx
  const tok = toks[k]
  if (!tok) return undefined
  // The code list before `toUpperCase`, which copies every three-letter word ("the", "los").
  if (tok.type === 'word' && tok.text.length === 3 && currencyCodes.has(tok.text) && tok.text === tok.text.toUpperCase()) {
    return {code: tok.text, next: k + 1}
  }

  if (tok.type !== 'word' && tok.type !== 'number') {
    const sign = data.currencySymbols.get(tok.text)
    if (sign && !(tok.text === '$' && toks[k + 1]?.type === 'number')) return signSuffix(ctx, k, sign)
  } else if (tok.type === 'word' && !isAsciiLetter(tok.text.charCodeAt(0))) {
    // Letters of other scripts used as signs: "元", "ரூ".
    const sign = data.currencySymbols.get(tok.text)
    if (sign) return {code: sign, next: k + 1}
  }

  let m = k
  // "12-cent", "one-yen".
  if (tok.text === '-' && tok.glued && toks[k + 1]?.glued) m++
  // "millones de dólares", "medio millón de euros"; "5 de dólares" is not Spanish.
  else if (mayBe(tok, WORD_OF) && data.of.has(tok.lower) && (scaled || !data.currencyOfNeedsScale)) {
    m++
    // French "millions d'euros": the elided "de".
    if (isApostrophe(toks[m]) && toks[m].glued) m++
    // "75 millions de $", "2 millions de €"; not "2025 of €1.24 billion", where the sign opens the next amount.
    const sign = toks[m] && toks[m].type !== 'word' && toks[m].type !== 'number' && toks[m + 1]?.type !== 'number' ? data.currencySymbols.get(toks[m].text) : undefined
    if (sign) return signSuffix(ctx, m, sign)
  }
  const name = toks[m]
  if (!name || !mayBe(name, WORD_CURRENCY_NAME)) return undefined
  for (const phrase of ctx.index.currencyNames.get(name.lower) ?? none) {
    if (matchWords(toks, m, phrase.words)) return {code: phrase.data, next: m + phrase.words.length}
  }

  return undefined
}

function isApostrophe(tok: Tok | undefined): boolean {
  return tok !== undefined && (tok.text === "'" || tok.text === '’')
}

/** A currency sign at `k` and the word after it that names which dollar: "$ c", "$CAD", "$ hk", "$ US". */
function signSuffix(ctx: Ctx, k: number, code: string): {code: string; next: number} {
  const word = ctx.toks[k + 1]
  const named = word?.type === 'word' ? ctx.data.signSuffixes?.get(ctx.toks[k].text + word.lower) : undefined
  return named ? {code: named, next: k + 2} : {code, next: k + 1}
}

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "cinco euros con veinte céntimos": the cents. */
function readCents(ctx: Ctx, k: number): {value: number; next: number} | undefined {
  const {toks, data} = ctx
  let m = k
  if (toks[m] && (data.joiners.has(toks[m].lower) || data.numberWords.fractionJoiners.has(toks[m].lower))) m++
  const fig = readFigure(ctx, m)
  if (!fig || !Number.isInteger(fig.value) || fig.value <= 0 || fig.value >= 100 || fig.scale) return undefined
  const word = toks[fig.next]
  if (word && data.cents.has(word.lower)) return {value: fig.value / 100, next: fig.next + 1}
  // Without a coin word, only when nothing is counted after it: "thirteen dollars forty five.", "one dollar and two and …".
  if (!word || word.type === 'punctuation' || (m > k && data.joiners.has(word.lower))) return {value: fig.value / 100, next: fig.next}
  return undefined
}

/** "or more", "o más", "como máximo" after a figure, unless another figure follows ("200 o más de 190"). */
function readPostfix(ctx: Ctx, k: number): {type: QualifierType | 'orEqual'; start: number; end: number; next: number} | undefined {
  const {toks, data} = ctx
  const first = toks[k]
  if (!first || !mayBe(first, WORD_POSTFIX)) return undefined
  for (const phrase of ctx.index.postfix.get(first.lower) ?? none) {
    if (!matchWords(toks, k, phrase.words)) continue
    let next = k + phrase.words.length
    const tail = toks[next]
    if (tail && data.postfixTail.has(tail.lower)) {
      if (readFigure(ctx, next + 1)) return undefined
      next++
    }

    // "200 o más de 190", "1000 y más baja que 1500": the words start another bound.
    for (let m = next; m < next + 3 && m < toks.length; m++) {
      if (data.boundJoiners.has(toks[m].lower)) break
      if (readFigure(ctx, m)) return undefined
    }
    return {type: phrase.data, start: toks[k].start, end: toks[next - 1].end, next}
  }

  return undefined
}

function readPercent(ctx: Ctx, k: number): {unit: '%' | 'pp'; next: number} | undefined {
  const tok = ctx.toks[k]
  if (!tok || !mayBe(tok, WORD_PERCENT)) return undefined
  for (const phrase of ctx.index.percent.get(tok.lower) ?? none) {
    if (matchWords(ctx.toks, k, phrase.words)) return {unit: phrase.data, next: k + phrase.words.length}
  }

  return undefined
}

/** The counted noun after a figure: "proyectos", "de personas" (after a scale word), "people". */
function readNoun(ctx: Ctx, k: number, scaled: boolean): {noun: Span; next: number; head?: string} | undefined {
  const {toks, data} = ctx
  let m = k
  if (toks[m] && mayBe(toks[m], WORD_OF) && data.of.has(toks[m].lower) && scaled) {
    m++
    // French "1,2 million d'habitants": the elided "de".
    if (isApostrophe(toks[m]) && toks[m].glued) m++
  }
  // "12-cent", "a 3-day visit".
  else if (toks[m]?.text === '-' && toks[m].glued && toks[m + 1]?.glued && toks[m + 1].type === 'word') m++
  const tok = toks[m]
  if (!tok || tok.type !== 'word' || tok.lower.length < 2) return undefined
  // "60-kilogram bags", "a 3-day visit": the figure measures the word it is
  // hyphened to; the noun after that is not what it counts.
  if (m > k && toks[m - 1].text === '-' && (tok.bits & (WORD_CARDINAL | WORD_STOPWORD | WORD_MONTH)) === 0) return {noun: {text: tok.text, start: tok.start, end: tok.end}, next: m + 1}
  // Where the head noun comes last (English), it follows adjectives, demonyms and
  // coordinated modifiers: "200 South Korean companies", "80 new Brazilian
  // investment projects", "300 small and medium-sized firms".
  if (data.headNounLast && (tok.cap || !isPluralWord(tok)) && (tok.bits & (WORD_STOPWORD | WORD_CARDINAL | WORD_MONTH)) === 0 && !qualifierAt(ctx, m)) {
    const head = lastHead(ctx, m)
    if (head > m) return {noun: {text: ctx.text.slice(tok.start, toks[head].end), start: tok.start, end: toks[head].end}, next: head + 1, head: toks[head].text}
  }

  // Capitalised demonyms are counted like any noun ("520,000 Vietnamese", "3,000 Americans").
  if (tok.cap && !(data.capitalisedDemonym?.test(tok.lower) && tok.lower.length > 5)) return undefined
  // Spanish puts a few adjectives before the noun: "450 nuevos proyectos", "tres grandes empresas",
  // and some are ordinals: "los dos primeros barcos".
  const head = toks[m + 1]
  // Coordinated adjectives before the noun: "1.200 pequeñas y medianas empresas".
  if (!data.headNounLast && data.prenominal.has(tok.lower) && head?.type === 'word' && data.coordinators.has(head.lower)) {
    const second = toks[m + 2]
    const noun = toks[m + 3]
    if (
      second?.type === 'word' &&
      !second.cap &&
      data.prenominal.has(second.lower) &&
      noun?.type === 'word' &&
      !noun.cap &&
      !noun.glued &&
      !data.stopwords.has(noun.lower) &&
      !data.isVerbForm(noun.lower)
    ) {
      return {noun: {text: ctx.text.slice(tok.start, noun.end), start: tok.start, end: noun.end}, next: m + 4, head: noun.text}
    }
  }

  const prenominal =
    data.prenominal.has(tok.lower) &&
    head?.type === 'word' &&
    !head.glued &&
    !head.cap &&
    !data.stopwords.has(head.lower) &&
    !data.isVerbForm(head.lower)
  // A word of none of these classes (most nouns) is in none of these lists.
  if (tok.bits & (WORD_STOPWORD | WORD_CARDINAL | WORD_MONTH | WORD_ORDINAL | WORD_QUALIFIER)) {
    // A coin that is also a number word (French "cents") is counted after digits: "50 cents".
    const cardinal = data.cardinals.get(tok.lower) !== undefined && !data.cents.has(tok.lower)
    if (data.stopwords.has(tok.lower) || cardinal || data.months.get(tok.lower) !== undefined) return undefined
    if ((data.ordinals.get(tok.lower) !== undefined && !prenominal) || ctx.index.qualifiers.has(tok.lower)) return undefined
  }
  if (data.isVerbForm(tok.lower)) return undefined
  if (prenominal) {
    return {noun: {text: ctx.text.slice(tok.start, head.end), start: tok.start, end: head.end}, next: m + 2, head: head.text}
  }

  return {noun: {text: tok.text, start: tok.start, end: tok.end}, next: m + 1}
}

/** Whether a qualifier phrase is written at word `k` ("south of", not "South Korean"). */
function qualifierAt(ctx: Ctx, k: number): boolean {
  const tok = ctx.toks[k]
  if ((tok.bits & WORD_QUALIFIER) === 0) return false
  for (const phrase of ctx.index.qualifiers.get(tok.lower) ?? none) if (matchWords(ctx.toks, k, phrase.words)) return true
  return false
}

/** A lower-case English plural: "companies", "projects" (not "business", "status"). */
function isPluralWord(tok: Tok): boolean {
  const w = tok.lower
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)
}

/**
 * The head noun of an English noun phrase that starts at word `m` with
 * modifiers: the first lower-case plural after at most four modifiers
 * (lower-case words, capitalised words such as demonyms and names,
 * hyphenated compounds), where "and" / "or" may join two modifiers ("small
 * and medium-sized firms"). `m` when there is none: then the phrase is no
 * noun phrase we read (a name, a verb, a clause).
 */
function lastHead(ctx: Ctx, m: number): number {
  const {toks, data} = ctx
  let k = m
  for (let modifiers = 0; modifiers < 5; modifiers++) {
    const end = compoundEnd(toks, k)
    const after = toks[end + 1]
    if (!after || after.type !== 'word' || after.glued) return m
    if (data.coordinators.has(after.lower)) {
      k = end + 2
      if (toks[k]?.type !== 'word' || toks[k].glued || isPluralWord(toks[k])) return m
      continue
    }

    if ((after.bits & (WORD_STOPWORD | WORD_CARDINAL | WORD_MONTH)) !== 0 || qualifierAt(ctx, end + 1)) return m
    if (!after.cap && isPluralWord(after) && compoundEnd(toks, end + 1) === end + 1) return end + 1
    // A plural modifier is a head we did not take ("companies report"): no phrase.
    if (!after.cap && after.lower.endsWith('s') && after.lower.length > 3) return m
    k = end + 1
  }

  return m
}

/** The last token of a hyphenated compound starting at word `k` ("state-owned", "foreign-invested"), or `k`. */
function compoundEnd(toks: Tok[], k: number): number {
  let end = k
  while (toks[end + 1]?.text === '-' && toks[end + 1].glued && toks[end + 2]?.type === 'word' && toks[end + 2].glued) end += 2
  return end
}

/**
 * A figure with what surrounds it: currency before or after, scale, percent,
 * anniversary or year word, counted noun. Years ("2022") come out as years.
 */
function readAmountAt(ctx: Ctx, i: number, qualified: boolean): Amount | undefined {
  const {toks, data} = ctx
  let k = i
  let code: string | undefined
  const prefix = readCurrencyPrefix(ctx, i)
  if (prefix) {
    code = prefix.code
    k = prefix.next
  }

  const fig = readFigure(ctx, k) ?? indefiniteMoney(ctx, k)
  if (!fig) return undefined
  // "los años noventa": a decade, not a count.
  if (!fig.digits && k > 0 && mayBe(toks[k - 1], WORD_TIME_UNIT) && data.yearWords.has(toks[k - 1].lower) && fig.value >= 10 && fig.value < 100) return undefined
  let next = fig.next
  const claim = newClaim('quantity', toks[i].start, 0, '')
  claim.value = fig.value
  const after = toks[next]
  const scaled = fig.scale !== undefined || (!fig.digits && Math.abs(fig.value) >= 1e3)
  let postfix: Amount['postfix']

  if (!code) {
    let suffix = readCurrencySuffix(ctx, next, scaled)
    // "The year 2022 marks the 50th anniversary", "in 1990 won the cup": a year
    // before a currency name that is also a verb is a year, not marks or won.
    if (suffix && isYearFigure(fig) && data.verbCurrencyNames.has(toks[suffix.next - 1].lower) && suffix.next === next + 1) suffix = undefined
    if (suffix) {
      code = suffix.code
      next = suffix.next
      // "3 dollars 50 cents", "thirteen dollars forty-five".
      const cents = !fig.scale && Number.isInteger(fig.value) ? readCents(ctx, next) : undefined
      if (cents) {
        claim.value = fig.value + cents.value
        next = cents.next
      }
    }
  } else if (prefix && !fig.scale && Number.isInteger(fig.value) && toks[next] && data.joiners.has(toks[next].lower)) {
    // "c $ 100 and fifty": with a sign before the figure, cents need a joiner.
    const cents = readCents(ctx, next)
    if (cents) {
      claim.value = fig.value + cents.value
      next = cents.next
    }
  }

  if (fig.weak && !code && fig.value === 1 && indefiniteOnly(ctx, fig)) return undefined

  if (code) {
    claim.kind = 'money'
    claim.unit = code
    postfix = readPostfix(ctx, next)
  } else {
    const percent = readPercent(ctx, next)
    if (percent) {
      claim.kind = 'percent'
      claim.unit = percent.unit
      next = percent.next
      postfix = readPostfix(ctx, next)
    } else if (after && after.type === 'word' && after.bits & WORD_ANNIVERSARY && fig.digits && Number.isInteger(fig.value) && !fig.scale) {
      claim.kind = 'anniversary'
      next++
    } else if (after && fig.value > 0 && !fig.scale && ((mayBe(after, WORD_TIME_UNIT) && data.yearWords.has(after.lower)) || (after.text === '-' && after.glued && data.yearWords.has(toks[next + 1]?.lower ?? '')))) {
      claim.kind = 'duration'
      claim.unit = 'year'
      const word = after.text === '-' ? toks[next + 1] : after
      claim.noun = {text: word.text, start: word.start, end: word.end}
      next = after.text === '-' ? next + 2 : next + 1
    } else if (isYearFigure(fig) && !qualified && !prefix && !readPostfix(ctx, next)) {
      claim.kind = 'year'
    } else {
      if (fig.weak) {
        // "uno de los pilares", "one of the", "un proyecto": an article or a pronoun, not a count.
        const following = toks[next]
        if (following && mayBe(following, WORD_OF) && data.of.has(following.lower)) return undefined
        if ((!following || following.type !== 'word') && !qualified && fig.first === fig.next - 1 && fig.first > 0) {
          // A lone "one" at the end of a clause: "the only one".
          const before = toks[fig.first - 1]
          if (before && data.oneAfter.has(before.lower)) return undefined
        }
      }

      // List numbering at the start of a sentence ("1. Item", "2) Item") is no claim.
      const mark = toks[fig.next]
      if (fig.bare && fig.first === 0 && fig.value < 100 && mark?.glued && (mark.text === '.' || mark.text === ')') && toks[fig.next + 1]?.type === 'word') {
        return undefined
      }

      postfix = readPostfix(ctx, next)
      const noun = readNoun(ctx, postfix ? postfix.next : next, scaled)
      if (noun) {
        claim.noun = noun.noun
        claim.unit = lemmaOf(data, noun.head ?? noun.noun.text)
        next = noun.next
      } else if (postfix) next = postfix.next
    }
  }

  if (postfix && next < postfix.next) next = postfix.next
  const last = toks[next - 1]
  claim.end = last.end
  claim.text = ctx.text.slice(claim.start, claim.end)
  if (claim.kind !== 'year' && claim.kind !== 'anniversary' && claim.kind !== 'duration') {
    claim.precision = fig.precision
    claim.step = fig.step
  }

  if (fig.scale) claim.scale = fig.scale
  return {claim, next, fig, postfix}
}

/**
 * Lemmas already made, by language: `LangData.lemma` tries its endings with
 * regular expressions, and a document names the same nouns again and again.
 * The lemma is a function of the word alone, so a remembered one is the one
 * `lemma` would make. Emptied when full, to stay small over many documents.
 */
const lemmas = new WeakMap<LangData, Map<string, string>>()
const lemmaLimit = 4096

function lemmaOf(data: LangData, word: string): string {
  let known = lemmas.get(data)
  if (!known) lemmas.set(data, (known = new Map()))
  let lemma = known.get(word)
  if (lemma === undefined) {
    lemma = data.lemma(word)
    if (known.size >= lemmaLimit) known.clear()
    known.set(word, lemma)
  }

  return lemma
}

/** A lone "un", "una", "a", "an" (or a lone Spanish "uno" before a noun): an article, no count. */
function indefiniteOnly(ctx: Ctx, fig: Figure): boolean {
  if (fig.next !== fig.first + 1) return false
  const word = ctx.toks[fig.first].lower
  if (ctx.data.indefinite.has(word)) return true
  if (ctx.data.pronounOne.has(word)) return ctx.toks[fig.next]?.type === 'word'
  return false
}

/** "un dólar", "a dollar", "one-yen": an article before a currency name is one unit of it. */
function indefiniteMoney(ctx: Ctx, k: number): Figure | undefined {
  const {toks, data} = ctx
  const tok = toks[k]
  if (!tok || tok.type !== 'word' || !(data.indefinite.has(tok.lower) || isOne(data, tok.lower))) return undefined
  if (!readCurrencySuffix(ctx, k + 1, false)) return undefined
  return {first: k, next: k + 1, start: tok.start, end: tok.end, value: 1, precision: 1, step: 1, digits: false, bare: false}
}

function readAmount(ctx: Ctx, i: number): Reading | undefined {
  if (!mayStartAmount(ctx, i)) return undefined
  const amount = readAmountAt(ctx, i, false)
  if (!amount) return undefined
  const range = readRangeTail(ctx, amount)
  if (range) return range
  if (amount.postfix) {
    applyPostfix(ctx, amount, undefined)
    return pairBounds(ctx, {claims: [amount.claim], next: amount.next})
  }

  return {claims: [amount.claim], next: amount.next}
}

/** "5-10 projects", "5 to 10 million", "de 5 a 10": a second figure joined to the first. */
function readRangeTail(ctx: Ctx, amount: Amount): Reading | undefined {
  const {toks, data} = ctx
  const fig = amount.fig
  const k = fig.next
  const joinTok = toks[k]
  if (!joinTok || amount.claim.kind === 'year' || amount.claim.kind === 'anniversary') return undefined
  // Only a bare figure (no noun or unit after it yet) can be the low end.
  if (amount.next !== fig.next && !(amount.claim.kind === 'money' && amount.claim.start < fig.start)) return undefined
  const dash =
    (joinTok.text === '-' || joinTok.text === '–' || joinTok.text === '\u2212' || joinTok.text === '~') &&
    joinTok.glued === (toks[k + 1]?.glued ?? false) &&
    fig.digits &&
    toks[k + 1]?.type !== 'word'
  if (!dash && !data.rangeJoiners.has(joinTok.lower)) return undefined
  const high = readAmountAt(ctx, k + 1, true)
  if (!high || high.claim.kind === 'year' || high.claim.kind === 'date') return undefined
  if (dash && !high.fig.digits) return undefined
  return finishRange(ctx, amount, high)
}

/** Build a range claim from its two ends; a scale or unit written once applies to both. */
function finishRange(ctx: Ctx, low: Amount, high: Amount, openFirst?: number): Reading | undefined {
  let lowValue = low.fig.value
  const highValue = high.claim.value!
  // "a fines de 2022 a 71.600 millones": a year, then the new value, not a range of millions.
  if (!low.fig.scale && high.fig.scale && low.fig.bare && isYearFigure(low.fig)) return undefined
  // "between 5 and 10 million": the low end takes the high end's scale.
  if (!low.fig.scale && high.fig.scale && lowValue * high.fig.scale.factor <= highValue) lowValue *= high.fig.scale.factor
  if (!(lowValue < highValue)) return undefined
  const kind = high.claim.kind === 'quantity' && low.claim.kind !== 'quantity' ? low.claim.kind : high.claim.kind
  const first = openFirst ?? low.fig.first
  const start = Math.min(ctx.toks[first].start, low.claim.start)
  const end = high.claim.end
  const claim = newClaim(kind, start, end, ctx.text.slice(start, end))
  claim.min = {value: lowValue, inclusive: true}
  claim.max = {value: highValue, inclusive: true}
  const unit = high.claim.unit ?? low.claim.unit
  if (unit) claim.unit = unit
  if (high.claim.noun) claim.noun = high.claim.noun
  if (high.claim.scale) claim.scale = high.claim.scale
  claim.precision = high.claim.precision
  claim.step = high.claim.step
  return {claims: [claim], next: high.next}
}

/** "between 5 and 10", "entre 5 y 10", "from $5 to $10 million", "de 10 a 20". */
function readRange(ctx: Ctx, i: number): Reading | undefined {
  const {toks, data} = ctx
  for (const range of data.ranges) {
    if (range.open.length === 0 || !matchWords(toks, i, range.open)) continue
    const lowAt = amountAfter(ctx, i + range.open.length)
    if (!mayStartAmount(ctx, lowAt)) continue
    const low = readAmountAt(ctx, lowAt, true)
    if (!low) continue
    const joinAt = low.fig.next
    const join = toks[joinAt]
    if (!join || !range.join.includes(join.lower)) continue
    const high = readAmountAt(ctx, amountAfter(ctx, joinAt + 1), true)
    if (!high) continue
    // "entre 2010 y 2015": two years, not a range of amounts.
    if (isYearFigure(low.fig) && isYearFigure(high.fig) && low.claim.kind === 'quantity' && high.claim.kind === 'quantity' && low.next === low.fig.next) {
      const a = claimOf(ctx, 'year', low.fig.first, low.fig.next - 1)
      a.value = low.fig.value
      const b = claimOf(ctx, 'year', high.fig.first, high.fig.next - 1)
      b.value = high.fig.value
      return {claims: [a, b], next: high.fig.next}
    }

    if (high.claim.kind === 'year' || high.claim.kind === 'date' || low.claim.kind === 'year') continue
    // "de 5 a 10" needs figures on both sides; "de" alone is too common to open otherwise.
    const reading = finishRange(ctx, low, high, i)
    if (reading && afterChange(ctx, i)) return splitChange(ctx, low, high, reading)
    if (reading) return reading
  }

  return undefined
}

/**
 * Whether the range opener at `i` follows a verb of change or a percentage
 * (at most three words back): then "from X to Y" is a change.
 */
function afterChange(ctx: Ctx, i: number): boolean {
  const {toks, data} = ctx
  for (let k = i - 1, words = 0; k >= 0 && words < 3; k--) {
    const tok = toks[k]
    if (tok.text === '%') return true
    if (tok.type === 'punctuation' || tok.text === '.' || tok.text === ';') return false
    if (tok.type !== 'word') continue
    words++
    if (data.changeVerbs.has(tok.lower) || (tok.bits & WORD_PERCENT) !== 0) return true
  }

  return false
}

/**
 * A change read as a range split back into its old and new value: the old
 * takes the new one's scale, currency and noun when it has none of its own
 * ("de 100 a 150 millones de dólares": 100 millones de dólares).
 */
function splitChange(ctx: Ctx, low: Amount, high: Amount, range: Reading): Reading {
  const joined = range.claims[0]
  const old = low.claim
  const value = joined.min!.value
  if (value !== old.value && old.value !== undefined && old.step !== undefined) {
    old.step = old.step * (value / old.value)
    old.value = value
  }

  if (old.kind === 'quantity' && joined.kind !== 'quantity') old.kind = joined.kind
  if (!old.unit && joined.unit) old.unit = joined.unit
  return {claims: [old, high.claim], next: range.next}
}

/**
 * Where the amount after a qualifier or a range's words starts: at `at`, or
 * one token on, past the article Spanish puts there: an indefinite article
 * before digits ("casi un 40%", "entre un 5 y un 10%", English "about a 3%
 * rise"), a determiner before a half noun ("casi la mitad", "más de la
 * mitad"). The article is then part of the claim's text, not of its
 * qualifier's.
 */
function amountAfter(ctx: Ctx, at: number): number {
  const tok = ctx.toks[at]
  const next = ctx.toks[at + 1]
  if (!tok || !next || tok.type !== 'word') return at
  if ((tok.bits & WORD_INDEFINITE) !== 0 && next.type === 'number') return at + 1
  if ((tok.bits & WORD_DETERMINER) !== 0 && next.type === 'word' && ctx.data.halfNouns.has(next.lower)) return at + 1
  return at
}

/**
 * Past a definite article a qualifier may have before its figure ("superó
 * los 40.000 millones", "ronda el 12%"); the article is then part of the
 * qualifier's text, unlike an indefinite one (see `amountAfter`).
 */
function articleAfter(ctx: Ctx, at: number): number {
  const tok = ctx.toks[at]
  if (tok?.type === 'word' && ctx.data.qualifierArticles.has(tok.lower) && ctx.toks[at + 1]?.type === 'number') return at + 1
  return at
}

/** A qualifier and the figure it bounds: "más de cinco proyectos", "nearly $50 billion", "equal to 20". */
function readQualified(ctx: Ctx, i: number): Reading | undefined {
  const {toks} = ctx
  const tok = toks[i]
  if (tok.type === 'number') return undefined
  for (const phrase of ctx.index.equals.get(tok.lower) ?? none) {
    if (!matchWords(toks, i, phrase.words)) continue
    const at = amountAfter(ctx, i + phrase.words.length)
    if (!mayStartAmount(ctx, at)) continue
    const amount = readAmountAt(ctx, at, true)
    if (!amount || amount.claim.value === undefined || amount.claim.kind === 'year' || amount.claim.kind === 'date') continue
    const claim = amount.claim
    claim.start = tok.start
    claim.text = ctx.text.slice(claim.start, claim.end)
    claim.min = {value: claim.value!, inclusive: true}
    claim.max = {value: claim.value!, inclusive: true}
    applyPostfix(ctx, amount, undefined)
    return pairBounds(ctx, {claims: [claim], next: amount.next})
  }

  for (const phrase of ctx.index.qualifiers.get(tok.lower) ?? none) {
    if (!matchWords(toks, i, phrase.words)) continue
    const past = articleAfter(ctx, i + phrase.words.length)
    const at = amountAfter(ctx, past)
    if (!mayStartAmount(ctx, at)) continue
    const amount = readAmountAt(ctx, at, true)
    if (!amount) continue
    const claim = amount.claim
    // "hasta 2025", "before 2020": a year, not a bound on an amount.
    if (isYearFigure(amount.fig) && amount.next === amount.fig.next && claim.kind === 'quantity' && (phrase.data === 'upTo' || phrase.data === 'less')) {
      return undefined
    }

    if (claim.kind === 'year' || claim.kind === 'date' || claim.kind === 'anniversary') continue
    const range = readRangeTail(ctx, amount)
    if (range) return range
    // A definite article after the qualifier is part of it ("superó los").
    const last = toks[past - 1]
    const qualifier: Qualifier = {type: phrase.data, text: ctx.text.slice(tok.start, last.end), start: tok.start, end: last.end}
    claim.qualifier = qualifier
    claim.start = tok.start
    claim.text = ctx.text.slice(claim.start, claim.end)
    setBounds(claim, phrase.data)
    applyPostfix(ctx, amount, phrase.data)
    return pairBounds(ctx, {claims: [claim], next: amount.next})
  }

  return undefined
}

/**
 * Fold a qualifier written after the figure into the claim: "500 o más" is
 * at least 500; "more than 5000 or equal" is at least 5000; "about five
 * hundred or less" keeps the stated bound, not the hedge.
 */
function applyPostfix(ctx: Ctx, amount: Amount, before: QualifierType | undefined): void {
  const post = amount.postfix
  if (!post) return
  const claim = amount.claim
  let type: QualifierType | undefined
  if (post.type === 'orEqual') {
    if (before === 'more') type = 'atLeast'
    else if (before === 'less') type = 'atMost'
    else return
  } else type = post.type
  const text = ctx.text.slice(post.start, post.end)
  if (!claim.qualifier || claim.qualifier.type === 'about' || claim.qualifier.type === 'almost') {
    if (claim.qualifier) {
      claim.start = amount.fig.start
      claim.text = ctx.text.slice(claim.start, claim.end)
    }

    claim.qualifier = {type, text, start: post.start, end: post.end}
  } else claim.qualifier = {...claim.qualifier, type}
  setBounds(claim, type)
}

/**
 * Two one-sided bounds joined into a range: "more than 10 and less than 20",
 * "como máximo 100 y como mínimo 20". Only when the low bound is below the
 * high one ("more than 40 and less than 10" stays two claims).
 */
function pairBounds(ctx: Ctx, reading: Reading): Reading {
  const {toks, data} = ctx
  const first = reading.claims[0]
  if (reading.claims.length !== 1 || first.value === undefined) return reading
  const join = toks[reading.next]
  if (!join || !data.boundJoiners.has(join.lower)) return reading
  const second = readQualified(ctx, reading.next + 1) ?? readPostfixed(ctx, reading.next + 1)
  if (!second || second.claims.length !== 1) return reading
  const other = second.claims[0]
  const lowFirst = first.min && first.max === null
  const highFirst = first.max && first.min === null
  const lowSecond = other.min && other.max === null
  const highSecond = other.max && other.min === null
  const low = lowFirst && highSecond ? first : highFirst && lowSecond ? other : undefined
  const high = low === first ? other : low === other ? first : undefined
  if (!low || !high || !low.min || !high.max || !(low.min.value < high.max.value)) return reading
  const claim = newClaim(first.kind === 'quantity' ? other.kind : first.kind, first.start, other.end, ctx.text.slice(first.start, other.end))
  claim.min = low.min
  claim.max = high.max
  const unit = other.unit ?? first.unit
  if (unit) claim.unit = unit
  const noun = other.noun ?? first.noun
  if (noun) claim.noun = noun
  return {claims: [claim], next: second.next}
}

/** A figure with a qualifier after it ("100 como máximo"), for pairing. */
function readPostfixed(ctx: Ctx, i: number): Reading | undefined {
  const amount = readAmountAt(ctx, i, false)
  if (!amount || !amount.postfix || amount.postfix.type === 'orEqual') return undefined
  applyPostfix(ctx, amount, undefined)
  return {claims: [amount.claim], next: amount.next}
}

/** Bounds a qualifier states: "más de 30" → (30, ∞), "hasta 30" → [0…30]. */
function setBounds(claim: Claim, type: QualifierType): void {
  const v = claim.value
  if (v === undefined) return
  if (type === 'more') {
    claim.min = {value: v, inclusive: false}
    claim.max = null
  } else if (type === 'atLeast') {
    claim.min = {value: v, inclusive: true}
    claim.max = null
  } else if (type === 'less') {
    claim.min = null
    claim.max = {value: v, inclusive: false}
  } else if (type === 'upTo' || type === 'atMost') {
    claim.min = null
    claim.max = {value: v, inclusive: true}
  }
}

// ---------------------------------------------------------------------------
// Ordinals, ranks and anniversaries.

/** An ordinal at `i`: "third", "tercer", "3rd", "50º", "twenty-first", "vigésimo quinto". */
function ordinalAt(ctx: Ctx, i: number): {value: number; next: number} | undefined {
  const {toks, data} = ctx
  const tok = toks[i]
  if (tok.type === 'number' && tok.text.length <= 4) {
    let k = i + 1
    if (toks[k]?.glued && toks[k].text === '.' && (toks[k + 1]?.text === 'º' || toks[k + 1]?.text === 'ª') && toks[k + 1].glued) k++
    const suffix = toks[k]
    // "1e10" is a power of ten, not French "1e" (premier).
    const next = toks[k + 1]
    const exponent =
      (suffix?.lower === 'e' || suffix?.lower === 'e-' || suffix?.lower === 'e+') &&
      next?.glued === true &&
      (next.type === 'number' || ((next.text === '+' || next.text === '-') && toks[k + 2]?.type === 'number' && toks[k + 2].glued))
    if (suffix?.glued && !exponent && (data.ordinalSuffixes.has(suffix.text) || data.ordinalSuffixes.has(suffix.lower))) {
      // Spanish "o"/"a" suffixes only as superscripts or after a number that reads as an ordinal.
      return {value: Number(tok.text), next: k + 1}
    }

    return undefined
  }

  if (tok.type !== 'word') return undefined
  const value = data.ordinals.get(tok.lower)
  if (value !== undefined) {
    // "vigésimo quinto", "twenty-first" handled below; a plain ordinal word here.
    const tens = value >= 20 && value < 100 && value % 10 === 0
    if (tens) {
      let k = i + 1
      if (toks[k]?.text === '-') k++
      const unit = data.ordinals.get(toks[k]?.lower ?? '')
      if (unit !== undefined && unit < 10) return {value: value + unit, next: k + 1}
    }

    return {value, next: i + 1}
  }

  // "twenty-first", "thirty third", "vingt et unième".
  const card = data.cardinals.get(tok.lower)
  if (card?.role === 'tens') {
    let k = i + 1
    if (toks[k]?.text === '-') k++
    else if (data.joiners.has(toks[k]?.lower ?? '')) k++
    const unit = data.ordinals.get(toks[k]?.lower ?? '')
    if (unit !== undefined && unit < 10) return {value: card.value + unit, next: k + 1}
  }

  return undefined
}

function superlativeAt(ctx: Ctx, k: number): {text: string; next: number} | undefined {
  const {toks} = ctx
  let m = k
  if (toks[m]?.text === '-' && toks[m].glued) m++
  const tok = toks[m]
  if (!tok) return undefined
  for (const phrase of ctx.index.superlatives.get(tok.lower) ?? none) {
    if (matchWords(toks, m, phrase.words)) return {text: phrase.data, next: m + phrase.words.length}
  }

  return undefined
}

/** The ranked measure after a rank: "socio comercial", "economic partner", "inversor". */
function rankNoun(ctx: Ctx, k: number): {noun: Span; next: number} | undefined {
  const {toks, data} = ctx
  const max = 2
  let m = k
  let first = -1
  let last = -1
  while (m < toks.length && m - k < max) {
    const tok = toks[m]
    if (tok.type !== 'word' || tok.cap || data.stopwords.has(tok.lower) || data.cardinals.get(tok.lower)) break
    if (first >= 0) {
      if (!toks[m].glued && ctx.text.slice(toks[m - 1].end, tok.start).trim() !== '') break
      // A second word must look like a modifier: Spanish adjectives after the noun, English noun after an adjective.
      if (data.postnominalAdjective && !data.postnominalAdjective.test(tok.lower)) break
      if (data.notNounEnding && (data.notNounEnding.next.test(tok.lower) || data.yearWords.has(tok.lower))) break
    } else if (data.notNounEnding?.first.test(tok.lower)) break
    if (first < 0) first = m
    last = m
    m++
  }

  if (first < 0) return undefined
  // English puts the head noun last: "economic partner"; an English pair whose second word is a verb was cut above.
  if (data.headNounLast && last > first && /s$/.test(toks[first].lower) && !/ss$/.test(toks[first].lower)) last = first
  const start = toks[first].start
  const end = toks[last].end
  return {noun: {text: ctx.text.slice(start, end), start, end}, next: last + 1}
}

/** "out of 143", "entre 143 países", "among 190 countries": the size of the ranked field. */
function outOfAt(ctx: Ctx, k: number): number | undefined {
  const tok = ctx.toks[k]
  if (!tok) return undefined
  for (const phrase of ctx.index.outOf.get(tok.lower) ?? none) {
    if (!matchWords(ctx.toks, k, phrase.words)) continue
    let m = k + phrase.words.length
    if (ctx.toks[m] && ctx.data.determiners.has(ctx.toks[m].lower)) m++
    const fig = readFigure(ctx, m)
    if (fig && Number.isInteger(fig.value) && fig.value > 1 && !isYearFigure(fig)) return fig.value
  }

  return undefined
}

function readOrdinal(ctx: Ctx, i: number): Reading | undefined {
  const {toks, data} = ctx
  const ordinal = ordinalAt(ctx, i)
  if (!ordinal) return undefined
  const rank = rankAt(ctx, i, ordinal)
  if (rank !== undefined || toks[i].type === 'word' && ordinal.next === i + 1) return rank
  // "the 21st century", "le vingt et unième siècle": an ordinal of no rank is no count of "st" or of "vingt".
  if (toks[i].type === 'number' && monthAt(ctx, ordinal.next) !== undefined) return undefined
  return {claims: [], next: ordinal.next}
}

/** A rank or anniversary claim from the ordinal at `i`, or undefined. */
function rankAt(ctx: Ctx, i: number, ordinal: {value: number; next: number}): Reading | undefined {
  const {toks, data} = ctx
  const before = toks[i - 1]
  const next = toks[ordinal.next]

  // "50th anniversary", "quincuagésimo aniversario", "50º aniversario".
  if (next && data.anniversary.has(next.lower)) {
    const claim = claimOf(ctx, 'anniversary', i, ordinal.next)
    claim.value = ordinal.value
    return {claims: [claim], next: ordinal.next + 1}
  }

  if (toks[i].type === 'number' && next && monthAt(ctx, ordinal.next) !== undefined) return undefined
  const determiner = before !== undefined && (data.determiners.has(before.lower) || (before.lower === 's' && toks[i - 2]?.text.match(/['’]/) !== null))
  const superlative = superlativeAt(ctx, ordinal.next)
  const place = next && data.placeWords.has(next.lower) ? {text: next.lower, next: ordinal.next + 1} : undefined
  if (!determiner && !superlative && !place) {
    // "came 3rd", "quedó 2.º": a position in digits with its suffix, of nothing
    // named; a rank all the same, and never a count of "rd" or "º".
    if (toks[i].type !== 'number') return undefined
    const claim = claimOf(ctx, 'rank', i, ordinal.next - 1)
    claim.value = ordinal.value
    return {claims: [claim], next: ordinal.next}
  }

  let end = ordinal.next - 1
  const claim = newClaim('rank', toks[i].start, 0, '')
  claim.value = ordinal.value
  let k = ordinal.next
  if (superlative) {
    claim.superlative = superlative.text
    k = superlative.next
    end = k - 1
  } else if (place) {
    claim.superlative = place.text
    k = place.next
    end = k - 1
  }

  if (!place) {
    const noun = rankNoun(ctx, k)
    if (noun) {
      if (data.notRankNouns.has(toks[k].lower)) return undefined
      if (data.placeWords.has(toks[k].lower)) {
        claim.superlative = toks[k].lower
        end = k
        k++
      } else {
        claim.noun = noun.noun
        end = noun.next - 1
        k = noun.next
      }
    } else if (!superlative) return undefined
  }

  const field = outOfAt(ctx, k)
  if (field !== undefined) claim.outOf = field
  claim.end = toks[end].end
  claim.text = ctx.text.slice(claim.start, claim.end)
  return {claims: [claim], next: end + 1}
}

/** "el mayor proveedor", "the largest among", "top economic partner": rank 1. */
function readSuperlative(ctx: Ctx, i: number): Reading | undefined {
  const {toks, data} = ctx
  const tok = toks[i]
  if (tok.type !== 'word') return undefined
  const before = toks[i - 1]
  const determiner =
    before !== undefined && (data.determiners.has(before.lower) || (before.lower === 's' && /['’]/.test(toks[i - 2]?.text ?? '')))
  const superlative = superlativeAt(ctx, i)
  if (!superlative) return undefined
  const top = data.topWords.has(tok.lower)
  if (!determiner && !(top && data.topWithoutDeterminer)) return undefined
  // "one of the largest", "uno de los mayores": one of several, not the first.
  if (isOneOf(ctx, i - 1)) return undefined
  if (data.pluralSuperlativeIsGroup && /(?:es|s)$/.test(tok.lower) && !data.stopwords.has(tok.lower)) return undefined
  let k = superlative.next
  const noun = rankNoun(ctx, k)
  if (toks[k]?.type === 'number') return undefined
  if (!determiner && !noun) return undefined
  // "the main highway", "la principal razón": a vague superlative ranks only a role ("main trading partner").
  if (data.vagueSuperlatives.has(tok.lower) && !(noun && namesRole(ctx, k, noun.next))) return undefined
  const claim = newClaim('rank', tok.start, 0, '')
  claim.value = 1
  claim.superlative = superlative.text
  let end = k - 1
  if (noun) {
    if (data.notRankNouns.has(toks[k].lower)) return undefined
    claim.noun = noun.noun
    end = noun.next - 1
    k = noun.next
  }

  const field = outOfAt(ctx, k)
  if (field !== undefined) claim.outOf = field
  claim.end = toks[end].end
  claim.text = ctx.text.slice(claim.start, claim.end)
  return {claims: [claim], next: end + 1}
}

/** Whether a word of the tokens from `from` to before `to` is a role ranked by a measure (`LangData.rankedRoles`). */
function namesRole(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.data.rankedRoles.has(ctx.toks[k].lower)) return true
  return false
}

/** Whether tokens ending at `k` read a group phrase of the language: "one of the", "uno de los", "among the", "l'un des". */
function isOneOf(ctx: Ctx, k: number): boolean {
  const {toks} = ctx
  for (const phrase of ctx.data.groupPhrases) {
    const words = phrase.split(' ')
    const first = k - words.length + 1
    if (first >= 0 && words.every((word, index) => toks[first + index]?.type === 'word' && toks[first + index].lower === word)) return true
  }
  return false
}

/** "one", "uno": the cardinal 1 as a word, which an amount may start with ("one dollar"). */
function isOne(data: LangData, word: string): boolean {
  const card = data.cardinals.get(word)
  return card !== undefined && card.value === 1 && card.role === 'unit'
}
