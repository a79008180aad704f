import {describe, expect, it} from 'vitest'
import {lines, lintOne} from './helpers.js'

const id = 'derived-figure'

describe(id, () => {
  it.each([
    ['a right percentage change (en)', 'Exports grew 20% to $2.4 billion from $2.0 billion.'],
    ['a right fall (es)', 'Las exportaciones cayeron un 10% hasta 1.800 millones de dólares desde 2.000 millones de dólares.'],
    ['a right rate (es)', 'El aeropuerto recibe 300.000 pasajeros al día, unos 110 millones al año.'],
    ['a right share (en)', 'Japan gave $40 million, or 25% of $160 million.'],
    ['a right sum (es)', 'Japón aportó 5 millones de dólares y Corea 7 millones de dólares, un total de 12 millones de dólares.'],
    ['a right per-capita figure from the registry population (es)', 'España gastará 36.000 millones de euros, unos 750 euros por habitante.'],
    ['a right per-capita figure from a population in the sentence (es)', 'Eslovenia, con 2 millones de habitantes, invertirá 1.500 millones de euros, unos 750 euros por habitante.'],
    ['a right per-capita figure from a population in the sentence (en)', 'Slovenia, with 2 million inhabitants, will invest €1.5 billion, about €750 per inhabitant.'],
    ['a right rate (en)', 'The airport handles 300,000 passengers a day, about 110 million a year.'],
    ['a right share (es)', 'Japón aportó 40 millones de dólares, el 25% de 160 millones de dólares.']
  ])('accepts %s', async (_name, text) => {
    expect(await lines(id, text)).toEqual([])
  })

  it('flags a wrong percentage change (en)', async () => {
    expect(await lines(id, 'Exports grew 12% to $2.4 billion from $2.0 billion.')).toEqual([
      '1:14-1:17 warning Unexpected `12%` for the change from `$2.0 billion` to `$2.4 billion`, expected between 14.6% and 25.7%'
    ])
  })

  it('flags a yearly figure that does not follow from the daily one (es)', async () => {
    expect(await lines(id, 'El aeropuerto recibe 300.000 pasajeros al día, más de 200 millones al año.')).toEqual([
      '1:48-1:67 warning Unexpected `más de 200 millones` al año for `300.000 pasajeros` al día, expected between 109,5 millones and 109,8 millones'
    ])
  })

  it('flags a wrong sum (es)', async () => {
    expect(await lines(id, 'Japón aportó 5 millones de dólares y Corea 7 millones de dólares, un total de 15 millones de dólares.')).toEqual([
      '1:79-1:101 warning Unexpected `15 millones de dólares` as the total of `5 millones de dólares` + `7 millones de dólares`, expected between US$11 millones and US$13 millones'
    ])
  })

  it('flags a per-capita figure against the registry population (es)', async () => {
    expect(await lines(id, 'España gastará 36.000 millones de euros, unos 1.500 euros por habitante.')).toEqual([
      '1:42-1:58 warning Unexpected `unos 1.500 euros` for `36.000 millones de euros` over the population of `spain` (registry `spain-population-2023`), expected between €732 and €768'
    ])
  })

  it('flags a per-capita figure against a population stated in the sentence (en)', async () => {
    expect(await lines(id, 'Slovenia, with 2 million inhabitants, will invest €1.5 billion, about €1,500 per inhabitant.')).toEqual([
      '1:65-1:77 warning Unexpected `about €1,500` for `€1.5 billion` over `2 million inhabitants`, expected between €580 and €1,033'
    ])
  })

  it('flags a wrong share (es)', async () => {
    expect(await lines(id, 'Japón aportó 40 millones de dólares, el 50% de 160 millones de dólares.')).toEqual([
      '1:41-1:44 warning Unexpected `50%` for `40 millones de dólares` of `160 millones de dólares`, expected between 24,6% and 25,4%'
    ])
  })

  it.each([
    ['en', 'The city of 1.2 million people will spend $600 million, about $5,000 per resident.', '1:57-1:69 warning Unexpected `about $5,000` for `$600 million` over `1.2 million people`, expected between US$480 and US$522'],
    ['es', 'La ciudad, de 1,2 millones de personas, gastará 600 millones de dólares, unos 5.000 dólares por habitante.', '1:74-1:92 warning Unexpected `unos 5.000 dólares` for `600 millones de dólares` over `1,2 millones de personas`, expected between US$480 and US$522']
  ])('divides by a population counted in other words (%s)', async (_lang, text, expected) => {
    expect(await lines(id, text)).toEqual([expected])
  })

  it('reads "hasta" after a change as "to", and plural verbs of a fall (es)', async () => {
    expect(
      await lines(id, 'Las exportaciones crecieron un 32% hasta 2.400 millones de dólares en 2022, desde 2.100 millones de dólares un año antes.')
    ).toEqual([
      '1:32-1:35 warning Unexpected `32%` for the change from `2.100 millones de dólares` to `hasta 2.400 millones de dólares`, expected between 9,3% and 19,6%'
    ])
    expect(await lines(id, 'Las exportaciones cayeron un 10% hasta 1.800 millones de dólares desde 2.000 millones de dólares.')).toEqual([])
    expect(await lines(id, 'Bajo el acuerdo, las ventas crecieron un 10% hasta 2.200 millones de dólares desde 2.000 millones de dólares.')).toEqual([])
  })

  it('sums parts that share the currency written after the last one (es)', async () => {
    expect(await lines(id, 'Japón y Corea aportaron 5 millones y 7 millones de dólares, un total de 15 millones de dólares.')).toEqual([
      '1:73-1:95 warning Unexpected `15 millones de dólares` as the total of `5 millones` + `7 millones de dólares`, expected between US$11 millones and US$13 millones'
    ])
    expect(await lines(id, 'Japón y Corea aportaron 5 millones y 7 millones de dólares, un total de 12 millones de dólares.')).toEqual([])
  })
})

describe('derived-figure: changes in every common wording (issue 12 §3)', () => {
  it.each([
    ['en', 'Exports shifted about 160% from $23 billion to $60 billion.'],
    ['es', 'Las ventas cayeron un 50%, de 100 millones a 50 millones.'],
    ['es', 'Las exportaciones pasaron de 100 millones a 150 millones de dólares, un alza del 50%.'],
    ['es', 'Las exportaciones subieron un 50% hasta 150 millones de dólares desde 100 millones.'],
    ['en', 'Sales rose 60% from 5 to 8 million tonnes.']
  ])('accepts %s: %s', async (_lang, text) => {
    expect(await lines('derived-figure', text)).toEqual([])
  })

  it.each([
    ['en', 'Exports shifted about 62% from $23 billion to $60 billion.', '1:17-1:26 warning Unexpected `about 62%` for the change from `$23 billion` to `$60 billion`, expected between 153.1% and 168.9%'],
    ['es', 'Las ventas cayeron un 10%, de 100 millones a 50 millones.', '1:23-1:26 warning Unexpected `10%` for the change from `100 millones` to `50 millones`, expected between 49,2% and 50,8%'],
    ['es', 'Las exportaciones pasaron de 100 millones a 150 millones de dólares, un alza del 20%.', '1:82-1:85 warning Unexpected `20%` for the change from `100 millones` to `150 millones de dólares`, expected between 48,7% and 51,3%'],
    ['es', 'Las exportaciones subieron un 20% hasta 150 millones de dólares desde 100 millones.', '1:31-1:34 warning Unexpected `20%` for the change from `100 millones` to `hasta 150 millones de dólares`, expected between 48,7% and 51,3%']
  ])('flags %s: %s', async (_lang, text, message) => {
    expect(await lines('derived-figure', text)).toEqual([message])
  })
})

describe('derived-figure: shares in both orders, only with the quantity they are a share of (issue 12 §3)', () => {
  it.each([
    ['es', 'Los países nórdicos, con 1.950 millones de euros, aportaron el 40% de los 4.870 millones de ingresos del grupo.'],
    ['en', 'Electric models were 15% of the 3.5 million cars sold, about 520,000 cars.'],
    // "57% of the sample": no figure after "of", so no share of "twenty".
    ['en', '426 firms (57% of the sample) report twenty to twenty-seven quarters of growth.'],
    ['es', '426 empresas (el 57% de la muestra) declaran entre veinte y veintisiete trimestres de crecimiento.']
  ])('accepts %s: %s', async (_lang, text) => {
    expect(await lines('derived-figure', text)).toEqual([])
  })

  it.each([
    [
      'es',
      'Los países nórdicos, con 1.950 millones de euros, aportaron el 45% de los 4.870 millones de ingresos del grupo.',
      '1:64-1:67 warning Unexpected `45%` for `1.950 millones de euros` of `4.870 millones de ingresos`, expected between 39,8% and 40,2%'
    ],
    ['en', 'Electric models were 12% of the 3.5 million cars sold, about 520,000 cars.', '1:22-1:25 warning Unexpected `12%` for `about 520,000 cars` of `3.5 million cars`, expected between 13.1% and 16.6%']
  ])('flags %s: %s', async (_lang, text, message) => {
    expect(await lines('derived-figure', text)).toEqual([message])
  })
})

describe('derived-figure: a change against "más que" / "more than", and sums of bare parts (issue 12 §3)', () => {
  it.each([
    ['es', 'Hacienda prevé ingresar 415 millones por el impuesto de bienes inmuebles, un 4% más que los 399 millones del año anterior.'],
    ['en', 'The city expects 415 million euros from property tax, 4% more than the 399 million of last year.'],
    ['es', 'El reparto: transporte recibe 310 millones, vivienda 185 millones y servicios sociales 240 millones, en total 735 millones de euros.']
  ])('accepts %s: %s', async (_lang, text) => {
    expect(await lines('derived-figure', text)).toEqual([])
  })

  it.each([
    [
      'es',
      'Hacienda prevé ingresar 415 millones por el impuesto de bienes inmuebles, un 6% más que los 399 millones del año anterior.',
      '1:78-1:80 warning Unexpected `6%` for the change from `399 millones` to `415 millones`, expected between 3,7% and 4,3%'
    ],
    [
      'en',
      'The city expects 415 million euros from property tax, 6% more than the 399 million of last year.',
      '1:55-1:57 warning Unexpected `6%` for the change from `399 million` to `415 million euros`, expected between 3.7% and 4.3%'
    ],
    [
      'es',
      'El reparto: transporte recibe 310 millones, vivienda 185 millones y servicios sociales 240 millones, en total 755 millones de euros.',
      '1:111-1:132 warning Unexpected `755 millones de euros` as the total of `310 millones` + `185 millones` + `240 millones`, expected between €733,5 millones and €736,5 millones'
    ]
  ])('flags %s: %s', async (_lang, text, message) => {
    expect(await lines('derived-figure', text)).toEqual([message])
  })
})

describe('derived-figure: parts of different units make no sum', () => {
  it('leaves "150 metres" and "4.2 megawatts" alone', async () => {
    expect(await lines('derived-figure', 'Each of the 48 turbines stands 150 metres tall and delivers up to 4.2 megawatts, a total of about 200 for the farm.')).toEqual([])
  })
})

describe('derived-figure: a suggested replacement where one is certain (issue 12 §6)', () => {
  it.each([
    ['El reparto: transporte recibe 310 millones, vivienda 185 millones y servicios sociales 240 millones, en total 755 millones de euros.', ['735 millones de euros']],
    ['Los países nórdicos, con 1.950 millones de euros, aportaron el 45% de los 4.870 millones de ingresos del grupo.', ['40%']],
    ['The plants made 5,200 and 3,100 units, a total of 8,400 units.', ['8,300 units']],
    // Several figures of the stated precision fit: no suggestion.
    ['Exports grew 12% to $2.4 billion from $2.0 billion.', []]
  ])('%s', async (text, expected) => {
    const file = await lintOne('derived-figure', text)
    expect(file.messages.map((m) => m.expected)).toEqual([expected])
  })
})
