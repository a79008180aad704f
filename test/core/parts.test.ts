/**
 * A figure followed by the fraction or percentage it is of a whole ("402.000
 * habitantes, casi un tercio de la provincia") is a part: it is not compared
 * with the registry's total. A fraction further on, of the figure itself
 * ("a $2.1 billion plan …, a third of it financed by a bank"), leaves the
 * figure a total.
 */
import {describe, expect, it} from 'vitest'
import {lintDocuments} from '../../src/engine.js'
import {parseRegistry} from '../../src/registry/load.js'

const registry = parseRegistry(
  `version: 1
entities:
  - id: serrania
    names: {en: [Serranía], es: [Serranía]}
claims:
  - id: serrania-population
    kind: quantity
    label: population of Serranía province
    about: [serrania]
    terms: {en: [population, residents, inhabitants], es: [población, habitantes]}
    noun: {en: [resident, inhabitant], es: [habitante]}
    unit: person
    value: 900000
    as_of: 2022-06-30
    sources: [{url: https://example.org/census}]
  - id: serrania-plan
    kind: money
    label: Serranía water plan
    about: [serrania]
    terms: {en: [plan], es: [plan]}
    unit: USD
    value: {value: 2100000000, step: 100000000}
    as_of: 2024-01-01
    sources: [{url: https://example.org/plan}]
  - id: serrania-wind-share
    kind: percent
    label: share of wind in Serranía's electricity
    about: [serrania]
    terms: {en: [wind, electricity], es: [eólica, eléctrica, electricidad]}
    value: {value: 36, step: 1}
    as_of: 2023-12-31
    sources: [{url: https://example.org/energy}]
`,
  'claims.yaml'
)

async function lint(path: string, text: string): Promise<string[]> {
  const [file] = await lintDocuments([{path, text}], {registry, date: '2024-05-01', rules: {'glued-words': 'off'}})
  return file.messages.map((m) => `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}` : ''} ${m.ruleId} ${m.reason}`)
}

describe('a figure that a fraction after it calls a part', () => {
  it('is not the registry total (es, en)', async () => {
    expect(await lint('a.es.txt', 'La capital de Serranía concentra 310.000 habitantes, casi un tercio de la provincia.')).toEqual([])
    expect(await lint('a.en.txt', 'The capital of Serranía has about 310,000 residents, nearly a third of the province.')).toEqual([])
  })

  it('is still checked without the fraction, or when the fraction is of the figure itself', async () => {
    expect(await lint('b.es.txt', 'La provincia de Serranía tiene 310.000 habitantes según el censo.')).toEqual([
      '1:32 registry-mismatch Unexpected `310.000 habitantes` for `serrania-population`, expected 900.000'
    ])
    expect(await lint('b.en.txt', 'Serranía presented a $3.4 billion plan, the largest in its history, adding that a third of it would come from a bank.')).toEqual([
      '1:22 registry-mismatch Unexpected `$3.4 billion` for `serrania-plan`, expected between US$2.05 billion and US$2.15 billion'
    ])
  })
})

describe('a percentage of two figures its sentence states', () => {
  it('is the sentence\'s own ratio, not the registry share (en, es)', async () => {
    expect(await lint('c.en.txt', 'The Serranía farm will produce about 760 gigawatt-hours a year, close to 7% of Serranía\'s electricity demand of some 11,500 GWh.')).toEqual([])
    expect(await lint('c.es.txt', 'El parque de Serranía producirá unos 760 gigavatios hora al año, cerca del 7% de la demanda eléctrica de Serranía, de unos 11.500 GWh.')).toEqual([])
  })

  it('is the registry share when the sentence states no whole', async () => {
    expect(await lint('d.en.txt', 'Wind supplied 7% of Serranía\'s electricity in 2023.')).toEqual([
      '1:15 registry-mismatch Unexpected `7%` for `serrania-wind-share`, expected between 35.5% and 36.5%'
    ])
    expect(await lint('d.es.txt', 'La eólica aportó el 7% de la electricidad de Serranía en 2023.')).toEqual([
      '1:21 registry-mismatch Unexpected `7%` for `serrania-wind-share`, expected between 35,5% and 36,5%'
    ])
  })
})
