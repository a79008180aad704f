/**
 * Issue 12 §2: what is counted, as editors write it. Adjectives, demonyms,
 * names and coordinated adjectives between the figure and the head noun do
 * not cut the noun off; the counted unit is the head noun's lemma.
 */
import {describe, expect, it} from 'vitest'
import {extractClaims} from '../../src/extract/index.js'
import type {Lang} from '../../src/types.js'

describe('noun phrases after a figure', () => {
  const cases: Array<[Lang, string, string, string, string]> = [
    // [lang, sentence, claim text, noun, unit]
    ['en', 'There are more than 200 South Korean companies in Hanoi.', 'more than 200 South Korean companies', 'South Korean companies', 'company'],
    ['en', 'The agency licensed some 80 new Brazilian investment projects last year.', 'some 80 new Brazilian investment projects', 'new Brazilian investment projects', 'project'],
    ['en', 'About 300 small and medium-sized firms signed up.', 'About 300 small and medium-sized firms', 'small and medium-sized firms', 'firm'],
    ['en', 'The city hosts 1,200 Japanese manufacturing plants.', '1,200 Japanese manufacturing plants', 'Japanese manufacturing plants', 'plant'],
    ['en', 'Nearly 40 New Zealand dairy farms were sold.', 'Nearly 40 New Zealand dairy farms', 'New Zealand dairy farms', 'farm'],
    ['en', 'It has 520,000 Vietnamese residents.', '520,000 Vietnamese residents', 'Vietnamese residents', 'resident'],
    ['en', 'Some 3,000 Americans live there.', 'Some 3,000 Americans', 'Americans', 'american'],
    ['en', 'They opened 12 large or mid-sized stores.', '12 large or mid-sized stores', 'large or mid-sized stores', 'store'],
    ['es', 'Llegaron unas 300 nuevas empresas alemanas en 2023.', 'unas 300 nuevas empresas', 'nuevas empresas', 'empresa'],
    ['es', 'El programa apoya a 1.200 pequeñas y medianas empresas.', '1.200 pequeñas y medianas empresas', 'pequeñas y medianas empresas', 'empresa'],
    ['es', 'Hay más de 200 empresas surcoreanas en Hanói.', 'más de 200 empresas', 'empresas', 'empresa'],
    ['es', 'Operan unos 80 grandes proyectos brasileños.', 'unos 80 grandes proyectos', 'grandes proyectos', 'proyecto']
  ]
  it.each(cases)('%s: %s', (lang, text, claimText, noun, unit) => {
    const claims = extractClaims(text, {lang}).filter((c) => c.kind === 'quantity')
    expect(claims.map((c) => [c.text, c.noun?.text, c.unit])).toEqual([[claimText, noun, unit]])
    expect(text.slice(claims[0].start, claims[0].end)).toBe(claimText)
  })

  it('takes no noun where no plural head follows the modifiers', () => {
    const read = (text: string, lang: Lang) => extractClaims(text, {lang}).map((c) => [c.kind, c.text, c.noun?.text])
    // A name after a figure is not what it counts.
    expect(read('They sold 5,000 in March.', 'en')).toEqual([['quantity', '5,000', undefined]])
    expect(read('Boeing delivered 30 Airbus rivals.', 'en')).toEqual([['quantity', '30 Airbus rivals', 'Airbus rivals']])
    // A plural modifier ends the phrase at itself: "companies report" is a verb after the noun.
    expect(read('Some 200 companies report losses.', 'en')).toEqual([['quantity', 'Some 200 companies', 'companies']])
    // "300 grandes y 40 pequeñas": two figures, the second is no adjective of the first's noun.
    expect(read('Tiene 300 grandes y 40 pequeñas.', 'es')).toEqual([
      ['quantity', '300 grandes', 'grandes'],
      ['quantity', '40 pequeñas', 'pequeñas']
    ])
  })
})

describe('a figure hyphened to a word measures it', () => {
  it('reads "60-kilogram bags" as 60 kilograms, not 60 bags', () => {
    const claims = extractClaims('Colombia exported 12.6 million 60-kilogram bags of coffee.', {lang: 'en'})
    expect(claims.map((c) => [c.text, c.noun?.text, c.value])).toEqual([
      ['12.6 million', undefined, 12.6e6],
      ['60-kilogram', 'kilogram', 60]
    ])
  })
})
