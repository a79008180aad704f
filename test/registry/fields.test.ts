/**
 * The registry fields of issue 17 at work in the rules: rates with a period
 * (`per`), ranks with a `scope`, exchange rates valid over a period
 * (`from`/`to`) and flows with a direction (`from`/`in` on a ratio); and the
 * loader's errors for them.
 */
import {describe, expect, it} from 'vitest'
import mismatch from '../../rules/registry-mismatch.js'
import rank from '../../rules/rank-consistency.js'
import ratio from '../../rules/implausible-ratio.js'
import conversion from '../../rules/currency-conversion.js'
import {parseRegistry} from '../../src/registry/load.js'
import {ClaimlintError} from '../../src/errors.js'
import {ruleTester} from '../rules/tester.js'

const metro = `version: 1
entities:
  - id: metro
    names: {en: [metro], es: [metro], fr: [métro]}
claims:
  - id: metro-riders
    kind: quantity
    about: [metro]
    terms: {en: [carries, riders], es: [transporta, pasajeros], fr: [transporte, voyageurs]}
    noun: {en: [rider], es: [pasajero], fr: [voyageur]}
    unit: rider
    value: 45000
    per: day
    sources: [{url: https://example.org/metro}]
`

ruleTester.run(mismatch, {
  valid: [
    {name: 'the registry rate as written (en)', text: 'The metro carries 45,000 riders a day.', registry: metro},
    {name: 'the same rate a year (en)', text: 'The metro carries 16.4 million riders a year.', registry: metro},
    {name: 'the same rate a month (es)', text: 'El metro transporta 1,37 millones de pasajeros al mes.', registry: metro},
    {name: 'the same rate a week (fr)', text: 'Le métro transporte 315 000 voyageurs par semaine.', registry: metro},
    {name: 'a figure with no period is no rate (en)', text: 'The metro carries 90,000 riders.', registry: metro}
  ],
  invalid: [
    {
      name: 'a yearly figure the daily rate contradicts (en)',
      text: 'The metro carries 30 million riders a year.',
      registry: metro,
      errors: [{messageId: 'mismatch', line: 1, column: 19, endLine: 1, endColumn: 36, message: 'Unexpected `30 million riders` for `metro-riders`, expected 16.43 million a year (45,000 a day)'}]
    },
    {
      name: 'a daily figure in Spanish (es)',
      text: 'El metro transporta 60.000 pasajeros al día.',
      registry: metro,
      errors: [{messageId: 'mismatch', line: 1, column: 21, endLine: 1, endColumn: 37, message: 'Unexpected `60.000 pasajeros` for `metro-riders`, expected 45.000 al día'}]
    }
  ]
})

const markets = `version: 1
entities:
  - id: chile
    names: {en: [Chile, Chilean], es: [Chile, chileno, chilena]}
  - id: korea
    names: {en: [South Korea, Korea, Korean], es: [Corea del Sur, Corea, coreano, coreana]}
claims:
  - id: kr-market-rank-asia
    kind: rank
    about: [korea, chile]
    terms: {en: [export market], es: [mercado]}
    noun: {en: [export market], es: [mercado]}
    scope: {en: [Asia], es: [Asia]}
    rank: 3
    sources: [{url: https://example.org/asia}]
  - id: kr-market-rank
    kind: rank
    about: [korea, chile]
    terms: {en: [export market], es: [mercado]}
    noun: {en: [export market], es: [mercado]}
    rank: 5
    sources: [{url: https://example.org/world}]
`

ruleTester.run(rank, {
  valid: [
    {name: 'the scoped rank with its scope (en)', text: "South Korea is Chile's third export market in Asia.", registry: markets},
    {name: 'the rank without scope (en)', text: "South Korea is Chile's fifth export market.", registry: markets},
    {name: 'the scoped rank with its scope (es)', text: 'Corea del Sur es el tercer mercado de Chile en Asia.', registry: markets}
  ],
  invalid: [
    {
      name: 'the Asian rank stated without its scope is the world rank (en)',
      text: "South Korea is Chile's third export market.",
      registry: markets,
      errors: [{messageId: 'registry', line: 1, column: 24, endLine: 1, endColumn: 43, message: 'Unexpected rank 3 in `third export market` for `kr-market-rank`, expected rank 5'}]
    },
    {
      name: 'a wrong rank in Asia (es)',
      text: 'Corea del Sur es el cuarto mercado de Chile en Asia.',
      registry: markets,
      errors: [{messageId: 'registry', line: 1, column: 21, endLine: 1, endColumn: 35, message: 'Unexpected rank 4 in `cuarto mercado` for `kr-market-rank-asia`, expected rank 3'}]
    }
  ]
})

const flows = `version: 1
entities:
  - id: chile
    names: {en: [Chile, Chilean], es: [Chile, chileno, chilena]}
  - id: korea
    names: {en: [South Korea, Korea, Korean], es: [Corea del Sur, Corea, coreano, coreana]}
ratios:
  - id: kr-investment-per-project-in-cl
    label: Korean investment per project in Chile
    terms: {en: [investment], es: [inversión]}
    from: korea
    in: chile
    numerator: {kind: money, unit: USD}
    denominator: {kind: quantity, noun: {en: [project], es: [proyecto]}}
    max: 100000000
    unit: USD
    sources: [{url: https://example.org/flows}]
`

ruleTester.run(ratio, {
  valid: [
    {name: 'a flow the other way is no case of the bound (en)', text: 'Chilean investment in South Korea reached $900 million across 3 projects.', registry: flows},
    {name: 'a flow the other way (es)', text: 'La inversión chilena en Corea del Sur alcanzó 900 millones de dólares en 3 proyectos.', registry: flows}
  ],
  invalid: [
    {
      name: 'the bound of the flow in its direction (en)',
      text: 'Korean investment in Chile reached $900 million across 3 projects.',
      registry: flows,
      errors: [{messageId: 'outside', line: 1, column: 56, endLine: 1, endColumn: 66, message: 'Unexpected Korean investment per project in Chile of between US$257 million and US$360.2 million for `3 projects` and `$900 million`, expected at most US$100 million'}]
    }
  ]
})

const pesos = `version: 1
rates:
  - {base: USD, quote: CLP, rate: 800, date: 2021, from: 2021-01, to: 2022-12, sources: [{url: https://example.org/rates}]}
  - {base: USD, quote: CLP, rate: 950, date: 2023-06, sources: [{url: https://example.org/rates}]}
`

ruleTester.run(conversion, {
  valid: [
    {name: 'a conversion at the rate valid for its year (en)', text: 'In 2022, Chile paid 80 billion Chilean pesos ($100 million) for the plant.', registry: pesos},
    {name: 'a conversion at the dated rate after the period (es)', text: 'En junio de 2023, Chile pagó 95.000 millones de pesos chilenos (100 millones de dólares).', registry: pesos}
  ],
  invalid: [
    {
      name: 'a conversion off the rate valid for its year (en)',
      text: 'In 2022, Chile paid 95 billion Chilean pesos ($100 million) for the port.',
      registry: pesos,
      errors: [{messageId: 'rate', line: 1, column: 21, endLine: 1, endColumn: 60, message: 'Unexpected conversion `95 billion Chilean pesos ($100 million)`: it implies 950 CLP per USD, expected 800 CLP per USD (2021-01 to 2022-12) within 5%'}]
    }
  ]
})

function problems(source: string): string[] {
  try {
    parseRegistry(source, 'claims.yaml')
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimlintError)
    return (error as Error).message.split('\n')
  }
  return []
}

describe('loading the issue 17 fields', () => {
  it('reads per, scope, from/to and a flow direction', () => {
    const registry = parseRegistry(metro, 'claims.yaml')
    expect(registry.claims[0]).toMatchObject({per: 'day', value: {value: 45000}})
    expect(parseRegistry(markets, 'claims.yaml').claims[0].scope).toEqual({en: ['Asia'], es: ['Asia']})
    expect(parseRegistry(flows, 'claims.yaml').ratios[0]).toMatchObject({from: 'korea', in: 'chile'})
    expect(parseRegistry(pesos, 'claims.yaml').rates[0]).toMatchObject({from: '2021-01', to: '2022-12'})
  })

  it('reports an inverted validity period, an unknown period and an unknown flow entity at their places', () => {
    const source = `version: 1
entities:
  - id: chile
    names: {en: [Chile]}
claims:
  - id: riders
    kind: quantity
    about: [chile]
    terms: {en: [riders]}
    value: 10
    per: hour
ratios:
  - id: flow
    terms: {en: [investment]}
    from: peru
    numerator: {kind: money}
    denominator: {kind: quantity, noun: {en: [project]}}
rates:
  - {base: USD, quote: CLP, rate: 800, date: 2022, from: 2022-12, to: 2021-01}
`
    expect(problems(source)).toEqual([
      'claims.yaml:11:10: Unexpected `per: hour`, expected one of `day`, `week`, `month`, `year`'
    ])
    expect(problems(source.replace('    per: hour\n', ''))).toEqual([
      'claims.yaml:14:11: Unknown entity `peru` in `from` of ratio `flow`',
      'claims.yaml:18:58: Unexpected `from: 2022-12` after `to: 2021-01`, expected a period that starts before it ends'
    ])
  })
})
