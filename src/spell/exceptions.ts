/**
 * Unknown words that split into dictionary words but are not glued words.
 * Each exception here was added because `scripts/eval-glued.ts` flagged such
 * words in correct text (see docs/glued-words-measurement.md):
 *
 * - prefixed compounds the dictionaries do not list: "anticorrupción",
 *   "macroeconómico", "microempresas", "multibillion", "eurobonds". Spanish
 *   and English write these prefixes attached, and they are productive, so no
 *   dictionary can list every compound;
 * - British spellings, since dictionary-en is American: "colour" would split
 *   as "col our", "travelling" as "travel ling", "labelled" as "label led";
 * - Spanish words missing only an accent ("convirtiendola" for
 *   "convirtiéndola"): a spelling slip, not a lost space, and "convirtiendo
 *   la" would be a wrong suggestion;
 * - parts that are words but almost never the tail of a glue: Spanish "vos"
 *   is the split of the fraction words "veintiunavos", "doceavos", and
 *   "cultores" the end of "salmonicultores";
 * - English closed compounds the dictionary lacks ("chipmakers",
 *   "cleanroom", "lacquerware", "homestays"): a split of two content words
 *   whose second part heads many of the dictionary's own compounds, or whose
 *   first part starts many, is taken for a compound unless the first part is
 *   inflected ("waitingtime" is still a glue);
 * - English words built on a known word with a common ending ("formatter",
 *   "inlined"), and Spanish "-mente" adverbs and verbs with enclitic
 *   pronouns ("recursivamente", "empaquetarlos");
 * - Spanish "e" and "u" as parts anywhere but before the sounds they stand
 *   before ("faltad e" is no reading of "faltade").
 */
import type {Lang} from '../types.js'
import {compoundCounts, type Speller} from './dictionary.js'
import {functionWords} from './words.js'

/**
 * Prefixes and combining forms written attached to the word they modify
 * ("anticorrupción", "hispanojaponés", "sociolaboral").
 */
export const prefixes: Record<Lang, ReadonlySet<string>> = {
  es: new Set(
    (
      'anti auto bio ciber co contra des eco euro ex extra geo giga hiper hidro infra inter intra kilo macro maxi mega meta micro mini mono multi nano sobre ' +
      'neo pluri pos post pre pro psico re semi socio sub super supra tele trans ultra vice ' +
      'afro anglo franco germano hispano indo luso nipo sino greco ítalo judeo'
    ).split(' ')
  ),
  en: new Set(
    (
      'anti auto bio co counter cross cyber eco euro ex extra geo giga hyper infra inter intra kilo macro maxi mega micro mini multi nano ' +
      'neo non post pre pro psycho re semi socio sub super supra tele trans ultra'
    ).split(' ')
  )
}

/**
 * Prefixed forms read as two words all the same: "socio" is also a noun, and
 * in trade news "socio comercial" and "socio estratégico" (trading,
 * strategic partner) are far more common than any compound adjective, so
 * "sociocomercial" is the glue of the seed article, while "sociolaboral" or
 * "sociosanitario" are compounds.
 */
const notPrefixed: Record<Lang, RegExp> = {
  es: /^socio(comercial|estratégic[oa])(es|s)?$/,
  en: /^$/
}

/** Parts never proposed as the end of a split (see the file comment). */
const rareLastParts: Record<Lang, ReadonlySet<string>> = {
  es: new Set([
    'vos',
    // "salmoni cultores" is "salmonicultores", a correct word the dictionary lacks (seen in the corpus),
    // and "-ble" ends adjectives made from verbs ("visualizable", "cargables").
    'cultores', 'cultoras', 'ble', 'bles'
  ]),
  en: new Set()
}

/** British endings and their American forms, tried one at a time. */
const british: Array<[RegExp, string]> = [
  [/our(s|ed|ing|able|ite|ites|er|ers)?$/, 'or$1'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ogue(s)?$/, 'og$1'],
  [/mme(s)?$/, 'm$1']
]

const accented: Record<string, string> = {a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú'}

/** Whether `word` (lower case, unknown to the dictionary) is a known kind of non-glued word. */
export function isException(word: string, lang: Lang, spell: Speller): boolean {
  for (const prefix of notPrefixed[lang].test(word) ? [] : prefixes[lang]) {
    if (!word.startsWith(prefix)) continue
    const rest = word.slice(prefix.length)
    // "contralos" is "contra los" glued, not a compound.
    if (rest.length >= 3 && !functionWords[lang].has(rest) && spell.correct(rest)) return true
  }

  if (lang === 'es' ? spanishDerived(word, spell) : derivedForm(word, spell)) return true

  if (lang === 'en') {
    for (const [ending, american] of british) {
      const variant = word.replace(ending, american)
      if (variant !== word && spell.correct(variant)) return true
    }
  } else {
    for (let i = 0; i < word.length; i++) {
      const vowel = accented[word[i]]
      if (vowel && spell.correct(word.slice(0, i) + vowel + word.slice(i + 1))) return true
    }
  }

  return false
}

const englishSuffixes = ['ability', 'ibility', 'ers', 'er', 'ed', 'd', 'ing', 'es', 's', 'y', 'ly', 'able']

/**
 * An English word built on a known word with a common ending ("formatter"
 * from "format", "inlined" from "inline", "globby", "assignability"): the
 * dictionary lacks the derived form, but it is no glue ("for matter", "in
 * lined" were false alarms on package documentation). A doubled final
 * consonant and a dropped "e" are undone.
 */
function derivedForm(word: string, spell: Speller): boolean {
  for (const suffix of englishSuffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 4) continue
    const stem = word.slice(0, -suffix.length)
    const candidates = [stem, stem + 'e']
    if (/([bcdfgklmnprstvz])\1$/.test(stem)) candidates.push(stem.slice(0, -1))
    if (candidates.some((candidate) => spell.correct(candidate))) return true
  }
  return false
}

/** Spanish enclitic pronouns, written attached to an infinitive, a gerund or an imperative ("empaquetarlos"). */
const enclitics = ['selos', 'selas', 'selo', 'sela', 'los', 'las', 'les', 'nos', 'lo', 'la', 'le', 'se', 'me', 'te', 'os']

/**
 * Correct Spanish forms the dictionary does not list, seen as false alarms
 * on Spanish manual pages (155,180 words): adverbs in "-mente" made from a
 * known adjective ("recursivamente", "secuencialmente") and a verb with
 * its enclitic pronouns ("empaquetarlos", "portarlo", "descodificarlos").
 */
function spanishDerived(word: string, spell: Speller): boolean {
  if (word.endsWith('mente') && word.length > 8 && spell.correct(word.slice(0, -5))) return true
  for (const pronoun of enclitics) {
    if (!word.endsWith(pronoun)) continue
    const verb = word.slice(0, -pronoun.length)
    if (/(?:ar|er|ir|ando|iendo)$/.test(unaccent(verb)) && (spell.correct(verb) || spell.correct(unaccent(verb)))) return true
  }
  return false
}

function unaccent(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * Spanish one-letter words that only stand before certain sounds: "e" for
 * "y" before an /i/ ("e historia"), "u" for "o" before an /o/ ("u otro").
 */
const beforeOnly: Record<string, RegExp> = {e: /^h?[ií](?![aeoáéó])/, u: /^h?[oó]/}

/**
 * Endings of an English word that mark it as inflected or derived ("-s",
 * "-ed", "-ing", "-ly", "-al", "-tion"...): the first element of a closed
 * compound is nearly always a bare stem, so "waitingtime" or
 * "culturalside" are glues even though "time" and "side" head many
 * compounds.
 */
const inflected = /(?<=\p{L}{3})(s|ed|ing|ly|al|ic|ous|ive|ful|able|ible|tion|sion|ment|ness|ity|ant|ent|ary|ory|ist|ism|ian|ese)$/u

/** How many dictionary compounds make a head or a modifier productive (see compoundCounts). */
const productive = 20

/**
 * Whether two content words read as an English closed compound rather than
 * a glue: the first is a bare stem (not inflected or derived) and either the
 * second is a productive head in the dictionary's own compounds ("room" in
 * 43 of them, "ware" in 32, "maker" in 28) or the first is a productive
 * modifier ("home" in 23). A plural head counts as its singular.
 */
function isCompoundLike(left: string, right: string): boolean {
  if (inflected.test(left)) return false
  const {heads, modifiers} = compoundCounts('en')
  const head = right.endsWith('s') && !heads.has(right) ? right.slice(0, -1) : right
  return (heads.get(head) ?? 0) >= productive || (modifiers.get(left) ?? 0) >= productive
}

/** Whether a split is one the exceptions rule out. */
export function isRareSplit(parts: readonly string[], lang: Lang): boolean {
  if (rareLastParts[lang].has(parts[parts.length - 1])) return true
  if (lang === 'en' && parts.length === 2 && !parts.some((part) => functionWords.en.has(part)) && isCompoundLike(parts[0], parts[1])) return true
  if (lang === 'es') {
    for (let i = 0; i < parts.length; i++) {
      const next = beforeOnly[parts[i]]
      if (next && (i === parts.length - 1 || !next.test(parts[i + 1]))) return true
    }
  }
  return false
}
