import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {main} from '../../src/cli.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const registry = path.join(root, 'test/fixtures/rules/claims.yaml')

class Capture extends Writable {
  text = ''
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString()
    done()
  }
}

async function cli(args: string[], cwd = dir): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = new Capture()
  const stderr = new Capture()
  const code = await main(['--registry', registry, '--no-color', ...args], {stdout, stderr, cwd})
  return {code, stdout: stdout.text, stderr: stderr.text}
}

const wrongYear = 'The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n'
const glued = 'Japón sigue siendo el mayorproveedor de ayuda oficial de Vietnam.\n'

let dir: string

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-baseline-'))
  fs.mkdirSync(path.join(dir, 'news'))
  fs.writeFileSync(path.join(dir, 'news', 'ties.en.txt'), 'Tokyo, Tuesday.\n' + wrongYear)
  fs.writeFileSync(path.join(dir, 'news', 'socio.es.txt'), glued)
})

afterEach(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

describe('--baseline', () => {
  it('writes every finding with --update-baseline, then reports nothing and exits 0', async () => {
    const first = await cli(['--baseline', 'claimlint-baseline.json', '--update-baseline', 'news'])
    expect(first.stderr).toBe('claimlint: info: wrote 2 findings to baseline `claimlint-baseline.json`\n')
    expect(first.code).toBe(0)
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'claimlint-baseline.json'), 'utf8'))
    expect(written.version).toBe(1)
    expect(Object.keys(written.files)).toEqual(['news/socio.es.txt', 'news/ties.en.txt'])
    expect(written.files['news/ties.en.txt']).toEqual([
      {
        ruleId: 'anniversary-year',
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
        message: 'Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'
      }
    ])

    const second = await cli(['--baseline', 'claimlint-baseline.json', 'news'])
    expect(second.code).toBe(0)
    expect(second.stdout).not.toContain('anniversary-year')
    expect(second.stderr).toBe('claimlint: info: 2 findings accepted by baseline `claimlint-baseline.json` not reported\n')
  })

  it('fails on a new finding only, even when the accepted one moved to another line', async () => {
    await cli(['--baseline', 'b.json', '--update-baseline', 'news'])
    fs.writeFileSync(
      path.join(dir, 'news', 'ties.en.txt'),
      'Tokyo, Tuesday.\nA new first paragraph.\n\n' + wrongYear + 'The 2021 was the 50th anniversary of diplomatic ties between Vietnam and Japan too.\n'
    )
    const result = await cli(['--baseline', 'b.json', 'news'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/5:5-5:9\s+error\s+Unexpected `2021` for the 50th anniversary of `vn-jp-diplomatic-ties` \(1973\), expected `2023`/)
    expect(result.stdout).not.toMatch(/4:10-4:14/)
    expect(result.stderr).toBe('claimlint: info: 2 findings accepted by baseline `b.json` not reported\n')
  })

  it('counts repeated findings: a second copy of an accepted sentence is new', async () => {
    await cli(['--baseline', 'b.json', '--update-baseline', 'news/socio.es.txt'])
    fs.writeFileSync(path.join(dir, 'news', 'socio.es.txt'), glued + glued)
    const result = await cli(['--baseline', 'b.json', 'news/socio.es.txt'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^2:23-2:37\s+warning\s+Unexpected glued words `mayorproveedor`/m)
    expect(result.stdout).not.toMatch(/^\s*1:23-1:37/m)
  })

  it('says which entries no longer match once a finding is fixed', async () => {
    await cli(['--baseline', 'b.json', '--update-baseline', 'news'])
    fs.writeFileSync(path.join(dir, 'news', 'socio.es.txt'), 'Japón sigue siendo el mayor proveedor de ayuda oficial de Vietnam.\n')
    const result = await cli(['--baseline', 'b.json', 'news'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'claimlint: info: 1 finding accepted by baseline `b.json` not reported\n' +
        'claimlint: info: 1 entry of baseline `b.json` no longer matches a finding (fixed or rewritten); run with `--update-baseline` to prune\n'
    )
  })

  it('keeps the entries of documents the update did not lint, and paths work from another folder', async () => {
    await cli(['--baseline', 'b.json', '--update-baseline', 'news/ties.en.txt'])
    await cli(['--baseline', 'b.json', '--update-baseline', 'news/socio.es.txt'])
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'))
    expect(Object.keys(written.files)).toEqual(['news/socio.es.txt', 'news/ties.en.txt'])
    const fromNews = await cli(['--baseline', '../b.json', '.'], path.join(dir, 'news'))
    expect(fromNews.code).toBe(0)
    expect(fromNews.stderr).toBe('claimlint: info: 2 findings accepted by baseline `../b.json` not reported\n')
  })

  it('exits 2 on a missing or malformed baseline, or --update-baseline alone', async () => {
    expect(await cli(['--baseline', 'nope.json', 'news'])).toMatchObject({
      code: 2,
      stderr: 'claimlint: No baseline at `' + path.join(dir, 'nope.json') + '`, expected a file written by `--baseline ' + path.join(dir, 'nope.json') + ' --update-baseline`\n'
    })
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"version": 2, "files": {}}')
    expect(await cli(['--baseline', 'bad.json', 'news'])).toMatchObject({
      code: 2,
      stderr: 'claimlint: Unexpected baseline `' + path.join(dir, 'bad.json') + '`: unexpected `version` 2, expected 1\n'
    })
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"version": 1, "files": {"a.txt": [{"ruleId": 3}]}}')
    expect((await cli(['--baseline', 'broken.json', 'news'])).stderr).toContain('expected `files["a.txt"][0]` to have a string `ruleId` and `fingerprint`')
    expect(await cli(['--update-baseline', 'news'])).toMatchObject({
      code: 2,
      stderr: 'claimlint: Unexpected `--update-baseline` without `--baseline <file>`, expected the file to write\n'
    })
  })
})
