/**
 * French extraction: the forms issue 18 names, and the long scale
 * ("milliard" 10^9, "billion" 10^12) that makes the cross-language trap.
 */
import {describe, expect, it} from 'vitest'
import {extractClaims} from '../../src/extract/index.js'

const claims = (text: string) =>
  extractClaims(text, {lang: 'fr'}).map((claim) => ({
    kind: claim.kind,
    text: claim.text,
    value: claim.value,
    unit: claim.unit,
    qualifier: claim.qualifier?.type,
    relative: claim.relative,
    date: claim.date
  }))

describe('French claims', () => {
  it('reads milliards and billions on the long scale', () => {
    expect(claims("Le Japon a investi 12,4 milliards d'euros, et non 12,4 billions d'euros.")).toMatchObject([
      {kind: 'money', text: "12,4 milliards d'euros", value: 12.4e9, unit: 'EUR'},
      {kind: 'money', text: "12,4 billions d'euros", value: 12.4e12, unit: 'EUR'}
    ])
  })

  it('groups digits with plain, no-break and narrow no-break spaces', () => {
    expect(claims('On compte 1 500 projets, 1\u00a0500 entreprises et 1\u202f500 usines.').map((claim) => claim.value)).toEqual([1500, 1500, 1500])
  })

  it('reads hedges as bounds', () => {
    expect(claims('Plus de 200 entreprises, près de 300 projets et environ 40 usines.')).toMatchObject([
      {text: 'Plus de 200 entreprises', value: 200, qualifier: 'more'},
      {text: 'près de 300 projets', value: 300, qualifier: 'almost'},
      {text: 'environ 40 usines', value: 40, qualifier: 'about'}
    ])
  })

  it('reads relative years, anniversaries, ranks and dates', () => {
    expect(claims("Cette année marque le 50e anniversaire des relations établies le 21 septembre 1973. L'année dernière, le Japon était le troisième partenaire commercial du Vietnam.")).toMatchObject([
      {kind: 'year', text: 'Cette année', relative: {unit: 'year', offset: 0}},
      {kind: 'anniversary', text: '50e anniversaire', value: 50},
      {kind: 'date', text: '21 septembre 1973', date: '1973-09-21'},
      {kind: 'year', text: "L'année dernière", relative: {unit: 'year', offset: -1}},
      {kind: 'rank', text: 'troisième partenaire commercial', value: 3}
    ])
  })

  it('reads "il y a" as time before the document date', () => {
    expect(claims('Il y a deux ans, les deux pays ont signé un accord.')[0]).toMatchObject({kind: 'year', text: 'Il y a deux ans', relative: {unit: 'year', offset: -2}})
  })

  it('reads fractions as French writes them', () => {
    const read = (text: string) => claims(text).map((claim) => [claim.text, claim.value])
    // A singular fraction word after "et un" takes the "un": 20 + 1/5; the plural is 21/5.
    expect(read('Il en reste vingt et un cinquième.')).toEqual([['vingt et un cinquième', 20.2]])
    expect(read('Il en reste vingt et un cinquièmes.')).toEqual([['vingt et un cinquièmes', 4.2]])
    expect(read('Il a fallu un et un demi.')).toEqual([['un et un demi', 1.5]])
    expect(read('On a versé une vingt et unième part.')).toEqual([['une vingt et unième part', 1 / 21]])
    // A compound denominator is hyphenated; written apart, the tens belong to the numerator.
    expect(read('cent trente-cinquièmes')).toEqual([['cent trente-cinquièmes', 100 / 35]])
    expect(read('cent trente cinquièmes')).toEqual([['cent trente cinquièmes', 26]])
    // A lone article is not a number.
    expect(read('Il y avait un vent glacial et une pluie fine.')).toEqual([])
  })

  it('reads compound number words from 17 to 99', () => {
    const values = (text: string) => claims(text).map((claim) => claim.value)
    expect(values('dix-sept')).toEqual([17])
    expect(values('soixante et onze')).toEqual([71])
    expect(values('quatre-vingts')).toEqual([80])
    expect(values('quatre-vingt-dix-neuf')).toEqual([99])
    expect(values('quatre vingt dix neuf')).toEqual([99])
    expect(values('neuf mille neuf cent quatre-vingt-dix neuf')).toEqual([9999])
  })

  it('reads "millions de $" and named dollars', () => {
    expect(claims('Une offre de 300 millions de $ c, puis de 2 millions de €.')).toMatchObject([
      {kind: 'money', text: '300 millions de $ c', value: 3e8, unit: 'CAD'},
      {kind: 'money', text: '2 millions de €', value: 2e6, unit: 'EUR'}
    ])
  })

  it('counts nouns that end in "s" in the singular as themselves', () => {
    expect(extractClaims('Les deux pays ont signé 300 accords.', {lang: 'fr'}).map((claim) => claim.noun?.text)).toEqual(['pays', 'accords'])
  })

  it('reads "1e10" as a power of ten, and "2e" or "12th-" as ordinals', () => {
    expect(claims('1e10')).toMatchObject([{kind: 'quantity', value: 1e10}])
    expect(claims('Le Japon est le 2e plus grand investisseur.')).toMatchObject([{kind: 'rank', text: '2e plus grand investisseur', value: 2}])
    expect(extractClaims('South Korea is the 12th-largest foreign investor.', {lang: 'en'})).toMatchObject([{kind: 'rank', text: '12th-largest foreign investor', value: 12}])
  })
})
