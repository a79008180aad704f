import {describe, expect, it} from 'vitest'
import {parseRegistry} from '../../src/registry/load.js'
import {lintDocuments} from '../../src/engine.js'
import {ClaimlintError} from '../../src/errors.js'

const registryWith = (value: string) => `version: 1
entities:
  - id: japan
    names: {en: [Japan, Japanese], es: [Japón]}
  - id: vietnam
    names: {en: [Vietnam], es: [Vietnam]}
claims:
  - id: jp-fdi-capital-in-vn
    kind: money
    about: [japan, vietnam]
    terms: {en: [investment, capital], es: [inversión]}
    unit: USD
    value: ${value}
    sources: [{url: https://example.org/fia}]
`

async function lint(text: string, value: string): Promise<string[]> {
  const registry = parseRegistry(registryWith(value), 'claims.yaml')
  const [file] = await lintDocuments([{path: 'story.en.txt', text}], {registry, rules: {'glued-words': 'off'}})
  return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)
}

describe('a hedged registry value', () => {
  it('`about` reads as it does in prose: [0.9v, 1.1v]', async () => {
    const value = '{value: 35000000000, qualifier: about}'
    expect(await lint('Japanese investment in Vietnam reached $38 billion.', value)).toEqual([])
    expect(await lint('Japanese investment in Vietnam reached $31.5 billion.', value)).toEqual([])
    expect(await lint('Japanese investment in Vietnam reached $40 billion.', value)).toEqual([
      '1:40 registry-mismatch Unexpected `$40 billion` for `jp-fdi-capital-in-vn`, expected between US$31.5 billion and US$38.5 billion'
    ])
  })

  it('`more-than` is (v, 2v): a figure wholly below the value is refused', async () => {
    const value = '{value: 4000000000, qualifier: more-than}'
    expect(await lint('Japanese investment in Vietnam reached $5 billion.', value)).toEqual([])
    // "$4 billion" stands for [3.5, 4.5] billion by rounding, which meets (4, 8): not refused.
    expect(await lint('Japanese investment in Vietnam reached $4 billion.', value)).toEqual([])
    expect(await lint('Japanese investment in Vietnam reached $3 billion.', value)).toEqual([
      '1:40 registry-mismatch Unexpected `$3 billion` for `jp-fdi-capital-in-vn`, expected between US$4 billion and US$8 billion'
    ])
  })

  it('a qualifier with bounds, or without a value, is an error at its place', () => {
    expect(() => parseRegistry(registryWith('{min: 30000000000, qualifier: about}'), 'claims.yaml')).toThrow(ClaimlintError)
    try {
      parseRegistry(registryWith('{min: 30000000000, qualifier: about}'), 'claims.yaml')
    } catch (error) {
      expect((error as ClaimlintError).message).toBe(
        'claims.yaml:13:42: Unexpected `qualifier` without a single `value`, expected `value` and `qualifier` (bounds already say how far a value reaches)'
      )
    }
    expect(() => parseRegistry(registryWith('{value: 1, qualifier: roughly}'), 'claims.yaml')).toThrow(/Unexpected `qualifier: roughly`, expected one of `about`, `more-than`/)
  })
})

describe('a registry that contains itself', () => {
  it('is an error at the alias, not an endless walk (found by npm run fuzz)', () => {
    expect(() => parseRegistry('version: 1\na: &a [*a, *a]\n', 'claims.yaml')).toThrow(
      'claims.yaml:2:8: Unexpected alias `*a` inside the node it names, expected an alias to a finished node (a registry cannot contain itself)'
    )
  })
})
