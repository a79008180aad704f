import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import type {Lang} from '../../src/types.js'
import {LANGS} from '../../src/lang/index.js'
import type {Construct, Inline} from './wrap.js'
import {claimsOf, figures, htmlBlocks, htmlInlines, markdownBlocks, markdownInlines, meaning, plainTextAt, sentence, templates, wrap} from './wrap.js'

/**
 * Markdown and HTML structure must never change what a figure says: a
 * sentence read inside a construct gives the claims of the same sentence in
 * a `.txt` file, each at the place its characters were written to.
 */
function sameAsPlain(path: string, blocks: Construct[], inlines: Inline[]) {
  const arbitrary = fc.record({
    lang: fc.constantFrom<Lang>(...LANGS),
    template: fc.nat(),
    figure: fc.nat(),
    wrapAt: fc.option(fc.nat({max: 30}), {nil: undefined}),
    block: fc.constantFrom(...blocks),
    inline: fc.constantFrom(...inlines)
  })
  fc.assert(
    fc.property(arbitrary, ({lang, template, figure, wrapAt, block, inline}) => {
      const plain = sentence(lang, templates[lang][template % templates[lang].length], figures[lang][figure % figures[lang].length], block.oneLine ? undefined : wrapAt)
      const wrapped = wrap(plain, block, inline)
      const expected = claimsOf('plain.txt', plain.text, lang)
      const actual = claimsOf(path, wrapped.doc, lang)
      const context = `${block.name} / ${inline.name}:\n${wrapped.doc}`
      expect(actual.map(meaning), context).toEqual(expected.map(meaning))
      expect(
        actual.map((claim) => [claim.start, claim.end, plainTextAt(plain, wrapped, claim.start, claim.end), claim.text]),
        context
      ).toEqual(expected.map((claim) => [wrapped.map[claim.start], wrapped.map[claim.end - 1] + 1, claim.text, wrapped.doc.slice(wrapped.map[claim.start], wrapped.map[claim.end - 1] + 1)]))
    }),
    {numRuns: 400, seed: 20261205}
  )
}

describe('figures inside Markdown constructs', () => {
  it('read as in plain text, at the places they were written to', () => {
    sameAsPlain('doc.md', markdownBlocks, markdownInlines)
  })

  for (const block of markdownBlocks) {
    for (const inline of markdownInlines) {
      it(`${block.name}, ${inline.name}: "$96 million" wrapped inside the figure`, () => {
        const plain = sentence('en', 'The fund raised {} in 2019.', '$96 million', block.oneLine ? undefined : 3)
        expect(plain.text).toBe(block.oneLine ? 'The fund raised $96 million in 2019.' : 'The fund raised $96\nmillion in 2019.')
        const wrapped = wrap(plain, block, inline)
        const money = claimsOf('doc.md', wrapped.doc, 'en').filter((claim) => claim.kind === 'money')
        expect(money.map((claim) => [claim.value, claim.unit, claim.start, plainTextAt(plain, wrapped, claim.start, claim.end)])).toEqual([
          [96e6, 'USD', wrapped.map[16], plain.text.slice(16, 27)]
        ])
      })
    }
  }
})

describe('figures inside HTML elements', () => {
  it('read as in plain text, at the places they were written to', () => {
    sameAsPlain('page.html', htmlBlocks, htmlInlines)
  })
})
