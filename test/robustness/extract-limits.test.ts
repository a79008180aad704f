import {describe, expect, it} from 'vitest'
import {extractClaims} from '../../src/extract/index.js'
import {lintDocuments} from '../../src/engine.js'
import {parseRegistry} from '../../src/registry/load.js'

describe('figures beyond a double and other digits', () => {
  it('never reads a figure as Infinity: 309 digits and more, 10^400 and 1e400 are no claims', () => {
    const text = `Japan invested $${'9'.repeat(320)} in Vietnam. The ratio was 10^400 and trade reached $1e400 while $1e300 was fine.`
    expect(extractClaims(text, {lang: 'en'}).map((claim) => [claim.text, claim.value])).toEqual([['$1e300', 1e300]])
  })

  it('gives no finding on such a figure, even against a registry value', async () => {
    const registry = parseRegistry(
      'version: 1\nentities:\n  - id: japan\n    names: {en: [Japan]}\n  - id: vietnam\n    names: {en: [Vietnam]}\nclaims:\n  - id: fdi\n    kind: money\n    about: [japan, vietnam]\n    terms: {en: [invested, investment]}\n    unit: USD\n    value: 70000000000\n',
      'claims.yaml'
    )
    const [file] = await lintDocuments([{path: 'big.en.txt', text: `Japan invested $${'9'.repeat(400)} in Vietnam.`}], {registry})
    expect(file.messages).toEqual([])
  })

  it('does not read Arabic-Indic or fullwidth digits (documented in docs/extraction.md)', () => {
    expect(extractClaims('Vietnam has ٥٠٠٠ projects and ５０００ firms.', {lang: 'en'})).toEqual([])
    expect(extractClaims('Vietnam tiene ۵۰۰۰ proyectos.', {lang: 'es'})).toEqual([])
  })
})
