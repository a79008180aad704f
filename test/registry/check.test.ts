import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseRegistry} from '../../src/registry/load.js'
import {checkRegistry} from '../../src/registry/check.js'
import {main} from '../../src/cli.js'

const faulty = `version: 1
entities:
  - id: japan
    names: {en: [Japan], es: [Japón]}
  - id: vietnam
    names: {en: [Vietnam], es: [Vietnam]}
claims:
  - id: jp-projects
    kind: quantity
    about: [japan, vietnam]
    terms: {en: [investment], es: [inversión]}
    noun: {en: [project], es: [proyecto]}
    unit: project
    value: {min: 5000}
    sources: [{url: https://example.org/fia}]
  - id: jp-projects-copy
    kind: quantity
    about: [japan, vietnam]
    terms: {en: [investment, invest]}
    noun: {en: [project]}
    unit: project
    value: {min: 4000}
    sources: [{url: https://example.org/fia}]
  - id: vn-projects-in-jp
    kind: quantity
    about: [vietnam, japan]
    terms: {en: [investment]}
    noun: {en: [project]}
    unit: project
    value: 150
    as_of: 2031-01-01
  - id: summit
    kind: event
    about: [japan, vietnam]
    terms: {en: [summit]}
    date: 2030-05-01
    sources: [{url: https://example.org/summit}]
  - id: trade-2022
    kind: money
    about: [japan, vietnam]
    terms: {en: [trade]}
    unit: USD
    value: 50000000000
    superseded_by: trade-2023
    sources: [{url: https://example.org/trade}]
  - id: trade-2023
    kind: money
    about: [japan, vietnam]
    terms: {en: [trade]}
    unit: USD
    value: 52000000000
    superseded_by: trade-2022
    sources: [{url: https://example.org/trade}]
rates:
  - base: USD
    quote: JPY
    rate: 138.6
    date: 2023-05
    sources: [{url: https://example.org/h10}]
  - base: JPY
    quote: USD
    rate: 0.0085
    date: 2023-05
    sources: [{url: https://example.org/h10}]
`

describe('checkRegistry', () => {
  it('reports each fault of meaning at its place', () => {
    const problems = checkRegistry(parseRegistry(faulty, 'claims.yaml'), {today: new Date('2026-12-04T12:00:00Z')})
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`)).toEqual([
      'claims.yaml:16:5: error: Unexpected claim `jp-projects-copy` that no sentence can tell from `jp-projects` (claims.yaml:8:5): same kind, entities and unit, shared term `investment`; expected a term or noun of its own',
      'claims.yaml:24:5: warning: Missing `sources` in claim `vn-projects-in-jp`, expected where the value comes from',
      'claims.yaml:24:5: warning: Unexpected `as_of: 2031-01-01` in the future for claim `vn-projects-in-jp`',
      'claims.yaml:32:5: error: Unexpected `date: 2030-05-01` in the future for event `summit`, expected a date on or before 2026-12-04',
      'claims.yaml:38:5: error: Unexpected `superseded_by` cycle `trade-2022` → `trade-2023` → `trade-2022`, expected a chain that ends',
      'claims.yaml:60:5: error: Unexpected rate 1 JPY = 0.0085 USD for 2023-05, expected about 0.007215 as the inverse of 1 USD = 138.6 JPY (claims.yaml:55:5)'
    ])
  })

  it('finds nothing wrong with the bundled registry', () => {
    const source = fs.readFileSync(new URL('../../claims.yaml', import.meta.url), 'utf8')
    expect(checkRegistry(parseRegistry(source, 'claims.yaml'), {today: new Date('2026-12-04T12:00:00Z')})).toEqual([])
  })
})

class Capture extends Writable {
  text = ''
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString()
    done()
  }
}

describe('claimlint registry check', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-registry-check-'))
    fs.writeFileSync(path.join(dir, 'faulty.yaml'), faulty)
    fs.mkdirSync(path.join(dir, 'claims'))
    const one = faulty.split('\nrates:')[0].split('  - id: jp-projects-copy')[0]
    fs.writeFileSync(path.join(dir, 'claims', 'a.yaml'), one)
    fs.writeFileSync(path.join(dir, 'claims', 'b.yaml'), one.replace('value: {min: 5000}', 'value: {min: 6000}'))
  })
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

  const run = async (args: string[]) => {
    const stdout = new Capture()
    const stderr = new Capture()
    const code = await main(['registry', 'check', ...args], {stdout, stderr, cwd: dir})
    return {code, stdout: stdout.text, stderr: stderr.text}
  }

  it('prints each problem and exits 2 on errors', async () => {
    const result = await run(['faulty.yaml'])
    expect(result.code).toBe(2)
    expect(result.stdout.split('\n')).toHaveLength(7)
    expect(result.stderr).toBe('claimlint: 4 errors, 2 warnings\n')
  })

  it('merges a folder of registries and reports a claim id with two values at both places', async () => {
    const result = await run(['claims'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/claims\/b\.yaml:8:5: Unexpected claim `jp-projects` differing from the one at .*claims\/a\.yaml:8:5 in `value`, expected one claim per id across registries/)
  })
})
