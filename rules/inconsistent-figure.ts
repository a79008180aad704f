/**
 * @file inconsistent-figure
 *
 * The same claim must have one value wherever it is stated: twice in one
 * document, or in the documents of one run — including a translation. Two
 * figures are the same claim when they match the same registry claim, or,
 * where the registry is silent, when they are in one language and have the
 * same kind, the same unit (currency or counted noun), the same subject
 * entity, the same other entities, the same years in their sentences, and
 * the same predicate: the content words of one clause all stand in the
 * other's ("Japan gave $40 million to the relief fund" and "Japan gave $45
 * million to the relief fund", not "Japan invested $45 million in ports").
 * Two such figures in one sentence are never compared ("Japan gave $40
 * million, or 25% of $160 million"). A figure whose sentence names no
 * registry entity ("La empresa abastece a 1,9 millones de usuarios…") is
 * compared only with the figures of its own document, when it is written in
 * digits, stands outside lists, tables and blockquotes, and the two clauses
 * share at least four content words and differ by at most two. An attribution after a comma
 * (", según la aduana", ", officials said") is not part of a clause.
 *
 * Figures are compared as intervals, so "$50 billion" and "50 mil millones de
 * dólares" agree, and so do "casi 50 mil millones" and "nearly $50 billion".
 * When two figures differ by a factor of 1,000 or 1,000,000, the message says
 * so: "12,4 billones de euros" against "€12.4 billion" is the `billón` trap.
 *
 * The finding is on the later figure (in run order: documents as listed,
 * then by position), and the earlier one is given as its related place;
 * but when the registry holds the claim's value, the figures are compared
 * with the first one that agrees with it, and a figure that agrees is never
 * the one reported.
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
import type {Claim, Lang, Sentence} from '../src/types.js'
import type {CollectedDocument, DocumentClaims, Finding} from '../src/rule-kit/index.js'
import {defineRule, predicateOf, samePredicate, PredicateIndex, finding, indexOf, agreesWith, claimInterval, midpoint, overlaps, scaleSlip, placesIn, registryNote, scaleSlipValues, normalize, variants, words, registryInterval, type Interval} from '../src/rule-kit/index.js'
import type {Registry, RegistryClaim} from '../src/registry/types.js'

const id = 'inconsistent-figure'

const messages = {
  differs: 'Unexpected `{found}`, expected `{other}` as stated at {where} for `{key}`',
  scale: 'Unexpected `{found}`, expected `{other}` as stated at {where} for `{key}`: {factor} times {direction}, {cause}?'
}

const rule = defineRule({
  meta: {
    id,
    description: 'The same claim must be given the same value within a document and across the documents of a run.',
    severity: 'warning',
    needsRegistry: false,
    scope: 'run',
    messages,
    schema: {
      type: 'object',
      properties: {
        scaleTolerance: {type: 'number', exclusiveMinimum: 0, maximum: 0.5, description: 'How close to a power of 1,000 a ratio must be to be named a scale slip, as a fraction.'}
      },
      additionalProperties: false
    },
    defaults: {scaleTolerance: 0.05}
  },
  // What each document gives the run: its figures with their identity, taken as the document is linted, so a run
  // keeps no sentences for this rule (and `--cache` restores these instead of computing them again).
  collect(doc, context): Collected[] {
    const entries: Collected[] = []
    const placeOf = placesIn(doc)
    for (const sentence of doc.sentences) {
      const keyed: Array<{claim: Claim; registryClaim?: RegistryClaim; key: string; silent: boolean; factor: number}> = []
      for (const claim of sentence.claims) {
        if (!isFigure(claim) || claimInterval(claim) === undefined) continue
        const match = doc.matches.get(claim)
        const registryClaim = match?.registryClaim
        const key = registryClaim ? 'registry:' + registryClaim.id : silentKey(doc, sentence, claim, context.registry)
        if (key) keyed.push({claim, registryClaim, key, silent: !registryClaim, factor: match?.rate?.factor ?? 1})
      }

      for (const {claim, registryClaim, key, silent, factor} of keyed) {
        // Two figures of one sentence with the same identity the registry does not
        // know ("Japan gave $40 million, or 25% of $160 million") are two measures
        // told apart by words we do not model: neither is compared.
        if (silent && keyed.some((other) => other.claim !== claim && other.key === key)) continue
        entries.push({
          key: shared(key),
          claim: figureOf(claim),
          registryClaim: registryClaim?.id,
          factor,
          predicate: silent ? [...predicateOf(sentence, claim, doc.lang).words].map(shared) : undefined,
          place: placeOf(claim.start, false),
          sentenceStart: sentence.start,
          sentenceEnd: sentence.end
        })
      }
    }

    // A figure keyed by its document meets only that document's figures: compared
    // here, so that the run keeps only those that differ, each with what it differs from.
    const own = new Map(entries.filter((entry) => entry.key.startsWith('document:')).map((entry) => [entryOf(doc, entry, undefined), entry]))
    const kept = entries.filter((entry) => !entry.key.startsWith('document:'))
    for (const {entry, first, slip} of differing(groupsOf([...own.keys()]), context.options.scaleTolerance as number)) {
      kept.push({...own.get(entry)!, other: {text: first.claim.text, start: first.claim.start, end: first.claim.end, place: first.place}, slip})
    }
    return kept
  },
  checkCollected(docs, context) {
    const index = context.registry && indexOf(context.registry)
    const run: Entry[] = []
    const findings: Finding[] = []
    for (const doc of docs) {
      for (const collected of doc.data) {
        const entry = entryOf(doc, collected, collected.registryClaim === undefined ? undefined : index?.claim(collected.registryClaim))
        if (!collected.other) run.push(entry)
        else findings.push(report(entry, {doc, claim: collected.other, place: collected.other.place}, collected.slip))
      }
    }
    for (const {entry, first, slip} of differing(groupsOf(run), context.options.scaleTolerance as number)) findings.push(report(entry, first, slip))
    return findings
  }
})

/** A collected figure as the check reads it. */
function entryOf(doc: Pick<CollectedDocument, 'path' | 'lang'>, collected: Collected, registryClaim: RegistryClaim | undefined): Entry {
  return {
    doc,
    key: collected.key,
    claim: collected.claim,
    registryClaim,
    factor: collected.factor,
    predicate: collected.predicate && new Set(collected.predicate),
    place: collected.place,
    sentence: {start: collected.sentenceStart, end: collected.sentenceEnd}
  }
}

/** Entries by identity, in order. */
function groupsOf(entries: Entry[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) {
    const group = groups.get(entry.key)
    if (group) group.push(entry)
    else groups.set(entry.key, [entry])
  }
  return groups
}

/**
 * Each figure that differs from its reference, with the reference and the
 * power of 1,000 between them if it is a scale slip. For a registry claim
 * the reference is the first figure that agrees with the registry value (a
 * figure that agrees is never the one reported), else the first stated; for
 * a claim the registry does not know, the first one stated whose clause says
 * the same thing.
 */
function* differing(groups: Map<string, Entry[]>, tolerance: number): Generator<{entry: Entry; first: Entry; slip: number | undefined}> {
  for (const [key, group] of groups) {
    const agreeing = group.find(agrees)
    const same = key.startsWith('document:') ? sameInDocument : (a: ReadonlySet<string>, b: ReadonlySet<string>) => samePredicate(a, b, 2)
    // Figures the registry does not know: each against the first earlier one whose clause says the same thing.
    const earlier = group[0].predicate === undefined ? undefined : new PredicateIndex(group.map((entry) => entry.predicate!), same)
    for (const [index, entry] of group.entries()) {
      if (entry.predicate === undefined && (entry === (agreeing ?? group[0]) || (agreeing && agrees(entry)))) continue
      if (entry.predicate !== undefined && index === 0) continue
      const before = earlier?.firstBefore(index)
      const first = earlier ? (before === undefined ? undefined : group[before]) : agreeing ?? group[0]
      if (!first) continue
      // Rates of one registry claim are compared in the registry's period ("16 million a year" and "45,000 a day").
      const firstInterval = perRegistryPeriod(claimInterval(first.claim)!, first.factor)
      const interval = perRegistryPeriod(claimInterval(entry.claim)!, entry.factor)
      if (overlaps(interval, firstInterval)) continue
      yield {entry, first, slip: scaleSlip(midpoint(interval), midpoint(firstInterval), tolerance)}
    }
  }
}

/** The finding on `entry`, which differs from `first` (by the power of 1,000 `slip`, if it is a scale slip). */
function report(entry: Entry, first: Pick<Entry, 'doc' | 'place'> & {claim: Pick<Claim, 'text' | 'start' | 'end'>}, slip: number | undefined): Finding {
  const key = entry.key
  const where = entry.doc === first.doc ? first.place : `${first.doc.path}:${first.place}`
  const label = key.startsWith('registry:') ? key.slice('registry:'.length) : describeKey(key, entry.claim)
  const values = {found: entry.claim.text, other: first.claim.text, where, key: label}
  const extra = {
    sentence: entry.sentence,
    registryClaim: entry.registryClaim,
    note: entry.registryClaim ? registryNote(entry.registryClaim, entry.doc.lang) : undefined,
    related: [{path: first.doc.path, start: first.claim.start, end: first.claim.end, message: `\`${first.claim.text}\` stated here`}]
  }
  return slip
    ? finding(rule.meta, entry.doc, 'scale', {...values, ...scaleSlipValues(entry.claim, slip, entry.doc.lang)}, entry.claim, extra)
    : finding(rule.meta, entry.doc, 'differs', values, entry.claim, extra)
}

/**
 * What the check, its messages and the report read of a figure (its place,
 * text, value, bounds, step, qualifier, scale word, unit and noun): the
 * rest of the claim is not kept for the run.
 */
function figureOf(claim: Claim): Claim {
  const {kind, start, end, text, value, min, max, step, qualifier, scale, unit, noun} = claim
  return {kind, start, end, text, value, min, max, step, qualifier, scale, unit, noun}
}

/** Whether a figure agrees with its registry value, a rate in the registry's period. */
function agrees(entry: Entry): boolean {
  if (entry.factor === 1) return agreesWith(entry.claim, entry.registryClaim?.value)
  return entry.registryClaim?.value !== undefined && overlaps(perRegistryPeriod(claimInterval(entry.claim)!, entry.factor), registryInterval(entry.registryClaim.value))
}

/** A figure's interval in its registry rate's period: "16 million a year" is about 44,000 a day. */
function perRegistryPeriod(interval: Interval, factor: number): Interval {
  return factor === 1 ? interval : {...interval, min: interval.min / factor, max: interval.max / factor}
}

export default rule

/** A figure as `collect` takes it: plain data (a registry claim by its id), kept by the run and by `--cache`. */
interface Collected {
  /** Its identity: `registry:<id>`, or the key of a claim the registry does not know (`silentKey`). */
  key: string
  /** The figure (`figureOf`). */
  claim: Claim
  registryClaim?: string
  /** For a registry rate: the factor from the registry's period to the figure's (1 otherwise). */
  factor: number
  /** For a claim the registry does not know: the words of its clause (`predicateOf`). */
  predicate?: string[]
  /** Where it stands in its document, `line:column`, for messages. */
  place: string
  /** Its sentence's start and end: a finding's fingerprint is made from the sentence's text. */
  sentenceStart: number
  sentenceEnd: number
  /** For a figure compared within its document when collected: the earlier figure it differs from. */
  other?: {text: string; start: number; end: number; place: string}
  /** With `other`: the power of 1,000 between them when it is a scale slip. */
  slip?: number
}

interface Entry {
  doc: Pick<CollectedDocument, 'path' | 'lang'>
  key: string
  claim: Claim
  registryClaim?: RegistryClaim
  factor: number
  predicate?: Set<string>
  place: string
  sentence: {start: number; end: number}
}

/** One string for each word and key, however many figures of the run hold it. */
const strings = new Map<string, string>()

function shared(value: string): string {
  let found = strings.get(value)
  if (found === undefined) {
    if (strings.size >= 200_000) strings.clear()
    strings.set(value, (found = value))
  }
  return found
}

function isFigure(claim: Claim): boolean {
  return claim.kind === 'money' || claim.kind === 'quantity' || claim.kind === 'percent'
}

/**
 * Identity of a claim the registry does not know: language, kind, unit, the
 * subject (the entity named first, before the figure), the other entities
 * and the absolute years of the sentence; two claims with one identity are
 * the same claim when their clauses also say the same thing (`predicateOf`).
 * Only the registry ties a claim across languages, since a bag of words
 * cannot tell "gave" from "aportó". A figure whose sentence names no entity
 * is keyed by its document instead of its subject, so it meets only the
 * figures of that document. Without a registry there are no entities, and a
 * bare count of a noun is too weak an identity: such figures are left alone.
 */
function silentKey(doc: DocumentClaims, sentence: Sentence, claim: Claim, registry: Registry | undefined): string | undefined {
  if (!registry) return undefined
  if (claim.kind === 'quantity' && !claim.noun && !claim.unit) return undefined
  const lang = doc.lang
  const mentions = indexOf(registry).mentions(sentence)
  // No entity named: compared within the document only, and only figures written in digits ("La empresa abastece a 1,9 millones de usuarios" … "1,6 millones").
  if (mentions.length === 0) return /\d/.test(claim.text) && !inListTableOrQuote(doc, sentence) ? ['document:' + doc.path, lang, claim.kind, unitOf(claim), sentenceYears(sentence)].join('|') : undefined
  if (claim.kind === 'quantity' && !claim.noun) return undefined
  const subject = (mentions.find((m) => m.end <= claim.start) ?? mentions[0]).entity
  const entities = [...new Set(mentions.map((m) => m.entity))].sort().join(',')
  return [lang, claim.kind, unitOf(claim), subject, entities, sentenceYears(sentence)].join('|')
}

/**
 * Whether two clauses of one document whose sentences name no entity say
 * the same thing: at least four content words, and at most two words of the
 * longer clause missing from the shorter. Looser, on real prose it tied
 * "three cases where the primary bullet cannot be used" to "one case where
 * the primary bullet for ordered items cannot be used".
 */
function sameInDocument(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return samePredicate(a, b, 4) && Math.abs(a.size - b.size) <= 2
}

/**
 * Whether a sentence starts on a Markdown list item, table row or
 * blockquote line, or an indented (preformatted) one: rows and items of one
 * list state figures of different things in the same words ("> **Size
 * (gzip):** 489 bytes" for one bundle, 304 bytes for the next; a manual's
 * indented "4 one line for each keycode", "8 one line for each pair").
 */
function inListTableOrQuote(doc: DocumentClaims, sentence: Sentence): boolean {
  const lineStart = doc.text.lastIndexOf('\n', sentence.start - 1) + 1
  return /^(?:\t| {4})|^\s*(?:[>|*+-]|\d+[.)]\s)/.test(doc.text.slice(lineStart, sentence.start + 1))
}

/** What a figure counts or its currency, folded: `USD`, `proyecto`. */
function unitOf(claim: Claim): string {
  return claim.kind === 'money' ? claim.unit ?? '' : claim.noun ? variants(claim.unit ?? words(claim.noun.text)[0] ?? '').at(-1) ?? '' : normalize(claim.unit ?? '')
}

/** The absolute years a sentence names, sorted. */
function sentenceYears(sentence: Sentence): string {
  return sentence.claims
    .filter((c) => c.kind === 'year' && c.value !== undefined && !c.relative)
    .map((c) => c.value)
    .sort()
    .join(',')
}

/** A claim the registry does not know, named by its subject and what is counted: `japan: USD`, `japan: proyectos`; `usuarios` when its sentence names no entity. */
function describeKey(key: string, claim: Claim): string {
  const counted = claim.noun ? claim.noun.text : claim.unit ?? claim.kind
  // A figure whose sentence names no entity is named by what it counts alone.
  if (key.startsWith('document:')) return counted
  return `${key.split('|')[3]}: ${counted}`
}
