import rule from '../../rules/derived-figure.js'
import {ruleTester} from './tester.js'

ruleTester.run(rule, {
  valid: [
    {name: 'a right percentage change (en)', text: 'Exports grew 20% to $2.4 billion from $2.0 billion.'},
    {name: 'a right fall (es)', text: 'Las exportaciones cayeron un 10% hasta 1.800 millones de dólares desde 2.000 millones de dólares.'},
    {name: 'a right rate (es)', text: 'El aeropuerto recibe 300.000 pasajeros al día, unos 110 millones al año.'},
    {name: 'a right share (en)', text: 'Japan gave $40 million, or 25% of $160 million.'},
    {name: 'a right sum (es)', text: 'Japón aportó 5 millones de dólares y Corea 7 millones de dólares, un total de 12 millones de dólares.'},
    {name: 'a right per-capita figure from the registry population (es)', text: 'España gastará 36.000 millones de euros, unos 750 euros por habitante.'},
    {name: 'a right per-capita figure from a population in the sentence (es)', text: 'Eslovenia, con 2 millones de habitantes, invertirá 1.500 millones de euros, unos 750 euros por habitante.'},
    {name: 'a right per-capita figure from a population in the sentence (en)', text: 'Slovenia, with 2 million inhabitants, will invest €1.5 billion, about €750 per inhabitant.'},
    {name: 'a right rate (fr)', text: "L'aéroport accueille 300 000 passagers par jour, soit environ 110 millions par an."},
    // Seen on Spanish manual pages: rows of a listing run into one sentence, and "total" heads a column.
    {name: 'rows of a listing are no sum (es)', text: 'Ejemplo de salida:\n\n\t  Jul  3  total\t1.17\n\t  Jul  4  total\t2.10\n\t  Jul  5  total\t8.23\n'},
    // A bare count of the sentence is the one meant, not the noun's count of an earlier sentence.
    {name: 'a per-unit figure of a bare count, after the whole fleet (es)', text: 'La empresa gestiona una flota de 640 autobuses. De ellos, 120 serán eléctricos, lo que costará unos 72 millones de euros, alrededor de 600.000 euros por autobús.'},
    {name: 'a per-unit figure of a count stated a paragraph before (en)', text: 'The new clinic opened in March with 80 beds.\n\nIt cost $40 million, about $500,000 per bed, the ministry said.\n'},
    // French changes, per-unit figures, shares and sums read the French pack's words.
    {name: 'a right change, passant de … à … (fr)', text: "Les exportations ont augmenté de 50 %, passant de 100 millions d'euros à 150 millions d'euros."},
    {name: 'a right figure par habitant (fr)', text: "Le budget de 1,2 milliard d'euros, soit 1 000 euros par habitant, couvre 1,2 million d'habitants."},
    {name: 'a right share, soit … des … (fr)', text: "Les ventes ont atteint 40 millions d'euros, soit 50 % des 80 millions d'euros du secteur."},
    {name: 'a right sum, au total (fr)', text: "Les deux usines ont coûté 5 millions d'euros et 7 millions d'euros, au total 12 millions d'euros."},
    {name: 'a right monthly figure said before, with "chaque mois" (fr)', text: 'Chaque mois, environ 9 millions de passagers passent par le terminal, soit 108 millions par an.'},
    {name: 'a right rate (en)', text: 'The airport handles 300,000 passengers a day, about 110 million a year.'},
    {name: 'a right share (es)', text: 'Japón aportó 40 millones de dólares, el 25% de 160 millones de dólares.'},
    {name: 'a right change after "hasta", with a plural verb of a fall (es)', text: 'Bajo el acuerdo, las ventas crecieron un 10% hasta 2.200 millones de dólares desde 2.000 millones de dólares.'},
    {name: 'a right sum of parts sharing the currency written after the last (es)', text: 'Japón y Corea aportaron 5 millones y 7 millones de dólares, un total de 12 millones de dólares.'},
    // Changes in every common wording (issue 12 §3).
    {name: 'shifted about 160% from … to (en)', text: 'Exports shifted about 160% from $23 billion to $60 billion.'},
    {name: 'cayeron un 50%, de … a (es)', text: 'Las ventas cayeron un 50%, de 100 millones a 50 millones.'},
    {name: 'pasaron de … a …, un alza del 50% (es)', text: 'Las exportaciones pasaron de 100 millones a 150 millones de dólares, un alza del 50%.'},
    {name: 'subieron un 50% hasta … desde (es)', text: 'Las exportaciones subieron un 50% hasta 150 millones de dólares desde 100 millones.'},
    {name: 'rose 60% from 5 to 8 million tonnes (en)', text: 'Sales rose 60% from 5 to 8 million tonnes.'},
    // Shares in both orders, only with the quantity they are a share of (issue 12 §3).
    {name: 'a share after its part (es)', text: 'Los países nórdicos, con 1.950 millones de euros, aportaron el 40% de los 4.870 millones de ingresos del grupo.'},
    {name: 'a share before its part (en)', text: 'Electric models were 15% of the 3.5 million cars sold, about 520,000 cars.'},
    // "57% of the sample": no figure after "of", so no share of "twenty".
    {name: 'a share of no figure (en)', text: '426 firms (57% of the sample) report twenty to twenty-seven quarters of growth.'},
    {name: 'a share of no figure (es)', text: '426 empresas (el 57% de la muestra) declaran entre veinte y veintisiete trimestres de crecimiento.'},
    // A change against "más que" / "more than", and sums of bare parts (issue 12 §3).
    {name: 'un 4% más que (es)', text: 'Hacienda prevé ingresar 415 millones por el impuesto de bienes inmuebles, un 4% más que los 399 millones del año anterior.'},
    {name: '4% more than (en)', text: 'The city expects 415 million euros from property tax, 4% more than the 399 million of last year.'},
    {name: 'a right sum of bare parts (es)', text: 'El reparto: transporte recibe 310 millones, vivienda 185 millones y servicios sociales 240 millones, en total 735 millones de euros.'},
    // Parts of different units make no sum.
    {name: '"150 metres" and "4.2 megawatts" make no sum (en)', text: 'Each of the 48 turbines stands 150 metres tall and delivers up to 4.2 megawatts, a total of about 200 for the farm.'},
    // A change written as one range "de X a Y" beside a verb of change; an age range beside a percentage is none.
    {name: 'a right rise written as a range (es)', text: 'La población creció un 5,2% en diez años, de 1.187.000 a 1.248.300 personas.'},
    {name: 'a right rise written as a range (en)', text: 'The population grew 5.2% in ten years, from 1,187,000 to 1,248,300 people.'},
    {name: 'a right fall written high to low as a range (es)', text: 'La plantilla cayó un 50%, de 1.000 a 500 empleados.'},
    {name: 'an age range beside a percentage (es)', text: 'Hay un 5% de descuento para niños de 3 a 12 años.'},
    {name: 'an age range beside a percentage (en)', text: 'There is a 5% discount for children from 3 to 12 years old.'},
    {name: 'a range whose scale word is read on one end only (es)', text: 'Las ventas cayeron un 10%, de 100 a 50 millones de euros.'},
    // A year's total told with its year, then as a rate; a period said before the first figure.
    {name: 'a right daily rate of a dated yearly total (en)', text: 'The airline flew 14.2 million passengers in 2024, about 39,000 a day.'},
    {name: 'a right yearly figure of a monthly one said with "cada mes" (es)', text: 'Cada mes llegaron 1.790 millones de dólares, unos 21.500 millones al año.'},
    {name: 'a dated figure and a rate of something else, not in apposition (en)', text: 'The airline had 86 aircraft in 2024, and 3 a day were in maintenance.'},
    {name: 'a right share "of the total" (en)', text: 'The United States bought 4.4 million bags, about 35% of the total 12.6 million.'},
    {name: 'a right share "del total de" (es)', text: 'Estados Unidos aportó 1,2 millones de turistas, el 45% del total de 2,66 millones.'}
  ],
  invalid: [
    {
      name: 'a wrong percentage change, with no suggestion when several figures fit (en)',
      text: 'Exports grew 12% to $2.4 billion from $2.0 billion.',
      errors: [{messageId: 'change', line: 1, column: 14, endLine: 1, endColumn: 17, severity: 'warning', message: 'Unexpected `12%` for the change from `$2.0 billion` to `$2.4 billion`, expected between 14.6% and 25.7%', suggestions: []}]
    },
    {
      name: 'a per-unit figure that does not follow from a count stated a paragraph before (en)',
      text: 'The new clinic opened in March with 80 beds.\n\nIt cost $40 million, about $900,000 per bed, the ministry said.\n',
      errors: [{messageId: 'perUnit', line: 3, column: 22, endLine: 3, endColumn: 36, message: 'Unexpected `about $900,000` for `$40 million` over `80 beds`, expected between US$490,683 and US$509,434'}]
    },
    {
      name: 'a change that does not follow from its ends (fr)',
      text: "Les exportations ont augmenté de 12 %, passant de 100 millions d'euros à 150 millions d'euros.",
      errors: [{messageId: 'change', line: 1, column: 34, endLine: 1, endColumn: 38, message: "Unexpected `12 %` for the change from `100 millions d'euros` to `150 millions d'euros`, expected between 48,7% and 51,3%", suggestions: ['50 %']}]
    },
    {
      name: 'a figure par habitant that does not follow from the total and the population (fr)',
      text: "Le budget de 1,2 milliard d'euros, soit 300 euros par habitant, couvre 1,2 million d'habitants.",
      errors: [{messageId: 'perUnit', line: 1, column: 41, endLine: 1, endColumn: 50}]
    },
    {
      name: 'a share that does not follow from its part and whole (fr)',
      text: "Les ventes ont atteint 40 millions d'euros, soit 25 % des 80 millions d'euros du secteur.",
      errors: [{messageId: 'share', line: 1, column: 50, endLine: 1, endColumn: 54, suggestions: ['50 %']}]
    },
    {
      name: 'a wrong sum, au total (fr)',
      text: "Les deux usines ont coûté 5 millions d'euros et 7 millions d'euros, au total 15 millions d'euros.",
      errors: [{messageId: 'sum', line: 1, column: 78, endLine: 1, endColumn: 97, suggestions: ["12 millions d'euros"]}]
    },
    {
      name: 'a yearly figure that does not follow from the daily one (fr)',
      text: "L'aéroport accueille 300 000 passagers par jour, soit environ 150 millions par an.",
      errors: [{messageId: 'rate', line: 1, column: 55, endLine: 1, endColumn: 75, severity: 'warning', message: 'Unexpected `environ 150 millions` par an for `300 000 passagers` par jour, expected between 109,5 millions and 109,8 millions'}]
    },
    {
      name: 'a yearly figure that does not follow from a monthly one said with "chaque mois" (fr)',
      text: 'Chaque mois, environ 9 millions de passagers passent par le terminal, soit 150 millions par an.',
      errors: [{messageId: 'rate', line: 1, column: 76, endLine: 1, endColumn: 88, severity: 'warning', message: 'Unexpected `150 millions` par an for `environ 9 millions de passagers` par mois, expected between 96,93 millions and 119,1 millions'}]
    },
    {
      name: 'a yearly figure that does not follow from the daily one (es)',
      text: 'El aeropuerto recibe 300.000 pasajeros al día, más de 200 millones al año.',
      errors: [{messageId: 'rate', line: 1, column: 48, endLine: 1, endColumn: 67, severity: 'warning', message: 'Unexpected `más de 200 millones` al año for `300.000 pasajeros` al día, expected between 109,5 millones and 109,8 millones'}]
    },
    {
      name: 'a wrong sum (es)',
      text: 'Japón aportó 5 millones de dólares y Corea 7 millones de dólares, un total de 15 millones de dólares.',
      errors: [{messageId: 'sum', line: 1, column: 79, endLine: 1, endColumn: 101, severity: 'warning', message: 'Unexpected `15 millones de dólares` as the total of `5 millones de dólares` + `7 millones de dólares`, expected between US$11 millones and US$13 millones'}]
    },
    {
      name: 'a per-capita figure against the registry population (es)',
      text: 'España gastará 36.000 millones de euros, unos 1.500 euros por habitante.',
      errors: [{messageId: 'perUnit', line: 1, column: 42, endLine: 1, endColumn: 58, severity: 'warning', message: 'Unexpected `unos 1.500 euros` for `36.000 millones de euros` over the population of `spain` (registry `spain-population-2023`), expected between €732 and €768'}]
    },
    {
      name: 'a per-capita figure against a population stated in the sentence (en)',
      text: 'Slovenia, with 2 million inhabitants, will invest €1.5 billion, about €1,500 per inhabitant.',
      errors: [{messageId: 'perUnit', line: 1, column: 65, endLine: 1, endColumn: 77, severity: 'warning', message: 'Unexpected `about €1,500` for `€1.5 billion` over `2 million inhabitants`, expected between €580 and €1,033'}]
    },
    {
      name: 'a wrong share (es)',
      text: 'Japón aportó 40 millones de dólares, el 50% de 160 millones de dólares.',
      errors: [{messageId: 'share', line: 1, column: 41, endLine: 1, endColumn: 44, severity: 'warning', message: 'Unexpected `50%` for `40 millones de dólares` of `160 millones de dólares`, expected between 24,6% and 25,4%'}]
    },
    {
      name: 'a population counted in other words (en)',
      text: 'The city of 1.2 million people will spend $600 million, about $5,000 per resident.',
      errors: [{messageId: 'perUnit', line: 1, column: 57, endLine: 1, endColumn: 69, severity: 'warning', message: 'Unexpected `about $5,000` for `$600 million` over `1.2 million people`, expected between US$480 and US$522'}]
    },
    {
      name: 'a population counted in other words (es)',
      text: 'La ciudad, de 1,2 millones de personas, gastará 600 millones de dólares, unos 5.000 dólares por habitante.',
      errors: [{messageId: 'perUnit', line: 1, column: 74, endLine: 1, endColumn: 92, severity: 'warning', message: 'Unexpected `unos 5.000 dólares` for `600 millones de dólares` over `1,2 millones de personas`, expected between US$480 and US$522'}]
    },
    {
      name: '"hasta" after a change read as "to" (es)',
      text: 'Las exportaciones crecieron un 32% hasta 2.400 millones de dólares en 2022, desde 2.100 millones de dólares un año antes.',
      errors: [{messageId: 'change', line: 1, column: 32, endLine: 1, endColumn: 35, severity: 'warning', message: 'Unexpected `32%` for the change from `2.100 millones de dólares` to `hasta 2.400 millones de dólares`, expected between 9,3% and 19,6%'}]
    },
    {
      name: 'parts that share the currency written after the last one (es)',
      text: 'Japón y Corea aportaron 5 millones y 7 millones de dólares, un total de 15 millones de dólares.',
      errors: [{messageId: 'sum', line: 1, column: 73, endLine: 1, endColumn: 95, severity: 'warning', message: 'Unexpected `15 millones de dólares` as the total of `5 millones` + `7 millones de dólares`, expected between US$11 millones and US$13 millones'}]
    },
    {
      name: 'shifted about 62% from … to (en)',
      text: 'Exports shifted about 62% from $23 billion to $60 billion.',
      errors: [{messageId: 'change', line: 1, column: 17, endLine: 1, endColumn: 26, severity: 'warning', message: 'Unexpected `about 62%` for the change from `$23 billion` to `$60 billion`, expected between 153.1% and 168.9%'}]
    },
    {
      name: 'cayeron un 10%, de … a (es)',
      text: 'Las ventas cayeron un 10%, de 100 millones a 50 millones.',
      errors: [{messageId: 'change', line: 1, column: 23, endLine: 1, endColumn: 26, severity: 'warning', message: 'Unexpected `10%` for the change from `100 millones` to `50 millones`, expected between 49,2% and 50,8%'}]
    },
    {
      name: 'pasaron de … a …, un alza del 20% (es)',
      text: 'Las exportaciones pasaron de 100 millones a 150 millones de dólares, un alza del 20%.',
      errors: [{messageId: 'change', line: 1, column: 82, endLine: 1, endColumn: 85, severity: 'warning', message: 'Unexpected `20%` for the change from `100 millones` to `150 millones de dólares`, expected between 48,7% and 51,3%'}]
    },
    {
      name: 'subieron un 20% hasta … desde (es)',
      text: 'Las exportaciones subieron un 20% hasta 150 millones de dólares desde 100 millones.',
      errors: [{messageId: 'change', line: 1, column: 31, endLine: 1, endColumn: 34, severity: 'warning', message: 'Unexpected `20%` for the change from `100 millones` to `hasta 150 millones de dólares`, expected between 48,7% and 51,3%'}]
    },
    {
      name: 'a wrong share after its part, with the certain share (es)',
      text: 'Los países nórdicos, con 1.950 millones de euros, aportaron el 45% de los 4.870 millones de ingresos del grupo.',
      errors: [{messageId: 'share', line: 1, column: 64, endLine: 1, endColumn: 67, severity: 'warning', message: 'Unexpected `45%` for `1.950 millones de euros` of `4.870 millones de ingresos`, expected between 39,8% and 40,2%', suggestions: ['40%']}]
    },
    {
      name: 'a wrong share before its part (en)',
      text: 'Electric models were 12% of the 3.5 million cars sold, about 520,000 cars.',
      errors: [{messageId: 'share', line: 1, column: 22, endLine: 1, endColumn: 25, severity: 'warning', message: 'Unexpected `12%` for `about 520,000 cars` of `3.5 million cars`, expected between 13.1% and 16.6%'}]
    },
    {
      name: 'un 6% más que (es)',
      text: 'Hacienda prevé ingresar 415 millones por el impuesto de bienes inmuebles, un 6% más que los 399 millones del año anterior.',
      errors: [{messageId: 'change', line: 1, column: 78, endLine: 1, endColumn: 80, severity: 'warning', message: 'Unexpected `6%` for the change from `399 millones` to `415 millones`, expected between 3,7% and 4,3%'}]
    },
    {
      name: '6% more than (en)',
      text: 'The city expects 415 million euros from property tax, 6% more than the 399 million of last year.',
      errors: [{messageId: 'change', line: 1, column: 55, endLine: 1, endColumn: 57, severity: 'warning', message: 'Unexpected `6%` for the change from `399 million` to `415 million euros`, expected between 3.7% and 4.3%'}]
    },
    {
      name: 'a wrong sum of bare parts, with the certain total (es)',
      text: 'El reparto: transporte recibe 310 millones, vivienda 185 millones y servicios sociales 240 millones, en total 755 millones de euros.',
      errors: [
        {messageId: 'sum', line: 1, column: 111, endLine: 1, endColumn: 132, severity: 'warning', message: 'Unexpected `755 millones de euros` as the total of `310 millones` + `185 millones` + `240 millones`, expected between €733,5 millones and €736,5 millones', suggestions: ['735 millones de euros']}
      ]
    },
    {
      name: 'a wrong total, with the certain one (en)',
      text: 'The plants made 5,200 and 3,100 units, a total of 8,400 units.',
      errors: [{messageId: 'sum', suggestions: ['8,300 units']}]
    },
    {
      name: 'a wrong rise written as a range (es)',
      text: 'La población creció un 3,2% en diez años, de 1.187.000 a 1.248.300 personas.',
      errors: [{messageId: 'change', line: 1, column: 24, endLine: 1, endColumn: 28, message: 'Unexpected `3,2%` for the change from `1.187.000` to `1.248.300 personas`, expected between 5,1% and 5,2%'}]
    },
    {
      name: 'a wrong rise written as a range (en)',
      text: 'Monthly bills will rise 12%, from 850 to 935 pesos, in January.',
      errors: [{messageId: 'change', line: 1, column: 25, endLine: 1, endColumn: 28, message: 'Unexpected `12%` for the change from `850` to `935 pesos`, expected between 9.8% and 10.2%'}]
    },
    {
      name: 'a wrong fall written high to low as a range (es)',
      text: 'La plantilla cayó un 10%, de 1.000 a 500 empleados.',
      errors: [{messageId: 'change', line: 1, column: 22, endLine: 1, endColumn: 25, message: 'Unexpected `10%` for the change from `1.000` to `500 empleados`, expected between 49,9% and 50,1%'}]
    },
    {
      name: 'a daily rate that does not follow from the dated yearly total before it (en)',
      text: 'The port moved 4.2 million containers in 2024, or about 8,000 a day.',
      errors: [{messageId: 'rate', line: 1, column: 51, endLine: 1, endColumn: 62, message: 'Unexpected `about 8,000` a day for `4.2 million containers` a year, expected between 11,339 and 11,644'}]
    },
    {
      name: 'a daily rate that does not follow from the dated yearly total before it (es)',
      text: 'En 2024, la aerolínea transportó 14,2 millones de pasajeros, unos 25.000 al día.',
      errors: [{messageId: 'rate', line: 1, column: 62, endLine: 1, endColumn: 73, message: 'Unexpected `unos 25.000` al día for `14,2 millones de pasajeros` al año, expected between 38.661 and 39.041'}]
    },
    {
      name: 'a yearly figure that does not follow from a monthly one said with "each month" (en)',
      text: 'Each month about $1.8 billion arrived, more than $30 billion a year.',
      errors: [{messageId: 'rate', line: 1, column: 40, endLine: 1, endColumn: 61, message: 'Unexpected `more than $30 billion` a year for `about $1.8 billion` a month, expected between US$19.39 billion and US$23.83 billion'}]
    },
    {
      name: 'a yearly figure that does not follow from a monthly one said with "cada mes" (es)',
      text: 'Cada mes llegaron 1.790 millones de dólares, más de 30.000 millones al año.',
      errors: [{messageId: 'rate', line: 1, column: 46, endLine: 1, endColumn: 68, message: 'Unexpected `más de 30.000 millones` al año for `1.790 millones de dólares` al mes, expected between 21,36 mil millones and 21,6 mil millones'}]
    },
    {
      name: 'a wrong share "of the total" (en)',
      text: 'The United States bought 4.4 million bags, about 25% of the total 12.6 million, making it the largest market.',
      errors: [{messageId: 'share', line: 1, column: 44, endLine: 1, endColumn: 53, message: 'Unexpected `about 25%` for `4.4 million bags` of `12.6 million`, expected between 34.3% and 35.5%'}]
    },
    {
      name: 'a wrong share "del total de" (es)',
      text: 'Estados Unidos aportó 1,2 millones de turistas, el 55% del total de 2,66 millones.',
      errors: [{messageId: 'share', line: 1, column: 52, endLine: 1, endColumn: 55, message: 'Unexpected `55%` for `1,2 millones de turistas` of `2,66 millones`, expected between 43,1% and 47,1%'}]
    }
  ]
})
