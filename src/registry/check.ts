/**
 * `claimlint registry check`: what a registry's keepers need to know beyond
 * what the loader refuses (bad YAML, schema, unknown entities, duplicate
 * ids, inverted bounds, unreal dates — those stop any run). These are about
 * meaning, each at its place:
 *
 * - errors: two claims that no sentence could tell apart (same kind, same
 *   entities in the same order, a shared recognition term and, for counts, a shared noun);
 *   a `superseded_by` chain that comes back to where it started; an event
 *   dated in the future; an exchange rate that disagrees with the rate
 *   given for its inverse by more than 1%;
 * - warnings: a claim or ratio without a source; an `as_of` in the future.
 *
 * Claims that differ between two files of the same id are refused when the
 * files are merged (`merge.ts`), also with both places.
 */
import type {Lang} from '../types.js'
import type {Registry, RegistryClaim, RegistryPosition} from './types.js'
import {normalize} from '../text.js'

export interface RegistryProblem extends RegistryPosition {
  severity: 'error' | 'warning'
  message: string
}

export function checkRegistry(registry: Registry, options: {today?: Date} = {}): RegistryProblem[] {
  const today = (options.today ?? new Date()).toISOString().slice(0, 10)
  const problems: RegistryProblem[] = []
  const add = (position: RegistryPosition, severity: RegistryProblem['severity'], message: string) =>
    problems.push({...position, severity, message})

  indistinguishable(registry, add)

  const byId = new Map(registry.claims.map((claim) => [claim.id, claim]))
  for (const claim of registry.claims) {
    if (claim.sources.length === 0) add(claim.position, 'warning', `Missing \`sources\` in claim \`${claim.id}\`, expected where the value comes from`)
    if (claim.kind === 'event' && claim.date && claim.date > today) {
      add(claim.position, 'error', `Unexpected \`date: ${claim.date}\` in the future for event \`${claim.id}\`, expected a date on or before ${today}`)
    }
    if (claim.asOf && claim.asOf > today) {
      add(claim.position, 'warning', `Unexpected \`as_of: ${claim.asOf}\` in the future for claim \`${claim.id}\``)
    }
    const cycle = supersedingCycle(claim, byId)
    // A cycle is reported once, at its claim whose id sorts first.
    if (cycle && cycle.slice(0, -1).every((id) => claim.id <= id)) add(claim.position, 'error', `Unexpected \`superseded_by\` cycle ${cycle.map((id) => '`' + id + '`').join(' → ')}, expected a chain that ends`)
  }

  for (const ratio of registry.ratios) {
    if (ratio.sources.length === 0) add(ratio.position, 'warning', `Missing \`sources\` in ratio \`${ratio.id}\`, expected where the bounds come from`)
  }

  for (const rate of registry.rates) {
    const inverse = registry.rates.find((other) => other.base === rate.quote && other.quote === rate.base && other.date === rate.date)
    if (!inverse || inverse === rate) continue
    const product = rate.rate * inverse.rate
    // Reported once, at the later of the two.
    if (Math.abs(product - 1) > 0.01 && before(rate.position, inverse.position)) {
      add(
        inverse.position,
        'error',
        `Unexpected rate 1 ${inverse.base} = ${inverse.rate} ${inverse.quote} for ${inverse.date}, expected about ${round(1 / rate.rate)} as the inverse of 1 ${rate.base} = ${rate.rate} ${rate.quote} (${rate.position.file}:${rate.position.line}:${rate.position.column})`
      )
    }
  }

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
}

/** Pairs of claims that a sentence matching one would always match too. */
function indistinguishable(registry: Registry, add: (position: RegistryPosition, severity: 'error', message: string) => void): void {
  const claims = registry.claims
  const buckets = new Map<string, RegistryClaim[]>()
  for (const claim of claims) {
    // Claims superseded by another are meant to share its words.
    if (claim.supersededBy) continue
    // `about` is ordered: a flow's source first (Japan's investment in Vietnam is not Vietnam's in Japan).
    // A rate per day and a total, or ranks in different scopes, are told apart by the sentence too.
    const key = `${claim.kind}\u0000${claim.about.join(',')}\u0000${claim.unit ?? ''}\u0000${claim.per ?? ''}\u0000${JSON.stringify(claim.scope ?? null)}`
    const list = buckets.get(key) ?? []
    list.push(claim)
    buckets.set(key, list)
  }
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]]
        const shared = sharedWords(a.terms, b.terms)
        if (shared.length === 0) continue
        if (a.kind === 'quantity' && a.noun && b.noun && sharedWords(a.noun, b.noun).length === 0) continue
        if (a.kind === 'rank' && a.rank !== undefined && a.rank !== b.rank) continue
        add(
          b.position,
          'error',
          `Unexpected claim \`${b.id}\` that no sentence can tell from \`${a.id}\` (${a.position.file}:${a.position.line}:${a.position.column}): same kind, entities and unit, shared term ${shared.map((t) => '`' + t + '`').join(', ')}; expected a term or noun of its own`
        )
      }
    }
  }
}

function sharedWords(a: Partial<Record<Lang, string[]>>, b: Partial<Record<Lang, string[]>>): string[] {
  const out: string[] = []
  for (const lang of Object.keys(a) as Lang[]) {
    const theirs = new Set((b[lang] ?? []).map((word) => normalize(word)))
    for (const word of a[lang] ?? []) if (theirs.has(normalize(word))) out.push(word)
  }
  return out
}

function supersedingCycle(claim: RegistryClaim, byId: Map<string, RegistryClaim>): string[] | undefined {
  const seen = [claim.id]
  let next = claim.supersededBy
  while (next) {
    if (next === claim.id) return [...seen, next]
    if (seen.includes(next)) return undefined // a cycle that does not pass through this claim: reported on its own members
    seen.push(next)
    next = byId.get(next)?.supersededBy
  }
  return undefined
}

function before(a: RegistryPosition, b: RegistryPosition): boolean {
  return a.file < b.file || (a.file === b.file && (a.line < b.line || (a.line === b.line && a.column < b.column)))
}

function round(value: number): string {
  return String(Number(value.toPrecision(4)))
}
