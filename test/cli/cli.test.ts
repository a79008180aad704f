import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {Ajv2020} from 'ajv/dist/2020.js'
import {Ajv} from 'ajv'
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

async function cli(args: string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = new Capture()
  const stderr = new Capture()
  const code = await main(args, {stdout, stderr, cwd})
  return {code, stdout: stdout.text, stderr: stderr.text}
}

let dir: string

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-cli-'))
  fs.writeFileSync(
    path.join(dir, 'wrong.en.txt'),
    'The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n'
  )
  fs.writeFileSync(
    path.join(dir, 'right.es.txt'),
    'date 2023-05-01 Este año, Vietnam y Japón celebran el 50 aniversario de sus relaciones diplomáticas.\n'
  )
  fs.writeFileSync(path.join(dir, 'empty.txt'), '')
  fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]))
  fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x41, 0xf1, 0x6f, 0x20, 0x32, 0x30, 0x32, 0x33]))
  fs.mkdirSync(path.join(dir, 'folder', 'drafts'), {recursive: true})
  fs.writeFileSync(path.join(dir, 'folder', 'kept.md'), '# Notes\n\nNothing to check here.\n')
  fs.writeFileSync(path.join(dir, 'folder', 'drafts', 'skipped.txt'), 'The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n')
  fs.writeFileSync(path.join(dir, 'folder', '.claimlintignore'), '# drafts are not checked\ndrafts/\n')
  fs.writeFileSync(path.join(dir, 'broken.yaml'), 'version: 1\nentities:\n  - id: japan\n    names: nope\nclaims: []\n')
})

afterAll(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

describe('claimlint CLI', () => {
  it('prints help and exits 0', async () => {
    const result = await cli(['--help'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: claimlint \[options\] <paths\.\.\.>/)
  })

  it('exits 2 on an unknown flag', async () => {
    const result = await cli(['--frobnicate', 'x.txt'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("claimlint: Unknown option '--frobnicate'")
  })

  it('exits 2 on a bad --date or --lang', async () => {
    expect((await cli(['--date', '2023-02-30', 'right.es.txt'], dir)).stderr).toBe(
      'claimlint: Unexpected `--date 2023-02-30`, expected a real date as `YYYY-MM-DD`\n'
    )
    expect((await cli(['--lang', 'de', 'right.es.txt'], dir)).code).toBe(2)
  })

  it('exits 1 on an error-level finding and prints file:line:column-endLine:endColumn', async () => {
    const result = await cli(['--registry', registry, '--no-color', 'wrong.en.txt', 'right.es.txt'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('wrong.en.txt\n')
    expect(result.stdout).toMatch(
      /1:10-1:14\s+error\s+Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` \(1973\), expected `2023`\s+anniversary-year/
    )
    expect(result.stdout).not.toMatch(/right\.es\.txt\n\s+\d/)
  })

  it('exits 0 when clean', async () => {
    const result = await cli(['--registry', registry, 'right.es.txt', 'empty.txt'], dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('reports a binary file and still lints the rest', async () => {
    const result = await cli(['--registry', registry, '--no-color', 'image.txt', 'wrong.en.txt'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/image\.txt\n\s+error\s+Cannot lint a binary file/)
    expect(result.stdout).toContain('anniversary-year')
  })

  it('reports a file that is not UTF-8 and still lints the rest', async () => {
    const result = await cli(['--registry', registry, '--no-color', 'latin1.txt', 'right.es.txt'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/latin1\.txt\n\s+error\s+Cannot lint a file that is not UTF-8 text/)
    expect(result.stdout).toContain('right.es.txt: no issues found')
  })

  it('walks folders and skips what .claimlintignore lists', async () => {
    const result = await cli(['--registry', registry, '--no-color', 'folder'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('folder/kept.md: no issues found')
    expect(result.stdout).not.toContain('skipped.txt')
  })

  it('reports a missing path, lints the rest, and exits 2', async () => {
    const result = await cli(['--registry', registry, '--no-color', 'nope.txt', 'wrong.en.txt'], dir)
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(/nope\.txt\n\s+error\s+No such file or folder/)
    expect(result.stdout).toContain('anniversary-year')
  })

  it('reports every problem of a malformed registry with its place, exit 2', async () => {
    const result = await cli(['--registry', 'broken.yaml', 'wrong.en.txt'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/broken\.yaml:4:12: /)
  })

  it('skips registry rules quietly with --no-registry', async () => {
    const result = await cli(['--no-registry', '--no-color', 'wrong.en.txt'], dir)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('wrong.en.txt: no issues found\n')
  })

  it('exits 2 naming where it looked when no registry is found and registry rules are on', async () => {
    const result = await cli(['--no-color', 'wrong.en.txt'], dir)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      new RegExp(
        '^claimlint: No claims.yaml found for `wrong.en.txt` in ' +
          dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') +
          ' or any folder above it \\(\\d+ folders\\), expected one there, `--registry <file>`, `registry` in a .claimlintrc, or `--no-registry` to lint without the rules that need one \\(`anniversary-year`, `registry-mismatch`, `implausible-ratio`, `stale-claim`, `currency-conversion`\\)\n$'
      )
    )
  })

  it('prints JSON that validates against the documented schema', async () => {
    const result = await cli(['--registry', registry, '--format', 'json', 'wrong.en.txt', 'image.txt'], dir)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'src/report/json-schema.json'), 'utf8'))
    const ajv = schema.$schema?.includes('2020-12') ? new Ajv2020({strict: false}) : new Ajv({strict: false})
    const validate = ajv.compile(schema)
    const valid = validate(report)
    expect(validate.errors ?? null).toBeNull()
    expect(valid).toBe(true)
    const messages = report.files.flatMap((file: {messages: unknown[]}) => file.messages)
    expect(messages).toContainEqual(
      expect.objectContaining({
        ruleId: 'anniversary-year',
        severity: 'error',
        start: {line: 1, column: 10, offset: 9},
        end: {line: 1, column: 14, offset: 13},
        expected: ['2023'],
        registryClaim: 'vn-jp-diplomatic-ties'
      })
    )
  })

  it('sets rule severities with --rule and rejects unknown rules and levels', async () => {
    const off = await cli(['--registry', registry, '--rule', 'anniversary-year=off', 'wrong.en.txt'], dir)
    expect(off.code).toBe(0)
    const warning = await cli(['--registry', registry, '--no-color', '--rule', 'anniversary-year=warning', 'wrong.en.txt'], dir)
    expect(warning.code).toBe(0)
    expect(warning.stdout).toMatch(/1:10-1:14\s+warning\s+Unexpected `2022`/)
    const unknown = await cli(['--registry', registry, '--rule', 'no-such-rule=error', 'wrong.en.txt'], dir)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^claimlint: Unknown rule `no-such-rule` in rules, expected one of `anniversary-year`/)
    const level = await cli(['--registry', registry, '--rule', 'anniversary-year=fatal', 'wrong.en.txt'], dir)
    expect(level.code).toBe(2)
    expect(level.stderr).toMatch(/^claimlint: Unexpected `--rule anniversary-year=fatal`: Unexpected token .*; expected `<rule-id>=<error\|warn\|info\|off\|0\|1\|2>` or /)
  })

  it('sets rule options with --rule, validated against the rule\'s schema', async () => {
    fs.writeFileSync(path.join(dir, 'conversion.en.txt'), 'date 2023-05-25 Japan pledged 60.98 billion yen ($550 million) to Vietnam.\n')
    const flagged = await cli(['--registry', registry, '--no-color', 'conversion.en.txt'], dir)
    expect(flagged.stdout).toMatch(/1:31-1:63\s+warning\s+Unexpected conversion/)
    const loose = await cli(['--registry', registry, '--no-color', '--rule', 'currency-conversion={"tolerance":0.3}', 'conversion.en.txt'], dir)
    expect([loose.code, loose.stdout]).toEqual([0, 'conversion.en.txt: no issues found\n'])
    const both = await cli(['--registry', registry, '--no-color', '--rule', 'currency-conversion=["error",{"tolerance":0.1}]', 'conversion.en.txt'], dir)
    expect(both.code).toBe(1)
    expect(both.stdout).toMatch(/1:31-1:63\s+error\s+Unexpected conversion/)
    const invalid = await cli(['--registry', registry, '--rule', 'currency-conversion={"tolerance":"high"}', 'conversion.en.txt'], dir)
    expect([invalid.code, invalid.stderr]).toEqual([2, 'claimlint: Invalid option for rule `currency-conversion`: `/tolerance` must be number\n'])
    const unknown = await cli(['--registry', registry, '--rule', 'currency-conversion={"tolerence":0.1}', 'conversion.en.txt'], dir)
    expect([unknown.code, unknown.stderr]).toEqual([2, 'claimlint: Invalid option for rule `currency-conversion`: `/` must NOT have additional properties (`tolerence`)\n'])
  })

  it('rejects an unknown format', async () => {
    const result = await cli(['--format', 'xml', 'wrong.en.txt'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('claimlint: Unknown format `xml`, expected one of `pretty`, `json`, `sarif`, `github`, `html`, `explain`\n')
  })

  it('shows notes and suggestions with --verbose', async () => {
    const result = await cli(['--registry', registry, '--no-color', '--verbose', 'wrong.en.txt'], dir)
    expect(result.stdout).toContain('Registry `vn-jp-diplomatic-ties`')
    expect(result.stdout).toContain('Suggestion: replace `2022` with `2023`')
  })

  it('explains the claims of each sentence', async () => {
    const result = await cli(['--registry', registry, '--explain', 'wrong.en.txt'], dir)
    expect(result.stdout).toContain('wrong.en.txt (lang en, date unknown)')
    expect(result.stdout).toMatch(/1:10-1:14 year "2022" value=2022/)
    expect(result.stdout).toMatch(/anniversary "50th anniversary" value=50 → vn-jp-diplomatic-ties/)
  })
})
