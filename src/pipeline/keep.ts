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

/**
 * The document with no sentence kept: when every run rule collects what it
 * needs as the document is linted (`Rule.collect`), the run keeps only
 * where the document is and its text, for placing findings.
 */
export function keepText(doc: DocumentClaims): DocumentClaims {
  return {...doc, sentences: [], matches: new Map(), sentenceOf: new Map()}
}

/**
 * A kept sentence as plain data: one number a token (see `packed()`), and
 * the texts of the tokens that are no slice of the sentence, by index.
 */
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
    let end = packed.start
    for (let index = 0; index < packed.tokens.length; index++) {
      let code = packed.tokens[index]
      // A token that does not start where the last one ended is preceded by its start, negated.
      const start = code < 0 ? -code - 1 : end
      if (code < 0) code = packed.tokens[++index]
      end = start + Math.floor(code / types.length)
      const text = packed.texts?.[tokens.length] ?? packed.text.slice(start - packed.start, end - packed.start)
      tokens.push({text, start, end, type: types[code % types.length]})
    }
    return new KeptSentence({text: packed.text, start: packed.start, end: packed.end, claims: packed.claims, lang: packed.lang, tokens})
  }

  /**
   * The sentence as plain data, for JSON: each token as one number, its
   * length times five plus its type, since a token nearly always starts
   * where the last one ended (a cache of 1,000 articles held 10 MB of
   * tokens as three numbers each, 3.4 MB so).
   */
  packed(): PackedSentence {
    const tokens: number[] = []
    let end = this.start
    for (let index = 0; index < this.#packed.length; index += 3) {
      if (this.#packed[index] !== end) tokens.push(-this.#packed[index] - 1)
      tokens.push((this.#packed[index + 1] - this.#packed[index]) * types.length + this.#packed[index + 2])
      end = this.#packed[index + 1]
    }
    return {
      text: this.text,
      start: this.start,
      end: this.end,
      lang: this.lang,
      claims: this.claims,
      tokens,
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
