/**
 * A large Markdown, text or HTML document is extracted piece by piece as it is parsed
 * (`pieceByPiece`, src/pipeline/extract.ts): its sentences, tokens and
 * claims must be those of extracting the whole tree, and the engine must
 * give such a document the findings of the same text linted whole.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/pipeline/parse.js'
import {extractDocument, pieceByPiece} from '../../src/pipeline/extract.js'
import {lintDocuments, streamAbove} from '../../src/engine.js'
import {loadRegistrySync} from '../../src/registry/load.js'
import type {Sentence} from '../../src/types.js'

/** The Markdown (or text) files of the corpus and the examples, frontmatter dropped, one after another: lists, tables, quotes, HTML comments, code. */
function corpusOf(lang: 'en' | 'es', extension = 'md'): string {
  const files = [...fs.readdirSync('test/corpus', {recursive: true}).map(String).map((file) => path.join('test/corpus', file)), ...fs.readdirSync('examples').map((file) => path.join('examples', file))]
  return files
    .filter((file) => file.endsWith(`.${lang}.${extension}`))
    .sort()
    .map((file) => fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
    .join('\n\n')
}

/** What a rule reads of each sentence (the extractor's tokens carry more of its own). */
const plain = (sentences: Sentence[]) =>
  sentences.map((sentence) => ({
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    lang: sentence.lang,
    claims: sentence.claims,
    tokens: sentence.tokens.map(({text, start, end, type}) => ({text, start, end, type}))
  }))

describe('extraction piece by piece', () => {
  it.each(['en', 'es'] as const)('gives the sentences, tokens and claims of whole-tree extraction (%s corpus)', (lang) => {
    // A Spanish paragraph in the English document, and the other way round: blocks in their own language.
    const other =
      lang === 'en'
        ? 'El comercio entre Vietnam y Japón alcanzó casi 50 mil millones de dólares en 2022, según la aduana, que publicó las cifras el martes.'
        : 'Trade between Vietnam and Japan reached nearly $50 billion in 2022, officials said on Tuesday, when the customs office published the figures.'
    const text = `---\ndate: 2024-03-01\n---\n\n${corpusOf(lang)}\n\n${other}\n\n${corpusOf(lang)}`
    const file = () => new VFile({path: `big.${lang}.md`, value: text})
    const whole = extractDocument(parseDocument(file()))
    const streamed = pieceByPiece()
    const parsed = parseDocument(file(), {onPiece: streamed.onPiece})
    expect(parsed.tree.children).toEqual([])
    const pieces = streamed.sentences()
    expect(whole.length).toBeGreaterThan(200)
    expect(pieces.some((sentence) => sentence.lang !== undefined && sentence.lang !== lang)).toBe(true)
    expect(plain(pieces)).toEqual(plain(whole))
  })

  it.each(['en', 'es'] as const)('gives the sentences, tokens and claims of whole-tree extraction (%s text)', (lang) => {
    const text = `${corpusOf(lang, 'txt')}\n\n${corpusOf(lang === 'en' ? 'es' : 'en', 'txt')}\n\n${corpusOf(lang, 'txt')}`
    const file = () => new VFile({path: `big.${lang}.txt`, value: text})
    const whole = extractDocument(parseDocument(file()))
    const streamed = pieceByPiece()
    expect(parseDocument(file(), {onPiece: streamed.onPiece}).tree.children).toEqual([])
    const pieces = streamed.sentences()
    expect(whole.length).toBeGreaterThan(100)
    expect(pieces.some((sentence) => sentence.lang !== undefined && sentence.lang !== lang)).toBe(true)
    expect(plain(pieces)).toEqual(plain(whole))
  })

  it('hands an HTML page over block by block, with the same sentences', () => {
    const page =
      '<html lang="es"><head><meta name="date" content="2023-11-07"></head><body><h1>Comercio &amp; inversión</h1>' +
      '<p>En 2022, el comercio entre Vietnam y Japón alcanzó casi 50 mil millones<br>de dólares.</p>' +
      '<ul><li>Japón tiene más de 5.000 proyectos.</li><li>El capital supera los <b>70.000 millones</b> de dólares.</li></ul>' +
      '<blockquote lang="en"><p>Trade reached $12 billion in 2021, the ministry said.</p></blockquote>' +
      '<table><tr><td>106 proyectos</td><td>19,5 millones de dólares</td></tr></table><pre>1.000 no es prosa</pre></body></html>'
    const file = () => new VFile({path: 'page.es.html', value: page})
    const pieces: number[] = []
    const streamed = pieceByPiece()
    const parsed = parseDocument(file(), {onPiece: (children, document) => (pieces.push(children.length), streamed.onPiece(children, document))})
    expect(parsed.tree.children).toEqual([])
    expect(pieces.length).toBe(7)
    const whole = extractDocument(parseDocument(file()))
    expect(whole.map((sentence) => sentence.lang)).toContain('en')
    expect(plain(streamed.sentences())).toEqual(plain(whole))
  })

  it('gives a document over the threshold the findings of the same text under it', async () => {
    const registry = loadRegistrySync('claims.yaml')
    const article = 'The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n\nJapan has more than five projects worth over $70 billion in Vietnam.\n\n'
    const filler = 'The ministry said the plan covers roads, ports and rail lines across the north of the country.\n\n'
    const big = article + filler.repeat(Math.ceil(streamAbove / filler.length))
    expect(big.length).toBeGreaterThan(streamAbove)
    const [small] = await lintDocuments([{path: 'small.en.md', text: '---\ndate: 2023-11-07\n---\n\n' + article}], {registry})
    const [large] = await lintDocuments([{path: 'large.en.md', text: '---\ndate: 2023-11-07\n---\n\n' + big}], {registry, maxFileSize: 10 * streamAbove})
    const summary = (file: VFile) => file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
    expect(summary(small).length).toBeGreaterThan(0)
    expect(summary(large)).toEqual(summary(small))
  })

  it('gives an HTML page over the threshold the findings of the same page under it', async () => {
    const registry = loadRegistrySync('claims.yaml')
    const head = '<html lang="en"><head><meta name="date" content="2023-11-07"></head><body>\n'
    const article = '<p>The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.</p>\n<p>Japan has more than five projects worth over $70 billion in Vietnam.</p>\n'
    const filler = '<p>The ministry said the plan covers roads, ports and rail lines across the north of the country.</p>\n'
    const big = head + article + filler.repeat(Math.ceil(streamAbove / filler.length)) + '</body></html>\n'
    expect(big.length).toBeGreaterThan(streamAbove)
    const [small] = await lintDocuments([{path: 'small.en.html', text: head + article + '</body></html>\n'}], {registry})
    const [large] = await lintDocuments([{path: 'large.en.html', text: big}], {registry, maxFileSize: 10 * streamAbove})
    const summary = (file: VFile) => file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
    expect(summary(small)).toEqual(['2:13 anniversary-year Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'])
    expect(summary(large)).toEqual(summary(small))
  })
})
