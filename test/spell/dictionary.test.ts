import {describe, expect, it} from 'vitest'
import {compoundCounts, speller} from '../../src/spell/dictionary.js'
import {packOf} from '../../src/lang/index.js'

describe('speller', () => {
  it('loads each language once and keeps it', () => {
    expect(speller('es')).toBe(speller('es'))
    expect(speller('en')).not.toBe(speller('es'))
  })

  it('knows words of its language, and not glues of them', () => {
    expect(speller('es').correct('proveedor')).toBe(true)
    expect(speller('es').correct('sociocultural')).toBe(true)
    expect(speller('es').correct('mayorproveedor')).toBe(false)
    expect(speller('en').correct('nationwide')).toBe(true)
    expect(speller('en').correct('theyear')).toBe(false)
  })
})

describe('compoundCounts', () => {
  it('counts how many dictionary compounds a word heads or starts', () => {
    const {heads, modifiers} = compoundCounts('en', packOf('en').spell.dictionary().dic)
    expect(heads.get('room')).toBe(43)
    expect(heads.get('ware')).toBe(32)
    expect(modifiers.get('home')).toBe(23)
    expect(heads.get('year')).toBe(2)
    expect(compoundCounts('en', new Uint8Array())).toBe(compoundCounts('en', packOf('en').spell.dictionary().dic))
  })
})
