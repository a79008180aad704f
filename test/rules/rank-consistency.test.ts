import {describe, expect, it} from 'vitest'
import {lintDocuments} from '../../src/engine.js'
import {line, lines, only, testRegistry} from './helpers.js'

const id = 'rank-consistency'

describe(id, () => {
  it.each([
    ['the registry rank (es)', 'Japón es el tercer mayor inversor en Vietnam, según la agencia de inversión.'],
    ['the registry rank by place (es)', 'Japón ocupa el tercer lugar entre 143 países y territorios que invierten en Vietnam.'],
    ['the registry rank (en)', 'Japan is the third largest investor in Vietnam.']
  ])('accepts %s', async (_name, text) => {
    expect(await lines(id, text)).toEqual([])
  })

  it('flags a rank that contradicts the registry and suggests the ordinal', async () => {
    const [file] = await lintDocuments(
      [{path: 'a.es.txt', text: 'Japón es el segundo socio comercial de Vietnam.'}],
      {registry: await testRegistry(), rules: only(id)}
    )
    expect(file.messages.map((m) => [line(m), m.expected])).toEqual([
      ['1:13-1:36 error Unexpected rank 2 in `segundo socio comercial` for `jp-rank-trade-partner-of-vn`, expected rank 4', ['cuarto socio comercial']]
    ])
  })

  it('flags ranks that disagree across documents when the registry is silent', async () => {
    const files = await lintDocuments(
      [
        {path: 'a.en.txt', text: 'Japan is the largest provider of aid to Vietnam.'},
        {path: 'b.en.txt', text: 'Japan is the second largest provider of aid to Vietnam.'}
      ],
      {registry: await testRegistry(), rules: only(id)}
    )
    expect(files.map((f) => f.messages.map(line))).toEqual([
      [],
      ['1:14-1:37 error Unexpected rank 2 in `second largest provider`, expected rank 1 as stated in `largest provider` at a.en.txt:1:14']
    ])
  })
})
