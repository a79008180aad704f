/**
 * Shards: `--shard i/n` with `--claims-out` on three "machines", then
 * `claimlint merge`, gives the report of one run, byte for byte in JSON,
 * cross-document findings included; bad claims files and bad shard values
 * are usage errors (exit 2).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {cli} from '../cli/run.js'
import {shardOf} from '../../src/engine.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-shards-'))
fs.cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), {recursive: true})
fs.cpSync(path.join(root, 'test/corpus'), path.join(dir, 'corpus'), {recursive: true})
fs.copyFileSync(path.join(root, 'claims.yaml'), path.join(dir, 'claims.yaml'))
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('--shard, --claims-out and merge', () => {
  it('merges three shards into the report of one run', async () => {
    const one = await cli(['--format', 'json', 'examples', 'corpus'], dir)
    const paths: string[][] = []
    for (const shard of [1, 2, 3]) {
      const run = await cli(['--format', 'json', '--shard', `${shard}/3`, '--claims-out', `shard-${shard}.json`, 'examples', 'corpus'], dir)
      paths.push(JSON.parse(run.stdout).files.map((file: {path: string}) => file.path))
    }
    // Every file in exactly one shard, each shard a real share.
    const all = paths.flat()
    expect(new Set(all).size).toBe(all.length)
    expect(all.sort()).toEqual(JSON.parse(one.stdout).files.map((file: {path: string}) => file.path).sort())
    for (const list of paths) expect(list.length).toBeGreaterThan(3)
    const merged = await cli(['merge', '--format', 'json', 'shard-1.json', 'shard-2.json', 'shard-3.json'], dir)
    expect(merged.stdout).toBe(one.stdout)
    expect(merged.code).toBe(one.code)
    expect(merged.stdout).toContain('as stated at examples/vietnam-japon.fr.md:16:25')
  })

  it('puts a path in the same shard every time', () => {
    expect(shardOf('corpus/aguas/article.es.md', 3)).toBe(shardOf('corpus/aguas/article.es.md', 3))
    expect([1, 2, 3]).toContain(shardOf('examples/vietnam-japan.en.md', 3))
  })

  it('reports bad claims files and shard values, exit 2', async () => {
    fs.writeFileSync(path.join(dir, 'not-json.json'), '{')
    fs.writeFileSync(path.join(dir, 'other.json'), '{"format": "claimlint-claims", "version": 1, "files": []}')
    const cases: Array<[string[], string]> = [
      [['merge', 'absent.json'], 'Cannot read claims file absent.json: no such file'],
      [['merge', 'not-json.json'], 'Cannot parse claims file not-json.json: not JSON, expected the output of `--claims-out`'],
      [['merge', 'other.json'], 'Unexpected claims file version 1 in other.json, expected 3'],
      [['merge', 'claims.yaml'], 'Cannot parse claims file claims.yaml: not JSON'],
      [['--shard', '4/3', 'examples'], 'Unexpected `--shard 4/3`, expected i/n with 1 <= i <= n, such as `--shard 1/3`']
    ]
    for (const [args, message] of cases) {
      const run = await cli(args, dir)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toContain(message)
    }
  })
})
