/**
 * `npm run eval:peer [-- --json] [-- --failures]`: run the claim extractor
 * over Microsoft Recognizers-Text's own English and Spanish spec cases
 * (`../shared/peer-specs/recognizers-text/`, see its README) and print, per
 * file, how many cases have every expected result found with the same span
 * and value (and, for money, the same ISO code).
 *
 * How a claim is compared with an expected result (their `end` is inclusive;
 * Spanish values use a decimal comma; some values are in exponent form):
 * - Number files: the expected figure must be a claim's figure: the same
 *   value, and the expected span lies inside the claim with nothing but
 *   qualifier, currency or noun words around it ("$20" is a money claim whose
 *   figure is "20"; "3 years" a duration whose figure is "3").
 * - Currency files: a money claim (or a count of cents, pence…, which
 *   claimlint does not turn into money) with the same value and span, the
 *   qualifier left out ("aproximadamente $ 35 millones" → "$ 35 millones"),
 *   and the same ISO code when the case gives one.
 * - NumberRange files: a claim whose stated bounds (min/max, or the bound a
 *   qualifier states) are the expected interval, over the same span (a trailing
 *   counted noun left out). Recognizers-Text reads "between 20 and 30" and
 *   "20-30" as [20,30); claimlint reads them as [20,30], since prose
 *   "between 5 and 10 projects" includes 10: that group is counted as a match
 *   when everything but the upper bound's inclusiveness agrees (see
 *   docs/extraction.md).
 * Cases with no expected result do not count (the targets count cases with
 * an expected result); range cases flagged NotSupported for dotnet are
 * dropped. Exits 1 when a file scores below its kind's target (`targets`).
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import {extractClaims} from '../src/extract/index.js'
import type {Claim, Lang} from '../src/types.js'
import {packOf} from '../src/lang/index.js'

interface Result {
  text: string
  type: string
  value: string | null
  unit?: string | null
  isoCurrency?: string | null
  start: number
  end: number
  bounds?: {lower: string | null; upper: string | null; lowerInclusive: boolean; upperInclusive: boolean}
}

interface Case {
  input: string
  results: Result[]
  notSupported?: string
  notSupportedByDesign?: string
}

type Kind = 'number' | 'currency' | 'range'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..', '..', 'shared', 'peer-specs', 'recognizers-text')

/**
 * The lowest share of cases each kind must pass (issue 18): below it the
 * script exits 1, so CI fails. Today's scores clear them all (en/es Number
 * 98.2% / 97.9%, Currency 95.8% / 97.0%, NumberRange 96.2% / 94.4%); English
 * Currency has the least room, one more failed case of its 120.
 */
export const targets: Record<Kind, number> = {number: 95, currency: 95, range: 90}

/**
 * Targets of single files. French NumberRange: 85%, as issue 18 set it.
 * French Number takes the kind's 95%. Of the 5 cases it misses, 4 expect a
 * lone article ("un vent glacial") read as the number 1, which a claim
 * checker must not do, and one "322 cent" read as 32,200.
 */
const fileTargets: Record<string, number> = {'unfiltered/French-NumberRange.jsonl': 85}

/**
 * Range files scored on every case: each of the 85 French NumberRange cases
 * is flagged for every platform, .NET included (no platform has a French
 * range model), so dropping .NET's flags as for English and Spanish would
 * leave nothing; the expected intervals are still what a French reader means.
 */
const everyCase = new Set(['unfiltered/French-NumberRange.jsonl'])

const files: Array<{name: string; lang: Lang; kind: Kind}> = [
  {name: 'English-Number.jsonl', lang: 'en', kind: 'number'},
  {name: 'Spanish-Number.jsonl', lang: 'es', kind: 'number'},
  {name: 'English-Currency.jsonl', lang: 'en', kind: 'currency'},
  {name: 'Spanish-Currency.jsonl', lang: 'es', kind: 'currency'},
  {name: 'unfiltered/English-NumberRange.jsonl', lang: 'en', kind: 'range'},
  {name: 'unfiltered/Spanish-NumberRange.jsonl', lang: 'es', kind: 'range'},
  {name: 'French-Number.jsonl', lang: 'fr', kind: 'number'},
  {name: 'French-Currency.jsonl', lang: 'fr', kind: 'currency'},
  {name: 'unfiltered/French-NumberRange.jsonl', lang: 'fr', kind: 'range'}
]

/** A spec value as a number: "0,5" (Spanish, French), "1.232E+15", "1,5E-05". */
export function specNumber(value: string, lang: Lang): number {
  const text = packOf(lang).format.decimal === ',' ? value.replace(/\./g, '').replace(',', '.') : value.replace(/,/g, '')
  return Number(text)
}

function close(a: number, b: number): boolean {
  if (a === b) return true
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9
}

/** The claim text around the figure holds no digits: only qualifier, currency or noun words. */
function figureInside(claim: Claim, input: string, start: number, end: number): boolean {
  if (start < claim.start || end > claim.end) return false
  const before = input.slice(claim.start, start)
  const after = input.slice(end, claim.end)
  return !/\d/.test(before) && !/\d/.test(after)
}

/** The expected figure is inside the range claim and no digit touches it (not the "1" of "10"). */
function boundInside(claim: Claim, input: string, start: number, end: number): boolean {
  return start >= claim.start && end <= claim.end && !/\d/.test(input[start - 1] ?? '') && !/\d/.test(input[end] ?? '')
}

/**
 * Claim spans to compare: the claim, without its qualifier or the word that
 * opens its range ("de 20 à 100": the French spec gives it in some cases and
 * not in others), without a trailing noun (with or without the "de" before it).
 */
function spans(claim: Claim, input: string, lang: Lang): Array<[number, number]> {
  const list: Array<[number, number]> = [[claim.start, claim.end]]
  const start = claim.qualifier && claim.qualifier.start === claim.start ? skipSpace(input, claim.qualifier.end) : claim.start
  const opener = packOf(lang).words.ranges.flatMap((range) => range.open).find((word) => input.slice(start, start + word.length + 1).toLowerCase() === word + ' ')
  if (opener && (claim.min !== undefined || claim.max !== undefined)) {
    list.push([skipSpace(input, start + opener.length), claim.end])
  }
  let end = claim.end
  if (claim.noun && claim.noun.end === claim.end) {
    end = claim.noun.start
    while (end > start && /\s/.test(input[end - 1])) end--
    list.push([start, end])
    // Spanish "millones de personas": the "de" goes with the noun.
    const de = input.slice(Math.max(start, end - 3), end)
    if (/\sde$/i.test(de)) {
      end -= 3
      while (end > start && /\s/.test(input[end - 1])) end--
    }
  }

  list.push([start, claim.end], [claim.start, end], [start, end])
  return list
}

function skipSpace(input: string, at: number): number {
  while (at < input.length && /\s/.test(input[at])) at++
  return at
}

function interval(claim: Claim): {min?: {value: number; inclusive: boolean} | null; max?: {value: number; inclusive: boolean} | null} | undefined {
  if (claim.min !== undefined || claim.max !== undefined) return {min: claim.min, max: claim.max}
  return undefined
}

/**
 * The expected span, end exclusive. The spec's `end` is inclusive, but 51 of
 * the 92 French NumberRange results give it exclusive (and three are off
 * otherwise): where `end + 1` does not cut out the result's text, the span is
 * where the text is.
 */
function expectedSpan(result: Result, input: string): [number, number] {
  const text = result.text.toLowerCase()
  if (result.end + 1 <= input.length && input.slice(result.start, result.end + 1).toLowerCase() === text) return [result.start, result.end + 1]
  if (input.slice(result.start, result.start + text.length).toLowerCase() === text) return [result.start, result.start + text.length]
  const at = input.toLowerCase().indexOf(text)
  return at >= 0 ? [at, at + text.length] : [result.start, result.end + 1]
}

function matches(result: Result, claims: Claim[], input: string, lang: Lang, kind: Kind): boolean {
  const [start, end] = expectedSpan(result, input)
  if (kind === 'number') {
    if (result.value === null) return false
    const value = specNumber(result.value, lang)
    return claims.some((claim) => {
      if (claim.value !== undefined) return close(claim.value, value) && figureInside(claim, input, start, end)
      // A range's ends are numbers of the text too: "de zéro à dix" gives 0 and 10.
      return [claim.min, claim.max].some((bound) => bound && close(bound.value, value)) && boundInside(claim, input, start, end)
    })
  }

  if (kind === 'currency') {
    if (result.value === null) return false
    const value = specNumber(result.value, lang)
    return claims.some((claim) => {
      if (claim.value === undefined || !close(claim.value, value)) return false
      if (!spans(claim, input, lang).some(([a, b]) => a === start && b === end)) return false
      if (claim.kind === 'money') return !result.isoCurrency || result.isoCurrency === claim.unit
      // Cents and pence are counts of a coin, not an amount in an ISO currency.
      return claim.kind === 'quantity' && !result.isoCurrency
    })
  }

  const bounds = result.bounds
  if (!bounds) return false
  // Interval bounds are written with a decimal point in both languages ("(0.25,0.5)").
  const lower = bounds.lower === null ? null : Number(bounds.lower)
  const upper = bounds.upper === null ? null : Number(bounds.upper)
  return claims.some((claim) => {
    const found = interval(claim)
    if (!found) return false
    if (!spans(claim, input, lang).some(([a, b]) => a === start && b === end)) return false
    const min = found.min ?? null
    const max = found.max ?? null
    if ((min === null) !== (lower === null) || (max === null) !== (upper === null)) return false
    if (min && lower !== null && (!close(min.value, lower) || min.inclusive !== bounds.lowerInclusive)) return false
    if (max && upper !== null) {
      if (!close(max.value, upper)) return false
      // Their half-open "between a and b" = [a,b); claimlint's [a,b] (documented).
      const halfOpen = min !== null && bounds.lowerInclusive && !bounds.upperInclusive && max.inclusive
      if (max.inclusive !== bounds.upperInclusive && !halfOpen) return false
    }

    return true
  })
}

function main(): void {
  const json = process.argv.includes('--json')
  const failures = process.argv.includes('--failures')
  if (!existsSync(root)) {
    if (json) console.log('{}')
    else console.log(`eval:peer skipped: ${root} does not exist`)
    return
  }

  const report: Record<string, {total: number; passed: number; target: number}> = {}
  let elapsed = 0
  const failed: string[] = []
  for (const file of files) {
    const path = join(root, file.name)
    if (!existsSync(path)) continue
    const cases = readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Case)
    let total = 0
    let passed = 0
    for (const item of cases) {
      if (file.kind === 'range' && !everyCase.has(file.name) && /\bdotnet\b/i.test(item.notSupported ?? '')) continue
      const begin = performance.now()
      const claims = extractClaims(item.input, {lang: file.lang})
      elapsed += performance.now() - begin
      if (item.results.length === 0) continue
      total++
      const ok = item.results.every((result) => matches(result, claims, item.input, file.lang, file.kind))
      if (ok) passed++
      else if (failures) {
        const expected = item.results.map((r) => `${JSON.stringify(r.text)}=${r.value}${r.isoCurrency ? ' ' + r.isoCurrency : ''}`).join('; ')
        const got = claims.map((c) => `${c.kind} ${JSON.stringify(c.text)}=${c.value ?? `${c.min ? (c.min.inclusive ? '[' : '(') + c.min.value : '('},${c.max ? c.max.value + (c.max.inclusive ? ']' : ')') : ')'}`}${c.unit ? ' ' + c.unit : ''}`).join('; ')
        failed.push(`${file.name}: ${JSON.stringify(item.input.slice(0, 140))}\n    expected ${expected}\n    got      ${got}`)
      }
    }

    report[file.name.replace(/^unfiltered\//, '')] = {total, passed, target: fileTargets[file.name] ?? targets[file.kind]}
  }

  const below = Object.entries(report).filter(([, {total, passed, target}]) => percentOf(passed, total) < target)
  if (below.length > 0) process.exitCode = 1
  if (json) {
    console.log(JSON.stringify(report, null, 2))
    return
  }

  if (failures) for (const line of failed) console.log(line)
  for (const [name, {total, passed, target}] of Object.entries(report)) {
    const percent = percentOf(passed, total)
    const verdict = percent < target ? `below its target of ${target}%` : `target ${target}%`
    console.log(`${name.padEnd(28)} ${String(passed).padStart(4)} / ${String(total).padEnd(4)} ${percent.toFixed(1).padStart(5)}%  ${verdict}`)
  }

  console.log(`extraction time (parse + extract, all cases): ${elapsed.toFixed(0)} ms`)
  if (below.length > 0) console.error(`eval:peer: ${below.map(([name]) => name).join(', ')} below target`)
}

function percentOf(passed: number, total: number): number {
  return total === 0 ? 100 : (passed / total) * 100
}

main()
