/**
 * @file implausible-ratio
 *
 * A total and a count stated in one sentence — investment capital and the
 * projects it is spread over — imply a per-unit figure. The registry's
 * `ratios` declare plausible bounds for such figures; a ratio that lies
 * wholly outside them points to a wrong count or a wrong scale word.
 *
 * The ratio is computed from intervals, so rounding and qualifiers never
 * cause a false alarm: "más de cinco proyectos" with "superior a 70 mil
 * millones de dólares" is (70–140 bn) / (5–10) = 7–28 bn a project.
 * Each count is paired with the nearest total in the same currency.
 *
 * @example valid.es.txt
 *   Japón tiene más de 5.000 proyectos en Vietnam con un capital de inversión superior a 70 mil millones de dólares.
 *
 * @example invalid.es.txt
 *   Vietnam tiene 106 proyectos de inversión en Japón con un capital registrado de 19,5 millones de dólares.
 *
 * @output
 *   1:15-1:28 error Unexpected investment capital per project of about US$183.969 for `106 proyectos` and `19,5 millones de dólares`, expected at least US$1 millón
 *
 * @example invalid.en.txt
 *   Japan has more than five projects in Vietnam with total investment capital of over $70 billion.
 *
 * @output
 *   1:11-1:34 error Unexpected investment capital per project of between US$7 billion and US$28 billion for `more than five projects` and `over $70 billion`, expected at most US$1 billion
 */
import type {Claim, Lang, Sentence} from '../src/types.js'
import type {DocumentClaims, Finding} from '../src/rule-kit/index.js'
import {defineRule, finding, noOptions, indexOf, nounFits, nounsOf, claimInterval, closed, compare, divide, type Interval, describeInterval, ratioNote} from '../src/rule-kit/index.js'
import type {RegistryRatio} from '../src/registry/types.js'

const id = 'implausible-ratio'

const messages = {
  outside: 'Unexpected {label} of {ratio} for `{count}` and `{total}`, expected {bound}'
}

const rule = defineRule({
  meta: {
    id,
    description: 'A total and a count stated together must give a per-unit figure within the registry’s plausible bounds.',
    severity: 'error',
    needsRegistry: true,
    scope: 'document',
    messages,
    schema: noOptions,
    defaults: {}
  },
  check(doc, context) {
    const index = indexOf(context.registry!)
    const findings: Finding[] = []
    for (const sentence of doc.sentences) {
      if (sentence.claims.length < 2) continue
      const ratios = index.ratios(sentence, sentence.lang ?? doc.lang, index.mentions(sentence))
      for (const ratio of ratios) findings.push(...checkRatio(doc, sentence, ratio))
    }

    return findings
  }
})

export default rule

function checkRatio(doc: DocumentClaims, sentence: Sentence, ratio: RegistryRatio): Finding[] {
  const findings: Finding[] = []
  const counts = sentence.claims.filter(
    (claim) => claim.kind === 'quantity' && nounsOf(claim, sentence, doc.lang).some((noun) => nounFits(noun, ratio.denominator.noun[doc.lang], true))
  )
  const totals = sentence.claims.filter((claim) => isNumerator(claim, ratio, doc.lang))

  for (const count of counts) {
    const total = nearest(count, totals)
    if (!total) continue
    const countInterval = claimInterval(count)
    const totalInterval = claimInterval(total)
    if (!countInterval || !totalInterval) continue
    const perUnit = divide(totalInterval, countInterval)
    const bounds: Interval = closed(ratio.min ?? Number.NEGATIVE_INFINITY, ratio.max ?? Number.POSITIVE_INFINITY)
    const side = compare(perUnit, bounds)
    if (side === 0) continue

    const unit = ratio.unit ?? total.unit
    const kind = ratio.numerator.kind
    const bound =
      side < 0
        ? describeInterval(closed(bounds.min, Number.POSITIVE_INFINITY), unit, kind, doc.lang)
        : describeInterval(closed(Number.NEGATIVE_INFINITY, bounds.max), unit, kind, doc.lang)

    const values = {label: ratio.label ?? ratio.id, ratio: describeRatio(perUnit, unit, kind, doc.lang), count: count.text, total: total.text, bound}
    findings.push(
      finding(rule.meta, doc, 'outside', values, count, {
        note: ratioNote(ratio, doc.lang),
        related: [{path: doc.path, start: total.start, end: total.end, message: `The total divided: \`${total.text}\``}]
      })
    )
  }

  return findings
}

function isNumerator(claim: Claim, ratio: RegistryRatio, lang: Lang): boolean {
  const numerator = ratio.numerator
  if (numerator.kind === 'money') {
    return claim.kind === 'money' && (!numerator.unit || claim.unit === numerator.unit)
  }

  return claim.kind === 'quantity' && claim.noun !== undefined && nounFits(claim.noun.text, numerator.noun?.[lang])
}

function nearest(claim: Claim, candidates: Claim[]): Claim | undefined {
  let best: Claim | undefined
  let distance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const d = Math.abs(candidate.start - claim.start)
    if (d < distance) {
      best = candidate
      distance = d
    }
  }

  return best
}

/** "about US$184,000" for a narrow interval, "between X and Y" for a wide one. */
function describeRatio(interval: Interval, unit: string | undefined, kind: string, lang: Lang): string {
  if (interval.max <= interval.min * 1.2) {
    return 'about ' + describeInterval(closed((interval.min + interval.max) / 2, (interval.min + interval.max) / 2), unit, kind, lang)
  }

  return describeInterval(interval, unit, kind, lang)
}
