/**
 * English spelling data for `glued-words`: the dictionary (dictionary-en,
 * American), the function words bad copy glues, and the English forms a
 * dictionary lacks that are no glue (British spellings, derived words,
 * closed compounds). Each was added because `scripts/eval-glued.ts` flagged
 * it in correct text (docs/glued-words-measurement.md).
 */
import {hunspellFiles} from '../../spell/hunspell.js'
import {compoundCounts, type Speller} from '../../spell/dictionary.js'
import type {LangSpell} from '../types.js'

const functionWords: ReadonlySet<string> = new Set(
  (
    'a an and as at be by for from in into is it its of on or the to was were we with has had have are not but ' +
    'this that these those their his her our than over after before more most each all so he she they you my us up out do no if ' +
    'some any them who which will would can could been also now when where there through off yet'
  ).split(' ')
)

/** British endings and their American forms, tried one at a time: "colour", "travelling", "labelled". */
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

const suffixes = ['ability', 'ibility', 'ers', 'er', 'ed', 'd', 'ing', 'es', 's', 'y', 'ly', 'able']

/**
 * An English word built on a known word with a common ending ("formatter"
 * from "format", "inlined" from "inline", "globby", "assignability"): the
 * dictionary lacks the derived form, but it is no glue ("for matter", "in
 * lined" were false alarms on package documentation). A doubled final
 * consonant and a dropped "e" are undone.
 */
function isDerived(word: string, spell: Speller): boolean {
  for (const suffix of suffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 4) continue
    const stem = word.slice(0, -suffix.length)
    const candidates = [stem, stem + 'e']
    if (/([bcdfgklmnprstvz])\1$/.test(stem)) candidates.push(stem.slice(0, -1))
    if (candidates.some((candidate) => spell.correct(candidate))) return true
  }
  return false
}

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
 * a glue ("chipmakers", "cleanroom", "lacquerware", "homestays"): the first
 * is a bare stem (not inflected or derived) and either the second is a
 * productive head in the dictionary's own compounds ("room" in 43 of them,
 * "ware" in 32, "maker" in 28) or the first is a productive modifier
 * ("home" in 23). A plural head counts as its singular.
 */
function isCompoundLike(left: string, right: string): boolean {
  if (inflected.test(left)) return false
  const {heads, modifiers} = compoundCounts('en', hunspellFiles('dictionary-en').dic)
  const head = right.endsWith('s') && !heads.has(right) ? right.slice(0, -1) : right
  return (heads.get(head) ?? 0) >= productive || (modifiers.get(left) ?? 0) >= productive
}

export const spell: LangSpell = {
  dictionary: () => hunspellFiles('dictionary-en'),
  functionWords,
  // "through", "about" end compounds ("strikethrough", "walkabout") far more often than they lose a space.
  glueWordMaxLength: 4,
  prefixes: new Set(
    (
      'anti auto bio co counter cross cyber eco euro ex extra geo giga hyper infra inter intra kilo macro maxi mega micro mini multi nano ' +
      'neo non post pre pro psycho re semi socio sub super supra tele trans ultra'
    ).split(' ')
  ),
  rareLastParts: new Set(),
  closedCompounds: true,
  camelGlues: false,
  functionWordFirst: true,
  quotedFrom: ['es'],
  isDerived,
  variants: (word) => british.map(([ending, american]) => word.replace(ending, american)).filter((variant) => variant !== word),
  isRareSplit: (parts) => parts.length === 2 && !parts.some((part) => functionWords.has(part)) && isCompoundLike(parts[0], parts[1])
}
