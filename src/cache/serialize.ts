/**
 * A linted document as plain data, and back: what `--cache` keeps of each
 * file between runs, so an unchanged file is neither parsed nor extracted
 * nor checked again. It holds the file's own messages (parse problems and
 * document-rule findings), its directive comments, and what the run rules
 * read of it (`keepForRun`: the sentences holding claims with their
 * tokens packed, the claims' registry matches by claim id; the text is the
 * file's, read again to check its key).
 */
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {DocumentClaims, DocumentDate, Match} from '../rule.js'
import type {Claim, Lang} from '../types.js'
import type {Registry} from '../registry/types.js'
import {indexOf} from '../registry/index.js'
import type {Directive} from '../pipeline/directives.js'
import {KeptSentence, keepForRun, type PackedSentence} from '../pipeline/keep.js'

export interface StoredDocument {
  path: string
  lang: Lang
  date?: DocumentDate
  /** The text claims index into, when it is not the file's own (a blanked date marker); else the file's. */
  text?: string
  sentences: PackedSentence[]
  /** [sentence index, claim index, registry claim id, score, rate]. */
  matches: Array<[number, number, string, number, Match['rate'] | null]>
}

export interface StoredFile {
  lang?: Lang
  date?: DocumentDate
  messages: StoredMessage[]
  directives: Directive[]
  /** What the run rules read; absent when no run rule is enabled. */
  doc?: StoredDocument
  /** What the run rules that collect took of the document, by rule id (`Rule.collect`). */
  collected?: Record<string, unknown>
}

type StoredMessage = Record<string, unknown> & {reason: string; cause?: StoredMessage}

/** A document as the run rules read it, as data; `value` is the file's text, not stored again. */
export function storeDocument(doc: DocumentClaims, value: string): StoredDocument {
  const kept = doc.sentences.every((sentence) => sentence instanceof KeptSentence) ? doc : keepForRun(doc)
  // A sentence's text is a slice of the document's (stored once).
  const sentences = kept.sentences.map((sentence) => ({...(sentence as KeptSentence).packed(), text: ''}))
  const matches: StoredDocument['matches'] = []
  kept.sentences.forEach((sentence, s) => {
    sentence.claims.forEach((claim, c) => {
      const match = kept.matches.get(claim)
      if (match) matches.push([s, c, match.registryClaim.id, match.score, match.rate ?? null])
    })
  })
  return {path: doc.path, lang: doc.lang, date: doc.date, text: doc.text === value ? undefined : doc.text, sentences, matches}
}

/**
 * The document back, its matches tied to `registry`'s claims by id (the
 * cache key covers the registry, so every id is there); undefined when one
 * is not. `value` is the file's text.
 */
export function restoreDocument(stored: StoredDocument, registry: Registry | undefined, value: string): DocumentClaims | undefined {
  const text = stored.text ?? value
  const sentences = stored.sentences.map((packed) => KeptSentence.fromPacked({...packed, text: text.slice(packed.start, packed.end)}))
  const sentenceOf = new Map<Claim, KeptSentence>()
  for (const sentence of sentences) for (const claim of sentence.claims) sentenceOf.set(claim, sentence)
  const matches = new Map<Claim, Match>()
  const index = registry && indexOf(registry)
  for (const [s, c, id, score, rate] of stored.matches) {
    const registryClaim = index?.claim(id)
    const claim = sentences[s]?.claims[c]
    if (!registryClaim || !claim) return undefined
    matches.set(claim, rate ? {claim, registryClaim, score, rate} : {claim, registryClaim, score})
  }
  return {path: stored.path, lang: stored.lang, date: stored.date, text, sentences, matches, sentenceOf}
}

/** A vfile message as data: its own fields, its cause too. */
export function storeMessage(message: VFileMessage): StoredMessage {
  const stored: StoredMessage = {reason: message.reason}
  for (const [key, value] of Object.entries(message)) {
    if (key === 'stack' || key === 'cause' || value === undefined) continue
    stored[key] = value
  }
  if (message.cause instanceof VFileMessage) stored.cause = storeMessage(message.cause)
  return stored
}

/** The message back, on `file`. */
export function restoreMessage(stored: StoredMessage, file: VFile | undefined): VFileMessage {
  const {reason, cause, ...fields} = stored
  const message = new VFileMessage(reason)
  Object.assign(message, fields)
  if (cause) message.cause = restoreMessage(cause, undefined)
  if (file) file.messages.push(message)
  return message
}
