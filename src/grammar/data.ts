/**
 * What the claim grammar needs to know about a language, as data. One
 * object per language (`en.ts`, `es.ts`); the grammar in `grammar.ts` is
 * shared.
 */
import type {QualifierType} from '../types.js'

export interface LangData {
  /** Cardinal words: "cinco" → 5, "veintiún" → 21, "twelve" → 12. */
  units: Record<string, number>
  /** Words that multiply what came before by 100 or add a hundred value: "hundred" (×100), "doscientos" (+200). */
  hundreds: Record<string, number>
  /** "hundred" multiplies; Spanish "cien"/"ciento" and "doscientos" add. */
  hundredMultiplies: boolean
  /** Words joining parts of one number: "and" (two hundred and five), "y" (treinta y cinco). */
  joiners: string[]
  /** Thousand words inside a number: "thousand", "mil". */
  thousand: string[]
  /** Scale words, by phrase (lower case, may have spaces): "mil millones" → 1e9, "bn" → 1e9. */
  scales: Record<string, number>
  /** Fractions: "half" → 0.5, "medio" → 0.5, "tercio" → 1/3 (with a count before it: "dos tercios"). */
  fractions: Record<string, number>
  /** Articles that can stand for "one" before a scale or fraction: "a", "an", "un", "una". */
  articles: string[]
  /** "a dozen", "una docena". */
  dozen: string[]
  /** Qualifier phrases before a figure. */
  qualifiers: Record<string, QualifierType>
  /** Qualifiers that a bad copy may glue to the word before ("alcanzócasi"). */
  gluableQualifiers: string[]
  /** Range patterns: [opening word(s), joining word(s)]: ["between", "and"], ["entre", "y"]. */
  ranges: Array<[string, string]>
  /** Currency words after a figure, with ISO codes; may be phrases. */
  currencyWords: Record<string, string>
  /** Words linking a figure to its currency or noun: "de" (millones de dólares). */
  linkers: string[]
  /** Percent words: "por ciento", "percent". */
  percentWords: string[]
  /** Percentage-point words. */
  pointWords: string[]
  /** Ordinal words → position. */
  ordinals: Record<string, number>
  /** Ordinal suffixes after digits: "th", "º", "er". */
  ordinalSuffixes: string[]
  /** Superlatives that make an ordinal a rank, or are rank 1 alone: "largest", "mayor". */
  superlatives: string[]
  /** Words naming a position: "lugar", "place", "puesto". */
  placeWords: string[]
  /** Words meaning "out of" after a place: "entre", "among", "of". */
  outOfWords: string[]
  /** Anniversary words. */
  anniversary: string[]
  /** Month names → 1–12. */
  months: Record<string, number>
  /** Relative year phrases → offset in years. */
  relativeYears: Record<string, number>
  /** "N years ago": [before, after] words around N, e.g. ["hace", "años"], ["", "years ago"]. */
  yearsAgo: {before: string; after: string}
  /** Relative month phrases around a month name: "last May", "el pasado mayo", "mayo pasado", "May of last year". */
  monthBefore: Record<string, number>
  monthAfter: Record<string, number>
  /** Words after which a 4-digit number is a year: "in", "en", "since", "desde". */
  yearCues: string[]
  /** Phrases after "one"/"uno" that make it no count: "of the", "de los". */
  notCounts: string[]
  /** Function words that are never a counted noun. */
  stopwords: Set<string>
  /** Nouns that must not be read as counted (units of time are durations). */
  durationWords: Record<string, string>
}
