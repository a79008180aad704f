/**
 * The language packs and what is derived from them: every list of languages
 * in the JSON schemas is the list of registered packs, and every pack gives
 * what the engine reads.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {LANGS, isLang, packOf, packs} from '../../src/lang/index.js'
import {detectLanguage} from '../../src/pipeline/parse.js'

const schema = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'))

describe('language packs', () => {
  it('registers English, Spanish and French, in that order', () => {
    expect(LANGS).toEqual(['en', 'es', 'fr'])
    expect(isLang('fr')).toBe(true)
    expect(isLang('de')).toBe(false)
  })

  it('lists the same languages in every schema', () => {
    const registry = schema('src/registry/schema.json') as {definitions: {words: {propertyNames: {enum: string[]}}}}
    const config = schema("src/config/schema.json") as {definitions: {lang: {enum: string[]}}}
    const report = JSON.stringify(schema('src/report/json-schema.json'))
    expect(registry.definitions.words.propertyNames.enum).toEqual([...LANGS])
    expect(config.definitions.lang.enum).toEqual([...LANGS])
    expect(report).toContain(JSON.stringify([...LANGS, null]))
  })

  it('gives each language its own franc code, parser, words and ten ordinals', () => {
    expect(new Set(packs.map((pack) => pack.franc)).size).toBe(packs.length)
    for (const pack of packs) {
      expect(pack.words.lang).toBe(pack.code)
      expect(pack.format.ordinals).toHaveLength(10)
      expect(pack.format.months).toHaveLength(12)
      expect(typeof pack.createParser().parse).toBe('function')
    }
  })

  it('detects a short French sentence as French and a short English one as English', () => {
    expect(detectLanguage("Les échanges commerciaux entre les deux pays ont atteint près de 50 milliards de dollars l'année dernière.")).toBe('fr')
    expect(detectLanguage('The airport handles 300,000 passengers a day, about 110 million a year.')).toBe('en')
    expect(detectLanguage('El comercio entre los dos países alcanzó casi 50 mil millones de dólares el año pasado.')).toBe('es')
  })

  it('formats numbers as each language writes them', () => {
    expect(packOf('fr').format.monthYear('mai', 2022)).toBe('mai 2022')
    expect(packOf('es').format.monthYear('mayo', 2022)).toBe('mayo de 2022')
  })
})
