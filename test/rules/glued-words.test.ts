import {describe, expect, it} from 'vitest'
import {lines, lintOne} from './helpers.js'

const id = 'glued-words'

describe(id, () => {
  it.each([
    ['correct Spanish compounds', 'Las relaciones socioculturales y afroamericanas, la cooperación bilateral y la ciberseguridad avanzan.'],
    ['correct English compounds', 'The newsroom ran a nationwide survey on longstanding partnerships and people-to-people exchanges.'],
    ['names, acronyms, numbers and URLs', 'Vo Thi Anh Xuan visitó Hiroshima con la ASEAN; ver https://example.org/informe_anual y #VietnamJapon en 2023.'],
    ['glued numbers, which the extractor reads', 'Este año celebran el 50aniversario de las relaciones.']
  ])('accepts %s', async (_name, text) => {
    expect(await lines(id, text, 'doc.txt', {})).toEqual([])
  })

  it('accepts correct English with compounds, names, acronyms, British spellings and addresses', async () => {
    const text = 'The newsroom ran a nationwide survey of chipmakers, and NATO envoys met Pham Minh Chinh at the centre; see https://example.org/annual_report or write to desk@example.com.'
    expect(await lines(id, text, 'doc.en.txt')).toEqual([])
  })

  it('places findings by line and column in a longer document', async () => {
    const text = 'Japón y Vietnam celebran medio siglo de relaciones.\n\nLas NacionesUnidas destacaron el papel deambos países.\n'
    expect(await lines(id, text)).toEqual([
      '3:5-3:19 warning Unexpected glued words `NacionesUnidas`, expected `Naciones Unidas`',
      '3:40-3:47 warning Unexpected glued words `deambos`, expected `de ambos`'
    ])
  })

  it('finds glued Spanish words with their splits at exact places', async () => {
    const text = 'Japón es el mayorproveedor de asistencia, un socio deseguridad y tiene proyectos válidoscon capital japonés.'
    const file = await lintOne(id, text)
    expect(file.messages.map((m) => [m.reason, m.actual, m.expected])).toEqual([
      ['Unexpected glued words `mayorproveedor`, expected `mayor proveedor`', 'mayorproveedor', ['mayor proveedor']],
      ['Unexpected glued words `deseguridad`, expected `de seguridad`', 'deseguridad', ['de seguridad']],
      ['Unexpected glued words `válidoscon`, expected `válidos con`', 'válidoscon', ['válidos con']]
    ])
    expect(file.messages.map((m) => text.slice(m.place && 'start' in m.place ? m.place.start.offset! : 0, m.place && 'end' in m.place ? m.place.end.offset! : 0))).toEqual([
      'mayorproveedor',
      'deseguridad',
      'válidoscon'
    ])
  })

  it('finds a function word glued to a name, and English glued words', async () => {
    expect(await lines(id, 'Los países que invierten enVietnam crecen.')).toEqual([
      '1:26-1:35 warning Unexpected glued words `enVietnam`, expected `en Vietnam`'
    ])
    expect(await lines(id, 'Theyear marked half a century ofdiplomatic ties.', 'doc.en.txt')).toEqual([
      '1:1-1:8 warning Unexpected glued words `Theyear`, expected `The year`',
      '1:31-1:43 warning Unexpected glued words `ofdiplomatic`, expected `of diplomatic`'
    ])
  })

  it('takes the registry\'s entity names and terms as known words', async () => {
    const {parseRegistry} = await import('../../src/registry/load.js')
    const text = 'Los vendedores de mercadolibre y de tiendaunión crecen.'
    const without = await lintOne(id, text, 'doc.txt', {registry: null})
    expect(without.messages.map((m) => m.actual)).toEqual(['mercadolibre', 'tiendaunión'])
    const registry = parseRegistry(
      'version: 1\nentities:\n  - id: ml\n    names: {es: [mercadolibre, MercadoLibre]}\nclaims:\n  - id: ventas\n    kind: quantity\n    about: [ml]\n    terms: {es: [tiendaunión]}\n    value: 1\n',
      'claims.yaml'
    )
    expect((await lintOne(id, text, 'doc.txt', {registry})).messages).toEqual([])
  })

  it('takes ignore and minLength options', async () => {
    const text = 'Un socio deseguridad y un mayorproveedor de ayuda.'
    expect(await lines(id, text, 'doc.txt', {ruleOptions: {ignore: ['Deseguridad']}})).toEqual([
      '1:27-1:41 warning Unexpected glued words `mayorproveedor`, expected `mayor proveedor`'
    ])
    expect(await lines(id, text, 'doc.txt', {ruleOptions: {minLength: 12}})).toEqual([
      '1:27-1:41 warning Unexpected glued words `mayorproveedor`, expected `mayor proveedor`'
    ])
  })
})
