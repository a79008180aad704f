/**
 * The shape of the per-language word data the grammar reads. The grammar in
 * `grammar.ts` and `numbers.ts` is the same for every language; only these
 * tables differ (`en.ts`, `es.ts`). Every key is lower case, as written
 * (accents kept: "millón" and "millon" are both listed where writers drop
 * the accent).
 */
import type {Lang, QualifierType, RelativeDate} from '../types.js'

/** How a cardinal word combines with its neighbours. */
export type CardinalRole =
  | 'unit' // 0–9: "five", "cinco"
  | 'teen' // 10–19 and, in Spanish, 21–29 written as one word ("veintidós")
  | 'tens' // 20, 30 … 90
  | 'hundreds' // Spanish 100–900 words: "cien", "doscientos"
  | 'hundred' // multiplies what precedes: "hundred"
  | 'scale' // thousand and up: "thousand", "mil", "millón"

export interface Cardinal {
  value: number
  role: CardinalRole
}

/** A multi-word phrase keyed by its words, matched longest first. */
export interface Phrase<T> {
  words: string[]
  data: T
}

export interface RelativePhrase {
  words: string[]
  relative: RelativeDate
}

export interface LangData {
  lang: Lang
  /** Default decimal separator. */
  decimal: ',' | '.'
  /** Cardinal words. */
  cardinals: ReadonlyMap<string, Cardinal>
  /** Words that mean one only before a multiplier or scale: "a", "an", "un", "una". */
  indefinite: ReadonlySet<string>
  /** Words joining parts of a cardinal: "and", "y". */
  joiners: ReadonlySet<string>
  /** "half" / "medio": 0.5 as a number word ("half a million", "medio millón"). */
  half: ReadonlySet<string>
  /** Scale words that stand for one of themselves with no number before: "mil", "millón". */
  loneScales: ReadonlySet<string>
  /** Nouns meaning one half after a determiner: "la mitad". */
  halfNouns: ReadonlySet<string>
  /** "and a half" / "y medio": a trailing half. */
  trailingHalf: Phrase<number>[]
  /** Dozen words (12 as a multiplier). */
  dozen: ReadonlySet<string>
  /** Fraction denominators: "third" → 3, "quarter" → 4, "tercio" → 3. */
  denominators: ReadonlyMap<string, number>
  /** Decimal point words: "point", "coma". */
  point: ReadonlySet<string>
  /** Negative sign words: "minus", "negative". */
  negative: ReadonlySet<string>
  /** "over", "out of", "sobre": fraction bar words. */
  over: Phrase<true>[]
  /**
   * Scale words after a figure, case-insensitive: "million", "mil millones",
   * "bn". Longest match wins.
   */
  scales: Phrase<number>[]
  /** Scale abbreviations that must be written in this exact case ("M", "G", "B", "MM"). */
  caseScales: ReadonlyMap<string, number>
  /** Scale abbreviations accepted only when glued to the digits ("10k", "1.2b", "2mil"). */
  gluedScales: ReadonlyMap<string, number>
  /** Qualifiers before a figure. */
  qualifiers: Phrase<QualifierType>[]
  /**
   * Articles a qualifier may have before its figure: Spanish "superó los 40.000
   * millones", "cerca del" is listed whole. English has none ("over the 10
   * years" is a period, not a bound).
   */
  qualifierArticles: ReadonlySet<string>
  /** "equal to", "igual a": the figure is exact, both bounds inclusive. */
  equals: Phrase<true>[]
  /**
   * Qualifiers after a figure: "or more", "o más", "como máximo"; `orEqual`
   * ("or equal", "o igual") makes a preceding "more than" / "less than"
   * inclusive.
   */
  postfix: Phrase<QualifierType | 'orEqual'>[]
  /** Words after a postfix qualifier that belong to it when no figure follows: "than", "que". */
  postfixTail: ReadonlySet<string>
  /** Words joining two bounds into one range: "and", "but", "y", "pero". */
  boundJoiners: ReadonlySet<string>
  /** Coin words after an amount: "cents", "centavos" ("3 dollars 50 cents"). */
  cents: ReadonlySet<string>
  /** Currency symbols and prefixes as written (case-sensitive), with their ISO code. */
  currencySymbols: ReadonlyMap<string, string>
  /** A sign and the word after it that names its currency, keyed sign + word: "$c" and "$cad" (CAD) for "$ c", "$CAD". */
  signSuffixes?: ReadonlyMap<string, string>
  /** Currency names (lower case, may be multi-word), with their ISO code. */
  currencyNames: Phrase<string>[]
  /** Words between a figure and a currency name or counted noun: "de". */
  of: ReadonlySet<string>
  /** Percent words after a figure. */
  percent: Phrase<'%' | 'pp'>[]
  /** Ordinal words: "third" → 3, "tercer" → 3. */
  ordinals: ReadonlyMap<string, number>
  /** Suffixes of digit ordinals: "th", "º", "er". */
  ordinalSuffixes: ReadonlySet<string>
  /** Superlatives and position words that make an ordinal a rank: "largest", "mayor". */
  superlatives: Phrase<string>[]
  /** Words after which a lone superlative is a rank 1: "the", "el", "su". */
  determiners: ReadonlySet<string>
  /** "top" / "principal": rank 1 without a determiner. */
  topWords: ReadonlySet<string>
  /** Position nouns ("place", "lugar", "puesto"): the ordinal ranks the subject itself. */
  placeWords: ReadonlySet<string>
  /** Nouns after an ordinal that are not ranks ("time", "vez", "quarter", "minister"). */
  notRankNouns: ReadonlySet<string>
  /**
   * Superlatives that say "first" only of a role with a measure: "the main
   * trading partner" is rank 1, "the main highway" and "la principal
   * razón" are not ranks. After one of these a rank needs a word of
   * `rankedRoles` in its noun.
   */
  vagueSuperlatives: ReadonlySet<string>
  /** Roles ranked by a measure (trade, investment, supply): "partner", "investor", "socio", "proveedor". */
  rankedRoles: ReadonlySet<string>
  /** Adjectives written before the counted noun ("nuevos proyectos"); the noun after them is the head. */
  prenominal: ReadonlySet<string>
  /** Currency names that are also verbs ("marks", "won"): after a bare year-like number, not money. */
  verbCurrencyNames: ReadonlySet<string>
  /** Nouns a bare number labels rather than counts: "section 3", "artículo 5", "chapter 12". */
  labelNouns: ReadonlySet<string>
  /** "among", "out of", "entre", "de": introduce the field of a rank. */
  outOf: Phrase<true>[]
  /** Anniversary words. */
  anniversary: ReadonlySet<string>
  /**
   * Decades in words, by the first year they name: English "the nineties"
   * (1990). Read only after an article, since "twenties" is also an age.
   */
  decadeWords: ReadonlyMap<string, number>
  /**
   * Nouns that open a decade before its tens, with the word that must come
   * between ('' for none): Spanish "años" ("los años noventa", "los años
   * 80") and "década" + "de" ("la década de 1990", "la década de los
   * noventa", a determiner allowed after it).
   */
  decadeNouns: ReadonlyMap<string, string>
  /** Possessives: "in his twenties" is an age, not a decade. */
  possessives: ReadonlySet<string>
  /** Ordinal words that are also anniversary numbers ("golden jubilee" is left out). */
  months: ReadonlyMap<string, number>
  /** Words that may precede a capitalised month name in English, where "May" is also a verb. */
  monthCues: ReadonlySet<string>
  /** Relative date phrases, matched longest first. */
  relative: RelativePhrase[]
  /** "ago" / "hace" / "il y a" (a phrase, words split by spaces): N years before the document date. */
  ago: {before: ReadonlySet<string>; after: ReadonlySet<string>}
  /** Year and month words (singular and plural) for "hace dos años" and durations. */
  yearWords: ReadonlySet<string>
  monthWords: ReadonlySet<string>
  dayWords: ReadonlySet<string>
  /** "for" / "durante": a duration follows. */
  durationCues: ReadonlySet<string>
  /** Fixed durations: "medio siglo" → 50 years. */
  durations: Phrase<number>[]
  /** Anniversaries named without their number: "golden jubilee" → 50, "bodas de oro" → 50. */
  namedAnniversaries: Phrase<number>[]
  /** Range openers and joiners: between … and, entre … y, from … to. */
  ranges: Array<{open: string[]; join: string[]}>
  /**
   * Verbs of a change: after one (or after a percentage), "from X to Y" /
   * "de X a Y" is an old and a new value, not a range ("shifted about 62%
   * from $23 billion to $60 billion", "pasó de 100 a 150 millones").
   */
  changeVerbs: ReadonlySet<string>
  /** Words that join two figures into a range without an opener: "to", "a". */
  rangeJoiners: ReadonlySet<string>
  /** Words that never are the counted noun after a figure. */
  stopwords: ReadonlySet<string>
  /** Irregular plurals: "people" → "person". */
  irregular: Record<string, string>
  /** Turn a counted noun into its lemma. */
  lemma: (word: string) => string
  /** "de" between day, month and year: "21 de septiembre de 1973". */
  dateJoiners: ReadonlySet<string>
  /** Qualifiers accepted as the end of a longer word when a figure follows ("alcanzócasi 50"). */
  gluedQualifiers: readonly string[]
  /** Glued-word repair: words that may be glued to the following word ("cuartosocio", "mayorproveedor", "mediomillón"). */
  gluedPrefixes: readonly string[]
  /** Words whose prefix looks glued but is not ("mayordomo", "cuartel"). */
  gluedExceptions: ReadonlySet<string>

  // Grammar hooks: where the languages' grammars differ, by what differs.

  /** Whether month names are capitalised, so a lower-case one is another word ("may", "march"). */
  capitalMonths: boolean
  /** Order of month and day in dates: "September 21, 1973" and 9/21/1973, or "21 de septiembre de 1973" and 21/9/1973. */
  dateOrder: 'month-day' | 'day-month'
  /** Whether "of" before a currency name needs a scale word before it ("millones de dólares"; "5 de dólares" is no Spanish). */
  currencyOfNeedsScale: boolean
  /**
   * Whether the head noun comes last in a noun phrase, after adjectives and
   * noun modifiers ("200 South Korean companies", "economic partner"), or
   * first, before its adjectives ("socio comercial").
   */
  headNounLast: boolean
  /** Words coordinating adjectives or modifiers: "and", "or", "y", "e", "o". */
  coordinators: ReadonlySet<string>
  /** Capitalised demonyms that are counted like nouns ("520,000 Vietnamese", "3,000 Americans"). */
  capitalisedDemonym?: RegExp
  /** Endings of the adjectives that may follow a noun in a rank's noun ("socio comercial"). */
  postnominalAdjective?: RegExp
  /** Endings that end a rank's noun: adverbs and participles ("largest recently", "partner listed"). */
  notNounEnding?: {first: RegExp; next: RegExp}
  /** A word that is a verb by its ending, after a figure used as a pronoun ("11 landed", "300 llegaron"). */
  isVerbForm(word: string): boolean
  /** Words after which a lone "one" closing a clause is a pronoun ("the only one", "this one"); empty where none. */
  oneAfter: ReadonlySet<string>
  /**
   * Phrases that make what follows one of a group, not a count or a rank of
   * its own: "one of the", "uno de los", "among the", "l'un des" (folded
   * words; the last word is the one just before the figure or noun).
   */
  groupPhrases: readonly string[]
  /** Number words that are a pronoun before a noun, not a count ("uno de"). */
  pronounOne: ReadonlySet<string>
  /** Whether "top" ranks first without a determiner ("top investor"). */
  topWithoutDeterminer: boolean
  /** Whether a plural superlative ("los mayores") is a group, not a rank. */
  pluralSuperlativeIsGroup: boolean
  /** Whether "m" glued to digits may be million ("$5m"), not only metres. */
  gluedMillionM: boolean
  /** How number words combine (see `NumberWordGrammar`). */
  numberWords: NumberWordGrammar
  /**
   * Compound cardinals listed whole, by their words joined with hyphens
   * ("quatre-vingt-dix-neuf" → 99): matched written with hyphens, spaces or
   * both, before the parts are read one by one.
   */
  cardinalCompounds?: ReadonlyMap<string, number>
  /** Fraction words the table does not list, read by their ending ("veintiunavos", "vingt et unième"). */
  fractionWord?(word: string, data: LangData): number | undefined
}

/** Where the grammar of number words differs between languages. */
export interface NumberWordGrammar {
  /** Tens and a unit written apart with no joiner: "twenty one", "vingt quatre". */
  spacedTens: boolean
  /** Tens and a unit joined by a conjunction: "treinta y uno", "vingt et un" (not "one hundred and five"). */
  joinedTens: boolean
  /** Denominators made of tens and a unit ordinal: "one hundred thirty-fifths" (100/35). */
  compoundDenominators: boolean
  /**
   * Compound denominators also where tens and the unit ordinal stand apart:
   * English "one hundred thirty fifths" (100/35). French joins them with a
   * hyphen or "et" ("trente-cinquièmes", "vingt et unième"), so "cent trente
   * cinquièmes" is 130/5.
   */
  spacedDenominators: boolean
  /** "half" alone is a number (0.5), not only before a scale ("medio millón"). */
  loneHalf: boolean
  /** Words joining a whole number and a fraction: "and" ("two and three fifths"), "con". */
  fractionJoiners: ReadonlySet<string>
  /** A word joining whole and decimal number words: "siete con cincuenta" (7.50). */
  decimalJoiner?: string
  /** After a decimal point word, digits one by one ("two point five six") rather than one number ("coma cincuenta"). */
  pointDigits: boolean
  /** A fraction's numerator must end in a unit, tens, hundreds or scale word. */
  strictNumerator: boolean
  /**
   * Whether a denominator after a numerator above one must be plural ("two
   * thirds"): then "two millionth" is an ordinal. French copy writes "trois
   * cinquième" for three fifths.
   */
  pluralDenominators: boolean
}

/** Phrases sorted longest first, for longest-match lookups. */
export function phrases<T>(entries: Array<[string, T]>): Phrase<T>[] {
  return entries
    .map(([key, data]) => ({words: key.split(' '), data}))
    .sort((a, b) => b.words.length - a.words.length)
}

/** Index phrases by their first word (longest first within a word) so a lookup costs one map access when nothing matches. */
export function byFirstWord<T extends {words: string[]}>(list: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const phrase of list) {
    const key = phrase.words[0]
    const bucket = map.get(key)
    if (bucket) bucket.push(phrase)
    else map.set(key, [phrase])
  }

  for (const bucket of map.values()) bucket.sort((a, b) => b.words.length - a.words.length)
  return map
}

/** The phrase lists of a language, indexed by first word, and the words a claim may start with. */
export interface PhraseIndex {
  qualifiers: Map<string, Phrase<QualifierType>[]>
  equals: Map<string, Phrase<true>[]>
  postfix: Map<string, Phrase<QualifierType | 'orEqual'>[]>
  currencyNames: Map<string, Phrase<string>[]>
  percent: Map<string, Phrase<'%' | 'pp'>[]>
  scales: Map<string, Phrase<number>[]>
  /** Relative date phrases by their first word, then their second. */
  relative: Map<string, Map<string, RelativePhrase[]>>
  /** Every relative phrase's date has the keys `unit`, `offset` and maybe `previous`, in that order, and no others (see `copyRelative`). */
  plainRelatives: boolean
  durations: Map<string, Phrase<number>[]>
  namedAnniversaries: Map<string, Phrase<number>[]>
  superlatives: Map<string, Phrase<string>[]>
  outOf: Map<string, Phrase<true>[]>
  over: Map<string, Phrase<true>[]>
  trailingHalf: Map<string, Phrase<number>[]>
  /**
   * For each lower-case word or mark that can start a claim, which readers
   * may start there (the `START_*` bits), and the `WORD_*` classes of the
   * word. Looked up once per token by the lexer (`Tok.bits`); any token
   * without bits is skipped at once, which keeps extraction cheap on
   * ordinary prose.
   */
  starts: ReadonlyMap<string, number>
  /** `starts` again, as a table the lexer probes with a hash it computes while scanning a word (see `WordTable`). */
  startsTable: WordTable
  /** `gluedPrefixes` by the code of their first letter (see `byFirstCode`). */
  gluedByFirst: ReadonlyArray<readonly string[]>
  /** The half words among `gluedPrefixes` ("medio", "media"), by the code of their first letter. */
  gluedHalves: ReadonlyArray<readonly string[]>
  /** Words in the longest qualifier phrase that starts with one of `gluedQualifiers` (0 when none does). */
  gluedQualifierReach: number
  /**
   * The first two letters of `gluedPrefixes` and the last two of
   * `gluedQualifiers`, as `LetterPairs`: glued-word repair looks at every
   * long word of a text, and one read of these says no to nearly all of
   * them before any list is walked or any neighbour looked at.
   */
  gluedStarts: LetterPairs
  gluedEnds: LetterPairs
  /**
   * How many tokens after the first word of a range opener, qualifier or
   * "equal to" phrase an amount may start at the latest: the longest such
   * phrase, and one more for a sign or decimal mark before the digits
   * ("más de -5", "al menos ,5"). See `readClaims`.
   */
  figureReach: number
  /** First pieces of currency signs as written ("US" of "US$", "$", "€", "u" of "u$d"), for a quick no. */
  currencyStarts: ReadonlySet<string>
}

/**
 * Readers a token may start (bits of `PhraseIndex.starts`).
 *
 * The modules that test these bits and the `WORD_*` bits below take copies
 * as module-level constants (`const {START_ANY, ...} = lexicon`) rather than
 * importing them by name: V8 folds a module's own `const` into the code that
 * reads it, but loads an imported binding from its module cell, with a check
 * that it is initialised, at every use, and the grammar tests bits at nearly
 * every token. Measured on the Spanish benchmark article: 3.8% fewer
 * instructions and 4% fewer mispredicted branches for extraction
 * (cachegrind), 3–7% less time. The grammar takes the functions it calls in
 * `tokens.ts` and `numbers.ts` the same way, which the compiler can then
 * inline: 1% fewer instructions and mispredictions, 1–4% less time.
 */
export const START_RELATIVE = 1
export const START_AGO = 2
export const START_DURATION = 4
export const START_RANGE = 8
export const START_QUALIFIER = 16
export const START_FIGURE = 32
export const START_ORDINAL = 64
export const START_SUPERLATIVE = 128
export const START_DATE = 256
export const START_PHONE = 512
/** All reader bits. */
export const START_ANY = 1023
/**
 * Word classes kept in the same map, so that the grammar asks a bit of the
 * token (`Tok.bits`) instead of hashing its word into a `Set` or `Map`; most
 * words of prose are in no class, and a table lookup the lexer made anyway
 * says so for all of them at once. A class bit holds for a word token exactly
 * when its lower-case text is in the class (every word token is looked up);
 * other tokens (marks, digits, a Markdown source node) are asked of the set
 * itself: see `mayBe` in `tokens.ts`.
 */
/** A cardinal word (`cardinals`). */
export const WORD_CARDINAL = 1 << 10
/** A half word (`half`). */
export const WORD_HALF = 1 << 11
/** "de" / "of" (`of`). */
export const WORD_OF = 1 << 12
/** A determiner (`determiners`). */
export const WORD_DETERMINER = 1 << 13
/** A stopword (`stopwords`). */
export const WORD_STOPWORD = 1 << 14
/** A year or month word (`yearWords`, `monthWords`). */
export const WORD_TIME_UNIT = 1 << 15
/** An indefinite article (`indefinite`). */
export const WORD_INDEFINITE = 1 << 16
/** An anniversary word (`anniversary`). */
export const WORD_ANNIVERSARY = 1 << 17
/** May start a scale as `readScale` reads one: first words of `scales`, `dozen`, `caseScales` and `gluedScales` in lower case, English "m". */
export const WORD_SCALE = 1 << 18
/** The first word of an `over` phrase. */
export const WORD_OVER = 1 << 19
/** The first word of a `postfix` phrase. */
export const WORD_POSTFIX = 1 << 20
/** The first word of a currency name (`currencyNames`). */
export const WORD_CURRENCY_NAME = 1 << 21
/** The first word of a `percent` phrase. */
export const WORD_PERCENT = 1 << 22
/** `currencyStarts` in lower case ("us" of "US$", "usd"). */
export const WORD_CURRENCY_START = 1 << 23
/** An ordinal word (`ordinals`). */
export const WORD_ORDINAL = 1 << 24
/** A month name (`months`). */
export const WORD_MONTH = 1 << 25
/** The first word of a qualifier phrase (`qualifiers`). */
export const WORD_QUALIFIER = 1 << 26
/** A dozen word (`dozen`). */
export const WORD_DOZEN = 1 << 27
/** The second word of a relative date phrase ("año" of "el año pasado", a month of "last May"). */
export const WORD_RELATIVE_NEXT = 1 << 28

/** One step of `WordTable`'s hash: fold in the next character code of a lower-case word. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0
}

/** `hashStep` over a whole string. */
export function hashOf(word: string): number {
  let hash = 0
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k))
  return hash
}

/**
 * A read-only string → bits map probed with a hash the caller computed.
 *
 * Why not a `Map`: the lexer looks up every word of a document, and most of
 * those words are fresh strings (slices of the text), so `Map.get` has to
 * hash each one again before it can answer; on a news article that was
 * about a tenth of extraction time. The lexer already reads every character to cut
 * the word, so it folds them into `hashStep` as it goes, and a lookup is an
 * array probe, a comparison with the text only when the hashes agree. A word
 * that is found takes the table's string ("the", "de", "million"): no slice
 * is made, and the grammar's own lookups of it need no hashing either. Open
 * addressing, at most half full.
 */
export class WordTable {
  readonly #mask: number
  readonly #hashes: Int32Array
  readonly #keys: Array<string | undefined>
  readonly #values: Int32Array

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16
    while (size < entries.size * 2) size *= 2
    this.#mask = size - 1
    this.#hashes = new Int32Array(size)
    this.#keys = new Array<string | undefined>(size).fill(undefined)
    this.#values = new Int32Array(size)
    for (const [key, value] of entries) {
      const hash = hashOf(key)
      let slot = hash & this.#mask
      while (this.#keys[slot] !== undefined) slot = (slot + 1) & this.#mask
      this.#hashes[slot] = hash
      this.#keys[slot] = key
      this.#values[slot] = value
    }
  }

  /** The slot of the word at `from`–`to` of a text given by its character codes (see `codesOf`), whose `hashOf` is `hash`, compared in place (no slice made); -1 when absent. */
  find(codes: Uint16Array, from: number, to: number, hash: number): number {
    const mask = this.#mask
    const length = to - from
    let slot = hash & mask
    for (;;) {
      const key = this.#keys[slot]
      if (key === undefined) return -1
      if (this.#hashes[slot] === hash && key.length === length) {
        let k = 0
        while (k < length && key.charCodeAt(k) === codes[from + k]) k++
        if (k === length) return slot
      }

      slot = (slot + 1) & mask
    }
  }

  /** The slot of `word`, whose `hashOf` is `hash`; -1 when absent. */
  findWord(word: string, hash: number): number {
    const mask = this.#mask
    let slot = hash & mask
    for (;;) {
      const key = this.#keys[slot]
      if (key === undefined) return -1
      if (this.#hashes[slot] === hash && key === word) return slot
      slot = (slot + 1) & mask
    }
  }

  /** The word in `slot`: the table's own string, already hashed by the engine, so later `Map` lookups with it are cheap. */
  key(slot: number): string {
    return this.#keys[slot]!
  }

  /** The value in `slot`. */
  value(slot: number): number {
    return this.#values[slot]
  }
}

/**
 * Words by the code of their first character, longest first; an array of 256
 * lists (empty where none starts so) rather than a `Map`: glued-word repair
 * asks it for most long words of a Spanish text. Every word must start below
 * U+0100; a lookup for a higher code takes `none`.
 */
export function byFirstCode(words: readonly string[]): ReadonlyArray<readonly string[]> {
  const lists: string[][] = Array.from({length: 256}, () => [])
  for (const word of words) {
    const code = word.charCodeAt(0)
    if (!(code < 256)) throw new Error(`Unexpected glued prefix \`${word}\`: it must start with a Latin-1 letter`)
    lists[code].push(word)
  }

  for (const list of lists) list.sort((a, b) => b.length - a.length)
  return lists.map((list) => (list.length > 0 ? list : none))
}

/**
 * A set of pairs of letters below U+0100, as 65,536 bits (8 KB): `has`
 * answers with one array read and no string made or hashed. Pairs with a
 * higher character are not stored, and `has` says yes to them (the caller
 * then looks properly).
 */
export class LetterPairs {
  readonly #bits = new Uint32Array(2048)

  /** Add the first two (`from` 0) or the last two (`from` length − 2) characters of `word`. */
  add(word: string, from: number): void {
    const a = word.charCodeAt(from)
    const b = word.charCodeAt(from + 1)
    if (!(a < 256 && b < 256)) throw new Error(`Unexpected letters in \`${word}\`: glued-word lists take Latin-1 letters only`)
    const pair = (a << 8) | b
    this.#bits[pair >>> 5] |= 1 << (pair & 31)
  }

  /** Whether the characters of `word` at `at` and `at + 1` may be a pair of the set. */
  has(word: string, at: number): boolean {
    const a = word.charCodeAt(at)
    const b = word.charCodeAt(at + 1)
    if (!(a < 256 && b < 256)) return true
    const pair = (a << 8) | b
    return (this.#bits[pair >>> 5] & (1 << (pair & 31))) !== 0
  }
}

/** An empty list to iterate when a map has no entry. */
export const none: never[] = []

const indexes = new WeakMap<LangData, PhraseIndex>()

/** The index of a language's phrases, built once. */
export function indexOf(data: LangData): PhraseIndex {
  let index = indexes.get(data)
  if (index) return index
  // Relative phrases by their first two words, "<month>" spelled out as each month name.
  const relative = new Map<string, Map<string, RelativePhrase[]>>()
  const months = [...data.months.keys()]
  for (const phrase of data.relative) {
    const firsts = phrase.words[0] === '<month>' ? months : [phrase.words[0]]
    const seconds = phrase.words[1] === '<month>' ? months : [phrase.words[1] ?? '']
    for (const a of firsts) {
      let inner = relative.get(a)
      if (!inner) relative.set(a, (inner = new Map()))
      for (const b of seconds) inner.set(b, [...(inner.get(b) ?? []), phrase].sort((x, y) => y.words.length - x.words.length))
    }
  }

  const plainRelatives = data.relative.every(({relative}) => {
    const names = Object.getOwnPropertyNames(relative)
    const keys = names.join(' ')
    return (keys === 'unit offset' || keys === 'unit offset previous') && Object.keys(relative).length === names.length && Object.getOwnPropertySymbols(relative).length === 0
  })

  const starts = new Map<string, number>()
  const add = (word: string, bit: number) => {
    const key = word.toLowerCase()
    starts.set(key, (starts.get(key) ?? 0) | bit)
  }

  for (const phrase of data.relative) if (phrase.words[0] !== '<month>') add(phrase.words[0], START_RELATIVE)
  for (const phrase of data.ago.before) add(phrase.split(' ')[0], START_AGO)
  for (const phrase of [...data.durations, ...data.namedAnniversaries]) add(phrase.words[0], START_DURATION)
  for (const range of data.ranges) if (range.open.length > 0) add(range.open[0], START_RANGE)
  for (const phrase of [...data.qualifiers, ...data.equals]) add(phrase.words[0], START_QUALIFIER)
  for (const phrase of data.superlatives) add(phrase.words[0], START_SUPERLATIVE)
  for (const word of data.topWords) add(word, START_SUPERLATIVE)
  for (const word of [...data.ordinals.keys()]) add(word, START_ORDINAL)
  for (const word of [...data.months.keys()]) add(word, START_RELATIVE | START_DATE)
  for (const word of [...data.decadeWords.keys(), ...data.decadeNouns.keys()]) add(word, START_DATE)
  for (const [word, card] of data.cardinals) add(word, card.role === 'tens' ? START_FIGURE | START_ORDINAL | START_AGO : START_FIGURE | START_AGO)
  for (const word of [...data.half, ...data.halfNouns, ...data.indefinite, ...data.negative]) add(word, START_FIGURE)
  for (const symbol of [...data.currencySymbols.keys()]) add(/^\p{L}+|^./u.exec(symbol)![0], START_FIGURE)
  for (const prefix of Object.keys(dollarPrefixes)) add(/^\p{L}+/u.exec(prefix)![0], START_FIGURE)
  for (const mark of ['-', '\u2212', '.', ',']) add(mark, START_FIGURE)
  for (const mark of ['<', '>', '≥', '≤']) add(mark, START_QUALIFIER)
  for (const mark of ['+', '(']) add(mark, START_PHONE)
  for (const word of data.cardinals.keys()) add(word, WORD_CARDINAL)
  for (const word of data.half) add(word, WORD_HALF)
  for (const word of data.of) add(word, WORD_OF)
  for (const word of data.determiners) add(word, WORD_DETERMINER)
  for (const word of data.stopwords) add(word, WORD_STOPWORD)
  for (const word of [...data.yearWords, ...data.monthWords]) add(word, WORD_TIME_UNIT)
  for (const word of data.indefinite) add(word, WORD_INDEFINITE)
  for (const word of data.anniversary) add(word, WORD_ANNIVERSARY)
  for (const word of [...data.scales.map((phrase) => phrase.words[0]), ...data.dozen, ...data.caseScales.keys(), ...data.gluedScales.keys(), 'm']) add(word, WORD_SCALE)
  for (const phrase of data.over) add(phrase.words[0], WORD_OVER)
  for (const phrase of data.postfix) add(phrase.words[0], WORD_POSTFIX)
  for (const phrase of data.currencyNames) add(phrase.words[0], WORD_CURRENCY_NAME)
  for (const phrase of data.percent) add(phrase.words[0], WORD_PERCENT)
  for (const word of data.ordinals.keys()) add(word, WORD_ORDINAL)
  for (const word of data.months.keys()) add(word, WORD_MONTH)
  for (const phrase of data.qualifiers) add(phrase.words[0], WORD_QUALIFIER)
  for (const word of data.dozen) add(word, WORD_DOZEN)
  for (const seconds of relative.values()) for (const word of seconds.keys()) if (word !== '') add(word, WORD_RELATIVE_NEXT)
  const gluedByFirst = byFirstCode(data.gluedPrefixes)
  const gluedHalves = byFirstCode(data.gluedPrefixes.filter((prefix) => data.half.has(prefix)))

  const qualifiers = byFirstWord(data.qualifiers)
  let gluedQualifierReach = 0
  for (const word of data.gluedQualifiers) for (const phrase of qualifiers.get(word) ?? none) gluedQualifierReach = Math.max(gluedQualifierReach, phrase.words.length)
  const gluedStarts = new LetterPairs()
  for (const prefix of data.gluedPrefixes) gluedStarts.add(prefix, 0)
  const gluedEnds = new LetterPairs()
  for (const word of data.gluedQualifiers) gluedEnds.add(word, word.length - 2)

  const currencyStarts = new Set<string>()
  for (const symbol of [...data.currencySymbols.keys()]) currencyStarts.add(/^\p{L}+|^./u.exec(symbol)![0])
  for (const prefix of Object.keys(dollarPrefixes)) {
    const first = /^\p{L}+/u.exec(prefix)![0]
    currencyStarts.add(first)
    currencyStarts.add(first.toUpperCase())
    currencyStarts.add(first[0].toUpperCase() + first.slice(1))
  }

  for (const piece of currencyStarts) {
    // `mayStartCurrency` skips digits, full stops and commas without asking the set.
    if (/^[\d.,]/.test(piece)) throw new Error(`Unexpected currency sign starting with \`${piece}\``)
    add(piece, WORD_CURRENCY_START)
  }

  let figureReach = 1
  for (const phrase of [...data.qualifiers, ...data.equals]) figureReach = Math.max(figureReach, phrase.words.length)
  for (const range of data.ranges) figureReach = Math.max(figureReach, range.open.length)
  figureReach++
  if (data.qualifierArticles.size > 0) figureReach++

  index = {
    qualifiers,
    equals: byFirstWord(data.equals),
    postfix: byFirstWord(data.postfix),
    currencyNames: byFirstWord(data.currencyNames),
    percent: byFirstWord(data.percent),
    scales: byFirstWord(data.scales),
    relative,
    plainRelatives,
    durations: byFirstWord(data.durations),
    namedAnniversaries: byFirstWord(data.namedAnniversaries),
    superlatives: byFirstWord(data.superlatives),
    outOf: byFirstWord(data.outOf),
    over: byFirstWord(data.over),
    trailingHalf: byFirstWord(data.trailingHalf),
    starts,
    startsTable: new WordTable(starts),
    gluedByFirst,
    gluedHalves,
    gluedQualifierReach,
    gluedStarts,
    gluedEnds,
    figureReach,
    currencyStarts
  }
  indexes.set(data, index)
  return index
}

/**
 * Letters written before "$" to name the dollar ("US$", "us $", "C$",
 * "hk $", "u.s $"), lower case, the same in every language.
 */
export const dollarPrefixes: Record<string, string> = {
  us: 'USD',
  'u.s': 'USD',
  'u.s.': 'USD',
  usd: 'USD',
  u: 'USD',
  c: 'CAD',
  ca: 'CAD',
  can: 'CAD',
  a: 'AUD',
  au: 'AUD',
  hk: 'HKD',
  nz: 'NZD',
  s: 'SGD',
  sg: 'SGD',
  r: 'BRL',
  mx: 'MXN',
  nt: 'TWD'
}
