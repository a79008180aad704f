import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli as runCli, type Run} from './run.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const fixtureRegistry = fs.readFileSync(path.join(root, 'test/fixtures/rules/claims.yaml'), 'utf8')

const cli = async (args: string[], cwd = dir): Promise<Run> => runCli(['--no-color', ...args], cwd)

const wrongYear = 'The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n'
const glued = 'Japón sigue siendo el mayorproveedor de ayuda oficial de Vietnam.\n'

let dir: string
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
  fs.writeFileSync(path.join(dir, file), text)
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-config-cli-'))
  // One desk with a registry beside its documents, another whose config names a shared one.
  write('desk-a/claims.yaml', fixtureRegistry)
  write('desk-a/ties.en.txt', wrongYear)
  write('desk-a/socio.es.txt', glued)
  write('shared/facts.yaml', fixtureRegistry)
  write(
    'desk-b/.claimlintrc.yaml',
    ['registry: ../shared/facts.yaml', 'rules:', '  glued-words: off', 'ignore: [drafts/]', 'overrides:', '  - files: "wire/**"', '    rules: {anniversary-year: warn}', ''].join('\n')
  )
  write('desk-b/ties.en.txt', wrongYear)
  write('desk-b/socio.es.txt', glued)
  write('desk-b/wire/ties.en.txt', wrongYear)
  write('desk-b/drafts/ties.en.txt', wrongYear)
  write('bad/.claimlintrc', '{"rules": {"anniversary-yaer": "error"}, "lang": "de"}\n')
  write('bad/a.txt', 'Nothing.\n')
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('configuration through the CLI', () => {
  it('finds each document\'s registry from its own folder, and applies its configuration and overrides', async () => {
    const result = await cli(['desk-a', 'desk-b'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/desk-a\/socio\.es\.txt\n1:23-1:37\s+warning\s+Unexpected glued words `mayorproveedor`/)
    expect(result.stdout).toMatch(/desk-a\/ties\.en\.txt\n1:10-1:14\s+error\s+Unexpected `2022`/)
    expect(result.stdout).toContain('desk-b/socio.es.txt: no issues found')
    expect(result.stdout).toMatch(/desk-b\/ties\.en\.txt\n1:10-1:14\s+error\s+Unexpected `2022`/)
    expect(result.stdout).toMatch(/desk-b\/wire\/ties\.en\.txt\n1:10-1:14\s+warning\s+Unexpected `2022`/)
    expect(result.stdout).not.toContain('drafts')
  })

  it('lets the command line win: --rule id=warn and --rule id=0', async () => {
    const result = await cli(['--rule', 'anniversary-year=warn', '--rule', 'glued-words=0', 'desk-a'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/1:10-1:14\s+warning\s+Unexpected `2022`/)
    expect(result.stdout).not.toContain('glued-words')
  })

  it('prints the settings in force for a document', async () => {
    const result = await cli(['--print-config', 'desk-b/wire/ties.en.txt'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      configFile: path.join(dir, 'desk-b', '.claimlintrc.yaml'),
      registryFiles: [path.join(dir, 'shared', 'facts.yaml')],
      rules: {'glued-words': 'off', 'anniversary-year': 'warning'},
      ignored: false
    })
  })

  it('uses --config for every document, and none with --no-config', async () => {
    const withConfig = await cli(['--config', 'desk-b/.claimlintrc.yaml', 'desk-a'])
    expect(withConfig.stdout).not.toContain('glued-words')
    const withoutConfig = await cli(['--no-config', '--registry', 'shared/facts.yaml', 'desk-b'])
    expect(withoutConfig.stdout).toContain('glued-words')
    expect(withoutConfig.stdout).toContain('desk-b/drafts/ties.en.txt')
  })

  it('skips what --ignore-pattern and --ignore-path list', async () => {
    write('.lintignore', '# not ours\ndesk-a/socio.es.txt\n')
    const result = await cli(['--ignore-path', '.lintignore', '--ignore-pattern', 'desk-b/wire/', 'desk-a', 'desk-b'])
    expect(result.stdout).not.toContain('socio.es.txt\n1:')
    expect(result.stdout).not.toContain('desk-a/socio.es.txt')
    expect(result.stdout).not.toContain('wire')
    expect(result.stdout).toContain('desk-a/ties.en.txt')
  })

  it('exits 2 with every problem of a configuration file at its place', async () => {
    const result = await cli(['bad'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')).toEqual([
      expect.stringMatching(/^claimlint: .*bad\/\.claimlintrc:1:12: Unknown rule `anniversary-yaer`, expected one of `anniversary-year`, /),
      expect.stringMatching(/^claimlint: .*bad\/\.claimlintrc:1:50: Unexpected `lang: de`, expected one of `en`, `es`, `fr`$/),
      ''
    ])
  })
})
