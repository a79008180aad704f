/**
 * @file stale-claim
 *
 * A registry claim may stop being current: it carries `valid_until`, or
 * another claim names it in `supersedes` by pointing back with
 * `superseded_by`. A document dated after that which states the old value as
 * the current one gets a warning naming the newer value.
 *
 * A figure is stale when it agrees with the old claim's value and not with
 * the newer one's, and the document's date is after the old claim's
 * `valid_until` or on or after the newer claim's `as_of`. Documents without a
 * date are not checked. `registry-mismatch` leaves figures that agree with another version of their claim to this rule.
 *
 * @example valid.es.txt
 *   date 2023-02-01 La comunidad vietnamita en Japón suma 489.312 personas.
 *
 * @example invalid.es.txt
 *   date 2024-02-01 La comunidad vietnamita en Japón suma 489.312 personas.
 *
 * @output
 *   1:55-1:71 warning Unexpected `489.312 personas` as current on 2024-02-01: `vn-community-in-jp-2022` was superseded by `vn-community-in-jp-2023` (520.154 as of 2023-06-30)
 */
import type {Claim} from '../src/types.js'
import type {DocumentClaims, Finding} from '../src/rule-kit/index.js'
import {defineRule, finding, noOptions, claimInterval, overlaps, registryInterval, describeRegistryClaim, registryNote, formatDate} from '../src/rule-kit/index.js'
import type {Registry, RegistryClaim} from '../src/registry/types.js'

const id = 'stale-claim'

const messages = {
  superseded: 'Unexpected `{found}` as current on {date}: `{old}` was superseded by `{newer}` ({value})',
  expired: 'Unexpected `{found}` as current on {date}: `{old}` held until {until}'
}

const rule = defineRule({
  meta: {
    id,
    description: 'A document must not state a superseded or expired registry value as current.',
    severity: 'warning',
    needsRegistry: true,
    scope: 'document',
    messages,
    schema: noOptions,
    defaults: {}
  },
  check(doc, context) {
    if (!doc.date) return []
    const registry = context.registry!
    const findings: Finding[] = []
    for (const [claim, match] of doc.matches) {
      const stale = staleAgainst(claim, match.registryClaim, registry, formatDate(doc.date))
      if (stale) findings.push(report(doc, claim, stale))
    }

    return findings.sort((a, b) => a.start - b.start)
  }
})

export default rule

interface Staleness {
  old: RegistryClaim
  newer?: RegistryClaim
}

/**
 * Whether `claim`, matched to `matched`, states a value that was current
 * once but not on `date`. Exported for `registry-mismatch`, which leaves
 * such figures to this rule.
 */
export function staleAgainst(claim: Claim, matched: RegistryClaim, registry: Registry, date: string): Staleness | undefined {
  const stated = claimInterval(claim)
  if (!stated || !matched.value) return undefined

  // The matched claim itself may have expired or been superseded.
  const newerOfMatched = matched.supersededBy ? registry.claims.find((c) => c.id === matched.supersededBy) : undefined
  if (overlaps(stated, registryInterval(matched.value))) {
    if (newerOfMatched?.value && after(date, newerOfMatched.asOf, true) && !overlaps(stated, registryInterval(newerOfMatched.value))) {
      return {old: matched, newer: newerOfMatched}
    }
    if (!newerOfMatched && matched.validUntil && after(date, matched.validUntil, false)) return {old: matched}
    return undefined
  }

  // Or the figure agrees with an older claim that the matched one superseded.
  for (const old of registry.claims) {
    if (old.supersededBy !== matched.id || !old.value) continue
    if (!overlaps(stated, registryInterval(old.value))) continue
    if (after(date, matched.asOf, true) || (old.validUntil && after(date, old.validUntil, false))) {
      return {old, newer: matched}
    }
  }

  return undefined
}

function report(doc: DocumentClaims, claim: Claim, stale: Staleness): Finding {
  const date = formatDate(doc.date!)
  const cited = {registryClaim: stale.newer ?? stale.old, note: registryNote(stale.newer ?? stale.old, doc.lang)}
  if (stale.newer) {
    const values = {found: claim.text, date, old: stale.old.id, newer: stale.newer.id, value: describeRegistryClaim(stale.newer, doc.lang)}
    return finding(rule.meta, doc, 'superseded', values, claim, cited)
  }
  return finding(rule.meta, doc, 'expired', {found: claim.text, date, old: stale.old.id, until: stale.old.validUntil ?? ''}, claim, cited)
}

/**
 * Whether `date` is surely after `limit` (or on it, when `inclusive`); false
 * without a limit. A partial document date ("2023", inferred from the text)
 * is taken at its earliest day, so a year that may still precede the limit is
 * never called stale; a partial limit is taken at its latest day.
 */
function after(date: string, limit: string | undefined, inclusive: boolean): boolean {
  if (!limit) return false
  const a = Date.parse(earliest(date))
  const b = Date.parse(latest(limit))
  return inclusive ? a >= b : a > b
}

function earliest(date: string): string {
  return date.length === 4 ? date + '-01-01' : date.length === 7 ? date + '-01' : date
}

function latest(date: string): string {
  if (date.length === 4) return date + '-12-31'
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number)
    return `${date}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`
  }
  return date
}
