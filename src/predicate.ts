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
  words: ReadonlySet<string>
  /** The claims of the clause, `claim` included. */
  claims: readonly Claim[]
}

/**
 * The predicate of the clause `claim` stands in (see the file comment).
 * Every claim of a clause has the same predicate (the clause's words
 * without any of its claims), and rules ask for the claims of a sentence in
 * order: the last clause read is given again, as the same object, to the
 * next claim of it. A sentence of thousands of figures and no clause break
 * (a table flattened into one line, a bad copy) took seconds when each
 * figure read it again. Only the last is kept: a predicate kept for every
 * sentence of a 20 MB document took 120 MB more at its peak.
 */
export function predicateOf(sentence: Sentence, claim: Claim, lang: Lang, ignore: ReadonlyArray<{start: number; end: number}> = []): Predicate {
  const [start, end] = clauseOf(sentence, claim)
  // Spans to leave out make another predicate: read afresh.
  if (ignore.length > 0) return readPredicate(sentence, start, end, lang, ignore)
  if (last?.sentence !== sentence || last.start !== start || last.end !== end || last.lang !== lang) {
    last = {sentence, start, end, lang, predicate: readPredicate(sentence, start, end, lang)}
  }
  return last.predicate
}

let last: {sentence: Sentence; start: number; end: number; lang: Lang; predicate: Predicate} | undefined

function readPredicate(sentence: Sentence, start: number, end: number, lang: Lang, ignore: ReadonlyArray<{start: number; end: number}> = []): Predicate {
  const claims = sentence.claims.filter((c) => c.start >= start && c.end <= end)
  // A word inside a claim is not the clause's own: the claims by start, with
  // the furthest end of each and those before it, tell in one search.
  const spans = claims.map((c) => [c.start, c.end] as const).sort((a, b) => a[0] - b[0])
  const reach: number[] = []
  for (const [index, [, spanEnd]] of spans.entries()) reach.push(Math.max(spanEnd, reach[index - 1] ?? 0))
  const inClaim = (token: {start: number; end: number}): boolean => {
    let low = 0
    let high = spans.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (spans[middle][0] <= token.start) low = middle + 1
      else high = middle
    }
    return low > 0 && reach[low - 1] >= token.end
  }
  const data = languages[lang]
  const words = new Set<string>()
  for (const token of sentence.tokens) {
    if (token.type !== 'word' || token.start < start || token.end > end) continue
    if (inClaim(token)) continue
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
export function samePredicate(a: ReadonlySet<string>, b: ReadonlySet<string>, min: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size < min) return false
  for (const word of small) if (!large.has(word)) return false
  return true
}

/**
 * Word sets (the predicates of a document's or a run's figures or dates, in
 * order) indexed so that the first one that says the same thing as a given
 * predicate is found without comparing every pair. `same` must be
 * `samePredicate` with some `min`, or narrower: then two sets are the same
 * only when one holds every word of the other, so an indexed superset of
 * the query holds every word of it (it is listed under the query's word
 * that the fewest sets hold), and an indexed subset holds its own rarest
 * word, which the query then holds (each set is also listed under that
 * one word). A document whose sentences repeat ("the fund raised …" in
 * every section) has thousands of sets with the same words: those are
 * compared once, as one set.
 *
 * Scanning every earlier figure was quadratic: 20,000 figures of one
 * subject took 12–35 s, and a 5 MB document of repeated articles spent a
 * fifth of its time there.
 */
export class PredicateIndex {
  readonly #same: (a: ReadonlySet<string>, b: ReadonlySet<string>) => boolean
  /** Each distinct set once, in the order of its first index. */
  readonly #distinct: Array<{words: ReadonlySet<string>; indices: number[]}> = []
  /** The distinct set of each index. */
  readonly #setOf: number[] = []
  /** Distinct sets holding a word, by position in `#distinct` (ascending). */
  readonly #holding = new Map<string, number[]>()
  /** Distinct sets by their rarest word (ascending). */
  readonly #anchored = new Map<string, number[]>()

  constructor(sets: ReadonlyArray<ReadonlySet<string>>, same: (a: ReadonlySet<string>, b: ReadonlySet<string>) => boolean) {
    this.#same = same
    const byKey = new Map<string, number>()
    for (const [index, words] of sets.entries()) {
      const key = [...words].sort().join('\u0000')
      let at = byKey.get(key)
      if (at === undefined) {
        at = this.#distinct.length
        byKey.set(key, at)
        this.#distinct.push({words, indices: []})
      }
      this.#distinct[at].indices.push(index)
      this.#setOf.push(at)
    }
    for (const [at, {words}] of this.#distinct.entries()) {
      for (const word of words) {
        const list = this.#holding.get(word)
        if (list) list.push(at)
        else this.#holding.set(word, [at])
      }
    }
    for (const [at, {words}] of this.#distinct.entries()) {
      const rarest = this.#rarest(words)
      if (rarest === undefined) continue
      const list = this.#anchored.get(rarest)
      if (list) list.push(at)
      else this.#anchored.set(rarest, [at])
    }
  }

  /** The word of `words` that the fewest distinct sets hold (the first in code-unit order of those), if any is indexed. */
  #rarest(words: ReadonlySet<string>): string | undefined {
    let rarest: string | undefined
    let fewest = Number.POSITIVE_INFINITY
    for (const word of words) {
      const count = this.#holding.get(word)?.length ?? 0
      if (count === 0) continue
      if (count < fewest || (count === fewest && word < rarest!)) [rarest, fewest] = [word, count]
    }
    return rarest
  }

  /**
   * The first index whose set says the same thing as `words` and that
   * `accept` takes, if any. Indices are tried in ascending order.
   */
  first(words: ReadonlySet<string>, accept: (index: number) => boolean = () => true): number | undefined {
    let best = Number.POSITIVE_INFINITY
    const consider = (list: number[] | undefined): void => {
      if (!list) return
      for (const at of list) {
        const {words: other, indices} = this.#distinct[at]
        if (indices[0] >= best) break
        if (!this.#same(other, words)) continue
        for (const index of indices) {
          if (index >= best) break
          if (accept(index)) {
            best = index
            break
          }
        }
      }
    }
    // Supersets hold every word of `words`, so its rarest; subsets are anchored at one of its words.
    const rarest = this.#rarest(words)
    if (rarest === undefined) return undefined
    consider(this.#holding.get(rarest))
    for (const word of words) consider(this.#anchored.get(word))
    return Number.isFinite(best) ? best : undefined
  }

  /** For each distinct set, the first index that says the same thing as it (-1 for none), once asked. */
  readonly #firstSame: number[] = []

  /**
   * The first index before `index` whose set says the same thing as its
   * own: the first index of all that do, when that one comes before.
   */
  firstBefore(index: number): number | undefined {
    const at = this.#setOf[index]
    let found = this.#firstSame[at]
    if (found === undefined) this.#firstSame[at] = found = this.first(this.#distinct[at].words) ?? -1
    return found >= 0 && found < index ? found : undefined
  }
}
