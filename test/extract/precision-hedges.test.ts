/**
 * Issue 12 §4: how precisely a figure was stated (zeros written before a
 * scale word are not significant) and hedging verbs and phrases read as
 * qualifiers, in both languages, on news sentences.
 */
import {describe, expect, it} from 'vitest'
import {extractClaims} from '../../src/extract/index.js'
import type {Claim, Lang} from '../../src/types.js'

function only(text: string, lang: Lang): Claim {
  const claims = extractClaims(text, {lang}).filter((c) => c.kind === 'money' || c.kind === 'quantity' || c.kind === 'percent')
  expect(claims).toHaveLength(1)
  return claims[0]
}

describe('zeros before a scale word are not significant', () => {
  const cases: Array<[Lang, string, number, number, number]> = [
    // [lang, sentence, value, step, precision]
    ['es', 'Las exportaciones sumaron 40.000 millones de dólares en 2023.', 40e9, 1e9, 2],
    ['es', 'La inversión llegó a 12.400 millones de euros.', 12.4e9, 1e8, 3],
    ['es', 'El déficit fue de 12.450 millones de pesos.', 12.45e9, 1e7, 4],
    ['es', 'El fondo movió 1.000 millones de dólares.', 1e9, 1e9, 1],
    ['es', 'El presupuesto es de 300 millones de euros.', 300e6, 1e6, 3],
    ['en', 'Exports reached $40,000 million last year.', 40e9, 1e9, 2],
    ['en', 'The bank lent 12,400 million yen to the province.', 12.4e9, 1e8, 3],
    ['en', 'The plan costs $440 million.', 440e6, 1e6, 3],
    // No scale word: every written zero counts.
    ['en', 'The company employs 5,000 workers.', 5000, 1, 4],
    ['es', 'La empresa emplea a 40.000 trabajadores.', 40000, 1, 5],
    // Decimals keep their digits: "40,0 millones" is stated to the 100,000.
    ['es', 'Recaudó 40,0 millones de euros.', 40e6, 1e5, 3]
  ]
  it.each(cases)('%s: %s', (lang, text, value, step, precision) => {
    const claim = only(text, lang)
    expect([claim.value, claim.step, claim.precision]).toEqual([value, step, precision])
  })
})

describe('hedging verbs and phrases are qualifiers', () => {
  const cases: Array<[Lang, string, string, string, string]> = [
    // [lang, sentence, claim text, qualifier type, qualifier text]
    ['es', 'Las exportaciones rozaron los 40.000 millones de dólares.', 'rozaron los 40.000 millones de dólares', 'almost', 'rozaron los'],
    ['es', 'El comercio bilateral rozó los 50 mil millones de dólares en 2022.', 'rozó los 50 mil millones de dólares', 'almost', 'rozó los'],
    ['es', 'La inversión rondó los 300 millones de euros.', 'rondó los 300 millones de euros', 'about', 'rondó los'],
    ['es', 'El intercambio superó los 12.400 millones de dólares.', 'superó los 12.400 millones de dólares', 'more', 'superó los'],
    ['es', 'Las ventas rebasaron el 40% del total.', 'rebasaron el 40%', 'more', 'rebasaron el'],
    ['es', 'Las ventas rebasó 5 millones de unidades.', 'rebasó 5 millones de unidades', 'more', 'rebasó'],
    ['es', 'Hay cerca de 300 empresas japonesas en Hanói.', 'cerca de 300 empresas', 'almost', 'cerca de'],
    ['es', 'Trabajan alrededor de los 2.000 empleados.', 'alrededor de los 2.000 empleados', 'about', 'alrededor de los'],
    ['es', 'La cifra ronda el 12% del PIB.', 'ronda el 12%', 'about', 'ronda el'],
    ['en', 'Exports topped $40 billion in 2023.', 'topped $40 billion', 'more', 'topped'],
    ['en', 'Sales neared 5 million units last year.', 'neared 5 million units', 'almost', 'neared'],
    ['en', 'The deal is worth north of $3 billion.', 'north of $3 billion', 'more', 'north of'],
    ['en', 'The fund fell just shy of 200 companies.', 'just shy of 200 companies', 'almost', 'just shy of'],
    ['en', 'The fund fell shy of 200 companies.', 'shy of 200 companies', 'almost', 'shy of'],
    ['en', 'They run upwards of 80 projects.', 'upwards of 80 projects', 'more', 'upwards of'],
    ['en', 'Orders came in excess of $12 million.', 'in excess of $12 million', 'more', 'in excess of'],
    ['en', 'Revenue exceeded $2 billion.', 'exceeded $2 billion', 'more', 'exceeded']
  ]
  it.each(cases)('%s: %s', (lang, text, claimText, type, qualifierText) => {
    const claim = only(text, lang)
    expect([claim.text, claim.qualifier?.type, claim.qualifier?.text]).toEqual([claimText, type, qualifierText])
    expect(text.slice(claim.start, claim.end)).toBe(claimText)
  })

  it('reads no hedge where the verb bounds no figure', () => {
    // "superó a Brasil en 5 millones": by 5 million, not more than 5 million.
    const claim = only('México superó a Brasil en 5 millones de turistas.', 'es')
    expect([claim.text, claim.qualifier]).toEqual(['5 millones de turistas', undefined])
    // "over the 10 years" is a period, not more than ten years.
    const over = extractClaims('Prices rose over the 10 years to 2020.', {lang: 'en'})
    expect(over.map((c) => [c.text, c.qualifier?.type])).toEqual([['10 years', undefined], ['2020', undefined]])
  })
})

describe('"from X to Y" after a change is two values, not a range', () => {
  const read = (text: string, lang: Lang) => extractClaims(text, {lang}).map((c) => [c.kind, c.text, c.value ?? [c.min?.value, c.max?.value]])
  it.each([
    ['en', 'Exports shifted about 62% from $23 billion to $60 billion.', [['percent', 'about 62%', 62], ['money', '$23 billion', 23e9], ['money', '$60 billion', 60e9]]],
    ['en', 'Output rose from 5 to 8 million tonnes.', [['quantity', '5', 5e6], ['quantity', '8 million tonnes', 8e6]]],
    ['es', 'Las exportaciones pasaron de 100 a 150 millones de dólares.', [['money', '100', 100e6], ['money', '150 millones de dólares', 150e6]]],
    // No change before: a range.
    ['en', 'Tickets cost from $5 to $8.', [['money', 'from $5 to $8', [5, 8]]]],
    ['es', 'Costará de 10 a 15 euros.', [['money', 'de 10 a 15 euros', [10, 15]]]]
  ] as Array<[Lang, string, unknown[]]>)('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('a year before "a" and a scaled figure is no range', () => {
  it('reads "a fines de 2022 a 71.600 millones" as a year and the new value', () => {
    const claims = extractClaims('El capital pasó de 60.000 millones de dólares a fines de 2022 a 71.600 millones un año después.', {lang: 'es'})
    expect(claims.map((c) => [c.kind, c.text, c.value])).toEqual([
      ['money', '60.000 millones de dólares', 60e9],
      ['year', '2022', 2022],
      ['quantity', '71.600 millones', 71.6e9]
    ])
  })
})
