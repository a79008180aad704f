/**
 * Match: each claim of each sentence against the registry index. The result
 * is the `DocumentClaims` every rule reads.
 */
import type {Claim, Sentence} from '../types.js'
import type {DocumentClaims, DocumentDate, Match} from '../rule.js'
import type {RegistryIndex, MatchResult} from '../registry/index.js'
import type {ParsedDocument} from './parse.js'
import {formatDate} from './parse.js'

export interface MatchedDocument {
  doc: DocumentClaims
  /** Every claim's match result, ties included, for `--explain`. */
  results: Map<Claim, MatchResult>
}

export function matchDocument(
  path: string,
  parsed: Pick<ParsedDocument, 'lang' | 'date' | 'text'>,
  sentences: Sentence[],
  index: RegistryIndex | undefined
): MatchedDocument {
  const matches = new Map<Claim, Match>()
  const results = new Map<Claim, MatchResult>()
  const sentenceOf = new Map<Claim, Sentence>()
  const date = parsed.date ? formatDate(parsed.date) : undefined

  for (const sentence of sentences) {
    const mentions = index && sentence.claims.length > 0 ? index.mentions(sentence) : []
    for (const claim of sentence.claims) {
      sentenceOf.set(claim, sentence)
      if (!index) continue
      const result = index.match(claim, sentence, parsed.lang, mentions, date)
      results.set(claim, result)
      if (result.match) {
        matches.set(claim, {claim, registryClaim: result.match.registryClaim, score: result.match.score})
      }
    }
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
