/**
 * Keep: what a run holds of a document once its document rules are done,
 * for the run rules (the cross-document checks) that need every document at
 * the end. A document is reduced to its text, the sentences that hold
 * claims and the claims' matches; each kept sentence stores its tokens
 * packed (three integers a token, plus the text of the rare token that is
 * not a plain slice of the source, such as a decoded HTML entity) and
 * rebuilds the token objects when a rule reads them.
 *
 * Measured on 825 news articles (docs/performance.md): a sentence as the
 * extractor returns it holds its part of the nlcst tree, about 300 KB a
 * document; token objects kept as they are, about 70 KB; packed, the run
 * holds a few KB a document beyond its claims and messages.
 */
import type {DocumentClaims} from '../rule.js'
import type {Claim, Lang, Sentence, Token} from '../types.js'

const types: ReadonlyArray<Token['type']> = ['word', 'number', 'punctuation', 'symbol', 'whitespace']

/** The document as the run rules see it (the same fields; fewer sentences, packed tokens). */
export function keepForRun(doc: DocumentClaims): DocumentClaims {
  const sentences: Sentence[] = []
  const sentenceOf = new Map<Claim, Sentence>()
  for (const sentence of doc.sentences) {
    if (sentence.claims.length === 0) continue
    const kept = new KeptSentence(sentence)
    sentences.push(kept)
    for (const claim of sentence.claims) sentenceOf.set(claim, kept)
  }

  return {...doc, sentences, sentenceOf}
}

/** A kept sentence as plain data: three integers a token (start, end, type), and the texts that are no slice of the sentence. */
export interface PackedSentence {
  text: string
  start: number
  end: number
  lang: Lang | undefined
  claims: Claim[]
  tokens: number[]
  texts?: Record<number, string>
}

export class KeptSentence implements Sentence {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly claims: Claim[]
  readonly lang: Lang | undefined
  /** Start, end and type index of each token. */
  readonly #packed: Int32Array
  /** Texts of the tokens that are not the slice of the sentence at their offsets. */
  readonly #texts: Map<number, string> | undefined

  /** A kept sentence as `packed()` gave it (from the cache or a shard's claims file). */
  static fromPacked(packed: PackedSentence): KeptSentence {
    const tokens: Token[] = []
    for (let index = 0; index < packed.tokens.length / 3; index++) {
      const start = packed.tokens[index * 3]
      const end = packed.tokens[index * 3 + 1]
      const text = packed.texts?.[index] ?? packed.text.slice(start - packed.start, end - packed.start)
      tokens.push({text, start, end, type: types[packed.tokens[index * 3 + 2]]})
    }
    return new KeptSentence({text: packed.text, start: packed.start, end: packed.end, claims: packed.claims, lang: packed.lang, tokens})
  }

  /** The sentence as plain data, for JSON. */
  packed(): PackedSentence {
    return {
      text: this.text,
      start: this.start,
      end: this.end,
      lang: this.lang,
      claims: this.claims,
      tokens: [...this.#packed],
      texts: this.#texts ? Object.fromEntries(this.#texts) : undefined
    }
  }

  constructor(sentence: Sentence) {
    this.text = sentence.text
    this.start = sentence.start
    this.end = sentence.end
    this.claims = sentence.claims
    this.lang = sentence.lang
    const tokens = sentence.tokens
    this.#packed = new Int32Array(tokens.length * 3)
    let texts: Map<number, string> | undefined
    for (const [index, token] of tokens.entries()) {
      this.#packed[index * 3] = token.start
      this.#packed[index * 3 + 1] = token.end
      this.#packed[index * 3 + 2] = types.indexOf(token.type)
      if (token.text !== this.#slice(token.start, token.end)) (texts ??= new Map()).set(index, token.text)
    }
    this.#texts = texts
  }

  /** Built anew at each read: the rules read a kept sentence's tokens once or twice, at the end of the run. */
  get tokens(): Token[] {
    const tokens: Token[] = []
    for (let index = 0; index < this.#packed.length / 3; index++) {
      const start = this.#packed[index * 3]
      const end = this.#packed[index * 3 + 1]
      tokens.push({text: this.#texts?.get(index) ?? this.#slice(start, end), start, end, type: types[this.#packed[index * 3 + 2]]})
    }
    return tokens
  }

  #slice(start: number, end: number): string {
    return this.text.slice(start - this.start, end - this.start)
  }
}
