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

  it('flags "largest trading partner" and "segundo socio comercial" against the registry, across languages', async () => {
    const files = await lintDocuments(
      [
        {path: 'a.en.txt', text: 'Japan is the largest trading partner of Vietnam.'},
        {path: 'b.es.txt', text: 'Japón es el segundo socio comercial de Vietnam.'}
      ],
      {registry: await testRegistry(), rules: only(id)}
    )
    expect(files.map((f) => f.messages.map((m) => [line(m), m.expected]))).toEqual([
      [['1:14-1:37 error Unexpected rank 1 in `largest trading partner` for `jp-rank-trade-partner-of-vn`, expected rank 4', ['fourth largest trading partner']]],
      [['1:13-1:36 error Unexpected rank 2 in `segundo socio comercial` for `jp-rank-trade-partner-of-vn`, expected rank 4', ['cuarto socio comercial']]]
    ])
  })

  it.each([
    ['Japón es el principal socio comercial de Vietnam.', '1:13-1:38', 1, 'cuarto socio comercial'],
    ['Japón es el mayor socio comercial de Vietnam.', '1:13-1:34', 1, 'cuarto mayor socio comercial'],
    ['Japan is the second largest investor in Vietnam.', '1:14-1:37', 2, 'third largest investor'],
    ['Japan is the second largest aid donor to Vietnam.', '1:14-1:38', 2, 'largest aid donor'],
    ['Japón es el segundo mayor donante de ayuda a Vietnam.', '1:13-1:34', 2, 'mayor donante']
  ])('rewords `%s` for the registry rank', async (text, place, found, suggestion) => {
    const [file] = await lintDocuments([{path: 'doc.txt', text}], {registry: await testRegistry(), rules: only(id)})
    expect(file.messages.map((m) => [line(m).split(' ')[0], m.message.match(/rank (\d+)/)?.[1], m.expected])).toEqual([[place, String(found), [suggestion]]])
  })
})
