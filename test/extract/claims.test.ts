/**
 * Claim extraction, table-driven, in both languages: kind, value, unit,
 * exact offsets, and the traps of news copy (separators, glued words, years
 * that are not amounts, "uno de los" that is not a count).
 */
import {describe, expect, it} from 'vitest'
import {extractClaims} from '../../src/extract/index.js'
import type {Claim, Lang} from '../../src/types.js'

interface Row {
  lang: Lang
  text: string
  /** The claim's source text, located in `text` to compute the expected offsets. */
  claim: string
  expected: Partial<Claim>
  /** Which occurrence of `claim` in `text` (default the first). */
  nth?: number
}

function find(text: string, part: string, nth = 0): [number, number] {
  let at = -1
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(part, at + 1)
    if (at < 0) throw new Error(`${JSON.stringify(part)} not in ${JSON.stringify(text)}`)
  }

  return [at, at + part.length]
}

const rows: Row[] = [
  // Spanish counts, money, qualifiers.
  {lang: 'es', text: 'Japón tiene más de cinco proyectos en el país.', claim: 'más de cinco proyectos', expected: {kind: 'quantity', value: 5, unit: 'proyecto', precision: 1, step: 1}},
  {lang: 'es', text: 'Se aprobaron 106 proyectos de inversión.', claim: '106 proyectos', expected: {kind: 'quantity', value: 106, unit: 'proyecto', precision: 3}},
  {lang: 'es', text: 'Invirtió 19,5 millones de dólares.', claim: '19,5 millones de dólares', expected: {kind: 'money', value: 19.5e6, unit: 'USD', precision: 3, step: 1e5}},
  {lang: 'es', text: 'Un monto superior a 70 mil millones de dólares.', claim: 'superior a 70 mil millones de dólares', expected: {kind: 'money', value: 70e9, unit: 'USD', precision: 2, step: 1e9}},
  {lang: 'es', text: 'La deuda suma 12,4 billones de euros.', claim: '12,4 billones de euros', expected: {kind: 'money', value: 12.4e12, unit: 'EUR', precision: 3}},
  {lang: 'es', text: 'Los aranceles sumaron 71 billones de dongs.', claim: '71 billones de dongs', expected: {kind: 'money', value: 71e12, unit: 'VND'}},
  {lang: 'es', text: 'Se redujo en las tres últimas décadas.', claim: 'tres últimas décadas', expected: {kind: 'quantity', value: 3, unit: 'década', noun: {text: 'últimas décadas', start: 22, end: 37}}},
  {lang: 'es', text: 'Llegaron los dos primeros barcos.', claim: 'dos primeros barcos', expected: {kind: 'quantity', value: 2, unit: 'barco', noun: {text: 'primeros barcos', start: 17, end: 32}}},
  {lang: 'es', text: 'Costará 5.000 millones este trimestre.', claim: '5.000 millones', expected: {kind: 'quantity', value: 5e9, precision: 1, step: 1e9}},
  {lang: 'es', text: 'Llegaron 1.500 visitantes.', claim: '1.500 visitantes', expected: {kind: 'quantity', value: 1500, unit: 'visitante', precision: 4, step: 1}},
  {lang: 'es', text: 'El crédito fue de US$ 70 bn según el banco.', claim: 'US$ 70 bn', expected: {kind: 'money', value: 70e9, unit: 'USD'}},
  {lang: 'es', text: 'Creció un 12 por ciento.', claim: '12 por ciento', expected: {kind: 'percent', value: 12, unit: '%'}},
  {lang: 'es', text: 'Subió 3 puntos porcentuales.', claim: '3 puntos porcentuales', expected: {kind: 'percent', value: 3, unit: 'pp'}},
  {lang: 'es', text: 'Viven allí doscientas cincuenta mil personas.', claim: 'doscientas cincuenta mil personas', expected: {kind: 'quantity', value: 250000, unit: 'persona'}},
  {lang: 'es', text: 'Había entre 5 y 10 empresas.', claim: 'entre 5 y 10 empresas', expected: {kind: 'quantity', min: {value: 5, inclusive: true}, max: {value: 10, inclusive: true}, unit: 'empresa'}},
  // Spanish glued copy.
  {lang: 'es', text: 'El comercio alcanzócasi 50 mil millones de dólares.', claim: 'casi 50 mil millones de dólares', expected: {kind: 'money', value: 50e9, unit: 'USD'}},
  {lang: 'es', text: 'La cifra superómás de 300 empleos.', claim: 'más de 300 empleos', expected: {kind: 'quantity', value: 300, unit: 'empleo', qualifier: {type: 'more', text: 'más de', start: 15, end: 21}}},
  // A qualifier of three words glued to the word before it, with no article before that word.
  {lang: 'es', text: 'Pagaron preciosmás altos que 20 euros.', claim: 'más altos que 20 euros', expected: {kind: 'money', value: 20, unit: 'EUR', qualifier: {type: 'more', text: 'más altos que', start: 15, end: 28}}},
  {lang: 'es', text: 'Acudieron casi mediomillón de personas.', claim: 'casi mediomillón de personas', expected: {kind: 'quantity', value: 5e5, unit: 'persona', step: 1e5}},
  {lang: 'es', text: 'Celebran el 50aniversario de la relación.', claim: '50aniversario', expected: {kind: 'anniversary', value: 50}},
  {lang: 'es', text: 'Celebran el 50 aniversario de la relación.', claim: '50 aniversario', expected: {kind: 'anniversary', value: 50}},
  // Spanish ranks.
  {lang: 'es', text: 'Es el tercer mayor inversor del país.', claim: 'tercer mayor inversor', expected: {kind: 'rank', value: 3, superlative: 'mayor'}},
  {lang: 'es', text: 'Ocupa el tercer lugar entre 143 países.', claim: 'tercer lugar', expected: {kind: 'rank', value: 3, superlative: 'lugar', outOf: 143}},
  {lang: 'es', text: 'Japón es el cuarto socio comercial de México.', claim: 'cuarto socio comercial', expected: {kind: 'rank', value: 4}},
  {lang: 'es', text: 'Japón es el cuartosocio comercial de México.', claim: 'cuartosocio comercial', expected: {kind: 'rank', value: 4}},
  {lang: 'es', text: 'Es el segundo socio de la región.', claim: 'segundo socio', expected: {kind: 'rank', value: 2}},
  {lang: 'es', text: 'China es el mayorproveedor de la zona.', claim: 'mayorproveedor', expected: {kind: 'rank', value: 1, superlative: 'mayor'}},
  // Spanish dates.
  {lang: 'es', text: 'En 2022 se firmó el tratado.', claim: '2022', expected: {kind: 'year', value: 2022}},
  {lang: 'es', text: 'Este año crecerá la inversión.', claim: 'Este año', expected: {kind: 'year', relative: {unit: 'year', offset: 0}}},
  {lang: 'es', text: 'Ocurrió hace dos años en Lima.', claim: 'hace dos años', expected: {kind: 'year', relative: {unit: 'year', offset: -2}}},
  {lang: 'es', text: 'Cayó el año pasado y subirá el próximo año.', claim: 'el año pasado', expected: {kind: 'year', relative: {unit: 'year', offset: -1}}},
  {lang: 'es', text: 'Cayó el año pasado y subirá el próximo año.', claim: 'el próximo año', expected: {kind: 'year', relative: {unit: 'year', offset: 1}}},
  {lang: 'es', text: 'Se inauguró el pasado mayo.', claim: 'el pasado mayo', expected: {kind: 'date', relative: {unit: 'month', offset: -1, month: 5, previous: true}}},
  {lang: 'es', text: 'Se fundó el 21 de septiembre de 1973.', claim: '21 de septiembre de 1973', expected: {kind: 'date', date: '1973-09-21'}},
  {lang: 'es', text: 'La alianza dura ya medio siglo.', claim: 'medio siglo', expected: {kind: 'duration', value: 50, unit: 'year'}},
  // English.
  {lang: 'en', text: 'The year 2022 also marks the 50th anniversary of ties.', claim: '2022', expected: {kind: 'year', value: 2022}},
  {lang: 'en', text: 'The year 2022 also marks the 50th anniversary of ties.', claim: '50th anniversary', expected: {kind: 'anniversary', value: 50}},
  {lang: 'en', text: 'In May of last year, talks began.', claim: 'May of last year', expected: {kind: 'date', relative: {unit: 'month', offset: -1, month: 5}}},
  {lang: 'en', text: 'This year exports grew.', claim: 'This year', expected: {kind: 'year', relative: {unit: 'year', offset: 0}}},
  {lang: 'en', text: 'They met last May in Osaka.', claim: 'last May', expected: {kind: 'date', relative: {unit: 'month', offset: -1, month: 5, previous: true}}},
  {lang: 'en', text: 'Prices will rise next year.', claim: 'next year', expected: {kind: 'year', relative: {unit: 'year', offset: 1}}},
  {lang: 'en', text: 'It was founded on 21 September 1973 in Tokyo.', claim: '21 September 1973', expected: {kind: 'date', date: '1973-09-21'}},
  {lang: 'en', text: 'It raised approximately 60.98 billion yen ($440 million).', claim: 'approximately 60.98 billion yen', expected: {kind: 'money', value: 60.98e9, unit: 'JPY', precision: 4}},
  {lang: 'en', text: 'It raised approximately 60.98 billion yen ($440 million).', claim: '$440 million', expected: {kind: 'money', value: 440e6, unit: 'USD', precision: 3, step: 1e6}},
  {lang: 'en', text: 'Trade hit $50 billion in 2021.', claim: '$50 billion', expected: {kind: 'money', value: 50e9, unit: 'USD'}},
  {lang: 'en', text: 'The fund holds €12.4 billion.', claim: '€12.4 billion', expected: {kind: 'money', value: 12.4e9, unit: 'EUR', precision: 3, step: 1e8}},
  {lang: 'en', text: 'A loan of US$ 70 bn was signed.', claim: 'US$ 70 bn', expected: {kind: 'money', value: 70e9, unit: 'USD', precision: 2}},
  {lang: 'en', text: 'Some 19.5 million tons were shipped.', claim: 'Some 19.5 million tons', expected: {kind: 'quantity', value: 19.5e6, unit: 'ton', step: 1e5}},
  {lang: 'en', text: 'We counted 1.500 tons.', claim: '1.500 tons', expected: {kind: 'quantity', value: 1.5, unit: 'ton', precision: 4, step: 0.001}},
  // Fractions and halves in words: precision and step from their decimal digits (a third has no end: 12 digits).
  {lang: 'es', text: 'Votó la mitad de los socios.', claim: 'mitad', expected: {kind: 'quantity', value: 0.5, precision: 1, step: 0.1}},
  {lang: 'en', text: 'Three quarters of the staff left.', claim: 'Three quarters', expected: {kind: 'quantity', value: 0.75, precision: 2, step: 0.01}},
  {lang: 'en', text: 'It grew two and a half times.', claim: 'two and a half times', expected: {kind: 'quantity', value: 2.5, precision: 2, step: 0.1}},
  {lang: 'es', text: 'Llegaron dos tercios de los barcos.', claim: 'dos tercios', expected: {kind: 'quantity', value: 2 / 3, precision: 12, step: 1e-12}},
  // Fraction words built on a stem ("-avo", "-ésima"); "nuevo" ends in "-vo" and is none.
  {lang: 'es', text: 'Recibió tres dieciseisavos del total.', claim: 'tres dieciseisavos', expected: {kind: 'quantity', value: 3 / 16}},
  {lang: 'es', text: 'Cobra un doceavo del precio.', claim: 'un doceavo', expected: {kind: 'quantity', value: 1 / 12}},
  {lang: 'es', text: 'Queda una centésima parte.', claim: 'una centésima parte', expected: {kind: 'quantity', value: 0.01}},
  // English head nouns after hyphenated modifiers.
  {lang: 'en', text: 'They added 74 new foreign-invested projects.', claim: '74 new foreign-invested projects', expected: {kind: 'quantity', value: 74, unit: 'project', noun: {text: 'new foreign-invested projects', start: 14, end: 43}}},
  {lang: 'en', text: 'About 300 state-owned firms closed.', claim: 'About 300 state-owned firms', expected: {kind: 'quantity', value: 300, unit: 'firm'}},
  {lang: 'en', text: 'It serves half a million people.', claim: 'half a million people', expected: {kind: 'quantity', value: 5e5, unit: 'person'}},
  {lang: 'en', text: 'There are more than 5,000 projects.', claim: 'more than 5,000 projects', expected: {kind: 'quantity', value: 5000, unit: 'project', precision: 4, step: 1}},
  {lang: 'en', text: 'Sales reached nearly $50 billion.', claim: 'nearly $50 billion', expected: {kind: 'money', value: 50e9, unit: 'USD'}},
  {lang: 'en', text: 'Japan is the third largest investor here.', claim: 'third largest investor', expected: {kind: 'rank', value: 3, superlative: 'largest'}},
  {lang: 'en', text: 'Japan is the third-largest investor here.', claim: 'third-largest investor', expected: {kind: 'rank', value: 3, superlative: 'largest'}},
  {lang: 'en', text: 'She came 3rd in the race.', claim: '3rd', expected: {kind: 'rank', value: 3}},
  {lang: 'es', text: 'Quedó 2.º en la carrera.', claim: '2.º', expected: {kind: 'rank', value: 2}},
  // A figure before a verb counts nothing named; a figure opened by "Some" is no name.
  {lang: 'es', text: 'Apenas 300 llegaron a tiempo.', claim: '300', expected: {kind: 'quantity', value: 300}},
  {lang: 'es', text: 'De ellos, 120 serán eléctricos.', claim: '120', expected: {kind: 'quantity', value: 120, noun: undefined}},
  {lang: 'en', text: 'Only 40 trucks arrived; 11 landed.', claim: '11', expected: {kind: 'quantity', value: 11}},
  {lang: 'en', text: 'Some 450 people came.', claim: 'Some 450 people', expected: {kind: 'quantity', value: 450, unit: 'person'}},
  // Abbreviated months with their full stop; demonyms counted in English.
  {lang: 'en', text: 'The treaty was signed Sept. 21, 1973.', claim: 'Sept. 21, 1973', expected: {kind: 'date', date: '1973-09-21'}},
  {lang: 'en', text: 'Some 520,000 Vietnamese live in Japan.', claim: 'Some 520,000 Vietnamese', expected: {kind: 'quantity', value: 520000, unit: 'vietnamese'}},
  // A Spanish adjective before the counted noun.
  {lang: 'es', text: 'Se registraron 450 nuevos proyectos.', claim: '450 nuevos proyectos', expected: {kind: 'quantity', value: 450, unit: 'proyecto'}},
  // A season or fiscal year with the second year cut short.
  {lang: 'en', text: 'In fiscal 2022-23 revenue grew.', claim: '23', expected: {kind: 'year', value: 2023}},
  {lang: 'es', text: 'La temporada 2019/20 terminó.', claim: '2019', expected: {kind: 'year', value: 2019}},
  // A year before a currency name that is also a verb.
  {lang: 'en', text: 'The year 2022 marks the 50th anniversary.', claim: '2022', expected: {kind: 'year', value: 2022}},
  {lang: 'en', text: 'He paid 500 marks for it.', claim: '500 marks', expected: {kind: 'money', value: 500, unit: 'DEM'}},
  // Anniversaries named without their number.
  {lang: 'en', text: 'They marked the golden jubilee of the treaty.', claim: 'golden jubilee', expected: {kind: 'anniversary', value: 50}},
  {lang: 'es', text: 'Celebran las bodas de plata del acuerdo.', claim: 'bodas de plata', expected: {kind: 'anniversary', value: 25}},
  // Decades: bounds, no value.
  {lang: 'en', text: 'Trade boomed in the 1990s.', claim: '1990s', expected: {kind: 'decade', min: {value: 1990, inclusive: true}, max: {value: 1999, inclusive: true}}},
  {lang: 'en', text: "Trade boomed in the '80s.", claim: "'80s", expected: {kind: 'decade', min: {value: 1980, inclusive: true}, max: {value: 1989, inclusive: true}}},
  {lang: 'en', text: 'In the nineties trade boomed.', claim: 'nineties', expected: {kind: 'decade', min: {value: 1990, inclusive: true}}},
  {lang: 'es', text: 'El comercio creció en los años noventa.', claim: 'años noventa', expected: {kind: 'decade', min: {value: 1990, inclusive: true}, max: {value: 1999, inclusive: true}}},
  {lang: 'es', text: 'Llegaron en la década de 1980.', claim: 'década de 1980', expected: {kind: 'decade', min: {value: 1980, inclusive: true}}},
  {lang: 'es', text: 'Los años 2000 fueron buenos.', claim: 'años 2000', expected: {kind: 'decade', min: {value: 2000, inclusive: true}, max: {value: 2009, inclusive: true}}},
  // A glued "m": a million with money or a plural noun.
  {lang: 'en', text: 'He paid £2.5m for the site.', claim: '£2.5m', expected: {kind: 'money', value: 2.5e6, unit: 'GBP'}},
  {lang: 'en', text: 'The plan costs 1.5m euros.', claim: '1.5m euros', expected: {kind: 'money', value: 1.5e6, unit: 'EUR'}},
  {lang: 'en', text: 'The city had 1.5m residents.', claim: '1.5m residents', expected: {kind: 'quantity', value: 1.5e6, unit: 'resident'}},
  {lang: 'en', text: 'Japan is the main trading partner of the port.', claim: 'main trading partner', expected: {kind: 'rank', value: 1, superlative: 'main', noun: {text: 'trading partner', start: 18, end: 33}}},
  {lang: 'es', text: 'Japón es el principal inversor del puerto.', claim: 'principal inversor', expected: {kind: 'rank', value: 1, superlative: 'principal'}},
  {lang: 'en', text: 'China is its top economic partner.', claim: 'top economic partner', expected: {kind: 'rank', value: 1, superlative: 'top'}},
  {lang: 'en', text: 'It is the largest among the members.', claim: 'largest', expected: {kind: 'rank', value: 1}},
  {lang: 'en', text: 'Growth was 12% last quarter.', claim: '12%', expected: {kind: 'percent', value: 12, unit: '%'}},
  {lang: 'en', text: 'The alliance has lasted for 50 years.', claim: '50 years', expected: {kind: 'duration', value: 50, unit: 'year'}},
  {lang: 'en', text: 'It happened two years ago.', claim: 'two years ago', expected: {kind: 'year', relative: {unit: 'year', offset: -2}}}
]

describe('extractClaims: claims with exact values and offsets', () => {
  it.each(rows.map((row) => [row.lang, row.claim, row] as const))('%s: %s', (_lang, _claim, row) => {
    const claims = extractClaims(row.text, {lang: row.lang})
    const [start, end] = find(row.text, row.claim, row.nth)
    const found = claims.find((claim) => claim.start === start && claim.end === end)
    expect(found, JSON.stringify(claims.map((c) => [c.kind, c.text]))).toBeDefined()
    expect(found!.text).toBe(row.text.slice(start, end))
    expect(found).toMatchObject(row.expected)
  })
})

describe('extractClaims: qualifiers, nouns and scales', () => {
  it('records the qualifier as written with its offsets (es)', () => {
    const text = 'Japón tiene más de cinco proyectos.'
    const [claim] = extractClaims(text, {lang: 'es'})
    expect(claim.qualifier).toEqual({type: 'more', text: 'más de', start: 12, end: 18})
    expect(claim.noun).toEqual({text: 'proyectos', start: 25, end: 34})
    expect(claim.min).toEqual({value: 5, inclusive: false})
    expect(claim.max).toBeNull()
  })

  it('records the scale words and their factor', () => {
    const text = 'Un monto superior a 70 mil millones de dólares.'
    const [claim] = extractClaims(text, {lang: 'es'})
    expect(claim.scale).toEqual({text: 'mil millones', start: 23, end: 35, factor: 1e9})
    expect(claim.qualifier).toMatchObject({type: 'more', text: 'superior a'})
  })

  it('starts a glued qualifier at the qualifier, not at the word it is glued to', () => {
    const text = 'El comercio alcanzócasi 50 mil millones de dólares.'
    const [claim] = extractClaims(text, {lang: 'es'})
    expect(claim.qualifier).toEqual({type: 'almost', text: 'casi', start: 19, end: 23})
    expect(claim.start).toBe(19)
  })

  it('reads the rank noun "socio comercial" in glued copy', () => {
    const text = 'Japón es el cuartosocio comercial de México.'
    const [claim] = extractClaims(text, {lang: 'es'})
    expect(claim.noun).toEqual({text: 'socio comercial', start: 18, end: 33})
  })
})

describe('extractClaims: separators follow the language unless told', () => {
  const cases: Array<[Lang, ',' | '.' | undefined, string, number]> = [
    ['es', undefined, '19,5', 19.5],
    ['en', undefined, '19.5', 19.5],
    ['es', undefined, '1.500', 1500],
    ['en', undefined, '1.500', 1.5],
    ['en', undefined, '1,500', 1500],
    ['es', '.', '1,500', 1500],
    ['es', '.', '1.500', 1.5],
    ['es', undefined, '1.234.567', 1234567],
    ['en', undefined, '1,234,567.89', 1234567.89],
    ['es', undefined, '1.234.567,89', 1234567.89]
  ]
  it.each(cases)('%s (decimal %s): %s → %d', (lang, decimal, figure, value) => {
    const claims = extractClaims(`Hay ${figure} cosas.`, {lang, decimal})
    expect(claims.map((c) => c.value)).toEqual([value])
  })
})

describe('extractClaims: no claim', () => {
  const cases: Array<[Lang, string]> = [
    ['es', 'Es uno de los pilares de la relación.'],
    ['en', 'It is one of the pillars of the relationship.'],
    ['en', 'One of the largest investors left.'],
    ['es', 'Es uno de los mayores inversores.'],
    ['en', 'The COVID-19 pandemic hit trade.'],
    ['en', 'Leaders of the Group of Seven met.'],
    ['es', 'Llame al +34 912 345 678 hoy.'],
    ['en', 'See https://example.com/2022/05/10/report for more.'],
    ['es', 'Escriba a datos2022@example.com mañana.'],
    ['en', 'Visit WWW.Example.com/2021 today.'],
    // A vague superlative ranks a role, not a road or a reason.
    ['en', 'Residents along the main highway complain.'],
    ['en', 'The leading cause of delays is the bridge.'],
    ['es', 'La principal razón es el precio del suelo.'],
    ['es', 'Fuente: https://datos.example.es/2023/10 (consulta).'],
    ['en', 'The 180ml bottle.'],
    ['es', 'Es el mayordomo de la casa.'],
    // An ordinal that ranks nothing counts nothing either.
    ['en', 'Trade grew in the 21st century.'],
    ['en', 'Trade grew in the twenty-first century.'],
    ['en', 'She finished twenty-first.'],
    ['fr', 'Elle a terminé vingt et unième.'],
    ['en', ''],
    ['es', '   \n\n  ']
  ]
  it.each(cases)('%s: %j', (lang, text) => {
    expect(extractClaims(text, {lang})).toEqual([])
  })

  it('skips the URLs of one sentence and reads the sentences around it', () => {
    const text = 'Exports rose 5% in 2021. The report is at https://example.com/2022/05 and www.example.org/7 online. Imports fell 3%.'
    expect(extractClaims(text, {lang: 'en'}).map((c) => [c.kind, c.text, c.start])).toEqual([
      ['percent', '5%', 13],
      ['year', '2021', 19],
      ['percent', '3%', 113]
    ])
  })

  it('reads list numbering as no claim but the figures of the item', () => {
    const claims = extractClaims('1. Se firmaron 12 acuerdos.\n2. Otro punto.', {lang: 'es'})
    expect(claims.map((c) => [c.kind, c.text])).toEqual([['quantity', '12 acuerdos']])
  })

  it('reads a year as a year, never an amount', () => {
    const claims = extractClaims('In 2023 the plan changed.', {lang: 'en'})
    expect(claims).toEqual([{kind: 'year', start: 3, end: 7, text: '2023', value: 2023}])
  })

  it('rejects an unknown language', () => {
    expect(() => extractClaims('5 Dinge', {lang: 'de' as Lang})).toThrow('Unexpected language `de`, expected one of `en`, `es`')
  })
})
