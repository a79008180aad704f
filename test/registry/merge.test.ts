import {describe, expect, it} from 'vitest'
import {parseRegistry} from '../../src/registry/load.js'
import {mergeRegistries} from '../../src/registry/merge.js'
import {ClaimlintError} from '../../src/errors.js'

const shared = `version: 1
entities:
  - id: japan
    names: {en: [Japan], es: [Japón]}
  - id: vietnam
    names: {en: [Vietnam], es: [Vietnam]}
claims:
  - id: jp-fdi-projects-in-vn
    kind: quantity
    about: [japan, vietnam]
    terms: {en: [investment], es: [inversión]}
    noun: {en: [project], es: [proyecto]}
    unit: project
    value: {min: 5000}
    sources:
      - url: https://example.org/fia
`

const desk = (min: number) => `version: 1
entities:
  - id: japan
    names: {en: [Japanese], es: [japonés]}
  - id: vietnam
    names: {en: [Vietnam]}
claims:
  - id: vn-jp-diplomatic-ties
    kind: event
    about: [vietnam, japan]
    terms: {en: [diplomatic ties]}
    date: 1973-09-21
    sources:
      - url: https://example.org/mofa
  - id: jp-fdi-projects-in-vn
    kind: quantity
    about: [japan, vietnam]
    terms: {en: [investment], es: [inversión]}
    noun: {en: [project], es: [proyecto]}
    unit: project
    value: {min: ${min}}
    sources:
      - url: https://example.org/fia
`

describe('mergeRegistries', () => {
  it('unites entity names, keeps one copy of an identical claim, and each claim its own file', () => {
    const merged = mergeRegistries([parseRegistry(shared, 'shared.yaml'), parseRegistry(desk(5000), 'desk/claims.yaml')])
    expect(merged.entities.get('japan')?.names).toEqual({en: ['Japan', 'Japanese'], es: ['Japón', 'japonés']})
    expect(merged.claims.map((claim) => [claim.id, claim.position.file, claim.position.line])).toEqual([
      ['jp-fdi-projects-in-vn', 'shared.yaml', 8],
      ['vn-jp-diplomatic-ties', 'desk/claims.yaml', 8]
    ])
    expect(merged.file).toBe('shared.yaml, desk/claims.yaml')
  })

  it('refuses the same claim id with another value, naming both places', () => {
    let error: unknown
    try {
      mergeRegistries([parseRegistry(shared, 'shared.yaml'), parseRegistry(desk(4000), 'desk/claims.yaml')])
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ClaimlintError)
    expect((error as ClaimlintError).message).toBe(
      'desk/claims.yaml:15:5: Unexpected claim `jp-fdi-projects-in-vn` differing from the one at shared.yaml:8:5 in `value`, expected one claim per id across registries'
    )
  })
})
