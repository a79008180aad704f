import rule from '../../rules/currency-conversion.js'
import {ruleTester} from './tester.js'

// The registry's yen rates are for May and November 2023; this sentence dates the figure 2019.
const farFromTheRate = 'date 2024-05-14 La agencia JICA prestó 80.000 millones de yenes (515 millones de dólares) en 2019.'

/** Central American currencies and their 2024 rates, for the cases that name them. */
const centralAmerica = `version: 1
entities: []
claims: []
rates:
  - {base: USD, quote: CRC, rate: 515, date: 2024}
  - {base: USD, quote: GTQ, rate: 7.75, date: 2024}
`

ruleTester.run(rule, {
  valid: [
    {name: 'the seed conversion at the May 2023 rate (en)', text: 'date 2023-05-25 Japan pledged approximately 60.98 billion yen ($440 million) to Vietnam.'},
    {name: 'a euro conversion with a qualifier (es)', text: 'date 2023-06-15 El proyecto costará 500 millones de euros (unos 540 millones de dólares).'},
    {name: 'a euro conversion after "soit" (fr)', text: "date 2023-06-15 Le projet coûtera 500 millions d'euros, soit 540 millions de dollars."},
    {name: 'an undated document', text: 'Japan pledged 60.98 billion yen ($550 million) to Vietnam.'},
    {name: 'two amounts that are not a conversion', text: 'date 2023-05-25 Japan gave 60.98 billion yen and Korea gave $550 million.'},
    {name: 'two amounts after a bare comma without a hedge (es)', text: 'date 2023-05-25 Japón dio 60.980 millones de yenes, Corea 550 millones de dólares.'},
    {name: 'a wider tolerance from options', text: 'date 2023-05-25 Japan pledged 60.98 billion yen ($550 million) to Vietnam.', options: {tolerance: 0.3}},
    {name: 'no conversion judged by a rate dated far from the figure', text: farFromTheRate},
    {name: 'colones at the year\'s rate (en)', text: 'date 2024-06-01 The board spent 28 billion colones ($54 million) on promotion.', registry: centralAmerica},
    {name: 'quetzales with a verb of equivalence (es)', text: 'date 2024-06-01 Las remesas de 21.500 millones de dólares equivalen a unos 166.600 millones de quetzales.', registry: centralAmerica}
  ],
  invalid: [
    {
      name: 'a conversion far from the registry rate, with both rates (en)',
      text: 'date 2023-05-25 Japan pledged 60.98 billion yen ($550 million) to Vietnam.',
      errors: [
        {messageId: 'rate', line: 1, column: 31, endLine: 1, endColumn: 63, severity: 'warning', message: 'Unexpected conversion `60.98 billion yen ($550 million)`: it implies 110.9 JPY per USD, expected 138.6 JPY per USD (2023-05) within 5%', note: /^Registry rate \(.*claims\.yaml:\d+:\d+\): 1 USD = 138.6 JPY for 2023-05\. Source: /}
      ]
    },
    {
      name: 'a conversion at the wrong rate (es)',
      text: 'date 2023-06-15 El proyecto costará 500 millones de euros (unos 700 millones de dólares).',
      errors: [{messageId: 'rate', line: 1, column: 37, endLine: 1, endColumn: 89, severity: 'warning', message: 'Unexpected conversion `500 millones de euros (unos 700 millones de dólares)`: it implies 1.4 USD per EUR, expected 1.08 USD per EUR (2023-06) within 5%'}]
    },
    {
      name: 'a conversion after "soit" at the wrong rate (fr)',
      text: "date 2023-06-15 Le projet coûtera 500 millions d'euros, soit 800 millions de dollars.",
      errors: [{messageId: 'rate', line: 1, column: 35, endLine: 1, endColumn: 85, message: "Unexpected conversion `500 millions d'euros, soit 800 millions de dollars`: it implies 1.6 USD per EUR, expected 1.08 USD per EUR (2023-06) within 5%"}]
    },
    {
      name: 'a hedged amount after a bare comma read as a conversion (es)',
      text: 'date 2023-05-25 Japón prometió 60.980 millones de yenes, unos 550 millones de dólares, a Vietnam.',
      errors: [{messageId: 'rate', line: 1, column: 32, endLine: 1, endColumn: 86, severity: 'warning', message: 'Unexpected conversion `60.980 millones de yenes, unos 550 millones de dólares`: it implies 110.9 JPY per USD, expected 138.6 JPY per USD (2023-05) within 5%'}]
    },
    {
      name: 'a rate dated far from the figure, when maxGapDays allows it',
      text: farFromTheRate,
      options: {maxGapDays: 2000},
      errors: [{messageId: 'rate', message: 'Unexpected conversion `80.000 millones de yenes (515 millones de dólares)`: it implies 155.3 JPY per USD, expected 138.6 JPY per USD (2023-05) within 5%'}]
    },
    {
      name: 'colones at the wrong rate (en)',
      text: 'date 2024-06-01 The board spent 28 billion colones ($75 million) on promotion.',
      registry: centralAmerica,
      errors: [{messageId: 'rate', line: 1, column: 33, endLine: 1, endColumn: 65, message: 'Unexpected conversion `28 billion colones ($75 million)`: it implies 373.3 CRC per USD, expected 515 CRC per USD (2024) within 5%'}]
    },
    {
      name: 'quetzales after "are equivalent to", at the wrong rate (en)',
      text: 'date 2024-06-01 Remittances of $21.5 billion in 2024 are equivalent to about 210 billion quetzales.',
      registry: centralAmerica,
      errors: [{messageId: 'rate', line: 1, column: 32, endLine: 1, endColumn: 99, message: 'Unexpected conversion `$21.5 billion in 2024 are equivalent to about 210 billion quetzales`: it implies 9.8 GTQ per USD, expected 7.75 GTQ per USD (2024) within 5%'}]
    }
  ]
})
