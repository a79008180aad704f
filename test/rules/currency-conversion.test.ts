import {describe, expect, it} from 'vitest'
import {lines, lintOne} from './helpers.js'

const id = 'currency-conversion'

describe(id, () => {
  it.each([
    ['the seed conversion at the May 2023 rate (en)', 'date 2023-05-25 Japan pledged approximately 60.98 billion yen ($440 million) to Vietnam.'],
    ['a euro conversion with a qualifier (es)', 'date 2023-06-15 El proyecto costará 500 millones de euros (unos 540 millones de dólares).'],
    ['an undated document', 'Japan pledged 60.98 billion yen ($550 million) to Vietnam.'],
    ['two amounts that are not a conversion', 'date 2023-05-25 Japan gave 60.98 billion yen and Korea gave $550 million.']
  ])('accepts %s', async (_name, text) => {
    expect(await lines(id, text)).toEqual([])
  })

  it('flags a conversion far from the registry rate and gives both rates', async () => {
    const file = await lintOne(id, 'date 2023-05-25 Japan pledged 60.98 billion yen ($550 million) to Vietnam.')
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Unexpected conversion `60.98 billion yen ($550 million)`: it implies 110.9 JPY per USD, expected 138.6 JPY per USD (2023-05) within 5%'
    ])
    expect(file.messages[0].note).toMatch(/^Registry rate \(.*claims\.yaml:\d+:\d+\): 1 USD = 138.6 JPY for 2023-05\. Source: /)
  })

  it('flags a Spanish conversion at the wrong rate (es)', async () => {
    expect(await lines(id, 'date 2023-06-15 El proyecto costará 500 millones de euros (unos 700 millones de dólares).')).toEqual([
      '1:37-1:89 warning Unexpected conversion `500 millones de euros (unos 700 millones de dólares)`: it implies 1.4 USD per EUR, expected 1.08 USD per EUR (2023-06) within 5%'
    ])
  })

  it('reads a hedged amount after a bare comma as a conversion, and only a hedged one (es)', async () => {
    expect(await lines(id, 'date 2023-05-25 Japón prometió 60.980 millones de yenes, unos 550 millones de dólares, a Vietnam.')).toEqual([
      '1:32-1:86 warning Unexpected conversion `60.980 millones de yenes, unos 550 millones de dólares`: it implies 110.9 JPY per USD, expected 138.6 JPY per USD (2023-05) within 5%'
    ])
    expect(await lines(id, 'date 2023-05-25 Japón dio 60.980 millones de yenes, Corea 550 millones de dólares.')).toEqual([])
  })

  it('takes the tolerance from options', async () => {
    const file = await lintOne(id, 'date 2023-05-25 Japan pledged 60.98 billion yen ($550 million) to Vietnam.', 'doc.txt', {
      ruleOptions: {tolerance: 0.3}
    })
    expect(file.messages).toEqual([])
  })

  it('judges no conversion by a rate dated far from the figure, unless maxGapDays allows it', async () => {
    // The registry's yen rates are for May and November 2023; the sentence dates the figure 2019.
    const text = 'date 2024-05-14 La agencia JICA prestó 80.000 millones de yenes (515 millones de dólares) en 2019.'
    expect(await lines(id, text)).toEqual([])
    const file = await lintOne(id, text, 'doc.txt', {ruleOptions: {maxGapDays: 2000}})
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Unexpected conversion `80.000 millones de yenes (515 millones de dólares)`: it implies 155.3 JPY per USD, expected 138.6 JPY per USD (2023-05) within 5%'
    ])
  })
})
