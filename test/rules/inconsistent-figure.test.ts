import {describe, expect, it} from 'vitest'
import {lintDocuments} from '../../src/engine.js'
import {line, only, testRegistry} from './helpers.js'

const id = 'inconsistent-figure'

async function run(docs: Array<{path: string; text: string}>) {
  const files = await lintDocuments(docs, {registry: await testRegistry(), rules: only(id)})
  return files.map((file) => [file.path, file.messages.filter((m) => m.ruleId === id).map(line)])
}

describe(id, () => {
  it('accepts the same figure across languages', async () => {
    expect(
      await run([
        {path: 'a.en.txt', text: 'In 2022, trade between Vietnam and Japan reached $50 billion.'},
        {path: 'b.es.txt', text: 'En 2022, el comercio entre Vietnam y Japón alcanzó 50 mil millones de dólares.'}
      ])
    ).toEqual([
      ['a.en.txt', []],
      ['b.es.txt', []]
    ])
  })

  it('accepts figures that agree under rounding and qualifiers', async () => {
    expect(
      await run([
        {
          path: 'a.es.txt',
          text: 'En 2022, el comercio entre Vietnam y Japón alcanzó casi 50 mil millones de dólares. El comercio de Vietnam con Japón fue de 49,8 mil millones de dólares en 2022.'
        }
      ])
    ).toEqual([['a.es.txt', []]])
  })

  it('flags a different figure in the same document, with the first as related place', async () => {
    const files = await lintDocuments(
      [
        {
          path: 'a.es.txt',
          text: 'En 2022, el comercio entre Vietnam y Japón sumó 50 mil millones de dólares.\nSegún la aduana, el comercio de Vietnam con Japón fue de 40 mil millones de dólares en 2022.'
        }
      ],
      {registry: await testRegistry(), rules: only(id)}
    )
    const [message] = files[0].messages
    expect(line(message)).toBe(
      '2:58-2:84 warning Unexpected `40 mil millones de dólares`, expected `50 mil millones de dólares` as stated at 1:49 for `vn-jp-trade-2022`'
    )
    expect(message.claimlint?.related).toEqual([
      {
        path: 'a.es.txt',
        start: {line: 1, column: 49, offset: 48},
        end: {line: 1, column: 75, offset: 74},
        message: '`50 mil millones de dólares` stated here'
      }
    ])
    const cause = message.cause as {reason: string; file: string; place: {start: {line: number; column: number}}}
    expect([cause.file, cause.place.start.line, cause.place.start.column, cause.reason]).toEqual(['a.es.txt', 1, 49, '`50 mil millones de dólares` stated here'])
  })

  it('names the billón trap across documents', async () => {
    const result = await run([
      {path: 'a.en.txt', text: 'By the end of 2012, Japanese investment in Vietnam totalled €12.4 billion.'},
      {path: 'b.es.txt', text: 'A finales de 2012, la inversión de Japón en Vietnam sumaba 12,4 billones de euros.'}
    ])
    expect(result).toEqual([
      ['a.en.txt', []],
      [
        'b.es.txt',
        [
          '1:60-1:82 warning Unexpected `12,4 billones de euros`, expected `€12.4 billion` as stated at a.en.txt:1:61 for `jp-fdi-capital-in-vn-2012`: 1.000 times less, `billón` (10^12) where `mil millones` (10^9) was meant?'
        ]
      ]
    ])
  })

  it('compares no two figures of one sentence that the registry does not tell apart', async () => {
    expect(
      await run([
        {path: 'a.en.txt', text: 'Japan gave $40 million, or 25% of $160 million.'},
        {path: 'b.es.txt', text: 'Japón aportó 40 millones de dólares, el 25% de 160 millones de dólares.'}
      ])
    ).toEqual([
      ['a.en.txt', []],
      ['b.es.txt', []]
    ])
  })

  it('compares figures the registry does not know when their clauses say the same thing, in one language', async () => {
    expect(
      await run([
        {path: 'a.en.txt', text: 'Japan gave $40 million to the flood relief fund.'},
        {path: 'b.en.txt', text: 'Japan gave $45 million to the flood relief fund, the ministry said.'},
        {path: 'c.en.txt', text: 'Japan invested $45 million in the ports.'},
        {path: 'd.es.txt', text: 'Japón aportó 45 millones de dólares al fondo de ayuda por las inundaciones.'},
        {path: 'e.es.txt', text: 'Japón aportó 40 millones de dólares al fondo de ayuda por las inundaciones.'}
      ])
    ).toEqual([
      ['a.en.txt', []],
      ['b.en.txt', ['1:12-1:23 warning Unexpected `$45 million`, expected `$40 million` as stated at a.en.txt:1:12 for `japan: USD`']],
      ['c.en.txt', []],
      ['d.es.txt', []],
      ['e.es.txt', ['1:14-1:36 warning Unexpected `40 millones de dólares`, expected `45 millones de dólares` as stated at d.es.txt:1:14 for `japan: USD`']]
    ])
  })

  it('reports the figure that disagrees with the registry, even when it comes first', async () => {
    expect(
      await run([
        {path: 'a.es.txt', text: 'En 2022, el comercio entre Vietnam y Japón alcanzó casi 50 millones de dólares.'},
        {path: 'b.en.txt', text: 'In 2022, trade between Vietnam and Japan reached nearly $50 billion.'}
      ])
    ).toEqual([
      [
        'a.es.txt',
        [
          '1:52-1:79 warning Unexpected `casi 50 millones de dólares`, expected `nearly $50 billion` as stated at b.en.txt:1:50 for `vn-jp-trade-2022`: 1.000 times more, a dropped `mil`?'
        ]
      ],
      ['b.en.txt', []]
    ])
  })
})
