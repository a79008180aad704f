/**
 * One file that breaks a step of the lint must never cost the others: the
 * failure becomes one fatal message on that file (`internal-error`, exit 1)
 * and every other file is linted and reported, in every format.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli as runCli, type Run} from '../cli/run.js'
import {lintDocuments} from '../../src/engine.js'
import {rules} from '../../rules/index.js'
import type {Rule} from '../../src/rule.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

const cli = async (args: string[]): Promise<Run> => runCli(['--no-color', ...args], dir)

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-isolation-'))
  fs.cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), {recursive: true})
  fs.copyFileSync(path.join(root, 'claims.yaml'), path.join(dir, 'claims.yaml'))
  // The hostile files of issue 13: each crashed the whole run once.
  fs.writeFileSync(path.join(dir, 'examples', 'quotes.md'), '>'.repeat(5000) + ' $96 million\n')
  fs.writeFileSync(path.join(dir, 'examples', 'lists.md'), Array.from({length: 2000}, (_, i) => '  '.repeat(i) + '- item').join('\n') + '\n')
  fs.writeFileSync(path.join(dir, 'examples', 'continuation.md'), 'x\n 7.\n')
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('isolation', () => {
  it('lints the examples beside hostile Markdown files and keeps their findings, exit 1', async () => {
    const result = await cli(['examples'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/examples\/vietnam-japan\.en\.md\n\s*12:10-12:14\s+error\s+Unexpected `2022`/)
    expect(result.stdout).toMatch(/examples\/vietnam-japon\.es\.txt\n/)
    expect(result.stdout).toMatch(/(\d+) messages \(✖ \d+ errors?, ⚠ 4 warnings\)/)
    // Each hostile file is linted or reported with one reason; never a stack trace, never lost.
    for (const name of ['quotes.md', 'lists.md', 'continuation.md']) expect(result.stdout).toMatch(new RegExp(`examples/${name.replace('.', '\\.')}`))
    expect(result.stderr).not.toMatch(/\n\s+at /)
    const json = JSON.parse((await cli(['--format', 'json', 'examples'])).stdout)
    expect(json.files.map((f: {path: string}) => f.path).sort()).toEqual(
      ['examples/continuation.md', 'examples/lists.md', 'examples/quotes.md', 'examples/vietnam-japan.en.md', 'examples/vietnam-japon.es.txt', 'examples/vietnam-japon.fr.md']
    )
  })

  it('turns a rule that throws into one fatal message on that file; the other file keeps its findings', async () => {
    const throwing: Rule = {
      meta: {id: 'throws-on-hanoi', description: 'A rule with a bug.', severity: 'error', needsRegistry: false, scope: 'document', messages: {}},
      check(doc) {
        if (doc.text.includes('Hanoi')) throw new TypeError("Cannot read properties of undefined (reading 'glued')")
        return []
      }
    }
    const files = await lintDocuments(
      [
        {path: 'hanoi.en.txt', text: 'Officials met in Hanoi on Tuesday.'},
        {path: 'socio.es.txt', text: 'Japón sigue siendo el mayorproveedor de ayuda.'}
      ],
      {ruleSet: [...rules, throwing]}
    )
    expect(files[0].messages.map((m) => [m.ruleId, m.reason, m.fatal])).toEqual([
      ['internal-error', "Cannot lint file: rules failed: TypeError: Cannot read properties of undefined (reading 'glued')", true]
    ])
    expect(files[1].messages.map((m) => m.ruleId)).toEqual(['glued-words'])
  })

  it('keeps every document\'s findings when a run rule throws', async () => {
    const throwing: Rule = {
      meta: {id: 'run-throws', description: 'A run rule with a bug.', severity: 'error', needsRegistry: false, scope: 'run', messages: {}},
      checkRun() {
        throw new RangeError('Maximum call stack size exceeded')
      }
    }
    const files = await lintDocuments([{path: 'socio.es.txt', text: 'Japón sigue siendo el mayorproveedor de ayuda.'}], {ruleSet: [...rules, throwing]})
    expect(files[0].messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['internal-error', 'Cannot check this file against the others: RangeError: Maximum call stack size exceeded'],
      ['glued-words', 'Unexpected glued words `mayorproveedor`, expected `mayor proveedor`']
    ])
  })
})

describe('time budget', () => {
  it('ends a file that runs past its budget with one fatal message naming the step, and says how to raise it', async () => {
    const [file] = await lintDocuments([{path: 'slow.en.md', text: '# Trade\n\n' + 'Japan invested $96 million in Vietnam. '.repeat(2000)}], {fileTimeout: 0})
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['time-budget', true]])
    expect(file.messages[0].reason).toMatch(/^Cannot lint file: it took longer than 0 ms \(during (parse|extract|match)\); skipped \(raise the limit with --file-timeout\)$/)
  })

  it('takes --file-timeout on the command line and refuses a bad value', async () => {
    const bad = await cli(['--file-timeout', 'soon', 'examples'])
    expect(bad).toMatchObject({code: 2, stderr: 'claimlint: Unexpected `--file-timeout soon`, expected a whole number of at least 0\n'})
    const generous = await cli(['--file-timeout', '600000', 'examples/vietnam-japan.en.md'])
    expect(generous.code).toBe(1)
    expect(generous.stdout).toContain('anniversary-year')
  })
})
