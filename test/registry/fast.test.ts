/**
 * The fast reading of a registry (src/registry/fast.ts, `js-yaml`) must
 * give the registry the reading with places (`yaml`) gives, position for
 * position, or give up; and it must give up on every registry the reading
 * with places refuses, so that every problem is still reported at its place.
 */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseRegistry, parseValid, parseWithPlaces} from '../../src/registry/load.js'
import {ClaimlintError} from '../../src/errors.js'

const files = ['claims.yaml', 'test/corpus/claims.yaml', 'test/fixtures/rules/claims.yaml', 'test/fixtures/match/claims.yaml']
const bundled = fs.readFileSync('claims.yaml', 'utf8')

/** `text` read both ways: the fast reading, and the reading with places or its problems. */
function both(text: string): {fast: unknown; placed: unknown} {
  let placed: unknown
  try {
    placed = parseWithPlaces(text, 'claims.yaml')
  } catch (error) {
    if (!(error instanceof ClaimlintError)) throw error
    placed = error.message
  }
  return {fast: parseValid(text, 'claims.yaml'), placed}
}

const small = (body: string) => `version: 1
entities:
  - id: japan
    names: {en: [Japan]}
claims:
${body}`

/** Registries written in the ways YAML allows, each valid. */
const variants: Record<string, string> = {
  'Windows line ends': bundled.replace(/\n/g, '\r\n'),
  'four-space indentation and items on the line after the dash': small(`  -
      id: a
      kind: quantity
      about: [japan]
      terms: {en: [projects]}
      value: 5000
`),
  'a flow sequence of flow mappings over lines': small(`  [{id: a, kind: quantity, about: [japan], terms: {en: [projects]}, value: 5000},
   {id: b, kind: percent, about: [japan], terms: {en: [share]}, value: {min: 1.5, max: 2e1}}]
`),
  'a top-level flow mapping': `{version: 1, entities: [{id: japan, names: {en: [Japan]}}], claims: [{id: a, kind: rank, about: [japan], terms: {en: [investor]}, rank: 0x2}]}\n`,
  'quoted keys and values, comments, a document start and end': `# registry
---
"version": 1
entities:
  - 'id': japan   # the country
    names:
      en: ["Japan", 'Nippon']
claims:
  - id: "a"
    kind: money
    about: [japan]
    terms: {en: [aid]}
    unit: USD
    value: {value: +10, step: 1}
    as_of: 2024
...
`,
  'a comment between the dash and the item': small('  - # the count\n    id: a\n    kind: quantity\n    about: [japan]\n    terms: {en: [projects]}\n    value: 5\n'),
  'block scalars and a folded label': small(`  - id: a
    kind: event
    label: >
      ties established
      in 1973
    about: [japan]
    terms:
      en:
        - |
          diplomatic ties
    date: 1973-09-21
`)
}

describe('the fast reading of a registry', () => {
  it.each(files)('gives the registry the reading with places gives for %s', (file) => {
    const {fast, placed} = both(fs.readFileSync(file, 'utf8'))
    expect(fast).toBeDefined()
    expect(fast).toEqual(placed)
  })

  it.each(Object.entries(variants))('gives the same registry for %s', (_name, text) => {
    const {fast, placed} = both(text)
    expect(typeof placed).not.toBe('string')
    expect(fast).toEqual(placed)
  })

  it('reads the usual block style itself, places included', () => {
    const registry = parseValid(variants['four-space indentation and items on the line after the dash'], 'r.yaml')
    expect(registry?.claims.map((claim) => claim.position)).toEqual([{file: 'r.yaml', line: 7, column: 7}])
    expect(parseValid(bundled.replace(/\n/g, '\r\n'), 'claims.yaml')?.claims[1].position).toEqual({file: 'claims.yaml', line: 34, column: 5})
  })

  it.each([
    ['an anchor and an alias', small(`  - id: a\n    kind: quantity\n    about: &who [japan]\n    terms: {en: [projects]}\n    value: 5\n  - id: b\n    kind: quantity\n    about: *who\n    terms: {en: [jobs]}\n    value: 6\n`)],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\n' + small('  []\n')],
    ['a tag', small('  - !!map\n    id: a\n    kind: quantity\n    about: [japan]\n    terms: {en: [projects]}\n    value: 5\n')],
  ])('gives up on %s and leaves it to the reading with places', (_name, text) => {
    const {fast, placed} = both(text)
    expect(fast).toBeUndefined()
    expect(parseRegistry(text, 'claims.yaml')).toEqual(placed)
  })

  it.each([
    ['a duplicate key', bundled.replace('version: 1', 'version: 1\nversion: 1')],
    ['a schema fault', bundled.replace('kind: event', 'kind: happening')],
    ['a duplicate id', small('  - {id: a, kind: quantity, about: [japan], terms: {en: [x]}, value: 5}\n  - {id: a, kind: quantity, about: [japan], terms: {en: [y]}, value: 6}\n')],
    ['an unknown entity', small('  - {id: a, kind: quantity, about: [korea], terms: {en: [x]}, value: 5}\n')],
    ['an infinite value', small('  - {id: a, kind: quantity, about: [japan], terms: {en: [x]}, value: .inf}\n')],
    ['a negative count', small('  - {id: a, kind: quantity, about: [japan], terms: {en: [x]}, value: {min: -5}}\n')],
    ['a YAML error', bundled.replace('claims:', 'claims: [')]
  ])('gives up on %s, so the problem is reported at its place', (_name, text) => {
    const {fast, placed} = both(text)
    expect(fast).toBeUndefined()
    expect(placed).toMatch(/^claims\.yaml:\d+:\d+: /)
  })
})
