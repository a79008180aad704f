/**
 * @file inconsistent-figure
 *
 * The same claim must have one value wherever it is stated: twice in one
 * document, or in the documents of one run — including a translation. Two
 * figures are the same claim when they match the same registry claim, or,
 * where the registry is silent, when they have the same kind, the same unit
 * (currency or counted noun), the same subject entity, the same other
 * entities and the same years in their sentences.
 *
 * Figures are compared as intervals, so "$50 billion" and "50 mil millones de
 * dólares" agree, and so do "casi 50 mil millones" and "nearly $50 billion".
 * When two figures differ by a factor of 1,000 or 1,000,000, the message says
 * so: "12,4 billones de euros" against "€12.4 billion" is the `billón` trap.
 *
 * The finding is on the later figure (in run order: documents as listed,
 * then by position); the earlier one is given as its related place.
 *
 * @example valid.en.txt
 *   Trade between Vietnam and Japan reached $50 billion in 2022. Vietnam and Japan traded some $50 billion in 2022, officials said.
 *
 * @example invalid.es.txt
 *   En 2022, el comercio entre Vietnam y Japón sumó 50 mil millones de dólares. Según la aduana, el comercio de Vietnam con Japón fue de 40 mil millones de dólares en 2022.
 *
 * @output
 *   1:134-1:160 warning Unexpected `40 mil millones de dólares`, expected `50 mil millones de dólares` as stated at 1:49 for `vn-jp-trade-2022`
 */
import type {Claim, Sentence} from '../src/types.js'
import type {DocumentClaims, Finding, Rule} from '../src/rule.js'
import {finding} from '../src/rule.js'
import type {Registry, RegistryClaim} from '../src/registry/types.js'
import {indexOf} from '../src/registry/index.js'
import {claimInterval, midpoint, overlaps, scaleSlip} from '../src/interval.js'
import {describePlace, registryNote, scaleSlipValues} from '../src/describe.js'
import {normalize, variants, words} from '../src/text.js'

const id = 'inconsistent-figure'

const messages = {
  differs: 'Unexpected `{found}`, expected `{other}` as stated at {where} for `{key}`',
  scale: 'Unexpected `{found}`, expected `{other}` as stated at {where} for `{key}`: {factor} times {direction}, {cause}?'
}

const rule: Rule = {
  meta: {
    id,
    description: 'The same claim must be given the same value within a document and across the documents of a run.',
    severity: 'warning',
    needsRegistry: false,
    scope: 'run',
    messages,
    schema: {
      type: 'object',
      properties: {scaleTolerance: {type: 'number', exclusiveMinimum: 0, maximum: 0.5}},
      additionalProperties: false
    },
    defaults: {scaleTolerance: 0.05}
  },
  checkRun(docs, context) {
    const tolerance = context.options.scaleTolerance as number
    const groups = new Map<string, Array<{doc: DocumentClaims; claim: Claim; registryClaim?: RegistryClaim}>>()

    for (const doc of docs) {
      for (const sentence of doc.sentences) {
        for (const claim of sentence.claims) {
          if (!isFigure(claim) || claimInterval(claim) === undefined) continue
          const registryClaim = doc.matches.get(claim)?.registryClaim
          const key = registryClaim ? 'registry:' + registryClaim.id : silentKey(sentence, claim, context.registry)
          if (!key) continue
          const group = groups.get(key) ?? []
          group.push({doc, claim, registryClaim})
          groups.set(key, group)
        }
      }
    }

    const findings: Finding[] = []
    for (const [key, group] of groups) {
      // Each figure is checked against the first one stated; one finding per differing figure.
      const [first, ...rest] = group
      const firstInterval = claimInterval(first.claim)!
      for (const entry of rest) {
        const interval = claimInterval(entry.claim)!
        if (overlaps(interval, firstInterval)) continue
        const factor = scaleSlip(midpoint(interval), midpoint(firstInterval), tolerance)
        const where = describePlace(first.doc, first.claim.start, entry.doc !== first.doc)
        const label = key.startsWith('registry:') ? key.slice('registry:'.length) : describeKey(entry.claim)
        const values = {found: entry.claim.text, other: first.claim.text, where, key: label}
        const extra = {
          registryClaim: entry.registryClaim,
          note: entry.registryClaim ? registryNote(entry.registryClaim, entry.doc.lang) : undefined,
          related: [{path: first.doc.path, start: first.claim.start, end: first.claim.end, message: `\`${first.claim.text}\` stated here`}]
        }
        findings.push(
          factor
            ? finding(rule.meta, entry.doc, 'scale', {...values, ...scaleSlipValues(entry.claim, factor, entry.doc.lang)}, entry.claim, extra)
            : finding(rule.meta, entry.doc, 'differs', values, entry.claim, extra)
        )
      }
    }

    return findings
  }
}

export default rule

function isFigure(claim: Claim): boolean {
  return claim.kind === 'money' || claim.kind === 'quantity' || claim.kind === 'percent'
}

/**
 * Identity of a claim the registry does not know: kind, unit, the subject
 * (the entity named first, before the figure), the other entities and the
 * absolute years of the sentence. Without a registry there are no entities,
 * and a bare count of a noun is too weak an identity: such figures are left
 * alone.
 */
function silentKey(sentence: Sentence, claim: Claim, registry: Registry | undefined): string | undefined {
  if (!registry) return undefined
  if (claim.kind === 'quantity' && !claim.noun) return undefined
  const mentions = indexOf(registry).mentions(sentence)
  if (mentions.length === 0) return undefined
  const subject = (mentions.find((m) => m.end <= claim.start) ?? mentions[0]).entity
  const entities = [...new Set(mentions.map((m) => m.entity))].sort().join(',')
  const years = sentence.claims
    .filter((c) => c.kind === 'year' && c.value !== undefined && !c.relative)
    .map((c) => c.value)
    .sort()
    .join(',')
  const unit = claim.kind === 'money' ? claim.unit ?? '' : claim.noun ? variants(words(claim.noun.text)[0] ?? '').at(-1) ?? '' : normalize(claim.unit ?? '')
  return [claim.kind, unit, subject, entities, years].join('|')
}

function describeKey(claim: Claim): string {
  return claim.noun ? claim.noun.text : claim.unit ?? claim.kind
}
