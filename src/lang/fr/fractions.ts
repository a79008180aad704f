/**
 * French fraction words the denominator table does not list, read by their
 * "-ième" ending and the cardinal before it: "millième" (1/1000),
 * "millionième", "billionième" (1/10^12), "trente-deuxième" once its parts
 * are joined. Accents may be dropped ("billionieme").
 */
import type {LangData} from '../../extract/lexicon.js'

/** Stems whose cardinal lost or changed a letter before "-ième": "quatr(e)", "cinqu", "neuv", "mill(e)". */
const stems: Record<string, string> = {quatr: 'quatre', cinqu: 'cinq', neuv: 'neuf', onz: 'onze', douz: 'douze', treiz: 'treize', quatorz: 'quatorze', quinz: 'quinze', seiz: 'seize', trent: 'trente', quarant: 'quarante', cinquant: 'cinquante', soixant: 'soixante', mill: 'mille'}

/** The denominator of a fraction word written with "-ième", or undefined. */
export function fractionWord(word: string, data: LangData): number | undefined {
  const match = /^(.+?)i[eè]mes?$/.exec(word)
  if (!match) return undefined
  const stem = stems[match[1]] ?? match[1]
  const card = data.cardinals.get(stem)
  return card && card.value >= 3 ? card.value : undefined
}
