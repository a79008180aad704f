/**
 * `claimlint --stdin [--stdin-filename PATH]` and `-`: standard input linted
 * as if it were the file PATH (extension → parser, folder → registry,
 * frontmatter → date), with the same findings and exit codes as the file.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../../src/cli.js'

class Capture extends Writable {
  text = ''
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString()
    done()
  }
}

async function cli(args: string[], cwd: string, input?: string | Buffer): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = new Capture()
  const stderr = new Capture()
  const stdin = input === undefined ? undefined : Readable.from([typeof input === 'string' ? Buffer.from(input) : input])
  const code = await main(args, {stdout, stderr, cwd, stdin})
  return {code, stdout: stdout.text, stderr: stderr.text}
}

interface Report {
  files: Array<{path: string; lang: string; date: string | null; messages: Array<{ruleId: string; message: string; start: {line: number; column: number}}>}>
}

function findings(stdout: string): string[] {
  const report = JSON.parse(stdout) as Report
  return report.files.flatMap((file) =>
    file.messages.map((m) => `${file.path} ${file.lang} ${file.date} ${m.start.line}:${m.start.column} ${m.ruleId} ${m.message}`)
  )
}

const tiesMd = '---\ndate: 2022-06-01\n---\n\n# Ties\n\nThis year marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n'
const lazosTxt = 'date 2023-05-01 Este año, Vietnam y Japón celebran el 51 aniversario de sus relaciones diplomáticas.\n'
const fenced = '# Notes\n\n```\nThe year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n```\n'

let dir: string
let project: string

beforeAll(() => {
  // `dir` has no claims.yaml; `project` inside it has the rules' fixture registry.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-stdin-'))
  project = path.join(dir, 'project')
  fs.mkdirSync(path.join(project, 'notes'), {recursive: true})
  fs.copyFileSync(path.join(import.meta.dirname, '../fixtures/rules/claims.yaml'), path.join(project, 'claims.yaml'))
  fs.writeFileSync(path.join(project, 'notes', 'ties.md'), tiesMd)
  fs.writeFileSync(path.join(project, 'notes', 'lazos.txt'), lazosTxt)
})

afterAll(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

describe('claimlint --stdin', () => {
  it('lints English Markdown as the named file: frontmatter date, registry from its folder', async () => {
    const result = await cli(['--stdin', '--stdin-filename', 'project/notes/ties.md', '-f', 'json'], dir, tiesMd)
    expect(result.code).toBe(1)
    expect(findings(result.stdout)).toEqual([
      'project/notes/ties.md en 2022-06-01 7:1 anniversary-year Unexpected `This year` (2022) for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'
    ])
  })

  it('reads Spanish plain text from `-` with its date marker', async () => {
    const result = await cli(['-', '-f', 'json'], project, lazosTxt)
    expect(result.code).toBe(1)
    expect(findings(result.stdout)).toEqual([
      '<stdin> es 2023-05-01 1:17 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1973), expected `2024`'
    ])
  })

  it('gives the same report as the saved file, in both languages', async () => {
    for (const file of ['notes/ties.md', 'notes/lazos.txt']) {
      const saved = await cli([file], project)
      const piped = await cli(['--stdin', '--stdin-filename', file], project, fs.readFileSync(path.join(project, file)))
      expect(piped).toEqual(saved)
      expect(saved.code).toBe(1)
    }
  })

  it('lets the extension pick the parser: a Markdown code block is not prose, plain text is', async () => {
    const markdown = await cli(['--stdin', '--stdin-filename', 'notes/fenced.md', '-f', 'json'], project, fenced)
    expect(markdown.code).toBe(0)
    expect(findings(markdown.stdout)).toEqual([])
    const text = await cli(['--stdin', '--stdin-filename', 'notes/fenced.txt', '-f', 'json'], project, fenced)
    expect(findings(text.stdout)).toEqual([
      'notes/fenced.txt en null 4:10 anniversary-year Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'
    ])
  })

  it('finds no registry above a name outside the project: exit 2 naming where it looked, as for files', async () => {
    const result = await cli(['--stdin', '--stdin-filename', 'elsewhere/ties.md'], dir, tiesMd)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^claimlint: No claims\.yaml found for `elsewhere\/ties\.md` in .*elsewhere or any folder above it/)
    const without = await cli(['--no-registry', '--stdin', '--stdin-filename', 'elsewhere/ties.md'], dir, tiesMd)
    expect(without).toEqual({code: 0, stdout: 'elsewhere/ties.md: no issues found\n', stderr: ''})
  })

  it('lints empty input as an empty document', async () => {
    const result = await cli(['--stdin'], project, '')
    expect(result).toEqual({code: 0, stdout: '<stdin>: no issues found\n', stderr: ''})
  })

  it('reports input that is not UTF-8 text or is binary, as for files (exit 1)', async () => {
    const latin1 = await cli(['--stdin', '--stdin-filename', 'notes/a.txt'], project, Buffer.from([0x41, 0xf1, 0x6f, 0x20, 0x32, 0x30, 0x32, 0x33]))
    expect(latin1.code).toBe(1)
    expect(latin1.stdout).toContain('notes/a.txt\n error Cannot lint a file that is not UTF-8 text: byte 0xF1 at 1:2 is not valid UTF-8 read claimlint')
    const binary = await cli(['-'], project, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]))
    expect(binary.code).toBe(1)
    expect(binary.stdout).toContain('<stdin>\n error Cannot lint a binary file read claimlint')
  })

  it('rejects standard input mixed with paths, and --stdin-filename alone (exit 2)', async () => {
    const mixed = await cli(['-', 'notes/ties.md'], project, tiesMd)
    expect(mixed).toEqual({
      code: 2,
      stdout: '',
      stderr: 'claimlint: Unexpected path `notes/ties.md` with standard input, expected standard input alone (`--stdin` or `-`)\n'
    })
    const alone = await cli(['--stdin-filename', 'notes/ties.md'], project, tiesMd)
    expect(alone).toEqual({
      code: 2,
      stdout: '',
      stderr: 'claimlint: Unexpected `--stdin-filename` without `--stdin`, expected `--stdin --stdin-filename <path>`\n'
    })
  })
})
