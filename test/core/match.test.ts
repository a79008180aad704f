import {describe, expect, it} from 'vitest'
import type {Claim, Sentence, Token} from '../../src/types.js'
import type {Registry, RegistryClaim, RegistryEntity} from '../../src/registry/types.js'
import {RegistryIndex, nounFits} from '../../src/registry/index.js'

const position = {file: 'claims.yaml', line: 1, column: 1}

function registryClaim(partial: Partial<RegistryClaim> & Pick<RegistryClaim, 'id' | 'kind'>): RegistryClaim {
  return {about: ['japan', 'vietnam'], terms: {}, sources: [], position, ...partial}
}

const registry: Registry = {
  file: 'claims.yaml',
  version: 1,
  entities: new Map([
    ['japan', {id: 'japan', names: {en: ['Japan', 'Japanese'], es: ['Japón', 'japonés']}, position}],
    ['vietnam', {id: 'vietnam', names: {en: ['Vietnam'], es: ['Vietnam', 'país indochino']}, position}]
  ]),
  claims: [
    registryClaim({
      id: 'jp-fdi-projects-in-vn',
      kind: 'quantity',
      terms: {es: ['inversión', 'invierten'], en: ['investment']},
      noun: {es: ['proyecto'], en: ['project']},
      value: {min: 5000}
    }),
    registryClaim({
      id: 'vn-fdi-projects-in-jp',
      kind: 'quantity',
      about: ['vietnam', 'japan'],
      terms: {es: ['inversión'], en: ['investment']},
      noun: {es: ['proyecto'], en: ['project']},
      value: {value: 106}
    }),
    registryClaim({id: 'jp-trade', kind: 'money', unit: 'USD', terms: {es: ['comercio']}, value: {value: 49.8e9}})
  ],
  ratios: [],
  rates: []
}

/** A sentence with word tokens, as the extractor gives it (enough for matching). */
function sentence(text: string, claims: Claim[] = []): Sentence {
  const tokens: Token[] = [...text.matchAll(/\p{L}+/gu)].map((m) => ({
    text: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
    type: 'word' as const
  }))
  return {text, start: 0, end: text.length, tokens, claims}
}

function count(text: string, source: string, noun: string, value: number): Claim {
  const start = source.indexOf(text)
  const nounStart = source.indexOf(noun, start)
  return {
    kind: 'quantity',
    start,
    end: start + text.length,
    text,
    value,
    unit: noun,
    noun: {text: noun, start: nounStart, end: nounStart + noun.length}
  }
}

describe('RegistryIndex', () => {
  const index = new RegistryIndex(registry)

  it('finds a registry claim by its id, the way the cache and collected data name it', () => {
    expect(index.claim('vn-fdi-projects-in-jp')).toBe(registry.claims[1])
    expect(index.claim('jp-trade')?.kind).toBe('money')
    expect(index.claim('no-such-claim')).toBeUndefined()
  })

  it('finds entity mentions case- and accent-insensitively, also glued to a short word', () => {
    const s = sentence('Japón tiene proyectos que invierten enVietnam y en JAPON.')
    expect(index.mentions(s).map((m) => [m.entity, s.text.slice(m.start, m.end)])).toEqual([
      ['japan', 'Japón'],
      ['vietnam', 'Vietnam'],
      ['japan', 'JAPON']
    ])
  })

  it('finds names of several words, with hyphens, and across a line break, whatever the registry\'s size', () => {
    const many: Registry = {
      ...registry,
      entities: new Map([
        ...registry.entities,
        ['tmec', {id: 'tmec', names: {en: ['T-MEC'], es: ['T-MEC']}, position}],
        ['costa-rica', {id: 'costa-rica', names: {en: ['Costa Rica'], es: ['Costa Rica']}, position}],
        // Names that share a first word with one above, and a thousand that appear nowhere.
        ['costa-de-marfil', {id: 'costa-de-marfil', names: {en: ['Ivory Coast'], es: ['Costa de Marfil']}, position}],
        ...Array.from({length: 1000}, (_, i): [string, RegistryEntity] => [`place-${i}`, {id: `place-${i}`, names: {en: [`Placeville ${i}`], es: [`Villa ${i}`]}, position}])
      ])
    }
    const s = sentence('Costa\nRica firmó el T-MEC; enCosta de Marfil, no. Villa 12 también.')
    expect(new RegistryIndex(many).mentions(s).map((m) => [m.entity, s.text.slice(m.start, m.end)])).toEqual([
      ['costa-rica', 'Costa\nRica'],
      ['tmec', 'T-MEC'],
      ['costa-de-marfil', 'Costa de Marfil'],
      ['place-12', 'Villa 12']
    ])
  })

  it('does not read a longer word as a name', () => {
    expect(index.mentions(sentence('Los japoneses y los vietnamitas.'))).toEqual([])
  })

  it('prefers the claim whose subject is named last before the figure', () => {
    const text = 'Japón tiene más de cinco proyectos de inversión en Vietnam.'
    const claim = count('cinco proyectos', text, 'proyectos', 5)
    const s = sentence(text, [claim])
    const result = index.match(claim, s, 'es', index.mentions(s))
    expect(result.match?.registryClaim.id).toBe('jp-fdi-projects-in-vn')
    expect(result.candidates.map((c) => c.registryClaim.id)).toEqual(['jp-fdi-projects-in-vn', 'vn-fdi-projects-in-jp'])

    const text2 = 'Mientras, el país indochino tiene 106 proyectos de inversión en Japón.'
    const claim2 = count('106 proyectos', text2, 'proyectos', 106)
    const s2 = sentence(text2, [claim2])
    expect(index.match(claim2, s2, 'es', index.mentions(s2)).match?.registryClaim.id).toBe('vn-fdi-projects-in-jp')
  })

  it('reports a tie instead of guessing', () => {
    const text = '106 proyectos de inversión entre Japón y Vietnam.'
    const claim = count('106 proyectos', text, 'proyectos', 106)
    const s = sentence(text, [claim])
    const result = index.match(claim, s, 'es', index.mentions(s))
    expect(result.tie).toBe(true)
    expect(result.match).toBeUndefined()
  })

  it('never matches a count to a money claim, nor a claim without its entities', () => {
    const text = 'El comercio entre Japón y Vietnam suma 50 proyectos.'
    const claim = count('50 proyectos', text, 'proyectos', 50)
    const s = sentence(text, [claim])
    expect(index.match(claim, s, 'es', index.mentions(s)).candidates).toEqual([])
    const text2 = 'Japón tiene 5.000 proyectos de inversión.'
    const claim2 = count('5.000 proyectos', text2, 'proyectos', 5000)
    const s2 = sentence(text2, [claim2])
    expect(index.match(claim2, s2, 'es', index.mentions(s2)).candidates).toEqual([])
  })
})

describe('nounFits', () => {
  it('matches plural and accented forms by stem', () => {
    expect(nounFits('proyectos', ['proyecto'])).toBe(true)
    expect(nounFits('Projects', ['project'])).toBe(true)
    expect(nounFits('países', ['país'])).toBe(true)
    expect(nounFits('personas', ['proyecto'])).toBe(false)
    expect(nounFits('socio comercial', ['socio comercial'])).toBe(true)
    expect(nounFits('socio', ['socio comercial'])).toBe(false)
  })
})
