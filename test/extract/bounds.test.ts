/**
 * Bounds, ranges, word numbers, dates and the things that look like
 * figures but are not claims, in both languages, with exact values and
 * offsets.
 */
import {describe, expect, it} from 'vitest'
import {extractClaims} from '../../src/extract/index.js'
import type {Claim, Lang} from '../../src/types.js'

/** The claims of a text as `[kind, text, value or [min, max] bounds]`. */
function read(text: string, lang: Lang): Array<[string, string, unknown]> {
  return extractClaims(text, {lang}).map((claim: Claim) => [
    claim.kind,
    claim.text,
    claim.value ?? claim.date ?? (claim.min !== undefined || claim.max !== undefined ? [bound(claim.min, '['), bound(claim.max, ']')] : claim.relative)
  ])
}

function bound(value: Claim['min'], inclusive: string): string | null {
  if (!value) return null
  return value.inclusive ? `${inclusive}${value.value}` : `(${value.value}`
}

describe('ranges and bounds', () => {
  const cases: Array<[Lang, string, Array<[string, string, unknown]>]> = [
    ['en', 'Between 5 and 10 million people voted.', [['quantity', 'Between 5 and 10 million people', ['[5000000', ']10000000']]]],
    ['es', 'Votaron entre 5 y 10 millones de personas.', [['quantity', 'entre 5 y 10 millones de personas', ['[5000000', ']10000000']]]],
    ['en', 'It will cost from $5 to $8 billion.', [['money', 'from $5 to $8 billion', ['[5000000000', ']8000000000']]]],
    ['es', 'Costará de 10 a 15 euros.', [['money', 'de 10 a 15 euros', ['[10', ']15']]]],
    ['en', 'The range is 1000-5000 units.', [['quantity', '1000-5000 units', ['[1000', ']5000']]]],
    ['en', 'It grew more than 10 and less than 20 points.', [['quantity', 'more than 10 and less than 20 points', ['(10', '(20']]]],
    ['es', 'Hay como máximo 100 y como mínimo 20 manzanas.', [['quantity', 'como máximo 100 y como mínimo 20 manzanas', ['[20', ']100']]]],
    // The bounds written after their figures: "y" before the next figure ends the first bound.
    ['es', 'Hay 100 como máximo y 20 como mínimo manzanas.', [['quantity', '100 como máximo y 20 como mínimo manzanas', ['[20', ']100']]]],
    ['en', 'There are 100 at most and 20 at least apples.', [['quantity', '100 at most and 20 at least apples', ['[20', ']100']]]],
    ['es', 'Mide 200 o más, y 10 metros de ancho.', [['quantity', '200 o más', 200], ['quantity', '10 metros', 10]]],
    // Spanish puts an article between the range's words and its figures.
    ['es', 'Subirá entre un 5 y un 10% este año.', [['percent', 'entre un 5 y un 10%', ['[5', ']10']], ['year', 'este año', {unit: 'year', offset: 0}]]],
    ['es', 'Entre 2010 y 2015 creció.', [['year', '2010', 2010], ['year', '2015', 2015]]]
  ]
  it.each(cases)('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  /** What must hold of the claim: some of its fields, and some of its qualifier's. */
  type Expected = Omit<Partial<Claim>, 'qualifier'> & {qualifier?: Partial<NonNullable<Claim['qualifier']>>}
  const qualified: Array<[Lang, string, string, Expected]> = [
    ['es', 'Hay 500 o más productos.', '500 o más productos', {value: 500, min: {value: 500, inclusive: true}, max: null, qualifier: {type: 'atLeast', text: 'o más', start: 8, end: 13}}],
    ['en', 'Up to 700 workers may go.', 'Up to 700 workers', {value: 700, min: null, max: {value: 700, inclusive: true}}],
    ['en', 'More than 40 and less than 10 are two claims.', 'More than 40', {value: 40, min: {value: 40, inclusive: false}, max: null}],
    ['en', 'More than 40 and less than 10 are two claims.', 'less than 10', {value: 10, min: null, max: {value: 10, inclusive: false}}],
    ['es', 'Mide más de 5000 o igual.', 'más de 5000 o igual', {value: 5000, min: {value: 5000, inclusive: true}}],
    // The longest qualifiers, then a sign or decimal mark before the digits: the
    // farthest a figure may start from the qualifier's first word.
    ['en', 'Readings greater than or equal to -5 degrees were kept.', 'greater than or equal to -5 degrees', {value: -5, min: {value: -5, inclusive: true}, max: null}],
    ['es', 'Llegaron mayores o iguales que ,5 puntos.', 'mayores o iguales que ,5 puntos', {value: 0.5, min: {value: 0.5, inclusive: true}, max: null}],
    // The letters of a currency sign after a qualifier: "a" and "c" are words too, and read as the sign only before it.
    ['es', 'Pagó al menos A$ 300 por la entrada.', 'al menos A$ 300', {kind: 'money', unit: 'AUD', value: 300, min: {value: 300, inclusive: true}}],
    ['en', 'Tickets cost more than c $ 40 each.', 'more than c $ 40', {kind: 'money', unit: 'CAD', value: 40, min: {value: 40, inclusive: false}}],
    ['es', 'El Estado aportó más de us $ 5 millones.', 'más de us $ 5 millones', {kind: 'money', unit: 'USD', value: 5e6, min: {value: 5e6, inclusive: false}}],
    // An article between the qualifier and the figure belongs to the claim, not to the qualifier.
    ['es', 'Creció alrededor de un 3% y casi un 40% en total.', 'alrededor de un 3%', {kind: 'percent', value: 3, qualifier: {type: 'about', text: 'alrededor de', start: 7, end: 19}}],
    ['es', 'Creció alrededor de un 3% y casi un 40% en total.', 'casi un 40%', {kind: 'percent', value: 40, start: 28, end: 39, qualifier: {type: 'almost', text: 'casi'}}],
    ['es', 'Votó más de la mitad de los socios.', 'más de la mitad', {value: 0.5, min: {value: 0.5, inclusive: false}, max: null, qualifier: {type: 'more', text: 'más de'}}],
    ['en', 'It posted about a 3% rise.', 'about a 3%', {kind: 'percent', value: 3, qualifier: {type: 'about', text: 'about'}}]
  ]
  it.each(qualified)('%s: %s → %s', (lang, text, span, expected) => {
    const claim = extractClaims(text, {lang}).find((c) => c.text === span)
    expect(claim).toMatchObject(expected)
  })

  it('keeps the value and sets one bound for a one-sided qualifier', () => {
    const [claim] = extractClaims('Pesa menos de 170 kilos.', {lang: 'es'})
    expect(claim).toMatchObject({value: 170, min: null, max: {value: 170, inclusive: false}, qualifier: {type: 'less', text: 'menos de'}})
  })

  it('reads "equal to" as an exact figure', () => {
    const [claim] = extractClaims('The score is equal to 20.', {lang: 'en'})
    expect(claim).toMatchObject({text: 'equal to 20', value: 20, min: {value: 20, inclusive: true}, max: {value: 20, inclusive: true}})
  })

  it('does not bound a year: "hasta 2025" is a year', () => {
    expect(read('El plan dura hasta 2025.', 'es')).toEqual([['year', '2025', 2025]])
  })
})

describe('numbers in words', () => {
  const cases: Array<[Lang, string, number]> = [
    ['en', 'two hundred and fifty thousand', 250000],
    ['en', 'twenty-one trillion three hundred', 21000000000300],
    ['en', 'a dozen', 12],
    ['en', 'three quarters', 0.75],
    ['en', 'one and a half million', 1500000],
    ['en', 'minus five point five', -5.5],
    ['es', 'doscientos cincuenta mil', 250000],
    ['es', 'veintiún mil', 21000],
    ['es', 'tres billones cuatrocientos cincuenta y cinco mil millones', 3455e9],
    ['es', 'una docena', 12],
    ['es', 'dos tercios', 2 / 3],
    ['es', 'un millón y medio', 1500000],
    ['es', 'siete con cincuenta', 7.5]
  ]
  it.each(cases)('%s: %s', (lang, text, value) => {
    const claims = extractClaims(text, {lang})
    expect(claims).toHaveLength(1)
    expect(claims[0].start).toBe(0)
    expect(claims[0].end).toBe(text.length)
    expect(claims[0].value).toBeCloseTo(value, 10)
  })
})

describe('dates', () => {
  const cases: Array<[Lang, string, string, string]> = [
    ['en', 'Signed on September 21, 1973 in Paris.', 'September 21, 1973', '1973-09-21'],
    ['en', 'Opened in May 2022.', 'May 2022', '2022-05'],
    ['es', 'Abrió en mayo de 2022.', 'mayo de 2022', '2022-05'],
    ['es', 'Firmado el 21/09/1973.', '21/09/1973', '1973-09-21'],
    ['en', 'Filed 9/21/1973.', '9/21/1973', '1973-09-21'],
    ['en', 'Dated 2023-11-07.', '2023-11-07', '2023-11-07']
  ]
  it.each(cases)('%s: %s', (lang, text, span, date) => {
    const claims = extractClaims(text, {lang})
    expect(claims.map((c) => [c.kind, c.text, c.date])).toEqual([['date', span, date]])
    expect(text.slice(claims[0].start, claims[0].end)).toBe(span)
  })

  it('reads "may" as a verb, not a month, in English', () => {
    expect(extractClaims('Prices may rise in 2024.', {lang: 'en'}).map((c) => c.kind)).toEqual(['year'])
  })

  it('reads relative months: "el mes pasado", "next month"', () => {
    expect(extractClaims('Subió el mes pasado.', {lang: 'es'})[0]).toMatchObject({kind: 'date', relative: {unit: 'month', offset: -1}})
    expect(extractClaims('It rises next month.', {lang: 'en'})[0]).toMatchObject({kind: 'date', relative: {unit: 'month', offset: 1}})
  })
})

describe('not claims', () => {
  const cases: Array<[Lang, string]> = [
    ['en', 'They met at 10:30 on Monday.'],
    ['en', 'A 24/7 service.'],
    ['en', 'The G7 and the Q3 report.'],
    ['en', 'She is in her twenties.'],
    ['en', 'He still runs Windows 95 on a Boeing 787 simulator.'],
    ['en', 'Section 3 of the law, see chapter 12.'],
    ['es', 'El artículo 5 de la ley y el capítulo 12.'],
    ['en', 'A 1.5m wall and the 400m hurdles.'],
    ['es', 'Es la primera vez.'],
    ['en', 'The prime minister spoke first.'],
    ['es', 'Compró un coche y una casa.'],
    ['en', 'The phone is (555) 123-4567.']
  ]
  it.each(cases)('%s: %j', (lang, text) => {
    expect(extractClaims(text, {lang})).toEqual([])
  })
})
