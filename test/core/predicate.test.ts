import {describe, expect, it} from 'vitest'
import {PredicateIndex, predicateOf, samePredicate} from '../../src/predicate.js'
import {extractSentences} from '../../src/extract/index.js'

const set = (text: string) => new Set(text.split(' ').filter(Boolean))
const same2 = (a: ReadonlySet<string>, b: ReadonlySet<string>) => samePredicate(a, b, 2)

/** What the index must give: the first index, in order, whose set is the same as `words` and that `accept` takes. */
function scan(sets: Array<Set<string>>, words: Set<string>, accept: (index: number) => boolean = () => true): number | undefined {
  const found = sets.findIndex((other, index) => same2(other, words) && accept(index))
  return found < 0 ? undefined : found
}

describe('PredicateIndex', () => {
  const sets = [
    set('fund raise company'),
    set('ministry export grow'),
    set('fund raise'),
    set('fund raise company new'),
    set('ministry export grow'),
    set('visit hanoi'),
    set('fund')
  ]
  const index = new PredicateIndex(sets, same2)

  it('finds the first superset or subset of a predicate, in order', () => {
    // 0 holds every word of "fund raise"; 2 is it; 3 holds them too.
    expect(index.first(set('fund raise'))).toBe(0)
    // A subset of the query: "fund raise" (2) is within "fund raise company new"; 0 is too, and first.
    expect(index.first(set('fund raise company new'))).toBe(0)
    expect(index.first(set('export grow ministry'))).toBe(1)
    // One word is under the minimum of two: nothing is the same as it.
    expect(index.first(set('fund'))).toBeUndefined()
    // Words no set holds, and words that meet no set whole.
    expect(index.first(set('open consulate'))).toBeUndefined()
    expect(index.first(set('fund export'))).toBeUndefined()
  })

  it('skips what `accept` refuses and goes on to the next', () => {
    expect(index.first(set('ministry export grow'), (at) => at !== 1)).toBe(4)
    expect(index.first(set('fund raise'), (at) => at > 2)).toBe(3)
    expect(index.first(set('visit hanoi'), (at) => at !== 5)).toBeUndefined()
  })

  it('gives the first earlier index that says the same thing as each', () => {
    expect(sets.map((_, at) => index.firstBefore(at))).toEqual([undefined, undefined, 0, 0, 1, undefined, undefined])
  })

  it('agrees with a scan of every pair on sets drawn from a few words, repeated many times', () => {
    // A fixed sequence (a linear congruential generator), so a failure can be replayed.
    let seed = 12_345
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed % n
    }
    const words = ['fund', 'raise', 'export', 'grow', 'visit', 'hanoi', 'bank', 'loan']
    const drawn: Array<Set<string>> = []
    for (let i = 0; i < 600; i++) drawn.push(new Set(Array.from({length: 1 + next(4)}, () => words[next(words.length)])))
    const big = new PredicateIndex(drawn, same2)
    for (let at = 0; at < drawn.length; at++) {
      expect(big.firstBefore(at)).toBe(scan(drawn, drawn[at], (other) => other < at))
      expect(big.first(drawn[at], (other) => other % 3 === 0)).toBe(scan(drawn, drawn[at], (other) => other % 3 === 0))
    }
  })
})

describe('predicateOf', () => {
  it('reads the words of a clause without its figures, function words and months, once for all its figures', () => {
    const [sentence] = extractSentences('In March the fund raised $96 million for 12 new projects, and the ministry opened 3 offices.', {lang: 'en'})
    const [money, projects, offices] = sentence.claims.filter((claim) => claim.kind !== 'date' && claim.kind !== 'year')
    expect([money.text, projects.text, offices.text]).toEqual(['$96 million', '12 new projects', '3 offices'])
    const first = predicateOf(sentence, money, 'en')
    expect([...first.words]).toEqual(['fund', 'raised'])
    expect(first.claims.map((claim) => claim.text)).toEqual(['$96 million', '12 new projects'])
    // The same clause, the same predicate; another clause, its own.
    expect(predicateOf(sentence, projects, 'en')).toBe(first)
    expect([...predicateOf(sentence, offices, 'en').words]).toEqual(['ministry', 'opened'])
  })

  it('leaves out the spans it is told to, without changing what the clause gives the others', () => {
    const [sentence] = extractSentences('The fund raised $96 million for 12 new projects.', {lang: 'en'})
    const [money] = sentence.claims
    const raised = sentence.text.indexOf('raised')
    expect([...predicateOf(sentence, money, 'en', [{start: raised, end: raised + 6}]).words]).toEqual(['fund'])
    expect([...predicateOf(sentence, money, 'en').words]).toEqual(['fund', 'raised'])
  })

  it('reads a clause of thousands of figures once, not once per figure', () => {
    // Counts from 5,000 up: none of them is read as a year.
    const [sentence] = extractSentences('Reports counted ' + Array.from({length: 3000}, (_, i) => `${5000 + i} ports`).join(', ') + ' in all.', {lang: 'en'})
    expect(sentence.claims.length).toBe(3000)
    const predicates = new Set(sentence.claims.map((claim) => predicateOf(sentence, claim, 'en')))
    expect(predicates.size).toBe(1)
    // Words are folded to their shortest form ("reports" and "report" meet).
    expect([...[...predicates][0].words]).toEqual(['report', 'counted'])
  })
})
