/**
 * The language server re-parses a document at every edit, reusing the
 * Markdown pieces whose text did not change (`PieceCache`). Whatever the
 * edit, the tree and the findings must be those of a parse from scratch.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseDocument, PieceCache} from '../../src/pipeline/parse.js'
import {lintFiles} from '../../src/engine.js'
import {maxPiece, targetPiece} from '../../src/pipeline/blocks.js'

const english = [
  'Japan pledged about $440 million in 2022 for roads, ports and a metro line in the capital.',
  '- Trade reached nearly $50 billion last year, up 12% from 2021.\n- More than 5,000 projects are under way.',
  '> The year 2023 marks the 50th anniversary of diplomatic ties, the minister said.',
  'The fund raised $96 million[^1] from 40 investors.\n\n[^1]: Figures from the fund’s own report.',
  '<!-- claimlint-disable-next-line inconsistent-figure -->\nExports grew to $2.4 billion from $2.1 billion.'
]
const spanish = [
  'Japón tiene más de 5.000 proyectos con un capital superior a 70 mil millones de dólares.',
  'Este año, ambos países celebran el 50 aniversario de sus relaciones diplomáticas.',
  '- El comercio alcanzó casi 50 mil millones de dólares.\n- Unas 300 empresas invierten en la región.'
]

function documentOf(blocks: string[], count: number): string {
  const out = ['---\ndate: 2023-11-07\n---']
  for (let index = 0; index < count; index++) out.push(blocks[index % blocks.length])
  return out.join('\n\n') + '\n'
}

/** The edits an editor sends: a character typed or deleted, lines added, a block replaced, another language pasted. */
function edits(text: string): string[] {
  const middle = text.indexOf('\n\n', text.length >> 1)
  return [
    text,
    text.slice(0, 10) + 'x' + text.slice(10),
    text.slice(0, middle) + ' x' + text.slice(middle),
    text.slice(0, middle) + '\n\nA new paragraph: the port cost $1.2 billion in 2020.\n' + text.slice(middle),
    text.slice(0, middle) + '\n\n' + spanish.join('\n\n') + text.slice(middle),
    text.slice(0, middle - 40) + text.slice(middle),
    text.replace('date: 2023-11-07', 'date: 2024-01-02'),
    text + '\nOne more line at the end: 7 ports.\n'
  ]
}

describe('parsing an edited document with the pieces of its last parse', () => {
  for (const [lang, blocks] of [['en', english], ['es', spanish]] as const) {
    it(`gives the tree of a fresh parse after each edit (${lang}, several pieces)`, () => {
      const text = documentOf(blocks, 400)
      expect(text.length).toBeGreaterThan(3 * targetPiece)
      const cache = new PieceCache()
      parseDocument(new VFile({path: 'a.md', value: text}), {pieces: cache})
      for (const edited of edits(text)) {
        const reused = parseDocument(new VFile({path: 'a.md', value: edited}), {pieces: cache})
        const fresh = parseDocument(new VFile({path: 'a.md', value: edited}), {})
        expect(reused).toEqual(fresh)
        expect(cache.entries.size).toBeGreaterThan(2)
      }
    })
  }

  it('gives the findings of a fresh lint after each edit, directives and the frontmatter date included', () => {
    const text = documentOf(english, 300)
    const cache = new PieceCache()
    const shown = (file: VFile) => file.messages.map((m) => [m.ruleId, m.place, m.reason])
    for (const edited of edits(text)) {
      const reused = lintFiles([new VFile({path: 'a.md', value: edited})], {pieces: () => cache}).files[0]
      const fresh = lintFiles([new VFile({path: 'a.md', value: edited})]).files[0]
      expect(shown(fresh).length).toBeGreaterThan(0)
      expect(shown(reused)).toEqual(shown(fresh))
    }
  })

  it('does not reuse a piece when only its column moved (a piece cut inside a long line)', () => {
    const line = 'Japan pledged about $440 million for ports. '.repeat(Math.ceil((maxPiece * 2) / 44))
    const cache = new PieceCache()
    parseDocument(new VFile({path: 'a.md', value: line}), {pieces: cache})
    const edited = 'x' + line
    expect(parseDocument(new VFile({path: 'a.md', value: edited}), {pieces: cache})).toEqual(parseDocument(new VFile({path: 'a.md', value: edited}), {}))
  })
})
