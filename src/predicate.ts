/**
 * What a clause says about its figures and dates, as a set of words: the
 * content words of the clause a claim stands in, folded to one form each
 * ("visited" and "visit" stay apart, "projects" and "project" meet), without
 * the clause's claims (figures, dates), the language's function words and
 * month names. Rules use it to tell whether two clauses the registry does not
 * know state the same thing (`relative-date` for one event told twice,
 * `inconsistent-figure` for one figure told twice).
 *
 * It is a bag of words, not a parse: good enough to tell "signed the twinning
 * agreement" from "opened a consulate", and deliberately unable to match
 * paraphrases or translations, which only the registry can tie together.
 */
import type {Claim, Lang, Sentence} from './types.js'
import {clauseOf} from './registry/index.js'
import {languages} from './extract/index.js'
import {variants} from './text.js'

export interface Predicate {
  /** Content words of the clause, folded. */
  words: Set<string>
  /** The claims of the clause, `claim` included. */
  claims: Claim[]
}

/** The predicate of the clause `claim` stands in (see the file comment). */
export function predicateOf(sentence: Sentence, claim: Claim, lang: Lang, ignore: ReadonlyArray<{start: number; end: number}> = []): Predicate {
  const [start, end] = clauseOf(sentence, claim)
  const claims = sentence.claims.filter((c) => c.start >= start && c.end <= end)
  const data = languages[lang]
  const words = new Set<string>()
  for (const token of sentence.tokens) {
    if (token.type !== 'word' || token.start < start || token.end > end) continue
    if (claims.some((c) => token.start >= c.start && token.end <= c.end)) continue
    if (ignore.some((span) => token.start >= span.start && token.end <= span.end)) continue
    const word = token.text.toLowerCase()
    if (word.length < 3 || data.stopwords.has(word) || data.months.has(word)) continue
    words.add(variants(word).at(-1)!)
  }

  return {words, claims}
}

/**
 * Whether two predicates say the same thing: the words of the shorter one,
 * at least `min` of them, all stand in the longer one.
 */
export function samePredicate(a: Set<string>, b: Set<string>, min: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size < min) return false
  for (const word of small) if (!large.has(word)) return false
  return true
}
