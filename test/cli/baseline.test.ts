import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {cli as runCli, type Run} from './run.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const registry = path.join(root, 'test/fixtures/rules/claims.yaml')

const cli = async (args: string[], cwd = dir): Promise<Run> => runCli(['--registry', registry, '--no-color', ...args], cwd)

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
  it('writes every finding with --baseline-write, then counts none of them and exits 0', async () => {
    const first = await cli(['--baseline-write', 'claimlint-baseline.json', 'news'])
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
    expect(second.stdout).toBe('news/socio.es.txt: no issues found\nnews/ties.en.txt: no issues found\n')
    expect(second.stderr).toBe('claimlint: info: 2 findings accepted by baseline `claimlint-baseline.json`\n')
  })

  it('keeps accepted findings in JSON and SARIF, marked as suppressed', async () => {
    await cli(['--baseline-write', 'b.json', 'news'])
    const report = JSON.parse((await cli(['--baseline', 'b.json', '--format', 'json', 'news'])).stdout)
    expect(report.summary).toEqual({files: 2, errors: 0, warnings: 0, infos: 0, suppressed: 2})
    expect(report.files[1].messages[0]).toMatchObject({
      ruleId: 'anniversary-year',
      suppressions: [{kind: 'external', justification: 'accepted in baseline b.json'}]
    })
    const sarif = JSON.parse((await cli(['--baseline', 'b.json', '--format', 'sarif', 'news'])).stdout)
    expect(sarif.runs[0].results.map((r: {ruleId: string; suppressions: unknown}) => [r.ruleId, r.suppressions])).toEqual([
      ['glued-words', [{kind: 'external', justification: 'accepted in baseline b.json'}]],
      ['anniversary-year', [{kind: 'external', justification: 'accepted in baseline b.json'}]]
    ])
  })

  it('fails on a new finding only, even when the accepted one moved to another line', async () => {
    await cli(['--baseline-write', 'b.json', 'news'])
    fs.writeFileSync(
      path.join(dir, 'news', 'ties.en.txt'),
      'Tokyo, Tuesday.\nA new first paragraph.\n\n' + wrongYear + 'The 2021 was the 50th anniversary of diplomatic ties between Vietnam and Japan too.\n'
    )
    const result = await cli(['--baseline', 'b.json', 'news'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/5:5-5:9\s+error\s+Unexpected `2021` for the 50th anniversary of `vn-jp-diplomatic-ties` \(1973\), expected `2023`/)
    expect(result.stdout).not.toMatch(/4:10-4:14/)
    expect(result.stderr).toBe('claimlint: info: 2 findings accepted by baseline `b.json`\n')
  })

  it('counts repeated findings: a second copy of an accepted sentence is new', async () => {
    await cli(['--baseline-write', 'b.json', 'news/socio.es.txt'])
    fs.writeFileSync(path.join(dir, 'news', 'socio.es.txt'), glued + glued)
    const result = await cli(['--baseline', 'b.json', '--frail', 'news/socio.es.txt'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^2:23-2:37\s+warning\s+Unexpected glued words `mayorproveedor`/m)
    expect(result.stdout).not.toMatch(/^\s*1:23-1:37/m)
  })

  it('lists the entries that no longer match, and --baseline-prune drops them', async () => {
    await cli(['--baseline-write', 'b.json', 'news'])
    fs.writeFileSync(path.join(dir, 'news', 'socio.es.txt'), 'Japón sigue siendo el mayor proveedor de ayuda oficial de Vietnam.\n')
    const result = await cli(['--baseline', 'b.json', 'news'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'claimlint: info: 1 finding accepted by baseline `b.json`\n' +
        'claimlint: info: 1 entry of baseline `b.json` no longer matches a finding (fixed, rewritten or renamed; `--baseline-prune` drops them):\n' +
        'claimlint: info:   news/socio.es.txt: glued-words: Unexpected glued words `mayorproveedor`, expected `mayor proveedor`\n'
    )
    const pruned = await cli(['--baseline', 'b.json', '--baseline-prune', 'news'])
    expect(pruned.stderr).toBe(
      'claimlint: info: 1 finding accepted by baseline `b.json`\nclaimlint: info: pruned 1 entry that matched nothing from baseline `b.json`\n'
    )
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'b.json'), 'utf8')).files)).toEqual(['news/ties.en.txt'])
  })

  it('treats a renamed document as new and lists the old path\'s entries as unused', async () => {
    await cli(['--baseline-write', 'b.json', 'news'])
    fs.renameSync(path.join(dir, 'news', 'ties.en.txt'), path.join(dir, 'news', 'lazos.en.txt'))
    const result = await cli(['--baseline', 'b.json', 'news'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('news/lazos.en.txt\n')
    expect(result.stderr).toContain('claimlint: info:   news/ties.en.txt: anniversary-year: Unexpected `2022`')
  })

  it('keeps the entries of documents the write did not lint, and paths work from another folder', async () => {
    await cli(['--baseline-write', 'b.json', 'news/ties.en.txt'])
    await cli(['--baseline-write', 'b.json', 'news/socio.es.txt'])
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'))
    expect(Object.keys(written.files)).toEqual(['news/socio.es.txt', 'news/ties.en.txt'])
    const fromNews = await cli(['--baseline', '../b.json', '.'], path.join(dir, 'news'))
    expect(fromNews.code).toBe(0)
    expect(fromNews.stderr).toBe('claimlint: info: 2 findings accepted by baseline `../b.json`\n')
  })

  it('exits 2 on a missing or malformed baseline, and on flags that need --baseline', async () => {
    const missing = path.join(dir, 'nope.json')
    expect(await cli(['--baseline', 'nope.json', 'news'])).toMatchObject({
      code: 2,
      stderr: `claimlint: No baseline at \`${missing}\`, expected a file written by \`--baseline-write ${missing}\`\n`
    })
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"version": 2, "files": {}}')
    expect(await cli(['--baseline', 'bad.json', 'news'])).toMatchObject({
      code: 2,
      stderr: 'claimlint: Unexpected baseline `' + path.join(dir, 'bad.json') + '`: unexpected `version` 2, expected 1\n'
    })
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"version": 1, "files": {"a.txt": [{"ruleId": 3}]}}')
    expect((await cli(['--baseline', 'broken.json', 'news'])).stderr).toContain('expected `files["a.txt"][0]` to have a string `ruleId` and `fingerprint`')
    expect(await cli(['--baseline-prune', 'news'])).toMatchObject({
      code: 2,
      stderr: 'claimlint: Unexpected `--baseline-prune` without `--baseline <file>`, expected the baseline to prune\n'
    })
  })
})

describe('exit code and output options', () => {
  it('--quiet reports errors only', async () => {
    const result = await cli(['--quiet', 'news'])
    expect(result.stdout).toContain('anniversary-year')
    expect(result.stdout).not.toContain('glued-words')
  })

  it('--max-warnings N exits 1 above N warnings; --frail on any', async () => {
    expect((await cli(['news/socio.es.txt'])).code).toBe(0)
    expect((await cli(['--max-warnings', '1', 'news/socio.es.txt'])).code).toBe(0)
    expect((await cli(['--max-warnings', '0', 'news/socio.es.txt'])).code).toBe(1)
    expect((await cli(['--frail', 'news/socio.es.txt'])).code).toBe(1)
    expect(await cli(['--max-warnings', 'many', 'news'])).toMatchObject({code: 2, stderr: 'claimlint: Unexpected `--max-warnings many`, expected a whole number of at least 0\n'})
  })

  it('-o writes the report to a file, creating its folder', async () => {
    const result = await cli(['-o', 'out/report.sarif', '--format', 'sarif', 'news'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.sarif'), 'utf8')).version).toBe('2.1.0')
  })
})
