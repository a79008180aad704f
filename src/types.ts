/**
 * Shared types of claimlint: what the extractor produces (claims grouped by
 * sentence), what the registry holds, and what a rule receives and reports.
 *
 * Every offset in this file is a UTF-16 code unit offset into the text the
 * extractor was given (end exclusive), so `text.slice(start, end)` is the
 * claim's source text.
 */

/** Languages claimlint reads: the registered language packs (`src/lang/index.ts`). */
export type {Lang} from './lang/index.js'
import type {Lang} from './lang/index.js'
export {LANGS} from './lang/index.js'

/** The kinds of claim the extractor recognises. */
export type ClaimKind =
  | 'quantity' // a counted amount: "106 proyectos", "half a million people", or a bare cardinal
  | 'money' // an amount of money, `unit` is the ISO 4217 code
  | 'percent' // "12%", "12 por ciento"; `unit` is `%`, or `pp` for percentage points
  | 'year' // an absolute year ("2022") or a relative one ("este año", `relative` set)
  | 'date' // a day or month, absolute ("21 September 1973") or relative ("last May")
  | 'duration' // "for 50 years", "medio siglo"
  | 'anniversary' // "50th anniversary", "50 aniversario"; `value` is N
  | 'decade' // "the 1990s", "los años noventa"; `min` and `max` are its first and last years
  | 'rank' // "third largest investor", "el cuarto socio comercial"; `value` is the position

/** One side of an interval. */
export interface Bound {
  value: number
  inclusive: boolean
}

/**
 * How a qualifier moves a stated figure. The extractor records which one was
 * said; `src/interval.ts` turns it into an interval (configurable).
 */
export type QualifierType =
  | 'more' // more than, over, exceeding, más de, superior a
  | 'atLeast' // at least, al menos, como mínimo
  | 'almost' // almost, nearly, close to, casi, cerca de
  | 'about' // about, some, around, approximately, unos, alrededor de
  | 'less' // less than, under, menos de, inferior a
  | 'upTo' // up to, hasta
  | 'atMost' // at most, como máximo

export interface Qualifier {
  type: QualifierType
  /** The qualifier as written ("más de", "over"). */
  text: string
  start: number
  end: number
}

/** A span of source text. */
export interface Span {
  text: string
  start: number
  end: number
}

/** A date relative to the document date. */
export interface RelativeDate {
  /** `year`: this/last/next year, "hace N años"; `month`: "last May". */
  unit: 'year' | 'month'
  /** Years (or, for `unit: 'month'` without `month`, months) from the document date: 0 this, -1 last, +1 next. */
  offset: number
  /** 1–12 for "last May" / "el pasado mayo" / "in May of last year". */
  month?: number
  /**
   * "last May" / "el pasado mayo": the most recent such month before the
   * document date (this year's May when the document is dated after May),
   * rather than a fixed year offset.
   */
  previous?: boolean
}

export interface Claim {
  kind: ClaimKind
  /** UTF-16 offset of the first character of the claim (inclusive). */
  start: number
  /** UTF-16 offset after the last character of the claim (exclusive). */
  end: number
  /** `source.slice(start, end)`. */
  text: string
  /**
   * The stated figure with scale words applied: 70e9 for "70 mil millones",
   * 5 for "cinco", 2022 for a year, 50 for "50th anniversary", 3 for "third".
   * Absent for ranges and for unresolved relative dates.
   */
  value?: number
  /** Lower bound as stated ("between 5 and 10", "more than 30" → 30 exclusive); null when open. */
  min?: Bound | null
  /** Upper bound as stated; null when open. */
  max?: Bound | null
  /**
   * ISO 4217 code for money; the counted noun's lemma for counts ("proyecto",
   * "project"); `%` or `pp` for percents; absent otherwise.
   */
  unit?: string
  /** The counted noun or the ranked measure as written ("proyectos", "socio comercial", "investor"). */
  noun?: Span
  /**
   * Significant digits as written: 3 for "19,5" (and "19,5 millones"), 2 for
   * "70 mil millones", 4 for "5,000", 1 for "cinco". Trailing zeros of an
   * integer count as written.
   */
  precision?: number
  /**
   * Place value of the last digit written, scale applied: 1e5 for
   * "19,5 millones", 1e9 for "70 mil millones", 1 for "5,000", 0.01 for
   * "60.98". A plain figure stands for [value - step/2, value + step/2].
   * Word numbers ("cinco", "half a million") get the place value of their
   * smallest word (1, 1e5 ...).
   */
  step?: number
  qualifier?: Qualifier
  /** The scale word as written ("mil millones", "bn", "billón"), with its factor. */
  scale?: Span & {factor: number}
  /** For `year` and `date` claims relative to the document date. */
  relative?: RelativeDate
  /** For `date` claims: ISO-like `YYYY`, `YYYY-MM` or `YYYY-MM-DD` when absolute. */
  date?: string
  /** For ranks: the superlative or position word ("mayor", "largest", "top", "lugar"). */
  superlative?: string
  /** For ranks: "out of N" ("el tercer lugar entre 143 países"). */
  outOf?: number
}

/** A word-like token of a sentence, with its offsets. */
export interface Token {
  text: string
  start: number
  end: number
  /** `word`, `number` (digits), `punctuation`, `symbol` or `whitespace`. */
  type: 'word' | 'number' | 'punctuation' | 'symbol' | 'whitespace'
}

/** A sentence with its claims, as the extractor returns it. */
export interface Sentence {
  text: string
  start: number
  end: number
  tokens: Token[]
  claims: Claim[]
  /**
   * The sentence's language: the document's, or its block's own in a page
   * that mixes languages (see docs/extraction.md, "Markdown and HTML").
   * Absent on sentences built by hand; read it as `sentence.lang ?? doc.lang`.
   */
  lang?: Lang
}

export interface ExtractOptions {
  lang: Lang
  /**
   * Decimal separator convention for ambiguous figures. Defaults to the
   * language's (`,` for `es`, `.` for `en`); a document's unambiguous figures
   * can settle it (see design notes, "Separators").
   */
  decimal?: ',' | '.'
}
