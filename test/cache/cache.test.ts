/**
 * `--cache`: a second run restores unchanged files instead of linting them,
 * and its output is the same as a run without cache, cross-document
 * findings included; a changed file, a registry edit or a configuration
 * change is linted afresh; a corrupt cache is reported and ignored.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {cli} from '../cli/run.js'
import {LintCache, fileKey, registryHash} from '../../src/cache/store.js'
import {loadRegistrySync, parseRegistry, registryKey} from '../../src/registry/load.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-cache-'))
fs.cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), {recursive: true})
fs.cpSync(path.join(root, 'test/corpus'), path.join(dir, 'corpus'), {recursive: true})
fs.copyFileSync(path.join(root, 'claims.yaml'), path.join(dir, 'claims.yaml'))
// Two figures of one document whose sentences name no entity: compared as the document is collected.
fs.writeFileSync(path.join(dir, 'examples', 'utility.en.txt'), 'The utility supplies 1.9 million customers in the city and its suburbs.\n\nThe utility supplies 1.6 million customers in the city and its suburbs.\n')
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

const args = ['--format', 'json', 'examples', 'corpus']
const cached = [...args, '--cache']
/** Files the cache restored: those it holds under their current key. */
const entries = () => Object.keys(JSON.parse(fs.readFileSync(path.join(dir, '.claimlintcache'), 'utf8')).files as object)
/** The registries the cache keeps, by file, with their keys. */
const registries = () => JSON.parse(fs.readFileSync(path.join(dir, '.claimlintcache'), 'utf8')).registries as Record<string, {key: string}>

describe('--cache', () => {
  it('gives the same JSON report as a run without cache, on the first run and the second', async () => {
    const plain = await cli(args, dir)
    expect(plain.code).toBe(1)
    const first = await cli(cached, dir)
    const second = await cli(cached, dir)
    expect(first.stdout).toBe(plain.stdout)
    expect(second.stdout).toBe(plain.stdout)
    expect(second.code).toBe(plain.code)
    // Cross-document findings come from restored claims: the Spanish example against the French one.
    expect(second.stdout).toContain('as stated at examples/vietnam-japon.fr.md:16:25')
    expect(second.stdout).toContain('Unexpected `1.6 million customers`, expected `1.9 million customers` as stated at 1:22 for `customers`')
    expect(entries()).toContain('examples/vietnam-japon.es.txt')
  })

  it('lints a changed file afresh, and a new finding in it shows', async () => {
    const file = path.join(dir, 'examples/vietnam-japon.es.txt')
    const text = fs.readFileSync(file, 'utf8')
    fs.writeFileSync(file, text.replace('el tercer mayor inversor', 'el segundo mayor inversor'))
    try {
      const run = await cli(cached, dir)
      expect(run.stdout).toBe((await cli(args, dir)).stdout)
      expect(run.stdout).toContain('Unexpected rank 2 in `segundo mayor inversor` for `jp-rank-investor-in-vn`, expected rank 3 of 143')
    } finally {
      fs.writeFileSync(file, text)
    }
  })

  it('lints every file afresh after a registry edit', async () => {
    const registry = path.join(dir, 'claims.yaml')
    const text = fs.readFileSync(registry, 'utf8')
    fs.writeFileSync(registry, text.replace('    rank: 3\n    out_of: 143', '    rank: 2\n    out_of: 143'))
    try {
      const run = await cli(cached, dir)
      expect(run.stdout).toBe((await cli(args, dir)).stdout)
      expect(run.stdout).toContain('Unexpected rank 3 in `tercer mayor inversor` for `jp-rank-investor-in-vn`, expected rank 2 of 143')
    } finally {
      fs.writeFileSync(registry, text)
    }
    expect((await cli(cached, dir)).stdout).not.toContain('expected rank 2 of 143')
  })

  it('keeps the checked registry under the hash of its source, and replaces it after an edit', async () => {
    await cli(cached, dir)
    const registry = path.join(dir, 'claims.yaml')
    const text = fs.readFileSync(registry, 'utf8')
    // Named as its positions cite it: relative to the process's folder, here absolute; the corpus has its own.
    expect(Object.keys(registries()).sort()).toEqual([path.join(dir, 'claims.yaml'), path.join(dir, 'corpus/claims.yaml')])
    expect(registries()[registry].key).toBe(registryKey(text, registry))
    fs.writeFileSync(registry, text + '\n')
    try {
      await cli(cached, dir)
      expect(registries()[registry].key).toBe(registryKey(text + '\n', registry))
    } finally {
      fs.writeFileSync(registry, text)
    }
  })

  it('gives back a registry equal to the one it was given', () => {
    const text = fs.readFileSync(path.join(root, 'claims.yaml'), 'utf8')
    const location = path.join(dir, 'registry-store.json')
    const first = new LintCache(location, '0.0.0')
    const parsed = parseRegistry(text, 'claims.yaml')
    first.registries.set('claims.yaml', 'k1', parsed)
    first.keepOnly(new Set())
    first.save()
    const second = new LintCache(location, '0.0.0')
    const restored = second.registries.get('claims.yaml', 'k1')
    expect(restored).toEqual(parsed)
    expect(restored!.entities.get('vn')).toEqual(parsed.entities.get('vn'))
    expect(registryHash(restored)).toBe('k1')
    expect(second.registries.get('claims.yaml', 'k2')).toBeUndefined()
    // Another claimlint version starts afresh.
    expect(new LintCache(location, '0.0.1').registries.get('claims.yaml', 'k1')).toBeUndefined()
  })

  it('drops a registry no run reads any more', () => {
    const location = path.join(dir, 'registry-drop.json')
    const cache = new LintCache(location, '0.0.0')
    cache.registries.set('old.yaml', 'k', parseRegistry('version: 1\n', 'old.yaml'))
    cache.keepOnly(new Set())
    cache.save()
    const next = new LintCache(location, '0.0.0')
    next.keepOnly(new Set())
    next.save()
    expect(JSON.parse(fs.readFileSync(location, 'utf8')).registries).toEqual({})
  })

  it('reads a registry from the store only when its source is unchanged', () => {
    const file = path.join(dir, 'claims.yaml')
    const store = new LintCache(path.join(dir, 'registry-load.json'), '0.0.0').registries
    const first = loadRegistrySync(file, store)
    expect(loadRegistrySync(file, store)).toEqual(first)
    expect(loadRegistrySync(file, store)).not.toBe(first)
  })

  it('lints afresh when a rule setting changes', async () => {
    const off = await cli([...cached, '--rule', 'glued-words=off'], dir)
    expect(off.stdout).not.toContain('"ruleId": "glued-words"')
    expect((await cli(cached, dir)).stdout).toContain('"ruleId": "glued-words"')
  })

  it('reports a corrupt cache, lints every file and rewrites it', async () => {
    fs.writeFileSync(path.join(dir, '.claimlintcache'), '{"format": 1, "files": ')
    const run = await cli(cached, dir)
    expect(run.stderr).toContain(`claimlint: Cannot parse the cache ${path.join(dir, '.claimlintcache')}; linting every file`)
    expect(run.stdout).toBe((await cli(args, dir)).stdout)
    expect(entries().length).toBeGreaterThan(10)
  })

  it('keys a file by its content and its settings', () => {
    expect(fileKey('a', 's')).toBe(fileKey('a', 's'))
    expect(fileKey('a', 's')).not.toBe(fileKey('b', 's'))
    expect(fileKey('a', 's')).not.toBe(fileKey('a', 't'))
    const cache = new LintCache(path.join(dir, 'none.json'), '0.0.0')
    expect(cache.problem).toBeUndefined()
    cache.set('x.txt', 'k', {messages: [], directives: []})
    expect(cache.get('x.txt', 'k')).toEqual({messages: [], directives: []})
    expect(cache.get('x.txt', 'other')).toBeUndefined()
  })
})
