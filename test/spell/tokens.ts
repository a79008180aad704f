/**
 * A small tokenizer for the spell tests, so they do not depend on the
 * extractor: letter runs are `word` tokens, digit runs `number`, space runs
 * `whitespace`, anything else one `punctuation` token per character, each
 * with its UTF-16 offsets.
 */
import type {Token} from '../../src/types.js'

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(/[\p{L}\p{M}]+|\p{Nd}+|\s+|./gsu)) {
    const value = match[0]
    const type: Token['type'] = /^[\p{L}\p{M}]/u.test(value) ? 'word' : /^\p{Nd}/u.test(value) ? 'number' : /^\s/u.test(value) ? 'whitespace' : 'punctuation'
    tokens.push({text: value, start: match.index, end: match.index + value.length, type})
  }
  return tokens
}
