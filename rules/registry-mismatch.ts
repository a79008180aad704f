/**
 * @file registry-mismatch
 *
 * A stated quantity, amount of money or percentage must agree with the
 * registry claim it matches. Both sides are intervals: a plain figure stands
 * for everything that rounds to it ("19,5 millones" is 19.45–19.55 million),
 * and a qualifier keeps the value near the stated number ("más de cinco" is
 * more than 5 and less than 10; "casi 50" is 45 to 50). They agree when the
 * intervals overlap.
 *
 * When the two differ by a factor of 1,000 or 1,000,000 (within 5 %), the
 * likely cause is a scale word — a dropped `mil` / `thousand`, or Spanish
 * `billón` (10^12) read as English `billion` (10^9) — and the message says so
 * and suggests the corrected wording.
 *
 * Against a point value, an unhedged figure gets the registry value at its
 * own precision as the suggested replacement ("$30 billion" → "$50 billion"
 * for 49.8 billion).
 *
 * A figure may be right for its time: when the document is dated before the
 * registry value's `as_of`, or has no date and its sentence names no year of
 * that value, a mismatch is a warning that says the dates differ, never an
 * error (the value that held at the document's date is used when the
 * registry has it, through `superseded_by`).
 *
 * Options: `qualifiers` overrides the interval of a qualifier, as factors
 * of the stated value, e.g. `{"more": {"low": 1, "high": 3}}`; `scaleTolerance`
 * (default 0.05) is how close to 10^3 or 10^6 a ratio must be to be called a
 * scale slip.
 *
 * @example valid.es.txt
 *   Japón tiene más de cinco mil proyectos de inversión en Vietnam.
 *
 * @example valid.en.txt
 *   Japan has more than 5,000 investment projects in Vietnam.
 *
 * @example invalid.es.txt
 *   Japón tiene más de cinco proyectos de inversión en Vietnam.
 *
 * @output
 *   1:13-1:35 error Unexpected `más de cinco proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`?
 *
 * @example invalid.en.txt
 *   Japan has more than five investment projects in Vietnam.
 *
 * @output
 *   1:11-1:45 error Unexpected `more than five investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000: 1,000 times more, a dropped `thousand`?
 */
import type {Claim, Lang} from '../src/types.js'
import type {Finding, DocumentClaims} from '../src/rule-kit/index.js'
import {defineRule, finding, claimInterval, defaultQualifiers, overlaps, registryInterval, scaleSlip, type Interval, type QualifierSemantics, certainReplacement, describeInterval, registryNote, rescaleWording, scaleSlipValues, formatDate, packOf, type Period} from '../src/rule-kit/index.js'
import type {Registry, RegistryClaim} from '../src/registry/types.js'

const id = 'registry-mismatch'

const messages = {
  mismatch: 'Unexpected `{found}` for `{claim}`, expected {expected}',
  earlier: 'Unexpected `{found}` for `{claim}`, expected {expected} as of {asOf}; the document is dated {date}, so the figure may be of its time',
  undated: 'Unexpected `{found}` for `{claim}`, expected {expected} as of {asOf}; the document has no date, so the figure may be older',
  scaleSlip: 'Unexpected `{found}` for `{claim}`, expected {expected}: {factor} times {direction}, {cause}?'
}

const qualifierSchema = {
  type: 'object',
  properties: {
    low: {type: 'number', minimum: 0},
    high: {type: 'number', minimum: 0},
    lowInclusive: {type: 'boolean'},
    highInclusive: {type: 'boolean'}
  },
  additionalProperties: false
}

const rule = defineRule({
  meta: {
    id,
    description: 'A stated figure must agree with its registry value, under qualifier and rounding semantics.',
    severity: 'error',
    needsRegistry: true,
    scope: 'document',
    messages,
    schema: {
      type: 'object',
      properties: {
        qualifiers: {
          type: 'object',
          properties: Object.fromEntries(Object.keys(defaultQualifiers).map((key) => [key, qualifierSchema])),
          additionalProperties: false,
          description: 'The interval of a qualifier (`about`, `nearly`, `more`…) as factors `low` and `high` of the stated value, e.g. `{"more": {"low": 1, "high": 3}}`.'
        },
        scaleTolerance: {type: 'number', exclusiveMinimum: 0, maximum: 0.5, description: 'How close to a power of 1,000 a ratio must be to be named a scale slip, as a fraction.'}
      },
      additionalProperties: false
    },
    defaults: {scaleTolerance: 0.05}
  },
  check(doc, context) {
    const qualifiers = mergeQualifiers(context.options.qualifiers as Partial<QualifierSemantics> | undefined)
    const tolerance = context.options.scaleTolerance as number
    const findings: Finding[] = []

    for (const [claim, match] of doc.matches) {
      const registryClaim = match.registryClaim
      if (!registryClaim.value || !isFigure(claim)) continue
      const stated = claimInterval(claim, qualifiers)
      if (!stated) continue
      // A registry rate is compared in the figure's own period ("a year" against 45,000 a day).
      const expected = scaled(registryInterval(registryClaim.value), match.rate?.factor ?? 1)
      if (overlaps(stated, expected)) continue
      // A value that agrees with another version of the same claim (one it
      // supersedes or that supersedes it) is at most stale: `stale-claim`'s to
      // report, when the document date says so.
      if (agreesWithVersion(stated, registryClaim, context.registry!)) continue

      const values = {
        found: claim.text,
        claim: registryClaim.id,
        expected:
          describeInterval(expected, registryClaim.unit, registryClaim.kind, doc.lang) +
          (match.rate && registryClaim.per ? ` ${periodWords(doc.lang, match.rate.period)}` : '') +
          (match.rate && registryClaim.per && match.rate.period !== registryClaim.per
            ? ` (${describeInterval(registryInterval(registryClaim.value), registryClaim.unit, registryClaim.kind, doc.lang)} ${periodWords(doc.lang, registryClaim.per)})`
            : '')
      }
      const reference = registryClaim.value.value ?? registryClaim.value.min ?? registryClaim.value.max
      const factor = claim.value !== undefined && reference !== undefined ? scaleSlip(claim.value, reference, tolerance) : undefined
      const wording = factor ? rescaleWording(claim, doc.text, factor, doc.lang) : undefined

      // A point value the registry states: the figure it gives at the claim's precision is certain.
      const certain = !wording && registryClaim.value.value !== undefined ? certainReplacement(claim, expected, doc.lang) : undefined
      const suggestion = wording ?? certain
      const cited = {registryClaim, note: registryNote(registryClaim, doc.lang), expected: suggestion ? [suggestion] : []}
      const time = factor ? undefined : timeGap(doc, claim, registryClaim)
      findings.push(
        factor
          ? finding(rule.meta, doc, 'scaleSlip', {...values, ...scaleSlipValues(claim, factor, doc.lang)}, claim, cited)
          : time
            ? finding(rule.meta, doc, time.messageId, {...values, asOf: registryClaim.asOf!, date: time.date}, claim, {...cited, severity: 'warning'})
            : finding(rule.meta, doc, 'mismatch', values, claim, cited)
      )
    }

    return findings.sort((a, b) => a.start - b.start)
  }
})

export default rule

/**
 * Why a figure that differs from its registry value may still be right for
 * its time: the document is dated before the value's `as_of`, or has no date
 * and the figure's sentence names no year of that value. A scale slip is no
 * matter of time and is not asked about.
 */
function timeGap(doc: DocumentClaims, claim: Claim, registryClaim: RegistryClaim): {messageId: 'earlier' | 'undated'; date: string} | undefined {
  const asOf = registryClaim.asOf
  if (!asOf) return undefined
  if (doc.date) {
    const date = formatDate(doc.date)
    // A partial date ("2023") is before an as-of date only when its whole period is.
    const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date
    return end < asOf ? {messageId: 'earlier', date} : undefined
  }

  const sentence = doc.sentenceOf.get(claim)
  const year = Number(asOf.slice(0, 4))
  const dated = sentence?.claims.some((other) => (other.kind === 'year' && other.value === year && !other.relative) || (other.kind === 'date' && other.date?.startsWith(String(year))))
  return dated ? undefined : {messageId: 'undated', date: ''}
}

function agreesWithVersion(stated: Interval, matched: RegistryClaim, registry: Registry): boolean {
  return registry.claims.some(
    (other) =>
      other.value !== undefined &&
      (other.supersededBy === matched.id || matched.supersededBy === other.id) &&
      overlaps(stated, registryInterval(other.value))
  )
}

function isFigure(claim: Claim): boolean {
  return claim.kind === 'quantity' || claim.kind === 'money' || claim.kind === 'percent'
}

function mergeQualifiers(overrides: Partial<QualifierSemantics> | undefined): QualifierSemantics {
  if (!overrides) return defaultQualifiers
  const merged = {...defaultQualifiers}
  for (const [key, value] of Object.entries(overrides) as Array<[keyof QualifierSemantics, QualifierSemantics[keyof QualifierSemantics]]>) {
    merged[key] = {...defaultQualifiers[key], ...value}
  }

  return merged
}

/** An interval multiplied by a positive factor. */
function scaled(interval: Interval, factor: number): Interval {
  return factor === 1 ? interval : {...interval, min: interval.min * factor, max: interval.max * factor}
}

/** "a day", "al día", "par jour". */
function periodWords(lang: Lang, period: Period): string {
  return packOf(lang).format.periods[period]
}
