import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {loadRegistry, parseRegistry} from '../../src/registry/load.js'
import {findRegistry} from '../../src/registry/find.js'
import {ClaimlintError} from '../../src/errors.js'
import {createRequire} from 'node:module'
import {Ajv, type ValidateFunction} from 'ajv'
import registrySchema from '../../src/registry/schema.json' with {type: 'json'}
import {validatorCode} from '../../src/registry/validator.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

function problems(source: string): string[] {
  try {
    parseRegistry(source, 'claims.yaml')
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimlintError)
    expect((error as ClaimlintError).exitCode).toBe(2)
    return (error as Error).message.split('\n')
  }
  return []
}

const entities = 'version: 1\nentities:\n  - id: japan\n    names: {en: [Japan], es: [Japón]}\n  - id: vietnam\n    names: {en: [Vietnam]}\n'

describe('the registry schema', () => {
  // The loader compiles it without checking it (`validateSchema: false`, to start faster): this test checks it.
  it('is a valid JSON Schema', () => {
    const ajv = new Ajv({allErrors: true, strict: false})
    expect(ajv.validateSchema(registrySchema)).toBe(true)
    expect(ajv.errors ?? null).toBeNull()
    expect(() => ajv.compile(registrySchema)).not.toThrow()
  })

  it('is precompiled into a validator that reports what a compiled one reports', () => {
    // Inside the project, so that the code's `require('ajv/dist/runtime/…')` finds node_modules.
    const folder = fileURLToPath(new URL('../../test-output/', import.meta.url))
    fs.mkdirSync(folder, {recursive: true})
    const file = path.join(folder, 'registry-validator.cjs')
    fs.writeFileSync(file, validatorCode())
    const precompiled = createRequire(import.meta.url)(file) as ValidateFunction & {schemaHash: string}
    const compiled = new Ajv({allErrors: true, strict: false, verbose: true}).compile(registrySchema)
    expect(precompiled.schemaHash).toMatch(/^[0-9a-f]{40}$/)
    const bad = {version: 1, entities: [{id: 'vn', names: {en: 'Vietnam'}}], claims: [{id: 'c', kind: 'money', about: ['vn'], unit: 'USD', value: {value: 'ten'}, sources: []}]}
    expect(precompiled(bad)).toBe(false)
    expect(compiled(bad)).toBe(false)
    expect(precompiled.errors!.length).toBeGreaterThan(1)
    expect(precompiled.errors).toEqual(compiled.errors)
    const good = {version: 1, entities: [{id: 'vn', names: {en: ['Vietnam']}}], claims: []}
    expect([precompiled(good), compiled(good)]).toEqual([true, true])
  })
})

describe('loadRegistry', () => {
  it('loads the bundled claims.yaml with positions and typed values', async () => {
    const registry = await loadRegistry(path.join(root, 'claims.yaml'))
    expect(registry.entities.get('japan')?.names.es).toContain('Japón')
    const ties = registry.claims.find((claim) => claim.id === 'vn-jp-diplomatic-ties')
    expect(ties).toMatchObject({kind: 'event', date: '1973-09-21', about: ['vietnam', 'japan']})
    expect(ties?.position.line).toBeGreaterThan(1)
    const projects = registry.claims.find((claim) => claim.id === 'jp-fdi-projects-in-vn')
    expect(projects?.value).toEqual({value: undefined, step: undefined, min: 5000, max: undefined, minInclusive: undefined, maxInclusive: undefined})
    expect(registry.ratios[0]).toMatchObject({id: 'investment-capital-per-project', min: 1e6, max: 1e9})
    expect(registry.rates.find((rate) => rate.quote === 'JPY' && rate.date === '2023-05')?.rate).toBe(138.6)
    expect(registry.rates.find((rate) => rate.base === 'EUR')?.date).toBe('2023')
  })

  it('reports a missing file', async () => {
    await expect(loadRegistry('/nonexistent/claims.yaml')).rejects.toThrow('Cannot find registry `/nonexistent/claims.yaml`')
  })
})

describe('parseRegistry problems', () => {
  it('reports YAML syntax errors with their place', () => {
    expect(problems('version: 1\nclaims:\n  - id: a\n    kind: [event\n')).toEqual([
      'claims.yaml:5:1: Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'
    ])
  })

  it('reports an empty file and a top level that is not a mapping', () => {
    expect(problems('')).toEqual(['claims.yaml:1:1: Empty registry, expected a mapping with `version: 1`'])
    expect(problems('- a\n- b\n')).toEqual(['claims.yaml:1:1: Unexpected registry, expected a mapping with `version: 1`'])
  })

  it('reports every schema problem at once, each at its place', () => {
    const source =
      entities +
      'claims:\n' +
      '  - kind: event\n' + // 8
      '    about: [japan]\n' +
      '    terms: {en: [ties]}\n' +
      '    date: 1973-09-21\n' +
      '  - id: jp-count\n' + // 12
      '    kind: amount\n' +
      '    about: [japan]\n' +
      '    terms: {en: [projects]}\n' +
      '    value: "many"\n' + // 16
      '    colour: red\n'
    expect(problems(source)).toEqual([
      'claims.yaml:8:5: Missing `id` in claim',
      'claims.yaml:13:11: Unexpected `kind: amount`, expected one of `quantity`, `money`, `percent`, `event`, `rank`',
      'claims.yaml:16:12: Unexpected `value: many`, expected a number or a mapping of `value`, `step`, `min`, `max`, `min_inclusive`, `max_inclusive`',
      'claims.yaml:17:5: Unexpected field `colour` in claim, expected one of `id`, `kind`, `label`, `about`, `terms`, `noun`, `value`, `unit`, `date`, `rank`, `out_of`, `as_of`, `valid_until`, `superseded_by`, `per`, `scope`, `sources`'
    ])
  })

  it('reports duplicate ids, unknown entities and claims, bad dates, bounds and currencies', () => {
    const source =
      entities +
      'claims:\n' +
      '  - id: ties\n' + // 8
      '    kind: event\n' +
      '    about: [japan, mars]\n' + // 10
      '    terms: {en: [ties]}\n' +
      '    date: 1973-02-30\n' + // 12
      '  - id: ties\n' + // 13
      '    kind: money\n' +
      '    about: [japan]\n' +
      '    terms: {en: [capital]}\n' +
      '    unit: DOLLARS\n' + // 17
      '    value: {min: 10, max: 5}\n' + // 18
      '    superseded_by: nothing\n' // 19
    expect(problems(source)).toEqual([
      'claims.yaml:10:20: Unknown entity `mars` in `about` of claim `ties`',
      'claims.yaml:12:11: Unexpected `date: 1973-02-30`, expected a real date',
      'claims.yaml:13:9: Duplicate claim id `ties` (first at 8:9)',
      'claims.yaml:17:11: Unexpected `unit: DOLLARS` for money, expected an ISO 4217 code such as `USD`, `EUR`, `JPY`',
      'claims.yaml:18:12: Unexpected `min: 10` above `max: 5`',
      'claims.yaml:19:20: Unknown claim `nothing` in `superseded_by` of claim `ties`'
    ])
  })

  it('requires the fields each kind needs', () => {
    const source = entities + 'claims:\n  - id: count\n    kind: quantity\n    about: [japan]\n    terms: {en: [projects]}\n'
    expect(problems(source)).toEqual(['claims.yaml:8:5: Missing `value` in claim `count` of kind `quantity`'])
  })

  it('accepts a bare year as a date', () => {
    const registry = parseRegistry(entities + 'claims:\n  - id: founded\n    kind: event\n    about: [japan]\n    terms: {en: [founded]}\n    date: 1995\n', 'claims.yaml')
    expect(registry.claims[0].date).toBe('1995')
  })
})

describe('findRegistry', () => {
  it('finds the nearest claims.yaml upwards, or nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-find-'))
    const nested = path.join(dir, 'a', 'b')
    fs.mkdirSync(nested, {recursive: true})
    fs.writeFileSync(path.join(dir, 'a', 'claims.yaml'), 'version: 1\n')
    expect(findRegistry(nested)).toBe(path.join(dir, 'a', 'claims.yaml'))
    fs.rmSync(path.join(dir, 'a', 'claims.yaml'))
    const found = findRegistry(nested)
    expect(found === undefined || !found.startsWith(dir)).toBe(true)
    fs.rmSync(dir, {recursive: true, force: true})
  })
})

describe('findRegistry and what is not a regular file', () => {
  it('passes over a folder named claims.yaml; loading one reports it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-find-'))
    const nested = path.join(dir, 'a', 'claims.yaml', 'b')
    fs.mkdirSync(nested, {recursive: true})
    fs.writeFileSync(path.join(dir, 'claims.yaml'), 'version: 1\n')
    expect(findRegistry(nested)).toBe(path.join(dir, 'claims.yaml'))
    const folder = path.join(dir, 'a', 'claims.yaml')
    await expect(loadRegistry(folder)).rejects.toThrow(`Cannot read registry \`${folder}\`: it is a folder, expected a YAML file`)
    fs.rmSync(dir, {recursive: true, force: true})
  })
})
