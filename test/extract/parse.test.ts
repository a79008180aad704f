/**
 * parseText and extractFromNlcst: positions of a chunked parse are those of
 * the whole text, sentences carry their tokens, and Markdown trees (offsets
 * into the Markdown source, inline code as SourceNode) are read correctly.
 */
import {describe, expect, it} from 'vitest'
import {ParseLatin} from 'parse-latin'
import {ParseEnglish} from 'parse-english'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {toNlcst} from 'mdast-util-to-nlcst'
import {VFile} from 'vfile'
import type {Root as MdastRoot} from 'mdast'
import type {Root} from 'nlcst'
import {extractFromNlcst, extractSentences, parseText} from '../../src/extract/index.js'

function leaves(tree: Root): string[] {
  const out: string[] = []
  const walk = (node: {type: string; children?: unknown[]; position?: unknown}) => {
    if (node.children) for (const child of node.children) walk(child as typeof node)
    else out.push(`${node.type} ${JSON.stringify(node.position)}`)
  }

  walk(tree as never)
  return out
}

describe('parseText', () => {
  it('gives every node the position a single parse of the whole text gives (several chunks, CRLF, blank lines)', () => {
    let text = ''
    for (let i = 0; i < 900; i++) {
      text += `${i % 7 === 0 ? '\r\n' : ''}Línea ${i}: el país creció 19,5% en 2022.\n${i % 5 === 0 ? '\n' : ''}`
    }

    expect(text.length).toBeGreaterThan(3 * 8192)
    expect(leaves(parseText(text, 'es'))).toEqual(leaves(new ParseLatin().parse(text)))
  })

  it('matches parse-english on a short English text', () => {
    const text = 'Trade rose 12%.\n\nIt reached $50 billion in 2022.'
    expect(leaves(parseText(text, 'en'))).toEqual(leaves(new ParseEnglish().parse(text)))
  })

  it('returns an empty root for empty text', () => {
    expect(parseText('', 'en').children).toEqual([])
  })
})

describe('extractSentences', () => {
  it('returns sentences with offsets, text and tokens (white space included)', () => {
    const text = 'Hubo 12 acuerdos. Luego, 3 más.'
    const sentences = extractSentences(text, {lang: 'es'})
    expect(sentences.map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 17, 'Hubo 12 acuerdos.'],
      [18, 31, 'Luego, 3 más.']
    ])
    expect(sentences[0].tokens.map((t) => [t.type, t.text])).toEqual([
      ['word', 'Hubo'],
      ['whitespace', ' '],
      ['number', '12'],
      ['whitespace', ' '],
      ['word', 'acuerdos'],
      ['punctuation', '.']
    ])
    expect(sentences[0].claims.map((c) => c.text)).toEqual(['12 acuerdos'])
  })

  it('builds a sentence’s tokens from its own document after other documents were read', () => {
    // Extraction lexes from a buffer the next extraction overwrites; tokens asked for later must not read it.
    const first = extractSentences('Hubo 12 acuerdos.', {lang: 'es'})
    extractSentences('Vinieron 950 turistas y 40 barcos ayer.', {lang: 'es'})
    expect(first[0].tokens.filter((t) => t.type !== 'whitespace').map((t) => [t.type, t.text, t.start, t.end])).toEqual([
      ['word', 'Hubo', 0, 4],
      ['number', '12', 5, 7],
      ['word', 'acuerdos', 8, 16],
      ['punctuation', '.', 16, 17]
    ])
  })

  it('cuts tokens at letter/digit boundaries so glued figures have offsets', () => {
    const [sentence] = extractSentences('el 50aniversario', {lang: 'es'})
    expect(sentence.tokens.filter((t) => t.type !== 'whitespace').map((t) => [t.text, t.start, t.end])).toEqual([
      ['el', 0, 2],
      ['50', 3, 5],
      ['aniversario', 5, 16]
    ])
  })

  it('reads sentences in document order across batches and paragraphs, each with its own claims', () => {
    // Sentences are read in batches (lexed, repaired, then read together): 70 sentences in 7 paragraphs span three batches.
    const paragraphs: string[] = []
    for (let p = 0; p < 7; p++) {
      const sentences: string[] = []
      for (let s = 0; s < 10; s++) sentences.push(`Ese día salieron ${(p * 10 + s) * 3 + 1} motores.`)
      paragraphs.push(sentences.join(' '))
    }

    const text = paragraphs.join('\n\n')
    const sentences = extractSentences(text, {lang: 'es'})
    expect(sentences).toHaveLength(70)
    for (const [n, sentence] of sentences.entries()) {
      expect(sentence.text).toBe(`Ese día salieron ${n * 3 + 1} motores.`)
      expect(sentence.claims.map((c) => [c.text, c.value, text.slice(c.start, c.end)])).toEqual([[`${n * 3 + 1} motores`, n * 3 + 1, `${n * 3 + 1} motores`]])
    }
  })
})

describe('extractFromNlcst over a parseText tree', () => {
  // A tree from parseText is lexed span by span without walking its leaves;
  // a structural copy of it (not from parseText) is walked leaf by leaf.
  // Both must give the same tokens and claims.
  const text =
    'El 50aniversario llegó en 2023.  Japón, el cuartosocio, invirtió\u00a019,5 millones de dólares (unos 2.800 millones de yenes)…\r\n\r\n' +
    'Trade  rose 12.5% to $48.2 billion; “more than 5,000” projects\tstarted in the 1990s, e.g. at 10:30 on 21/09/1973.'

  for (const lang of ['es', 'en'] as const) {
    it(`gives the tokens and claims a walk of the tree gives (${lang})`, () => {
      const tree = parseText(text, lang)
      const copy = structuredClone(tree) as Root
      const direct = extractFromNlcst(tree, text, {lang})
      const walked = extractFromNlcst(copy, text, {lang})
      const view = (sentences: typeof direct) =>
        sentences.map((s) => ({start: s.start, end: s.end, tokens: s.tokens.map((t) => [t.type, t.text, t.start, t.end]), claims: s.claims}))
      expect(direct.length).toBeGreaterThan(2)
      expect(view(direct)).toEqual(view(walked))
      // A run of white space inside a sentence is one token, as nlcst has it.
      expect(direct.flatMap((s) => s.tokens).filter((t) => t.type === 'whitespace' && t.text === '  ')).toHaveLength(1)
    })
  }
})

describe('extractFromNlcst over Markdown', () => {
  const source = '# Informe\n\nJapón invirtió **19,5 millones de dólares** en `2022` y en 2023.\n'
  const file = new VFile({path: 'a.md', value: source})
  const mdast = unified().use(remarkParse).parse(file) as MdastRoot
  const tree = toNlcst(mdast, file, ParseLatin)

  it('takes offsets from the Markdown source, across emphasis markers', () => {
    const claims = extractFromNlcst(tree, source, {lang: 'es'}).flatMap((s) => s.claims)
    const money = claims.find((c) => c.kind === 'money')
    expect(money).toMatchObject({value: 19.5e6, unit: 'USD', text: '19,5 millones de dólares'})
    expect(source.slice(money!.start, money!.end)).toBe('19,5 millones de dólares')
  })

  it('reads nothing inside inline code', () => {
    const claims = extractFromNlcst(tree, source, {lang: 'es'}).flatMap((s) => s.claims)
    expect(claims.filter((c) => c.kind === 'year').map((c) => c.text)).toEqual(['2023'])
  })
})
