/**
 * Hunspell dictionaries for the document languages: the dictionary-*
 * package each language pack names (`src/lang/<code>/spell.ts`), read as a
 * table of every form it spells, compiled at build time.
 *
 * Why compiled: nspell expands a dictionary's affix rules into every form
 * when it loads, which took 1.2–1.3 s and peaked near 200 MB for Spanish
 * (656,936 forms), 0.8 s for French and 0.2 s for English, on every run
 * that met the language. `npm run build` (scripts/dictionaries.mjs) runs
 * nspell once and writes the forms, sorted, one per line, into
 * `dist/dictionaries/<code>.txt`; a run reads that file's bytes (a few
 * milliseconds for Spanish's 7.6 MB) and looks words up by binary search in
 * place, without decoding the file or materialising a set. `correct()`
 * answers as nspell's does: the same case rules (an upper-case word may be
 * a sentence-case or lower-case form; KEEPCASE and FORBIDDENWORD forms stay
 * as written), the same input conversions (ICONV) and compound rules
 * (English ordinals "21st"). test/spell/dictionary.test.ts compares the two
 * on every twentieth form of each dictionary in four case variants.
 *
 * A compiled table carries the SHA-1 of the .aff and .dic it was made from;
 * when none is found or it was made from other files (a dictionary package
 * updated without a build), the speller falls back to nspell in the process.
 * Loading is lazy and once per language per process.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import nspell from 'nspell'
import {packOf, packs} from '../lang/index.js'
import type {Lang} from '../types.js'
import {builtFile} from '../built.js'

export interface Speller {
  correct(word: string): boolean
}

/** What a compiled table starts with: one line of JSON. */
interface Header {
  format: 'claimlint-speller'
  version: 1
  /** SHA-1 of the .aff then the .dic the table was made from. */
  source: string
  compoundMin: number
  /** nspell's compound rules as [source, flags]. */
  compoundRules: Array<[string, string]>
  /** Input conversions (ICONV) as [source, flags, replacement]. */
  conversions: Array<[string, string, string]>
  onlyInCompound: string[]
  keepCase: string[]
  forbidden: string[]
}

/** The nspell fields a table is compiled from (nspell has no types for them). */
interface NspellTables {
  data: Record<string, string[]>
  flags: Record<string, unknown>
  compoundRules: RegExp[]
  conversion: {in: Array<[RegExp, string]>}
}

const formatVersion = 1

/** The SHA-1 of a dictionary's files, which a compiled table must carry. */
export function dictionarySource(dictionary: {aff: Uint8Array; dic: Uint8Array}): string {
  return createHash('sha1').update(dictionary.aff).update(dictionary.dic).digest('hex')
}

/**
 * Compile a dictionary into the text of a table (see the module's doc);
 * `loaded` is nspell already run on the same files, if the caller has it.
 */
export function compileDictionary(dictionary: {aff: Uint8Array; dic: Uint8Array}, loaded?: Speller): string {
  const tables = (loaded ?? nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic))) as unknown as NspellTables
  // Sorted by UTF-8 bytes, the order the table is searched in.
  const forms = Object.keys(tables.data)
    .map((form) => Buffer.from(form))
    .sort(Buffer.compare)
    .map((form) => form.toString())
  const withFlag = (name: string): string[] => {
    const flag = tables.flags[name]
    return typeof flag === 'string' ? forms.filter((form) => tables.data[form].includes(flag)) : []
  }
  const header: Header = {
    format: 'claimlint-speller',
    version: formatVersion,
    source: dictionarySource(dictionary),
    compoundMin: Number(tables.flags.COMPOUNDMIN ?? 3),
    compoundRules: tables.compoundRules.map((rule) => [rule.source, rule.flags]),
    conversions: tables.conversion.in.map(([pattern, replacement]) => [pattern.source, pattern.flags, replacement]),
    onlyInCompound: withFlag('ONLYINCOMPOUND'),
    keepCase: withFlag('KEEPCASE'),
    forbidden: withFlag('FORBIDDENWORD')
  }
  return JSON.stringify(header) + '\n' + forms.join('\n')
}

/** A compiled table, searched in place. */
export class CompiledSpeller implements Speller {
  readonly #bytes: Buffer
  readonly #start: number
  readonly #compoundMin: number
  readonly #compoundRules: RegExp[]
  readonly #conversions: Array<[RegExp, string]>
  readonly #onlyInCompound: ReadonlySet<string>
  readonly #keepCase: ReadonlySet<string>
  readonly #forbidden: ReadonlySet<string>

  /** Read a table made by `compileDictionary` (its UTF-8 bytes or text); throws when it is no table. */
  constructor(table: Uint8Array | string) {
    const bytes = asBuffer(table)
    const {header: read, end} = readHeader(bytes)
    if (read?.format !== 'claimlint-speller' || read.version !== formatVersion) throw new Error('Unexpected speller table format')
    const header = read as Header
    this.#bytes = bytes
    this.#start = Math.min(end + 1, bytes.length)
    this.#compoundMin = header.compoundMin
    this.#compoundRules = header.compoundRules.map(([source, flags]) => new RegExp(source, flags))
    this.#conversions = header.conversions.map(([source, flags, replacement]) => [new RegExp(source, flags), replacement])
    this.#onlyInCompound = new Set(header.onlyInCompound)
    this.#keepCase = new Set(header.keepCase)
    this.#forbidden = new Set(header.forbidden)
  }

  /** The SHA-1 of the dictionary files a table was compiled from. */
  static sourceOf(table: Uint8Array | string): string | undefined {
    return readHeader(asBuffer(table)).header?.source
  }

  correct(word: string): boolean {
    let normal = word.trim()
    if (!normal) return false
    for (const [pattern, replacement] of this.#conversions) normal = normal.replace(pattern, replacement)
    if (this.#exact(normal)) return !this.#forbidden.has(normal)
    if (normal.toUpperCase() === normal) {
      const sentence = normal.charAt(0) + normal.slice(1).toLowerCase()
      if (this.#keepsCase(sentence)) return false
      if (this.#exact(sentence)) return true
    }
    const lower = normal.toLowerCase()
    if (lower === normal || this.#keepsCase(lower)) return false
    return this.#exact(lower)
  }

  #keepsCase(form: string): boolean {
    return this.#keepCase.has(form) || this.#forbidden.has(form)
  }

  #exact(form: string): boolean {
    if (this.#has(form)) return !this.#onlyInCompound.has(form)
    return form.length >= this.#compoundMin && this.#compoundRules.some((rule) => rule.test(form))
  }

  /** Whether the table lists `form`; the answer is remembered. */
  #has(form: string): boolean {
    let known = this.#seen.get(form)
    if (known === undefined) {
      known = this.#search(form)
      // Words repeat from document to document: a run asks about the same few thousand again and again.
      if (this.#seen.size >= 100_000) this.#seen.clear()
      this.#seen.set(form, known)
    }
    return known
  }

  readonly #seen = new Map<string, boolean>()

  /**
   * Binary search of the sorted lines, on the UTF-8 bytes as read (bytewise
   * order is the order the table was sorted in); `low` is always at the
   * start of a line.
   */
  #search(form: string): boolean {
    const bytes = this.#bytes
    const wanted = Buffer.from(form)
    let low = this.#start
    let high = bytes.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const start = middle === 0 ? 0 : bytes.lastIndexOf(newline, middle - 1) + 1
      const found = bytes.indexOf(newline, start)
      const end = found < 0 ? bytes.length : found
      const order = bytes.compare(wanted, 0, wanted.length, start, end)
      if (order === 0) return true
      if (order > 0) high = start
      else low = end + 1
    }
    return false
  }
}

const newline = 0x0a

/** A table's bytes, without copying them. */
function asBuffer(table: Uint8Array | string): Buffer {
  return typeof table === 'string' ? Buffer.from(table) : Buffer.from(table.buffer, table.byteOffset, table.byteLength)
}

/** A table's first line as JSON, if it is, and where that line ends. */
function readHeader(bytes: Buffer): {header: Partial<Header> | undefined; end: number} {
  const found = bytes.indexOf(newline)
  const end = found < 0 ? bytes.length : found
  try {
    const header: unknown = JSON.parse(bytes.toString('utf8', 0, end))
    return {header: typeof header === 'object' && header !== null ? (header as Partial<Header>) : undefined, end}
  } catch {
    return {header: undefined, end}
  }
}

/** The compiled table of a language (dist/dictionaries/<code>.txt), if one was built from these dictionary files. */
function compiledTable(lang: Lang, source: string): CompiledSpeller | undefined {
  const file = builtFile(`dictionaries/${lang}.txt`)
  if (!file) return undefined
  const table = readFileSync(file)
  return CompiledSpeller.sourceOf(table) === source ? new CompiledSpeller(table) : undefined
}

/**
 * The spelling dictionaries this install reads, as one hash (of every
 * language pack's .aff and .dic, as fed to the speller): `--cache` keys on
 * it beside claimlint's version, since a dictionary package can be
 * updated without claimlint.
 */
export function languageDataKey(): string {
  const hash = createHash('sha1')
  for (const pack of packs) hash.update(`${pack.code}:${dictionarySource(pack.spell.dictionary())}\n`)
  return hash.digest('hex').slice(0, 16)
}

const loaded = new Map<Lang, Speller>()

/** The speller of a language, loaded on first use. */
export function speller(lang: Lang): Speller {
  let found = loaded.get(lang)
  if (!found) {
    const dictionary = packOf(lang).spell.dictionary()
    // dictionary-* v4 ship Uint8Arrays; nspell reads them as Buffers.
    found = compiledTable(lang, dictionarySource(dictionary)) ?? nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic))
    loaded.set(lang, found)
  }

  return found
}

/**
 * How productive each word is in the dictionary's own closed compounds:
 * `heads.get('room')` is how many listed stems are a word plus "room"
 * ("bedroom", "newsroom"...), `modifiers.get('home')` how many are "home"
 * plus a word ("homework", "homeland"...). Only parts of three letters or
 * more are counted.
 */
export interface CompoundCounts {
  heads: ReadonlyMap<string, number>
  modifiers: ReadonlyMap<string, number>
}

const counted = new Map<string, CompoundCounts>()

/** The counts of the dictionary file `dic`, computed once per `key` (its language). */
export function compoundCounts(key: string, dic: Uint8Array): CompoundCounts {
  let found = counted.get(key)
  if (!found) {
    const stems = new Set<string>()
    for (const line of new TextDecoder().decode(dic).split('\n').slice(1)) {
      const stem = line.split('/')[0].trim()
      if (/^\p{Ll}+$/u.test(stem)) stems.add(stem)
    }
    const heads = new Map<string, number>()
    const modifiers = new Map<string, number>()
    for (const stem of stems) {
      for (let cut = 3; cut <= stem.length - 3; cut++) {
        const left = stem.slice(0, cut)
        const right = stem.slice(cut)
        if (!stems.has(left) || !stems.has(right)) continue
        heads.set(right, (heads.get(right) ?? 0) + 1)
        modifiers.set(left, (modifiers.get(left) ?? 0) + 1)
      }
    }
    found = {heads, modifiers}
    counted.set(key, found)
  }

  return found
}
