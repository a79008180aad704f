/**
 * The CI story of docs/ci.md from start to end, in a temporary git
 * repository: a configuration file, a registry and twenty articles; the
 * baseline is written and committed; then a paragraph is inserted above an
 * accepted finding, a figure is changed and a faulty sentence duplicated.
 * `--baseline` must name exactly the two new findings.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// ajv-draft-04 is CommonJS: under NodeNext its default import is module.exports, whose `default` is the class.
import ajvDraft04 from 'ajv-draft-04'
import {cli as runCli, type Run} from '../cli/run.js'

const AjvDraft04 = ajvDraft04.default

const root = fileURLToPath(new URL('../..', import.meta.url))
const sarifSchema = path.join(root, '../shared/schemas/sarif-schema-2.1.0.json')

const cli = async (args: string[], cwd = dir): Promise<Run> => runCli(['--no-color', ...args], cwd)

let dir: string
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.org', '-c', 'init.defaultBranch=main', ...args], {cwd: dir, stdio: 'pipe'})
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
  fs.writeFileSync(path.join(dir, file), text)
}
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8')

const clean = [
  'Officials from both countries met in Hanoi on Tuesday to review projects in transport and energy.',
  'Japanese firms have expanded their factories in the north of the country over the past decade.',
  'Ministers agreed to meet again next spring to discuss training for skilled workers.'
]
const wrongYear = 'The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.'
const glued = 'Japón sigue siendo el mayorproveedor de ayuda oficial de Vietnam.'

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-ci-'))
  write('claims.yaml', fs.readFileSync(path.join(root, 'test/fixtures/rules/claims.yaml'), 'utf8'))
  write('.claimlintrc.yaml', ['rules:', '  stale-claim: off', 'overrides:', '  - files: "es/**"', '    lang: es', ''].join('\n'))
  for (let n = 1; n <= 10; n++) {
    write(`en/story-${n}.md`, ['---', 'date: 2023-11-07', '---', '', `# Story ${n}`, '', clean.join(' '), '', n <= 3 ? wrongYear : clean[n % 3], ''].join('\n'))
    write(`es/nota-${n}.txt`, [n <= 2 ? glued : 'Los ministros se reunieron el martes en Hanói.', ''].join('\n'))
  }
  git('init', '-q')
  git('add', '.')
  git('commit', '-q', '-m', 'articles')
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('CI: fail on new findings only', () => {
  it('accepts today\'s findings, then names exactly the two new ones', async () => {
    const write1 = await cli(['--baseline-write', 'claimlint-baseline.json', 'en', 'es'])
    expect(write1).toMatchObject({code: 0, stderr: 'claimlint: info: wrote 5 findings to baseline `claimlint-baseline.json`\n'})
    git('add', 'claimlint-baseline.json')
    git('commit', '-q', '-m', 'baseline')

    // A paragraph inserted above an accepted finding: still accepted.
    write('en/story-1.md', read('en/story-1.md').replace('# Story 1\n', '# Story 1\n\nA new paragraph with no figures at all.\n'))
    // The figure of an accepted finding changed: a new finding.
    write('en/story-2.md', read('en/story-2.md').replace('The year 2022', 'The year 2021'))
    // A faulty sentence duplicated: one new finding.
    write('es/nota-1.txt', read('es/nota-1.txt') + glued + '\n')

    const result = await cli(['--baseline', 'claimlint-baseline.json', 'en', 'es'])
    expect(result.code).toBe(1)
    const findings = result.stdout.split('\n').filter((line) => /^\s*\d+:\d+/.test(line))
    expect(findings.map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
      '9:10-9:14 error Unexpected `2021` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023` anniversary-year claimlint',
      '2:23-2:37 warning Unexpected glued words `mayorproveedor`, expected `mayor proveedor` glued-words claimlint'
    ])
    expect(result.stdout).toMatch(/en\/story-2\.md\n9:10-9:14/)
    expect(result.stdout).toMatch(/es\/nota-1\.txt\n2:23-2:37/)
    expect(result.stderr).toBe(
      'claimlint: info: 4 findings accepted by baseline `claimlint-baseline.json`\n' +
        'claimlint: info: 1 entry of baseline `claimlint-baseline.json` no longer matches a finding (fixed, rewritten or renamed; `--baseline-prune` drops them):\n' +
        'claimlint: info:   en/story-2.md: anniversary-year: Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`\n'
    )

    const github = await cli(['--baseline', 'claimlint-baseline.json', '--format', 'github', 'en', 'es'])
    expect(github.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([
      '::error file=en/story-2.md,line=9,col=10,endLine=9,endColumn=14,title=claimlint (anniversary-year)::Unexpected `2021` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`',
      '::warning file=es/nota-1.txt,line=2,col=23,endLine=2,endColumn=37,title=claimlint (glued-words)::Unexpected glued words `mayorproveedor`, expected `mayor proveedor`'
    ])

    const sarif = JSON.parse((await cli(['--baseline', 'claimlint-baseline.json', '--format', 'sarif', 'en', 'es'])).stdout)
    const results = sarif.runs[0].results as Array<{suppressions?: unknown[]}>
    expect(results).toHaveLength(6)
    expect(results.filter((r) => !r.suppressions)).toHaveLength(2)
    if (fs.existsSync(sarifSchema)) {
      const validate = new AjvDraft04({strict: false, validateFormats: false}).compile(JSON.parse(fs.readFileSync(sarifSchema, 'utf8')))
      expect(validate(sarif) ? null : validate.errors).toBeNull()
    }

    const changed = await cli(['--changed-since', 'HEAD', 'en', 'es'])
    expect(changed.stdout.split('\n').filter((line) => /^\s*\d+:\d+/.test(line))).toHaveLength(2)
  })

  it('exits 2 on a configuration error with its place, and on a missing registry with the folders searched', async () => {
    write('.claimlintrc.yaml', 'rules:\n  stale-claims: off\n')
    const config = await cli(['en'])
    expect(config.code).toBe(2)
    expect(config.stderr).toMatch(/\.claimlintrc\.yaml:2:3: Unknown rule `stale-claims`, expected one of /)
    write('.claimlintrc.yaml', 'rules:\n  stale-claim: off\n')
    fs.rmSync(path.join(dir, 'claims.yaml'))
    const registry = await cli(['en'])
    expect(registry.code).toBe(2)
    expect(registry.stderr).toMatch(/^claimlint: No claims\.yaml found for `en\/story-1\.md` in .*\/en or any folder above it/)
  })
})
