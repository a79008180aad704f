import {describe, expect, it} from 'vitest'
import nspell from 'nspell'
import {CompiledSpeller, compileDictionary, compoundCounts, dictionarySource, languageDataKey, speller} from '../../src/spell/dictionary.js'
import {createHash} from 'node:crypto'
import {LANGS, packOf} from '../../src/lang/index.js'
import {hunspellFiles} from '../../src/spell/hunspell.js'
import english from 'dictionary-en'
import spanish from 'dictionary-es'

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

describe('hunspellFiles', () => {
  it('reads the files a dictionary package exports, once', () => {
    expect(Buffer.compare(Buffer.from(hunspellFiles('dictionary-en').dic), Buffer.from(english.dic))).toBe(0)
    expect(Buffer.compare(Buffer.from(hunspellFiles('dictionary-es').aff), Buffer.from(spanish.aff))).toBe(0)
    expect(hunspellFiles('dictionary-es')).toBe(hunspellFiles('dictionary-es'))
    expect(packOf('es').spell.dictionary()).toBe(hunspellFiles('dictionary-es'))
  })

  it('says which package it cannot find', () => {
    expect(() => hunspellFiles('dictionary-xx')).toThrow(/dictionary-xx/)
  })
})

describe('compiled dictionaries', () => {
  // Every twentieth form of each dictionary, as written, upper-cased, capitalised, lower-cased and cut short, must be
  // spelled as nspell spells it; so must a few words that exercise the conversions and compound rules.
  it.each(LANGS)('answers as nspell does in %s', (lang) => {
    const dictionary = packOf(lang).spell.dictionary()
    const reference = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic))
    const table = compileDictionary(dictionary, reference)
    const compiled = new CompiledSpeller(table)
    const forms = table.split('\n').slice(1)
    const words = ['21st', '11th', '1th', '102nd', 'IT’S', 'aujourd’hui', 'officiel', ' spaced ', '', 'ÉTÉ', 'São', 'iPhone']
    for (let index = 0; index < forms.length; index += 20) {
      const form = forms[index]
      words.push(form, form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1), form.toLowerCase(), form.slice(0, -1))
    }
    const differing = words.filter((word) => compiled.correct(word) !== reference.correct(word))
    expect(differing).toEqual([])
    expect(words.filter((word) => compiled.correct(word)).length).toBeGreaterThan(forms.length / 20)
  })

  it('are made from the dictionary files they name, and refuse other text', () => {
    const table = compileDictionary(packOf('en').spell.dictionary())
    expect(CompiledSpeller.sourceOf(table)).toMatch(/^[0-9a-f]{40}$/)
    expect(CompiledSpeller.sourceOf('not a table')).toBeUndefined()
    expect(() => new CompiledSpeller('{"format":"other"}\nword')).toThrow('Unexpected speller table format')
  })

  it('finds the first and the last form of a table', () => {
    const compiled = new CompiledSpeller(compileDictionary({aff: new TextEncoder().encode('SET UTF-8\n'), dic: new TextEncoder().encode('3\nbeta\nalpha\ngamma\n')}))
    expect(['alpha', 'beta', 'gamma', 'Gamma', 'GAMMA', 'delta', 'alph', 'gammas'].map((word) => compiled.correct(word))).toEqual([
      true, true, true, true, true, false, false, false
    ])
  })
})

describe('languageDataKey', () => {
  it('hashes every language pack’s dictionary files, in pack order, so a dictionary update changes it', () => {
    const expected = createHash('sha1')
    for (const lang of LANGS) expected.update(`${lang}:${dictionarySource(packOf(lang).spell.dictionary())}\n`)
    expect(languageDataKey()).toBe(expected.digest('hex').slice(0, 16))
    expect(dictionarySource({aff: new Uint8Array([1]), dic: new Uint8Array([2])})).not.toBe(dictionarySource({aff: new Uint8Array([1]), dic: new Uint8Array([3])}))
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
