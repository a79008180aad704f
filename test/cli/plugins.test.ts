/**
 * Rules of your own from a configuration's `plugins` (docs/writing-rules.md):
 * loaded from the configuration in force at the working directory (or
 * `--config`), paths relative to it, their rules set like built-in ones by
 * any configuration; a missing, broken or clashing module is a clear
 * configuration error (exit 2).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli as runCli, type Run} from './run.js'

let dir: string
const cli = async (args: string[], cwd = dir): Promise<Run> => runCli(['--no-color', ...args], cwd)
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
  fs.writeFileSync(path.join(dir, file), text)
}

// A rule module with no imports (a temporary folder cannot resolve `claimlint/rule-kit`): every year after 2030 is flagged.
const futureYears = `export default {
  meta: {id: 'future-year', description: 'No year after 2030.', severity: 'warning', needsRegistry: false, scope: 'document',
    messages: {future: 'Unexpected \`{found}\` after 2030'}, schema: {type: 'object', properties: {}, additionalProperties: false}, defaults: {}},
  check(doc) {
    return doc.sentences.flatMap((s) => s.claims).filter((c) => c.kind === 'year' && c.value > 2030)
      .map((c) => ({ruleId: 'future-year', messageId: 'future', message: 'Unexpected \`' + c.text + '\` after 2030', severity: 'warning', path: doc.path, start: c.start, end: c.end, claim: c}))
  }
}
`
const text = 'The bridge will open in 2031, officials said.\n'

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-plugins-'))
  write('site/rules/future-year.mjs', futureYears)
  write('site/.claimlintrc.yaml', 'registry: false\nplugins: [./rules/future-year.mjs]\nrules:\n  future-year: error\n')
  write('site/news/bridge.en.txt', text)
  write('site/archive/.claimlintrc.yaml', 'registry: false\nrules:\n  future-year: off\n')
  write('site/archive/bridge.en.txt', text)
  write('site/nested/.claimlintrc.yaml', 'registry: false\nplugins: [../other.mjs]\n')
  write('site/nested/bridge.en.txt', text)
  write('missing/.claimlintrc.yaml', 'registry: false\nplugins: ./house-rule.js\n')
  write('missing/a.en.txt', text)
  write('not-a-rule/.claimlintrc.yaml', 'registry: false\nplugins: [./helpers.mjs]\n')
  write('not-a-rule/helpers.mjs', 'export default {id: "x"}\n')
  write('not-a-rule/a.en.txt', text)
  write('clash/.claimlintrc.yaml', 'registry: false\nplugins: [./glued.mjs]\n')
  write('clash/glued.mjs', futureYears.replace(/id: 'future-year'/, "id: 'glued-words'"))
  write('clash/a.en.txt', text)
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('plugins in a configuration', () => {
  it('runs the plugin rules at the level the configuration sets, and a nested configuration may turn them off', async () => {
    const run = await cli(['news/bridge.en.txt', 'archive/bridge.en.txt'], path.join(dir, 'site'))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/news\/bridge\.en\.txt\n\s*1:25-1:29\s+error\s+Unexpected `2031` after 2030\s+future-year/)
    expect(run.stdout).toContain('archive/bridge.en.txt: no issues found')
  })

  it('loads the plugins of the file --config names, and none with --no-config', async () => {
    const configured = await cli(['--config', 'site/.claimlintrc.yaml', 'missing/a.en.txt'])
    expect(configured.stdout).toMatch(/1:25-1:29\s+error\s+Unexpected `2031` after 2030\s+future-year/)
    const none = await cli(['--no-config', '--no-registry', 'site/news/bridge.en.txt'])
    expect([none.code, none.stdout]).toEqual([0, 'site/news/bridge.en.txt: no issues found\n'])
  })

  it('refuses plugins in a configuration deeper than the one at the working directory', async () => {
    const run = await cli(['nested/bridge.en.txt'], path.join(dir, 'site'))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('nested/.claimlintrc.yaml: Unexpected `plugins` in a configuration that is not the one in force at the working directory')
  })

  it.each([
    ['missing', 'missing/.claimlintrc.yaml: Cannot find plugin `./house-rule.js` (looked for '],
    ['not-a-rule', 'not-a-rule/.claimlintrc.yaml: Unexpected plugin `./helpers.mjs`: its default export must be a rule (`defineRule({meta, check})`) or a list of rules'],
    ['clash', 'clash/.claimlintrc.yaml: Unexpected rule id `glued-words` in plugin `./glued.mjs`: it is a built-in rule']
  ])('stops with exit 2 on a plugin that is %s', async (folder, message) => {
    const run = await cli([`${folder}/a.en.txt`], dir)
    // The configuration at the working directory is the one given by --config here.
    const viaConfig = await cli(['--config', `${folder}/.claimlintrc.yaml`, `${folder}/a.en.txt`], dir)
    for (const result of [run, viaConfig]) expect(result.code).toBe(2)
    expect(viaConfig.stderr).toContain(message)
  })
})
