/**
 * What a language pack gives claimlint: one object per language, in
 * `src/lang/<code>/`, and registered once in `src/lang/index.ts`. The
 * engine, the grammar and the rules hold no words and no language names;
 * they read these fields. See docs/languages.md for how to add a language.
 */
import type {ParseEnglish} from 'parse-english'
import type {ParseLatin} from 'parse-latin'
import type {LangData} from '../extract/lexicon.js'
import type {Speller} from '../spell/dictionary.js'

/** An nlcst parser (parse-english, parse-latin or a subclass). */
export type ProseParser = ParseEnglish | ParseLatin

/** Rates in `derived-figure` and registry claims. */
export type Period = 'day' | 'week' | 'month' | 'year'

export interface LangPack<Code extends string = string> {
  /** BCP 47 primary language subtag: `en`. */
  code: Code
  /** The language's English name, for messages and docs: `English`. */
  name: string
  /** franc-min's ISO 639-3 code for language detection: `eng`. */
  franc: string
  /** A new nlcst parser for the language's prose. */
  createParser(): ProseParser
  /** The claim grammar's word data and grammar hooks (`src/extract/lexicon.ts`). */
  words: LangData
  /** How messages and suggestions write numbers, dates and ranks. */
  format: LangFormat
  /** Spelling data for `glued-words` (`src/spell/`). */
  spell: LangSpell
  /** Words the rules read, as data; each rule takes the union over the packs where the document's language is unknown. */
  rules: LangRuleWords
}

export interface LangFormat {
  /** Intl locale for numbers in messages: `en-US`. */
  locale: string
  /** Decimal and group separators as the language writes them in prose. */
  decimal: ',' | '.'
  group: string
  /** Whether a four-digit whole number is grouped ("5,000" in English; "5000" in Spanish and French newsrooms). */
  groupFourDigits: boolean
  /** Scale words, largest first: [factor, singular, plural] ("mil millones" for 10^9 in Spanish). */
  scales: Array<[number, string, string]>
  /**
   * Whether larger scales are written by composing smaller ones ("mil
   * millones" is 10^9 in Spanish): then a scale too small is "a dropped
   * `mil`", not one scale word for another.
   */
  composedScales: boolean
  /**
   * Scale words a translation gets wrong, and how a slip of 1,000 is then
   * explained: Spanish "billón" and French "billion" are 10^12, English
   * "billion" 10^9.
   */
  scaleSlips: Array<{pattern: RegExp; tooLarge?: string; tooSmall?: string}>
  /** What a factor of 1,000 or 1,000,000 too few is called in a slip: "a dropped `thousand`". */
  droppedScale: Record<1000 | 1000000, string>
  /** "this year", "last year", "next year" by offset. */
  relativeYears: Record<-1 | 0 | 1, string>
  /** Month names, January first, as written mid-sentence. */
  months: string[]
  /** A month of a year: "May 2023", "mayo de 2023". */
  monthYear(month: string, year: number): string
  /** Ordinal words by rank, 1 to 10, as written before a noun: "third", "tercer". */
  ordinals: string[]
  /** Other forms of ordinals a rank may be written with ("tercero", "primera"), found when rewording. */
  ordinalForms: string[]
  /** Words meaning first with no ordinal, replaced by an ordinal for another rank ("main", "principal"). */
  firstWords: string[]
  /** A rate's period as written after a figure: "a day", "al día". */
  periods: Record<Period, string>
}

export interface LangSpell {
  /** The Hunspell dictionary (a dictionary-* package), loaded lazily by `speller`. */
  dictionary(): {aff: Uint8Array; dic: Uint8Array}
  /**
   * Short words that may be one part of a split, and that make a split more
   * likely right: a bad copy most often loses the space after an article, a
   * preposition or a conjunction ("de", "the"). One-letter parts are allowed
   * only when they are listed here.
   */
  functionWords: ReadonlySet<string>
  /** Function words longer than this end compounds more often than they lose a space ("through"). */
  glueWordMaxLength: number
  /** Prefixes written attached to the word they modify ("anti", "hispano"). */
  prefixes: ReadonlySet<string>
  /** Prefixed forms read as two words all the same ("sociocomercial"). */
  notPrefixed?: RegExp
  /** Parts never proposed as the end of a split. */
  rareLastParts: ReadonlySet<string>
  /**
   * Whether the language writes closed compounds of two content words
   * ("workspace", "lifecycle"): then only a split with a function word is
   * a glue, and a capitalised word is a brand, not two words.
   */
  closedCompounds: boolean
  /** Whether a two-part camel-case word of the language's own words ("NacionesUnidas") is a glue. */
  camelGlues: boolean
  /**
   * Whether a three-part split must start with a function word or end with
   * an article pair ("inthecity", "stateofthe"): English, where "authentic
   * at or" is chance.
   */
  functionWordFirst: boolean
  /** Languages whose words are quotations, not glues, in this one ("millones" in English). */
  quotedFrom: string[]
  /** A word formed from a dictionary word by the language's derivation (plurals, verb endings, adverbs). */
  isDerived(word: string, spell: Speller): boolean
  /** Other spellings of an unknown word to try (British endings, restored accents). */
  variants(word: string): string[]
  /** More splits the language rules out (a compound-like pair, a one-letter word before the wrong sound). */
  isRareSplit?(parts: readonly string[]): boolean
  /** Whether the best split cuts a derivation ending, so the word is derived, not glued. */
  cutsDerivation?(word: string, split: readonly string[]): boolean
}

export interface LangRuleWords {
  /** Verbs saying an event happened ("established", "firmaron"), folded. */
  happened: string[]
  /** Relative pronouns opening a clause about an event ("which", "que"). */
  relativePronouns: string[]
  /** Words before a year that make it no date of the event ("since", "desde"), folded. */
  notOnYear: string[]
  /** The word(s) a plain event year follows ("in", "en", "el ano"), folded. */
  yearLead: string[]
  /** Nouns for people, one measure for per-person figures ("inhabitant", "habitante"). */
  populationNouns: string[]
  /** Words before an entity that make it a flow's destination ("in", "en", "au"), folded. */
  destinations: string[]
  /** Words that make a period distributive before a figure: "each", "every", "cada", "chaque". */
  distributive: string[]
  /** Words after a figure that make it a rate, by period, folded ("a day", "al dia", "par jour", "daily"). */
  periods: Record<Period, string[]>
  /** The words `derived-figure` reads around changes, shares, per-unit figures and totals. */
  derived: DerivedWords
  /** The words `currency-conversion` reads between an amount and its conversion. */
  conversion: ConversionWords
}

/** Words between an amount and its conversion, folded. */
export interface ConversionWords {
  /** After "(" or a comma: "or", "that is", "es decir", "soit". */
  connectors: string[]
  /** Verbs of equivalence: "is equivalent to", "equivalen a", "équivaut à". */
  equivalence: string[]
  /** Currency names several countries share ("peso"), which name no currency alone. */
  sharedNames: string[]
  /** Stems of the country words that make such a name one currency ("mexican", "argentin"). */
  countries: string[]
}

/** Words of figures derived from others, folded (lower case, no accents). */
export interface DerivedWords {
  /** Before the figure a rise is measured against: "more than", "mas que", "plus que". */
  moreThan: string[]
  /** Before the figure a fall is measured against: "less than", "menos que". */
  lessThan: string[]
  /** Articles that may stand between those words and the figure: "the", "los", "in". */
  thanArticles: string[]
  /** Before a change's old value: "from", "desde", "compared with". */
  from: string[]
  /** Before a change's new value: "to", "hasta", "reaching". */
  to: string[]
  /** A written range read as a change's two ends: its opening words ("de", "from") and joining words ("a", "to"). */
  rangeFrom: string[]
  rangeTo: string[]
  /** Verbs of a fall and of a rise, matched on the lower-cased sentence with its accents ("bajó" falls, "bajo" is "under"). */
  fall: RegExp
  rise: RegExp
  /** After a money figure, the words that make it per unit of the noun that follows: "per", "each", "cada". */
  perUnit: string[]
  /** Per person with no noun after: "per capita". */
  perCapita: string[]
  /** Between a percentage and its whole: "of", "de los"; the determiners and "total" that may follow. */
  shareOf: string[]
  shareDeterminers: string[]
  shareTotal: string[]
  /** Before a figure that sums others: "a total of", "en total". */
  total: string[]
  /** Between a year's total and its rate: "or", "es decir". */
  apposition: string[]
}
