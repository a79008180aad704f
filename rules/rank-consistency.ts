/**
 * @file rank-consistency
 *
 * Ranks of the same entity on the same measure must agree: with the
 * registry, within a document, and across the documents of a run. "third
 * largest investor" and "tercer lugar entre 143 países que invierten" agree;
 * "largest trading partner" and "segundo socio comercial" do not.
 *
 * A rank is the same claim as another when both match the same registry
 * rank claim (by entities, terms and the ranked noun, in either language),
 * or, without one, when they share the subject entity, the ranked noun and
 * the superlative ("largest", "mayor") in the same language.
 *
 * @example valid.es.txt
 *   Japón es el tercer mayor inversor en Vietnam, con proyectos de inversión en todo el país.
 *
 * @example invalid.en.txt
 *   Japan is the second largest investor in Vietnam, with investment projects across the country.
 *
 * @output
 *   1:14-1:37 error Unexpected rank 2 in `second largest investor` for `jp-rank-investor-in-vn`, expected rank 3 of 143
 */
import type {Claim, Lang, Sentence} from '../src/types.js'
import type {CollectedDocument, Finding} from '../src/rule-kit/index.js'
import {defineRule, finding, noOptions, indexOf, placesIn, registryNote, variants, words, packOf} from '../src/rule-kit/index.js'
import type {Registry, RegistryClaim} from '../src/registry/types.js'

const id = 'rank-consistency'

const messages = {
  registry: 'Unexpected rank {found} in `{text}` for `{claim}`, expected rank {expected}',
  inconsistent: 'Unexpected rank {found} in `{text}`, expected rank {other} as stated in `{otherText}` at {where}'
}

const rule = defineRule({
  meta: {
    id,
    description: 'Ranks of the same entity on the same measure must agree with the registry and with each other.',
    severity: 'error',
    needsRegistry: false,
    scope: 'run',
    messages,
    schema: noOptions,
    defaults: {}
  },
  // What each document gives the run: its ranks, with their identity, taken as the document is linted.
  collect(doc, context): Collected[] {
    const entries: Collected[] = []
    const placeOf = placesIn(doc)
    for (const sentence of doc.sentences) {
      for (const claim of sentence.claims) {
        if (claim.kind !== 'rank' || claim.value === undefined) continue
        const registryClaim = doc.matches.get(claim)?.registryClaim
        const at = {claim, place: placeOf(claim.start, false), sentenceStart: sentence.start, sentenceEnd: sentence.end}
        if (registryClaim?.kind === 'rank' && registryClaim.rank !== undefined && registryClaim.rank !== claim.value) {
          entries.push({...at, registryClaim: registryClaim.id, wrong: true})
          continue
        }
        const key = registryClaim?.kind === 'rank' ? 'registry:' + registryClaim.id : silentKey(doc.lang, sentence, claim, context.registry)
        if (key) entries.push({...at, registryClaim: registryClaim?.id, key})
      }
    }
    return entries
  },
  checkCollected(docs, context) {
    const findings: Finding[] = []
    const index = context.registry && indexOf(context.registry)
    const groups = new Map<string, Array<{doc: CollectedDocument; entry: Collected; registryClaim?: RegistryClaim}>>()

    for (const doc of docs) {
      for (const entry of doc.data) {
        const registryClaim = entry.registryClaim === undefined ? undefined : index?.claim(entry.registryClaim)
        if (entry.wrong && registryClaim) {
          findings.push(registryFinding(doc, entry, registryClaim))
          continue
        }
        if (!entry.key) continue
        const group = groups.get(entry.key) ?? []
        group.push({doc, entry, registryClaim})
        groups.set(entry.key, group)
      }
    }

    for (const group of groups.values()) {
      const [first, ...rest] = group
      for (const {doc, entry, registryClaim} of rest) {
        const claim = entry.claim
        if (claim.value === first.entry.claim.value) continue
        const values = {
          found: claim.value!,
          text: claim.text,
          other: first.entry.claim.value!,
          otherText: first.entry.claim.text,
          where: first.doc === doc ? first.entry.place : `${first.doc.path}:${first.entry.place}`
        }
        findings.push(
          finding(rule.meta, doc, 'inconsistent', values, claim, {
            sentence: {start: entry.sentenceStart, end: entry.sentenceEnd},
            registryClaim,
            related: [{path: first.doc.path, start: first.entry.claim.start, end: first.entry.claim.end, message: 'Rank stated here'}]
          })
        )
      }
    }

    return findings
  }
})

/** A rank as `collect` takes it: plain data (a registry claim by its id), kept by the run and by `--cache`. */
interface Collected {
  claim: Claim
  registryClaim?: string
  /** A rank the registry gives otherwise: reported on its own. */
  wrong?: true
  /** Its identity among the run's ranks: `registry:<id>` or its subject, noun and superlative (`silentKey`). */
  key?: string
  /** Where it stands in its document, `line:column`, for messages. */
  place: string
  /** Its sentence's start and end, for the finding's fingerprint. */
  sentenceStart: number
  sentenceEnd: number
}

export default rule

function registryFinding(doc: CollectedDocument, entry: Collected, registryClaim: RegistryClaim): Finding {
  const {claim} = entry
  const expected = `${registryClaim.rank}${registryClaim.outOf ? ` of ${registryClaim.outOf}` : ''}`
  const suggestion = reword(claim, registryClaim.rank!, doc.lang)
  return finding(rule.meta, doc, 'registry', {found: claim.value!, text: claim.text, claim: registryClaim.id, expected}, claim, {
    expected: suggestion ? [suggestion] : [],
    sentence: {start: entry.sentenceStart, end: entry.sentenceEnd},
    registryClaim,
    note: registryNote(registryClaim, doc.lang)
  })
}

function silentKey(lang: Lang, sentence: Sentence, claim: Claim, registry: Registry | undefined): string | undefined {
  if (!registry || !claim.noun) return undefined
  const mentions = indexOf(registry).mentions(sentence)
  const subject = mentions.find((m) => m.end <= claim.start)
  if (!subject) return undefined
  const noun = words(claim.noun.text)
    .map((w) => variants(w).at(-1))
    .join(' ')
  // The superlative is part of the measure: "principal socio" and "segundo socio" may rank different things.
  return [lang, subject.entity, noun, claim.superlative ?? ''].join('|')
}


/**
 * The rank's text reworded for rank `rank`, if we know how: its ordinal word
 * replaced ("segundo socio" → "cuarto socio"), dropped before a superlative
 * for the first rank ("second largest" → "largest"), or added before a bare
 * superlative ("largest trading partner" → "fourth largest trading partner",
 * "mayor socio" → "cuarto mayor socio"); a word that means first on its own
 * ("principal", "top") gives way to the ordinal.
 */
function reword(claim: Claim, rank: number, lang: Lang): string | undefined {
  const text = claim.text
  // Ordinal words by rank (masculine forms as used before a noun) and the words that say "first"
  // without one ("principal socio" → "cuarto socio"), from the language pack.
  const {ordinals, ordinalForms, firstWords} = packOf(lang).format
  const target = ordinals[rank - 1]
  const all = [...ordinals, ...ordinalForms]
  for (const word of all) {
    const match = wordAt(text, word)
    if (!match) continue
    const superlative = claim.superlative ? wordAt(text.slice(match.index + match[0].length), claim.superlative) : undefined
    if (rank === 1 && superlative?.index === 1) {
      // "second largest partner" → "largest partner".
      const rest = text.slice(match.index + match[0].length + 1)
      return text.slice(0, match.index) + (/^\p{Lu}/u.test(match[0]) ? capital(rest) : rest)
    }

    if (!target) return undefined
    return text.slice(0, match.index) + sameCase(match[0], target) + text.slice(match.index + match[0].length)
  }

  if (!target || !claim.superlative) return undefined
  const match = wordAt(text, claim.superlative)
  if (!match) return undefined
  if (firstWords.includes(match[0].toLowerCase())) {
    return text.slice(0, match.index) + sameCase(match[0], target) + text.slice(match.index + match[0].length)
  }

  if (rank === 1) return undefined
  return text.slice(0, match.index) + sameCase(match[0], target) + ' ' + match[0].toLowerCase() + text.slice(match.index + match[0].length)
}

function wordAt(text: string, word: string): RegExpExecArray | null {
  return new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').exec(text)
}

function sameCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? capital(word) : word
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
