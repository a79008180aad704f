/**
 * Spanish spelling data for `glued-words`: the dictionary (dictionary-es),
 * the function words bad copy glues ("deseguridad"), and the Spanish forms a
 * dictionary lacks that are no glue ("-mente" adverbs, verbs with enclitic
 * pronouns, a missing accent). Each was added because
 * `scripts/eval-glued.ts` flagged it in correct text
 * (docs/glued-words-measurement.md).
 */
import {hunspellFiles} from '../../spell/hunspell.js'
import type {Speller} from '../../spell/dictionary.js'
import type {LangSpell} from '../types.js'

/** Enclitic pronouns, written attached to an infinitive, a gerund or an imperative ("empaquetarlos"). */
const enclitics = ['selos', 'selas', 'selo', 'sela', 'los', 'las', 'les', 'nos', 'lo', 'la', 'le', 'se', 'me', 'te', 'os']

/**
 * Correct Spanish forms the dictionary does not list, seen as false alarms
 * on Spanish manual pages (155,180 words): adverbs in "-mente" made from a
 * known adjective ("recursivamente", "secuencialmente") and a verb with
 * its enclitic pronouns ("empaquetarlos", "portarlo", "descodificarlos").
 */
function isDerived(word: string, spell: Speller): boolean {
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

const accented: Record<string, string> = {a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú'}

/** The word with one vowel accented: "convirtiendola" is "convirtiéndola" with a slip, not "convirtiendo la". */
function withAccent(word: string): string[] {
  const forms: string[] = []
  for (let i = 0; i < word.length; i++) {
    const vowel = accented[word[i]]
    if (vowel) forms.push(word.slice(0, i) + vowel + word.slice(i + 1))
  }
  return forms
}

/**
 * One-letter words that only stand before certain sounds: "e" for "y"
 * before an /i/ ("e historia"), "u" for "o" before an /o/ ("u otro"), so
 * "faltad e" is no reading of "faltade".
 */
const beforeOnly: Record<string, RegExp> = {e: /^h?[ií](?![aeoáéó])/, u: /^h?[oó]/}

function isRareSplit(parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    const next = beforeOnly[parts[i]]
    if (next && (i === parts.length - 1 || !next.test(parts[i + 1]))) return true
  }
  return false
}

/**
 * A best split that cuts inside an agent or instrument ending: a derived
 * word the dictionary lacks ("ensamblad oras" for "ensambladoras"), where
 * "mayorproveedor" cuts before a whole word.
 */
function cutsDerivation(word: string, split: readonly string[]): boolean {
  const ending = /(?:dor|dora|dores|doras|tor|tora|tores|toras)$/u.exec(word)?.[0]
  return ending !== undefined && split[split.length - 1].length <= ending.length + 1
}

export const spell: LangSpell = {
  dictionary: () => hunspellFiles('dictionary-es'),
  functionWords: new Set(
    (
      'a al con de del e el en es ha han la las le les lo los mi ni no o para por que se si su sus un una uno unos unas u y ya ' +
      'más muy sin sobre entre como hay fue son era este esta estos estas ese esa sus tras desde hasta hacia según cada todo todos'
    ).split(' ')
  ),
  glueWordMaxLength: Number.POSITIVE_INFINITY,
  prefixes: new Set(
    (
      'anti auto bio ciber co contra des eco euro ex extra geo giga hiper hidro infra inter intra kilo macro maxi mega meta micro mili mini mono multi nano sobre ' +
      'neo pluri pos post pre pro psico re semi socio sub super supra tele trans ultra vice ' +
      'afro anglo franco germano hispano indo luso nipo sino greco ítalo judeo'
    ).split(' ')
  ),
  // "socio" is also a noun, and in trade news "socio comercial" and "socio estratégico" are far more
  // common than any compound adjective: "sociocomercial" is the glue of the seed article.
  notPrefixed: /^socio(comercial|estratégic[oa])(es|s)?$/,
  // "vos" is the split of the fraction words "veintiunavos", "doceavos"; "salmoni cultores" is
  // "salmonicultores", and "-ble" ends adjectives made from verbs ("visualizable", "cargables").
  rareLastParts: new Set(['vos', 'cultores', 'cultoras', 'ble', 'bles']),
  closedCompounds: false,
  camelGlues: true,
  functionWordFirst: false,
  quotedFrom: ['en'],
  isDerived,
  variants: withAccent,
  isRareSplit,
  cutsDerivation
}
