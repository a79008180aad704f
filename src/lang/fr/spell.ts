/**
 * French spelling data for `glued-words`: the dictionary (dictionary-fr),
 * the function words bad copy glues ("dela", "lesentreprises"), and the
 * French forms a dictionary lacks that are no glue ("-ment" adverbs, a
 * missing accent).
 */
import french from 'dictionary-fr'
import type {Speller} from '../../spell/dictionary.js'
import type {LangSpell} from '../types.js'

/** An adverb in "-ment" made from a known adjective ("durablement", "massivement"). */
function isDerived(word: string, spell: Speller): boolean {
  if (!word.endsWith('ment') || word.length <= 8) return false
  const stem = word.slice(0, -4)
  return spell.correct(stem) || spell.correct(stem.replace(/e$/, ''))
}

const accented: Record<string, string[]> = {a: ['à', 'â'], e: ['é', 'è', 'ê'], i: ['î'], o: ['ô'], u: ['ù', 'û']}

/** The word with one vowel accented: "deja" is "déjà" with a slip, not two words. */
function withAccent(word: string): string[] {
  const forms: string[] = []
  for (let i = 0; i < word.length; i++) for (const vowel of accented[word[i]] ?? []) forms.push(word.slice(0, i) + vowel + word.slice(i + 1))
  return forms
}

export const spell: LangSpell = {
  dictionary: () => french,
  functionWords: new Set(
    (
      'à au aux avec ce ces cette dans de des du en et il la le les leur leurs ne ni ou par pas pour que qui sa se ses son sur un une y ' +
      'est sont a ont été plus moins très sans sous entre vers chez après avant depuis selon comme mais donc tout tous'
    ).split(' ')
  ),
  glueWordMaxLength: Number.POSITIVE_INFINITY,
  prefixes: new Set(
    (
      'anti auto bio co contre cyber éco euro ex extra géo hyper infra inter intra macro maxi méga micro mini mono multi nano néo ' +
      'post pré pro psycho re ré semi sous super supra télé trans ultra vice franco anglo germano hispano italo sino afro'
    ).split(' ')
  ),
  rareLastParts: new Set(),
  closedCompounds: false,
  camelGlues: true,
  functionWordFirst: false,
  quotedFrom: ['en'],
  isDerived,
  variants: withAccent
}
