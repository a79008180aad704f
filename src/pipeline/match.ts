/**
 * Match: each claim of each sentence against the registry index. The result
 * is the `DocumentClaims` every rule reads.
 */
import type {Claim, Sentence} from '../types.js'
import type {DocumentClaims, DocumentDate, Match} from '../rule.js'
import type {Mention, RegistryIndex, MatchResult} from '../registry/index.js'
import {yearsOf} from '../registry/index.js'
import {agreesWith} from '../interval.js'
import type {ParsedDocument} from './parse.js'
import {formatDate} from './parse.js'

export interface MatchedDocument {
  doc: DocumentClaims
  /** Every claim's match result, ties included, for `--explain`; empty when not asked for. */
  results: Map<Claim, MatchResult>
}

/** Characters between a claim and the nearest mention of `entity` in its sentence. */
function distance(claim: Claim, mentions: Mention[], entity: string | undefined): number {
  let best = Number.POSITIVE_INFINITY
  for (const mention of mentions) {
    if (mention.entity !== entity) continue
    const gap = mention.end <= claim.start ? claim.start - mention.end : mention.start >= claim.end ? mention.start - claim.end : 0
    best = Math.min(best, gap)
  }

  return best
}

/** Match every claim of `sentences`; `keepResults: false` (no `--explain`) drops each sentence's match results once it is done. */
export function matchDocument(
  path: string,
  parsed: Pick<ParsedDocument, 'lang' | 'date' | 'text'>,
  sentences: Sentence[],
  index: RegistryIndex | undefined,
  keepResults = true
): MatchedDocument {
  const matches = new Map<Claim, Match>()
  const results = new Map<Claim, MatchResult>()
  const sentenceOf = new Map<Claim, Sentence>()
  const date = parsed.date ? formatDate(parsed.date) : undefined

  let paragraphStart = 0
  // Entities the document's opening (title and first paragraph) and the current paragraph name.
  const opening = new Set<string>()
  let paragraph = new Set<string>()
  for (const [n, sentence] of sentences.entries()) {
    // A blank line between two sentences starts a paragraph.
    if (n > 0 && /\n[^\S\n]*\n/.test(parsed.text.slice(sentences[n - 1].end, sentence.start))) {
      paragraphStart = n
      paragraph = new Set()
    }
    if (index && (n < 3 || paragraphStart === 0)) for (const m of index.mentions(sentence)) opening.add(m.entity)
    const context = new Set([...opening, ...paragraph])
    if (index) for (const m of index.mentions(sentence)) paragraph.add(m.entity)
    const mentions = index && sentence.claims.length > 0 ? index.mentions(sentence) : []
    const byRegistryClaim = new Map<string, Claim>()
    for (const claim of sentence.claims) {
      sentenceOf.set(claim, sentence)
      if (!index) continue
      const result = index.match(claim, sentence, sentence.lang ?? parsed.lang, mentions, date, context)
      // An anniversary whose event its own sentence does not name: the paragraph's, then the document's.
      if (!result.match && !result.tie && (claim.kind === 'anniversary' || yearsOf(claim, sentence))) {
        const found = index.eventFromContext(sentences.slice(paragraphStart, n + 1), sentences, sentence.lang ?? parsed.lang, claim.start)
        if (found.match) result.match = found.match
        result.reason = found.match ? undefined : `${result.reason ?? 'no event in the sentence'}; ${found.reason}`
      }
      results.set(claim, result)
      if (!result.match) continue
      const registryClaim = result.match.registryClaim
      // One figure of a sentence per registry claim (an event's year and its
      // anniversary play different parts): the one that agrees with the registry
      // value, if one does, else the one nearest a mention of its subject.
      const rival = registryClaim.kind === 'event' ? undefined : byRegistryClaim.get(registryClaim.id)
      if (rival) {
        const subject = registryClaim.about[0]
        const agree = agreesWith(claim, registryClaim.value)
        const better = agree !== agreesWith(rival, registryClaim.value) ? agree : distance(claim, mentions, subject) < distance(rival, mentions, subject)
        const [kept, dropped] = better ? [claim, rival] : [rival, claim]
        results.get(dropped)!.yieldedTo = kept
        matches.delete(dropped)
        if (kept === rival) continue
      }

      byRegistryClaim.set(registryClaim.id, claim)
      matches.set(claim, result.match.rate ? {claim, registryClaim, score: result.match.score, rate: result.match.rate} : {claim, registryClaim, score: result.match.score})
    }
    // A sentence's results are needed past it only by `--explain` (a 20 MB document held 150,000 of them).
    if (!keepResults) results.clear()
  }

  const doc: DocumentClaims = {
    path,
    lang: parsed.lang,
    date: parsed.date as DocumentDate | undefined,
    text: parsed.text,
    sentences,
    matches,
    sentenceOf
  }
  return {doc, results}
}
