/**
 * docs/writing-rules.md runs as written: every block with a `file=` name is
 * written into a folder inside the package (so `claimlint/rule-kit` and
 * `claimlint/rule-kit/tester` resolve through package.json `exports` to
 * the built dist/, as they do for a user), its RuleTester file is run by
 * vitest in a child process and must pass with one test per case (and one
 * of the rule's defaults), and the
 * `npx claimlint` command, run there with the built CLI, must print the
 * ```text block under it. After changing src/, `npm run build` first.
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = path.join(import.meta.dirname, '../..')
const source = fs.readFileSync(path.join(root, 'docs/writing-rules.md'), 'utf8')
const files = [...source.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```$/gm)].map((match) => ({name: match[1], text: match[2]}))
const command = /^```sh\n(npx claimlint .*)\n```\n+```text\n([\s\S]*?)```/m.exec(source)
const folder = path.join(root, `.writing-rules-${process.pid}`)

beforeAll(() => {
  expect(fs.existsSync(path.join(root, 'dist/src/rule-kit/index.js')), 'dist/ is missing: run `npm run build`').toBe(true)
  fs.mkdirSync(folder, {recursive: true})
  for (const file of files) fs.writeFileSync(path.join(folder, file.name), file.text)
  fs.writeFileSync(path.join(folder, 'vitest.config.mjs'), "export default {test: {include: ['*.test.ts']}}\n")
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('docs/writing-rules.md', () => {
  it('has the rule, its tests, a configuration, an article and a command with its output', () => {
    expect(files.map((file) => file.name)).toEqual(['house-rules.js', 'house-rules.test.ts', '.claimlintrc.yaml', 'article.txt'])
    expect(command, 'a ```sh block `npx claimlint …` followed by its ```text output').not.toBeNull()
  })

  it('its RuleTester tests pass, one test per case and one of the defaults', async () => {
    const vitest = path.join(root, 'node_modules/vitest/vitest.mjs')
    const {stdout} = await run(process.execPath, [vitest, 'run', '--root', folder, '--config', path.join(folder, 'vitest.config.mjs'), '--reporter', 'verbose'], {
      cwd: folder,
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
    })
    // Three valid cases, two invalid ones, and the test of the rule's defaults against its schema.
    expect(stdout).toMatch(/Tests\s+6 passed \(6\)/)
    expect(stdout).toContain('long-amounts > has defaults that satisfy its option schema')
    expect(stdout).toContain('long-amounts > valid > The city will spend $12.5 million on the port.')
    expect(stdout).toContain('long-amounts > invalid > La ciudad gastará 12.500.000 euros en el puerto.')
  }, 60000)

  it('the configuration runs the rule, and the CLI prints what the page shows', async () => {
    const args = command![1].split(' ').slice(2)
    const result = await run(process.execPath, [path.join(root, 'bin/claimlint.js'), ...args], {cwd: folder}).then(
      (ok) => ({code: 0, ...ok}),
      (error: {code: number; stdout: string; stderr: string}) => error
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(command![2])
  }, 30000)
})
