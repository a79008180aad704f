/**
 * Unknown words that split into dictionary words but are not glued words.
 * The kinds are the same in every language; the words and endings are each
 * language pack's (`src/lang/<code>/spell.ts`). Each exception was added
 * because `scripts/eval-glued.ts` flagged such words in correct text (see
 * docs/glued-words-measurement.md):
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
import {packOf} from '../lang/index.js'
import type {Lang} from '../types.js'
import type {Speller} from './dictionary.js'

/** Whether `word` (lower case, unknown to the dictionary) is a known kind of non-glued word. */
export function isException(word: string, lang: Lang, spell: Speller): boolean {
  const data = packOf(lang).spell
  for (const prefix of data.notPrefixed?.test(word) ? [] : data.prefixes) {
    if (!word.startsWith(prefix)) continue
    const rest = word.slice(prefix.length)
    // "contralos" is "contra los" glued, not a compound.
    if (rest.length >= 3 && !data.functionWords.has(rest) && spell.correct(rest)) return true
  }

  if (data.isDerived(word, spell)) return true
  return data.variants(word).some((variant) => spell.correct(variant))
}

/** Whether a split is one the exceptions rule out. */
export function isRareSplit(parts: readonly string[], lang: Lang): boolean {
  const data = packOf(lang).spell
  if (data.rareLastParts.has(parts[parts.length - 1])) return true
  return data.isRareSplit?.(parts) ?? false
}
