/**
 * Language detection (src/pipeline/detect.ts): a document's language, and a
 * block's own language when it differs, settled by each language's own
 * function words when they leave no doubt, else by franc.
 */
import {describe, expect, it} from 'vitest'
import {detectBlockLanguage, detectLanguage} from '../../src/pipeline/detect.js'

const spanish =
  'La cooperativa abrió el año pasado una planta de envasado en las afueras del pueblo, y desde entonces los socios ' +
  'venden su café con la marca propia a tiendas de la capital, según contó su presidenta.'
const english =
  'The cooperative opened a packing plant on the edge of the town last year, and since then its members have sold ' +
  'their coffee under their own brand to shops in the capital, its chair said.'
const french =
  "La coopérative a ouvert l'an dernier une usine de conditionnement aux abords du village, et depuis les membres " +
  'vendent leur café sous leur propre marque aux boutiques de la capitale, selon sa présidente.'

describe('detectBlockLanguage', () => {
  it('reads a block in each language as that language, whatever the document is in', () => {
    expect(detectBlockLanguage(spanish, 'en')).toBe('es')
    expect(detectBlockLanguage(english, 'es')).toBe('en')
    expect(detectBlockLanguage(french, 'es')).toBe('fr')
    expect(detectBlockLanguage(spanish, 'es')).toBe('es')
  })

  it('reads a Spanish paragraph as Spanish in an English page even when franc finds French and English close', () => {
    // A half-translated manual page: franc-min scores this Spanish 1, French 0.92, English 0.92, and alone would
    // leave it to the page's English.
    const paragraph =
      'Si el archivo sources.list menciona varias distribuciones, es posible indicar la versión del paquete a instalar. ' +
      'Se puede proporcionar un número de versión con install package=version, pero es preferible indicar la ' +
      'distribución (Stable, Testing or Unstable) utilizando the install package/distribution.'
    expect(detectBlockLanguage(paragraph, 'en')).toBe('es')
  })

  it('tells nothing of a block under 100 characters', () => {
    expect(detectBlockLanguage('La cooperativa abrió una planta de envasado.', 'en')).toBeUndefined()
  })

  it('leaves a block without function words to franc: a list of names and figures tells nothing clear', () => {
    expect(detectBlockLanguage('Hanoi 2023: 1.200 MW; Haiphong 2024: 850 MW; Da Nang 2025: 640 MW; Can Tho 2026: 410 MW; Hue 2027: 90 MW.', 'es')).toBeUndefined()
  })
})

describe('detectLanguage', () => {
  it('reads a document in each language', () => {
    expect(detectLanguage(`${spanish} ${spanish}`)).toBe('es')
    expect(detectLanguage(`${english} ${english}`)).toBe('en')
    expect(detectLanguage(`${french} ${french}`)).toBe('fr')
  })

  it('reads a short English sentence by its function words, not franc’s trigrams', () => {
    expect(detectLanguage('The airport handles 300,000 passengers a day.')).toBe('en')
  })
})
