/**
 * French spelling data for `glued-words`: the dictionary (dictionary-fr),
 * the function words bad copy glues ("dela", "lesentreprises"), and the
 * French forms a dictionary lacks that are no glue ("-ment" adverbs, a
 * missing accent).
 */
import {hunspellFiles} from '../../spell/hunspell.js'
import type {Speller} from '../../spell/dictionary.js'
import type {LangSpell} from '../types.js'

/**
 * dictionary-fr with the prefix rules for elided words dropped ("l'",
 * "d'", "qu'", "lorsqu'"...): the tokenizer splits words at apostrophes, so
 * "l'année" is never asked as one word, and nspell expands those rules
 * eagerly into every noun and verb: with them the dictionary takes 6.1 s and
 * 3.0 million entries to load, without them 1.0 s and 450,000 (measured with
 * nspell 2.1.5 on this machine).
 */
function dictionary(): {aff: Uint8Array; dic: Uint8Array} {
  if (trimmed) return trimmed
  const groups = new Map<string, string[]>()
  const lines = new TextDecoder().decode(hunspellFiles('dictionary-fr').aff).split('\n')
  for (const line of lines) {
    // "PFX flag strip add condition" (the group's header is "PFX flag Y count").
    const rule = /^PFX (\S+) (\S+) (\S+) \S+/.exec(line)
    if (rule && !/^[YN]$/.test(rule[2])) (groups.get(rule[1]) ?? groups.set(rule[1], []).get(rule[1])!).push(rule[3])
  }
  const elided = new Set([...groups].filter(([, adds]) => adds.every((add) => /['’]/.test(add))).map(([flag]) => flag))
  const kept = lines.filter((line) => !elided.has(/^PFX (\S+) /.exec(line)?.[1] ?? ''))
  trimmed = {aff: new TextEncoder().encode(kept.join('\n')), dic: hunspellFiles('dictionary-fr').dic}
  return trimmed
}

let trimmed: {aff: Uint8Array; dic: Uint8Array} | undefined

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
  dictionary,
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
      'para post pré pro psycho re ré rétro semi sous super supra télé trans ultra vice franco anglo germano hispano italo sino afro'
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
