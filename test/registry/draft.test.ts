/**
 * `claimlint registry draft`: a registry proposed from the bundled examples
 * (English, Spanish, French) loads, passes `registry check`, and once kept
 * lints the same documents with no `registry-mismatch`; with the bundled
 * registry, the figures it holds are left out and listed as agreeing or not.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {draftRegistry} from '../../src/registry/draft.js'
import {loadRegistry, parseRegistry} from '../../src/registry/load.js'
import {checkRegistry} from '../../src/registry/check.js'
import {lintPaths} from '../../src/engine.js'
import mismatch from '../../rules/registry-mismatch.js'
import {cli} from '../cli/run.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('registry draft', () => {
  it('drafts a registry from the examples that loads, checks clean and agrees with them', async () => {
    const text = await draftRegistry(['examples/'], {cwd: root})
    const draft = parseRegistry(text, 'draft.yaml')
    expect([...draft.entities.keys()]).toEqual(expect.arrayContaining(['vietnam', 'japan']))
    expect(draft.claims.length).toBeGreaterThan(10)
    expect(checkRegistry(draft, {today: new Date('2026-12-05')}).filter((problem) => problem.severity === 'error')).toEqual([])
    const projects = draft.claims.find((claim) => claim.kind === 'quantity' && claim.value?.value === 106)
    expect(projects).toMatchObject({unit: 'proyecto', noun: {es: ['proyecto']}, asOf: '2023-11-08', sources: [{document: 'examples/vietnam-japon.es.txt'}]})
    expect(draft.claims.find((claim) => claim.kind === 'rank' && claim.noun?.fr?.[0] === 'investisseur')).toMatchObject({about: ['japon', 'vietnam'], rank: 3, asOf: '2023-11-09'})
    const hedged = draft.claims.find((claim) => claim.kind === 'money' && claim.value?.stated?.qualifier === 'almost' && claim.value.stated.value === 50e9 && claim.terms.en)
    expect(hedged).toMatchObject({unit: 'USD', asOf: '2022'})
    const result = await lintPaths(['examples/'], {cwd: root, registry: draft, ruleSet: [mismatch]})
    expect(result.files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'registry-mismatch'))).toEqual([])
  })

  it('leaves out what the registry holds, saying whether each figure agrees', async () => {
    const registry = await loadRegistry(path.join(root, 'claims.yaml'))
    const text = await draftRegistry(['examples/vietnam-japon.es.txt'], {cwd: root, registry})
    expect(text).toContain('#   examples/vietnam-japon.es.txt:8: `más de cinco proyectos` disagrees with `jp-fdi-projects-in-vn`')
    expect(text).toContain('#   examples/vietnam-japon.es.txt:6: `tercer mayor inversor` agrees with `jp-rank-investor-in-vn`')
    const draft = parseRegistry(text, 'draft.yaml')
    expect(draft.claims.some((claim) => claim.kind === 'quantity' && claim.value?.stated?.value === 5)).toBe(false)
  })

  it('writes the draft on stdout from the CLI, and asks for documents', async () => {
    const run = await cli(['registry', 'draft', '--no-registry', 'examples/vietnam-japan.en.md'], root)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^# Draft claims from examples\/vietnam-japan\.en\.md/)
    expect(parseRegistry(run.stdout, 'draft.yaml').claims.length).toBeGreaterThan(0)
    const missing = await cli(['registry', 'draft'], root)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Missing documents for `registry draft`, expected one or more paths')
  })
})
