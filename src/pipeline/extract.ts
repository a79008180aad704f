/**
 * Extract: the claims of each sentence of a parsed document. The grammar
 * lives in `src/extract/`; this step only hands it the tree and settles the
 * document's decimal separator from its own unambiguous figures (see
 * `docs/extraction.md`, "Separators").
 */
import type {Sentence} from '../types.js'
import {packOf} from '../lang/index.js'
import type {Root} from 'nlcst'
import type {ParsedDocument, ParseOptions} from './parse.js'
import {Extractor, extractFromNlcst} from '../extract/index.js'
import {KeptSentence} from './keep.js'

export function extractDocument(parsed: ParsedDocument): Sentence[] {
  return extractFromNlcst(parsed.tree, parsed.text, {lang: parsed.lang, decimal: decimalSeparator(parsed)})
}

/**
 * Extract a document piece by piece as `parseDocument` makes its pieces
 * (its `onPiece` option), each sentence packed as soon as it is read
 * (`KeptSentence`: its tokens as numbers, no tree nodes), so that what a
 * large document holds at once is one piece's tree and its packed
 * sentences, not the nlcst of the whole (about 130 bytes per byte of
 * Markdown). Pass `onPiece` to `parseDocument`, then call `sentences()`.
 */
export function pieceByPiece(): {onPiece: NonNullable<ParseOptions['onPiece']>; sentences: () => Sentence[]} {
  let extractor: Extractor | undefined
  const sentences: Sentence[] = []
  const keep = (read: Sentence[]) => {
    for (const sentence of read) sentences.push(new KeptSentence(sentence))
  }
  return {
    onPiece(children, document) {
      extractor ??= new Extractor(document.text, {lang: document.lang, decimal: decimalSeparator(document)}, document.contiguous)
      extractor.add({type: 'RootNode', children} as Root)
      keep(extractor.take())
    },
    sentences() {
      if (extractor) keep(extractor.finish())
      return sentences
    }
  }
}

/**
 * Spain writes 19,5 and 1.500; Mexico and English write 19.5 and 1,500.
 * Figures such as `1.500.000` or `19,5 millones` settle which one a document
 * uses; otherwise the language's default holds.
 */
export function decimalSeparator(parsed: Pick<ParsedDocument, 'text' | 'lang'>): ',' | '.' {
  const fallback = packOf(parsed.lang).format.decimal
  let comma = 0
  let dot = 0
  // Two or more groups of three with the same separator: a thousands separator.
  for (const match of parsed.text.matchAll(/\d{1,3}(?:([.,])\d{3})(?:\1\d{3})+(?!\d)/g)) {
    if (match[1] === '.') comma++
    else dot++
  }

  // One or two digits after the separator before a scale word: a decimal separator.
  for (const match of parsed.text.matchAll(/\d([.,])\d{1,2}\s+(?:mil|mill|bill|trill|bn|m\b|k\b)/gi)) {
    if (match[1] === ',') comma++
    else dot++
  }

  if (comma > dot) return ','
  if (dot > comma) return '.'
  return fallback
}
