/**
 * The claim grammar: one hand-written recursive-descent reader over the
 * lexemes of a sentence, shared by all languages, with each language's
 * words as data (`en.ts`, `es.ts`).
 *
 * Why by hand: the Microsoft Recognizers-Text packages take 1–2.5 s to start
 * and have no number-range model in JavaScript; chrono-node has no Spanish
 * "este año"; neither knows that "más de cinco proyectos" means fewer than
 * ten, or reads glued copy such as "50aniversario" and "alcanzócasi". The
 * grammar below reads, at each position, the longest of: a relative date, an
 * absolute date, an anniversary, a rank, or a figure (range, qualifier,
 * currency, number in digits or words, scale word, percent, counted noun).
 */
import type {Claim, ClaimKind, Lang, Qualifier, QualifierType, RelativeDate, Span} from '../types.js'
import type {LangData} from './data.js'
import type {Lexeme} from './lex.js'
import {en} from './en.js'
import {es} from './es.js'

export const languages: Record<Lang, LangData> = {en, es}

const currencySymbols: Record<string, string> = {'$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₫': 'VND'}
const currencyPrefixes: Record<string, string> = {us: 'USD', u: 'USD', a: 'AUD', c: 'CAD', hk: 'HKD', s: 'SGD', nz: 'NZD', r: 'BRL', mx: 'MXN'}
const isoCodes = new Set(['USD', 'EUR', 'JPY', 'GBP', 'CNY', 'KRW', 'VND', 'MXN', 'CHF', 'INR', 'CAD', 'AUD', 'SGD', 'HKD', 'BRL', 'ARS', 'CLP', 'COP', 'PEN', 'RUB', 'THB', 'IDR', 'PHP', 'MYR', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'ZAR'])

/** Words before a rank that make it one: "el tercer", "its third", "Japan's third". */
const determiners = new Set(['el', 'la', 'los', 'las', 'the', 'its', 'their', 'su', 'sus', 'his', 'her', 'our', 's', 'nuestro', 'nuestra'])

/** Nouns after an ordinal that make it no rank: "la primera vez", "the second quarter". */
const notRanked = new Set(['vez', 'veces', 'time', 'times', 'día', 'dia', 'semana', 'mes', 'año', 'trimestre', 'semestre', 'mitad', 'quarter', 'half', 'week', 'month', 'year', 'day', 'round', 'ronda', 'edición', 'edition', 'term', 'mandato', 'piso', 'floor', 'parte', 'part'])

/** A phrase as lower-case word list, for matching against lexemes. */
type Phrase = string[]

interface Compiled {
  data: LangData
  qualifiers: Table<QualifierType>
  scales: Table<number>
  /** First words of scale phrases, for quick "is this a scale word" checks. */
  scaleHeads: Set<string>
  currencies: Table<string>
  relativeYears: Table<number>
  monthBefore: Table<number>
  monthAfter: Table<number>
  /** One-word entries of `monthAfter` ("pasado"). */
  monthAfterSingle: Table<number>
  percent: Phrase[]
  points: Phrase[]
  superlatives: Table<true>
  notCounts: Phrase[]
  yearsAgo: Phrase
  /** Every word that can start a number in words. */
  numberWords: Set<string>
  /** Every word a claim can start with. */
  starters: Set<string>
  ordinalPrefixes: Map<string, string[]>
  fractionPrefixes: Map<string, string[]>
  superlativePrefixes: Map<string, string[]>
}

const compiled = new Map<Lang, Compiled>()

function phrase(text: string): Phrase {
  return text.toLowerCase().match(/\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*|[^\s]/gu) ?? []
}

/** Phrases indexed by their first word, longest first, so a lookup costs one map access. */
type Table<T> = Map<string, Array<[Phrase, T]>>

function table<T>(record: Record<string, T>): Table<T> {
  return index(Object.entries(record).map(([key, value]): [Phrase, T] => [phrase(key), value]))
}

function index<T>(entries: Array<[Phrase, T]>): Table<T> {
  const map: Table<T> = new Map()
  for (const entry of entries.sort((a, b) => b[0].length - a[0].length)) {
    const list = map.get(entry[0][0]) ?? []
    list.push(entry)
    map.set(entry[0][0], list)
  }
  return map
}

/** Words that begin with one of `keys` and go on for at least `rest` letters: "cuartosocio" → ["cuarto", 4]. */
function prefixIndex(keys: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const key of keys) {
    const head = key.slice(0, 3)
    const list = map.get(head) ?? []
    list.push(key)
    map.set(head, list)
  }
  return map
}

function compile(lang: Lang): Compiled {
  let c = compiled.get(lang)
  if (!c) {
    const data = languages[lang]
    const singleSuperlatives = data.superlatives.filter((word) => !word.includes(' '))
    c = {
      data,
      qualifiers: table(data.qualifiers),
      scales: table(data.scales),
      scaleHeads: new Set(Object.keys(data.scales).map((key) => phrase(key)[0])),
      currencies: table(data.currencyWords),
      relativeYears: table(data.relativeYears),
      monthBefore: table(data.monthBefore),
      monthAfter: table(data.monthAfter),
      monthAfterSingle: table(Object.fromEntries(Object.entries(data.monthAfter).filter(([key]) => !key.includes(' ')))),
      percent: data.percentWords.map(phrase).sort((a, b) => b.length - a.length),
      points: data.pointWords.map(phrase).sort((a, b) => b.length - a.length),
      superlatives: index(data.superlatives.map((word): [Phrase, true] => [phrase(word), true])),
      notCounts: data.notCounts.map(phrase),
      yearsAgo: phrase(data.yearsAgo.after),
      numberWords: new Set([...Object.keys(data.units), ...Object.keys(data.hundreds), ...data.thousand, ...data.articles, ...Object.keys(data.fractions), ...data.dozen]),
      starters: new Set(
        [
          ...Object.keys(data.units), ...Object.keys(data.hundreds), ...data.thousand, ...data.articles,
          ...Object.keys(data.fractions), ...data.dozen, ...Object.keys(data.ordinals), ...Object.keys(data.months),
          ...Object.keys(data.qualifiers), ...Object.keys(data.relativeYears), ...Object.keys(data.monthBefore),
          ...data.superlatives, ...data.ranges.map(([open]) => open), data.yearsAgo.before,
          ...Object.keys(currencyPrefixes), ...[...isoCodes].map((code) => code.toLowerCase()), 'top'
        ]
          .filter(Boolean)
          .map((key) => phrase(key)[0])
      ),
      ordinalPrefixes: prefixIndex(Object.keys(data.ordinals)),
      fractionPrefixes: prefixIndex(Object.keys(data.fractions)),
      superlativePrefixes: prefixIndex(singleSuperlatives)
    }
    compiled.set(lang, c)
  }

  return c
}

interface NumberRead {
  value: number
  start: number
  end: number
  next: number
  step: number
  precision: number
  /** Written in digits, four of them, no separators: may be a year. */
  yearLike: boolean
  /** Written in words. */
  words: boolean
  /** A scale word glued to a fraction by a bad copy: "mediomillón". */
  gluedScale?: {start: number; end: number; factor: number}
}

interface FigureRead {
  claim: Claim
  next: number
}

/** Read the claims of one sentence's lexemes. `source` is the document text. */
export function readClaims(lexemes: Lexeme[], source: string, lang: Lang, decimal: ',' | '.'): Claim[] {
  return new Reader(lexemes, source, compile(lang), decimal).read()
}

class Reader {
  private readonly claims: Claim[] = []

  constructor(
    private readonly lx: Lexeme[],
    private readonly source: string,
    private readonly c: Compiled,
    private readonly decimal: ',' | '.'
  ) {}

  read(): Claim[] {
    let i = 0
    while (i < this.lx.length) {
      if (!this.mayStart(i)) {
        i++
        continue
      }
      const next =
        this.relativeDate(i) ??
        this.absoluteDate(i) ??
        this.anniversary(i) ??
        this.rank(i) ??
        this.figure(i)
      i = next ?? i + 1
    }

    return this.claims
  }

  /**
   * Whether a claim may start at `i`: numbers and currency symbols, and words
   * the grammar begins with (number words, ordinals, months, qualifiers,
   * relative dates...), or words glued to one by a bad copy. Most words of a
   * text are none of these, which keeps extraction cheap.
   */
  private mayStart(i: number): boolean {
    const lexeme = this.lx[i]
    if (lexeme.type === 'number') return true
    if (lexeme.type === 'punctuation') return false
    if (lexeme.type === 'symbol') return currencySymbols[lexeme.text] !== undefined
    const lower = lexeme.lower
    if (this.c.starters.has(lower)) return true
    const head = lower.slice(0, 3)
    if (this.c.fractionPrefixes.has(head)) return true
    if (determiners.has(this.w(i - 1)) && (this.c.ordinalPrefixes.has(head) || this.c.superlativePrefixes.has(head))) return true
    const next = this.lx[i + 1]
    return next !== undefined && (next.type === 'number' || next.type === 'symbol')
  }

  /* ----- helpers ----- */

  private w(i: number): string {
    return this.lx[i]?.lower ?? ''
  }

  /** Index after `p` when the lexemes at `i` spell it; glued punctuation inside the phrase is allowed. */
  private match(i: number, p: Phrase): number | undefined {
    if (p.length === 0) return undefined
    for (let k = 0; k < p.length; k++) {
      const lexeme = this.lx[i + k]
      if (!lexeme || lexeme.lower !== p[k]) return undefined
    }

    return i + p.length
  }

  private matchAny<T>(i: number, entries: Table<T>): [number, T] | undefined {
    const candidates = entries.get(this.w(i))
    if (!candidates) return undefined
    for (const [p, value] of candidates) {
      const end = this.match(i, p)
      if (end !== undefined) return [end, value]
    }

    return undefined
  }

  private span(start: number, end: number): Span {
    return {text: this.source.slice(start, end), start, end}
  }

  private push(claim: Omit<Claim, 'text'>): void {
    this.claims.push({...claim, text: this.source.slice(claim.start, claim.end)} as Claim)
  }

  private isWord(i: number): boolean {
    return this.lx[i]?.type === 'word'
  }

  /* ----- relative and absolute dates ----- */

  private relativeDate(i: number): number | undefined {
    const d = this.c.data
    // "this year", "el año pasado"
    const rel = this.matchAny(i, this.c.relativeYears)
    if (rel) {
      const end = this.lx[rel[0] - 1].end
      this.push({kind: 'year', start: this.lx[i].start, end, relative: {unit: 'year', offset: rel[1]}})
      return rel[0]
    }

    // "hace dos años"
    if (d.yearsAgo.before && this.w(i) === d.yearsAgo.before) {
      const n = this.number(i + 1)
      const after = n && this.match(n.next, this.c.yearsAgo)
      if (n && after) {
        this.push({kind: 'year', start: this.lx[i].start, end: this.lx[after - 1].end, relative: {unit: 'year', offset: -n.value}})
        return after
      }
    }

    // "two years ago"
    if (!d.yearsAgo.before) {
      const n = this.number(i)
      const after = n && this.match(n.next, this.c.yearsAgo)
      if (n && after) {
        this.push({kind: 'year', start: n.start, end: this.lx[after - 1].end, relative: {unit: 'year', offset: -n.value}})
        return after
      }
    }

    // "last May", "el pasado mayo"
    const before = this.matchAny(i, this.c.monthBefore)
    if (before && d.months[this.w(before[0])]) {
      const month = d.months[this.w(before[0])]
      const relative: RelativeDate = before[1] === -1 ? {unit: 'month', month, offset: -1, previous: true} : {unit: 'month', month, offset: before[1]}
      this.push({kind: 'date', start: this.lx[i].start, end: this.lx[before[0]].end, relative})
      return before[0] + 1
    }

    // "May of last year", "mayo del año pasado", "mayo pasado"
    const month = d.months[this.w(i)]
    if (month && !(this.c.data === en && this.w(i) === 'may' && this.lx[i].text === 'may')) {
      const after = this.matchAny(i + 1, this.c.monthAfter)
      if (after) {
        const previous = after[1] === -1 && this.matchAny(i + 1, this.c.monthAfterSingle)?.[0] === after[0]
        const relative: RelativeDate = previous ? {unit: 'month', month, offset: -1, previous: true} : {unit: 'month', month, offset: after[1]}
        this.push({kind: 'date', start: this.lx[i].start, end: this.lx[after[0] - 1].end, relative})
        return after[0]
      }
    }

    return undefined
  }

  /** "21 September 1973", "September 21, 1973", "21 de septiembre de 1973", "May 2022", "mayo de 2022". */
  private absoluteDate(i: number): number | undefined {
    const d = this.c.data
    const de = d === es ? 'de' : undefined
    let day: number | undefined
    let j = i
    if (this.lx[j]?.type === 'number' && /^\d{1,2}$/.test(this.lx[j].text)) {
      day = Number(this.lx[j].text)
      j++
      if (de && this.w(j) === de) j++
    }

    const month = d.months[this.w(j)]
    if (!month || (d === en && this.lx[j].text === 'may')) return undefined
    const monthIndex = j
    j++
    if (day === undefined && this.lx[j]?.type === 'number' && /^\d{1,2}$/.test(this.lx[j].text)) {
      day = Number(this.lx[j].text)
      j++
      if (this.lx[j]?.text === ',') j++
    }
    if (de && (this.w(j) === 'de' || this.w(j) === 'del')) j++
    const yearLexeme = this.lx[j]
    const year = yearLexeme?.type === 'number' && /^\d{4}$/.test(yearLexeme.text) ? Number(yearLexeme.text) : undefined
    if (year === undefined) return undefined
    if (day !== undefined && (day < 1 || day > 31)) return undefined
    const pad = (n: number) => String(n).padStart(2, '0')
    const start = day !== undefined && this.lx[i].type === 'number' ? this.lx[i].start : this.lx[monthIndex].start
    this.push({
      kind: 'date',
      start,
      end: yearLexeme.end,
      date: `${year}-${pad(month)}${day !== undefined ? '-' + pad(day) : ''}`,
      value: year
    })
    return j + 1
  }

  /* ----- anniversaries and ranks ----- */

  /** "50th anniversary", "50 aniversario", "50aniversario", "quincuagésimo aniversario". */
  private anniversary(i: number): number | undefined {
    const d = this.c.data
    let n: number | undefined
    let j = i
    const lexeme = this.lx[i]
    if (lexeme.type === 'number' && /^\d+$/.test(lexeme.text)) {
      n = Number(lexeme.text)
      j = i + 1
      const suffix = this.lx[j]
      if (suffix && !suffix.spaced && (d.ordinalSuffixes.includes(suffix.lower) || suffix.text === 'º' || suffix.text === '°')) j++
    } else if (d.ordinals[lexeme.lower] !== undefined) {
      n = d.ordinals[lexeme.lower]
      j = i + 1
    }

    if (n === undefined || !d.anniversary.includes(this.w(j))) return undefined
    this.push({kind: 'anniversary', start: lexeme.start, end: this.lx[j].end, value: n})
    return j + 1
  }

  /** "el tercer mayor inversor", "third-largest investor", "el tercer lugar entre 143 países", "top partner", "el mayorproveedor". */
  private rank(i: number): number | undefined {
    const d = this.c.data
    const lexeme = this.lx[i]
    const articled = determiners.has(this.w(i - 1))
    let position: number | undefined
    let j = i
    let superlative: string | undefined
    let glued: Span | undefined

    if (d.ordinals[lexeme.lower] !== undefined) {
      position = d.ordinals[lexeme.lower]
      j = i + 1
    } else if (lexeme.type === 'number' && /^\d{1,3}$/.test(lexeme.text) && this.lx[i + 1] && !this.lx[i + 1].spaced && (d.ordinalSuffixes.includes(this.lx[i + 1].lower) || this.lx[i + 1].text === 'º' || this.lx[i + 1].text === 'ª')) {
      position = Number(lexeme.text)
      j = i + 2
    } else if (lexeme.type === 'word') {
      // Glued by a bad copy: "cuartosocio", "mayorproveedor".
      for (const word of articled ? this.c.ordinalPrefixes.get(lexeme.lower.slice(0, 3)) ?? [] : []) {
        if (lexeme.lower.length - word.length >= 4 && lexeme.lower.startsWith(word)) {
          position = d.ordinals[word]
          glued = this.span(lexeme.start + word.length, lexeme.end)
          break
        }
      }
      if (position === undefined && articled) {
        for (const word of this.c.superlativePrefixes.get(lexeme.lower.slice(0, 3)) ?? []) {
          if (lexeme.lower === word || (lexeme.lower.length - word.length >= 5 && lexeme.lower.startsWith(word))) {
            position = 1
            superlative = word
            if (lexeme.lower !== word) glued = this.span(lexeme.start + word.length, lexeme.end)
            break
          }
        }
      }
      if (position === undefined && lexeme.lower === 'top' && this.isWord(i + 1)) {
        position = 1
        superlative = 'top'
      }
      if (position === undefined) return undefined
      j = i + 1
    } else {
      return undefined
    }

    // Not a rank: "uno de los", "second quarter" without article or superlative is weak; require context.
    if (this.w(j) === '-') j++
    const sup = superlative ? undefined : this.matchAny(j, this.c.superlatives)
    if (sup) {
      superlative = this.lx.slice(j, sup[0]).map((l) => l.lower).join(' ')
      j = sup[0]
    }
    if (!superlative && d.placeWords.includes(this.w(j))) {
      superlative = this.w(j)
      j++
    }
    if (!superlative && !articled && !glued) return undefined
    if (position > 1 && !superlative && !articled) return undefined

    // The ranked noun: one or two words, not function words.
    let noun: Span | undefined = glued
    let end = glued ? glued.end : this.lx[j - 1].end
    if (!glued) {
      const nounStart = j
      while (j < this.lx.length && j - nounStart < 2 && this.isWord(j) && !d.stopwords.has(this.w(j)) && !/^\p{Lu}/u.test(this.lx[j].text)) j++
      if (j > nounStart) {
        noun = this.span(this.lx[nounStart].start, this.lx[j - 1].end)
        end = noun.end
      }
    } else if (this.isWord(j) && this.lx[j].spaced && !d.stopwords.has(this.w(j)) && !/^\p{Lu}/u.test(this.lx[j].text)) {
      // "cuartosocio comercial": the adjective after the glued noun.
      noun = this.span(glued.start, this.lx[j].end)
      end = noun.end
      j++
    }

    // "el tercer lugar": the place word is what is ranked when nothing else is.
    if (!noun && superlative && d.placeWords.includes(superlative)) noun = this.span(this.lx[j - 1].start, this.lx[j - 1].end)
    if (!superlative && !noun) return undefined
    if (!superlative && noun && notRanked.has(noun.text.toLowerCase().split(/\s+/)[0])) return undefined
    let outOf: number | undefined
    const outWord = d.outOfWords.find((word) => this.w(j) === word)
    if (outWord && superlative && d.placeWords.includes(superlative)) {
      const n = this.number(j + 1)
      if (n && !n.words) outOf = n.value
    }

    this.push({kind: 'rank', start: lexeme.start, end, value: position, superlative, noun, outOf})
    return j
  }

  /* ----- figures ----- */

  private figure(i: number): number | undefined {
    // A range: "entre 5 y 10 millones", "between 5 and 10".
    for (const [open, join] of this.c.data.ranges) {
      if (this.w(i) !== open) continue
      const a = this.figureCore(i + 1, undefined)
      if (!a || this.w(a.next) !== join) continue
      const b = this.figureCore(a.next + 1, undefined)
      if (!b) continue
      if (open === 'de' && (a.claim.kind !== b.claim.kind || a.claim.value! > b.claim.value!)) continue
      return this.pushRange(i, a, b)
    }

    // A qualifier before the figure: "más de", "over", glued "alcanzócasi".
    const q = this.matchAny(i, this.c.qualifiers)
    if (q) {
      const qualifier: Qualifier = {type: q[1], text: this.source.slice(this.lx[i].start, this.lx[q[0] - 1].end), start: this.lx[i].start, end: this.lx[q[0] - 1].end}
      const f = this.figureCore(q[0], qualifier)
      if (f) {
        this.claims.push(f.claim)
        return f.next
      }
    }
    const lexeme = this.lx[i]
    if (lexeme.type === 'word' && this.lx[i + 1] && (this.lx[i + 1].type === 'number' || this.lx[i + 1].type === 'symbol')) {
      for (const word of this.c.data.gluableQualifiers) {
        if (lexeme.lower.length > word.length + 2 && lexeme.lower.endsWith(word)) {
          const start = lexeme.end - word.length
          const f = this.figureCore(i + 1, {type: this.c.data.qualifiers[word], text: this.source.slice(start, lexeme.end), start, end: lexeme.end})
          if (f) {
            this.claims.push(f.claim)
            return f.next
          }
        }
      }
    }

    // A digit range: "5-10", "5–10".
    if (lexeme.type === 'number' && (this.lx[i + 1]?.text === '-' || this.lx[i + 1]?.text === '–') && !this.lx[i + 1].spaced && this.lx[i + 2]?.type === 'number' && !this.lx[i + 2].spaced && !this.gluedToWord(i)) {
      const a = this.figureCore(i, undefined, true)
      const b = this.figureCore(i + 2, undefined)
      if (a && b && a.claim.value! < b.claim.value!) return this.pushRange(i, a, b)
    }

    const f = this.figureCore(i, undefined)
    if (!f) return undefined
    this.claims.push(f.claim)
    return f.next
  }

  private pushRange(i: number, a: FigureRead, b: FigureRead): number {
    const kind = b.claim.kind
    const scale = b.claim.scale && !a.claim.scale ? b.claim.scale.factor : 1
    const claim: Claim = {
      kind,
      start: this.lx[i].start,
      end: b.claim.end,
      text: '',
      min: {value: a.claim.value! * scale, inclusive: true},
      max: {value: b.claim.value!, inclusive: true},
      unit: b.claim.unit ?? a.claim.unit,
      noun: b.claim.noun,
      scale: b.claim.scale,
      step: b.claim.step,
      precision: b.claim.precision
    }
    claim.text = this.source.slice(claim.start, claim.end)
    this.claims.push(claim)
    return b.next
  }

  /** A number possibly preceded by a currency and followed by a scale, a currency, a percent or a noun. */
  private figureCore(i: number, qualifier: Qualifier | undefined, bare = false): FigureRead | undefined {
    let j = i
    let currency: string | undefined
    const first = this.lx[i]
    if (!first) return undefined

    // Currency before: "$", "US$", "US $", "USD", "€".
    if (first.type === 'symbol' && currencySymbols[first.text]) {
      currency = currencySymbols[first.text]
      j++
    } else if (first.type === 'word' && currencyPrefixes[first.lower] && this.lx[i + 1]?.text === '$') {
      currency = currencyPrefixes[first.lower]
      j += 2
    } else if (first.type === 'word' && isoCodes.has(first.text) && this.lx[i + 1]?.type === 'number') {
      currency = first.text
      j++
    }

    const n = this.number(j)
    if (!n) return undefined
    if (!n.words && this.gluedToWord(j)) return undefined
    if (!currency && n.words && !qualifier && n.value === 1 && !this.isCount(n.next)) return undefined
    j = n.next
    let value = n.value
    let step = n.step
    let scale: (Span & {factor: number}) | undefined

    // Scale: "mil millones", "billion", glued "bn"/"m"/"k".
    const sc = n.gluedScale ? undefined : this.scaleAt(j, n)
    if (n.gluedScale) {
      scale = {...this.span(n.gluedScale.start, n.gluedScale.end), factor: n.gluedScale.factor}
      value *= n.gluedScale.factor
      step *= n.gluedScale.factor
    } else if (sc) {
      scale = {...this.span(this.lx[j].start, this.lx[sc[0] - 1].end), factor: sc[1]}
      value *= sc[1]
      step *= sc[1]
      j = sc[0]
    }
    if (bare) {
      return {claim: {kind: 'quantity', start: n.start, end: n.end, text: this.source.slice(n.start, n.end), value: n.value, step: n.step, precision: n.precision}, next: n.next}
    }

    let kind: ClaimKind = 'quantity'
    let unit: string | undefined
    let noun: Span | undefined
    let end = this.lx[j - 1].end

    if (!currency) {
      // Percent: "12%", "12 por ciento", "3 puntos porcentuales".
      if (this.lx[j]?.text === '%') {
        kind = 'percent'
        unit = '%'
        end = this.lx[j].end
        j++
      } else {
        const pp = this.c.points.find((p) => this.match(j, p) !== undefined && p.length > 1)
        const pct = this.c.percent.find((p) => this.match(j, p) !== undefined)
        if (pp) {
          kind = 'percent'
          unit = 'pp'
          j += pp.length
          end = this.lx[j - 1].end
        } else if (pct) {
          kind = 'percent'
          unit = '%'
          j += pct.length
          end = this.lx[j - 1].end
        }
      }
    }

    if (kind !== 'percent') {
      // Currency after: "de dólares", "dollars", "yen", "USD".
      let k = j
      if (this.c.data.linkers.includes(this.w(k)) && (scale || this.c.data === es)) k++
      const cur = this.matchAny(k, this.c.currencies)
      if (cur && (!currency || cur[1] === currency || currency === 'USD')) {
        currency = cur[1]
        j = cur[0]
        end = this.lx[j - 1].end
      } else if (this.lx[j] && isoCodes.has(this.lx[j].text)) {
        currency = this.lx[j].text
        end = this.lx[j].end
        j++
      }
    }

    if (currency) {
      kind = 'money'
      unit = currency
    } else if (kind === 'quantity') {
      // Not a count: "uno de los", "one of the".
      if (n.words && n.value === 1 && this.c.notCounts.some((p) => this.match(j, p) !== undefined)) return undefined
      if (n.words && n.value === 1 && !scale && !this.isCount(j)) return undefined

      // A year: four digits, no scale, no noun, or after "in"/"en".
      if (n.yearLike && !scale && !qualifier && n.value >= 1000 && n.value <= 2100) {
        const counted = this.nounAt(j)
        if (!counted || this.c.data.yearCues.includes(this.w(i - 1)) || this.c.data.durationWords[this.w(j)]) {
          this.push({kind: 'year', start: n.start, end: n.end, value: n.value})
          return {claim: this.claims.pop()!, next: n.next}
        }
      }

      // Durations: "50 años", "for 50 years".
      const duration = this.c.data.durationWords[this.w(j)]
      if (duration && !scale) {
        return {
          claim: {kind: 'duration', start: qualifier?.start ?? this.lx[i].start, end: this.lx[j].end, text: this.source.slice(qualifier?.start ?? this.lx[i].start, this.lx[j].end), value: n.value, unit: duration, step: n.step, precision: n.precision, qualifier},
          next: j + 1
        }
      }

      const counted = this.nounAt(j, scale !== undefined)
      if (counted) {
        noun = counted.noun
        unit = counted.lemma
        end = noun.end
        j = counted.next
      } else if (this.skipBareNumber(i, n, scale)) {
        return undefined
      }
    }

    const start = qualifier?.start ?? this.lx[i].start
    const claim: Claim = {kind, start, end, text: this.source.slice(start, end), value, step, precision: n.precision}
    if (unit) claim.unit = unit
    if (noun) claim.noun = noun
    if (scale) claim.scale = scale
    if (qualifier) {
      claim.qualifier = qualifier
      const bound = {value, inclusive: qualifier.type === 'atLeast' || qualifier.type === 'upTo' || qualifier.type === 'atMost' || qualifier.type === 'almost'}
      if (qualifier.type === 'more' || qualifier.type === 'atLeast') {
        claim.min = bound
        claim.max = null
      } else if (qualifier.type === 'less' || qualifier.type === 'upTo' || qualifier.type === 'atMost' || qualifier.type === 'almost') {
        claim.min = null
        claim.max = bound
      }
    }

    return {claim, next: j}
  }

  /** Bare numbers that are no claim: numbering, parts of names and codes. */
  private skipBareNumber(i: number, n: NumberRead, scale: unknown): boolean {
    if (scale) return false
    if (this.gluedToWord(n.start === this.lx[i].start ? i : i + 1)) return true
    // List numbering: "1." or "2)" at the start of a sentence.
    if (i === 0 && (this.lx[i + 1]?.text === '.' || this.lx[i + 1]?.text === ')')) return true
    return false
  }

  /** A number glued to the word before it: "G7", "COVID-19". */
  private gluedToWord(i: number): boolean {
    const lexeme = this.lx[i]
    const prev = this.lx[i - 1]
    if (!lexeme || !prev || lexeme.spaced) return false
    if (prev.type === 'word') return true
    return (prev.text === '-' || prev.text === '/') && this.lx[i - 2]?.type === 'word' && !prev.spaced
  }

  /** Whether a counted noun follows at `j` (for "one", "un"). */
  private isCount(j: number): boolean {
    return this.nounAt(j) !== undefined
  }

  /** The counted noun at `j`: "proyectos", "investment projects", "de personas" after a scale. */
  private nounAt(j: number, scaled = false): {noun: Span; lemma: string; next: number} | undefined {
    const d = this.c.data
    let k = j
    // "millones de personas", "mediomillón de personas".
    if (scaled && d.linkers.includes(this.w(k)) && this.isWord(k + 1)) k++
    const lexeme = this.lx[k]
    if (!lexeme || lexeme.type !== 'word') return undefined
    if (d.stopwords.has(lexeme.lower) || d.months[lexeme.lower] !== undefined) return undefined
    if (this.matchAny(k, this.c.scales) || this.matchAny(k, this.c.currencies)) return undefined
    if (/^\p{Lu}/u.test(lexeme.text) && !(lexeme.spaced === false && this.lx[k - 1]?.type === 'number')) return undefined
    let end = k + 1
    // English noun compounds: "investment projects".
    if (d === en && this.isWord(end) && !d.stopwords.has(this.w(end)) && !/^\p{Lu}/u.test(this.lx[end].text) && /s$/.test(this.w(end)) && !/s$/.test(lexeme.lower)) end++
    const head = this.lx[end - 1].lower
    return {noun: this.span(lexeme.start, this.lx[end - 1].end), lemma: lemma(head, d === es ? 'es' : 'en'), next: end}
  }

  private scaleAt(j: number, n: NumberRead): [number, number] | undefined {
    const found = this.matchAny(j, this.c.scales)
    if (!found) return undefined
    const word = this.lx[j]
    // One-letter scales ("m", "k", "b") only glued to digits: "1.5m", "$2.3bn".
    if (word.lower.length <= 2 && word.lower !== 'bn' && (word.spaced || n.words)) return undefined
    if (word.lower === 'bn' && n.words) return undefined
    // "mil" after a number in words was read by the number itself.
    return found
  }

  /* ----- numbers ----- */

  /** A number at `i`, in digits or in words. */
  number(i: number): NumberRead | undefined {
    const lexeme = this.lx[i]
    if (!lexeme) return undefined
    if (lexeme.type === 'number') return this.digits(i)
    if (lexeme.type === 'word') return this.words(i)
    return undefined
  }

  private digits(i: number): NumberRead | undefined {
    const lexeme = this.lx[i]
    const text = lexeme.text
    // An ordinal ("50th", "3er") is not a cardinal.
    const next = this.lx[i + 1]
    if (next && !next.spaced && (this.c.data.ordinalSuffixes.includes(next.lower) || next.text === 'º' || next.text === 'ª') && !this.c.scaleHeads.has(next.lower)) return undefined
    const parsed = parseDigits(text, this.decimal)
    if (!parsed) return undefined
    return {value: parsed.value, start: lexeme.start, end: lexeme.end, next: i + 1, step: parsed.step, precision: parsed.precision, yearLike: /^\d{4}$/.test(text), words: false}
  }

  /** Cardinals in words: "doscientos cincuenta mil", "two hundred and fifty thousand", "medio", "half a", "una docena". */
  private words(i: number): NumberRead | undefined {
    const d = this.c.data
    const first = this.lx[i]
    // "Group of Seven": a capitalised number word inside a sentence is part of a name.
    if (i > 0 && /^\p{Lu}/u.test(first.text) && this.lx[i - 1].text !== '(' && this.lx[i - 1].text !== '"') return undefined

    if (!this.c.numberWords.has(first.lower) && !this.c.fractionPrefixes.has(first.lower.slice(0, 3))) return undefined

    // Fractions: "medio millón", "half a million", glued "mediomillón", "dos tercios", "a quarter".
    const fraction = this.fraction(i)
    if (fraction) return fraction

    // "una docena", "a dozen", "dos docenas"
    if ((d.articles.includes(first.lower) || d.units[first.lower] !== undefined) && d.dozen.includes(this.w(i + 1))) {
      const count = d.articles.includes(first.lower) ? 1 : d.units[first.lower]
      return {value: count * 12, start: first.start, end: this.lx[i + 1].end, next: i + 2, step: 1, precision: 2, yearLike: false, words: true}
    }

    let total = 0
    let current = 0
    let j = i
    let consumed = false
    let lastStep = 1
    while (j < this.lx.length) {
      const w = this.w(j)
      const unit = d.units[w]
      const articleBeforeScale = d.articles.includes(w) && !consumed && (d.thousand.includes(this.w(j + 1)) || d.hundreds[this.w(j + 1)] !== undefined || this.matchAny(j + 1, this.c.scales) !== undefined)
      if (articleBeforeScale && unit === undefined) {
        current = 1
        consumed = true
        j++
        continue
      }
      if (unit !== undefined && (d.articles.includes(w) ? !consumed && (this.matchAny(j + 1, this.c.scales) !== undefined || d.thousand.includes(this.w(j + 1))) : true)) {
        if (consumed && current % 10 !== 0 && current % 100 !== 0) break
        if (consumed && current % 100 !== 0 && unit >= 10) break
        current += unit
        lastStep = 1
        consumed = true
        j++
        continue
      }
      const hundred = d.hundreds[w]
      if (hundred !== undefined) {
        if (d.hundredMultiplies) current = (current || 1) * hundred
        else {
          if (consumed && current % 1000 !== 0) break
          current += hundred
        }
        lastStep = 1
        consumed = true
        j++
        continue
      }
      if (d.thousand.includes(w) && consumed && !this.thousandStartsScale(j)) {
        total += (current || 1) * 1000
        current = 0
        lastStep = 1000
        j++
        continue
      }
      if (d.thousand.includes(w) && !consumed && !this.thousandStartsScale(j) && d === es) {
        // "mil" alone is a thousand.
        total = 1000
        lastStep = 1000
        consumed = true
        j++
        continue
      }
      if (consumed && d.joiners.includes(w) && (d.units[this.w(j + 1)] !== undefined || d.hundreds[this.w(j + 1)] !== undefined) && !d.articles.includes(this.w(j + 1))) {
        j++
        continue
      }
      if (consumed && w === '-' && !this.lx[j].spaced && d.units[this.w(j + 1)] !== undefined) {
        j++
        continue
      }
      break
    }

    if (!consumed) return undefined
    // "y" or "and" at the end belongs to the sentence, not the number.
    while (j > i && (d.joiners.includes(this.w(j - 1)) || this.w(j - 1) === '-')) j--
    const value = total + current
    return {value, start: first.start, end: this.lx[j - 1].end, next: j, step: lastStep, precision: String(value).replace(/0+$/, '').length || 1, yearLike: false, words: true}
  }

  /** Whether "mil" at `j` begins the scale "mil millones" rather than being a thousand. */
  private thousandStartsScale(j: number): boolean {
    const found = this.matchAny(j, this.c.scales)
    return found !== undefined && found[0] > j + 1
  }

  private fraction(i: number): NumberRead | undefined {
    const d = this.c.data
    const first = this.lx[i]
    // Glued by a bad copy: "mediomillón".
    for (const word of this.c.fractionPrefixes.get(first.lower.slice(0, 3)) ?? []) {
      const value = d.fractions[word]
      if (first.lower.startsWith(word) && first.lower.length > word.length) {
        const rest = first.lower.slice(word.length)
        const factor = d.scales[rest]
        if (factor && factor >= 1e3) {
          const start = first.start + word.length
          return {value, start: first.start, end: start, next: i + 1, step: 0.1, precision: 1, yearLike: false, words: true, gluedScale: {start, end: first.end, factor}}
        }
      }
    }

    let count = 1
    let j = i
    if (d.articles.includes(first.lower)) j++
    else if (d.units[first.lower] !== undefined && d.fractions[this.w(i + 1)] !== undefined) {
      count = d.units[first.lower]
      j++
    }
    const fraction = d.fractions[this.w(j)]
    if (fraction === undefined) return undefined
    // "half" needs a scale or "a"/"an" + scale after it in English ("half a million"); "medio millón" in Spanish.
    let k = j + 1
    if (d.articles.includes(this.w(k))) k++
    const scaled = this.matchAny(k, this.c.scales)
    if (scaled) {
      return {value: count * fraction, start: first.start, end: this.lx[k - 1].end, next: k, step: 0.1, precision: 1, yearLike: false, words: true}
    }
    // A bare fraction ("un tercio", "dos tercios", "a quarter") needs an article or a count before it.
    if (j === i || (this.w(j) === 'medio' || this.w(j) === 'media' || this.w(j) === 'half' || this.w(j) === 'mitad')) return undefined
    if (this.w(j) === 'third' && count === 1) return undefined
    return {value: count * fraction, start: first.start, end: this.lx[j].end, next: j + 1, step: fraction / 10, precision: 2, yearLike: false, words: true}
  }
}

/**
 * Digits with separators, read by the document's decimal separator: with
 * `,` (Spain) "19,5" is 19.5 and "1.500" is 1500; with `.` the reverse. Two
 * different separators settle it ("1.500,5"); one repeated is a thousands
 * separator ("1.500.000"); one followed by other than three digits is a
 * decimal ("60.98").
 */
export function parseDigits(text: string, decimal: ',' | '.'): {value: number; step: number; precision: number} | undefined {
  const separators = text.match(/[.,]/g) ?? []
  let decimalChar: string | undefined
  if (separators.length === 0) decimalChar = undefined
  else if (new Set(separators).size === 2) decimalChar = separators[separators.length - 1]
  else if (separators.length > 1) decimalChar = undefined
  else {
    const after = text.split(/[.,]/)[1]
    decimalChar = after.length === 3 ? (separators[0] === decimal ? decimal : undefined) : separators[0]
  }

  let integer = text
  let fraction = ''
  if (decimalChar) {
    const index = text.lastIndexOf(decimalChar)
    integer = text.slice(0, index)
    fraction = text.slice(index + 1)
  }
  const thousands = integer.replace(/[.,]/g, '')
  if (decimalChar === undefined && separators.length > 0 && !/^\d{1,3}([.,]\d{3})+$/.test(integer)) return undefined
  const value = Number(thousands + (fraction ? '.' + fraction : ''))
  if (!Number.isFinite(value)) return undefined
  const digits = (thousands + fraction).replace(/^0+/, '')
  return {value, step: fraction ? 10 ** -fraction.length : 1, precision: Math.max(digits.length, 1)}
}

/** A noun's dictionary form, roughly: plural endings folded. */
export function lemma(word: string, lang: Lang): string {
  const w = word.toLowerCase()
  if (lang === 'en') {
    if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y'
    if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2)
    if (/s$/.test(w) && !/ss$/.test(w) && w.length > 3) return w.slice(0, -1)
    return w
  }
  if (/ces$/.test(w) && w.length > 4) return w.slice(0, -3) + 'z'
  // "países" → "país", "relaciones" → "relación", "meses" → "mes"; "partes" → "parte".
  if (/[lnrsdjzxy]es$/.test(w) && w.length > 4) return w.slice(0, -2).replace(/ion$/, 'ión').replace(/ais$/, 'aís')
  if (/[aeiouáéíóú]s$/.test(w) && w.length > 3) return w.slice(0, -1)
  return w
}
