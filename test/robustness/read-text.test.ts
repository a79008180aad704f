/**
 * Reading hostile bytes: UTF-16 with a byte order mark is decoded (and
 * positions are those of the decoded text, in UTF-16 code units), UTF-16
 * without a mark, binary files and invalid UTF-8 are reported with a reason,
 * and files over `--max-file-size` are skipped. The other files of the run
 * are still linted and the exit code holds.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cli, fixtureRegistry as registry, tempFolder, wrongAnniversary, wrongAnniversaryFinding} from '../cli/run.js'
import {utf8Text} from '../../src/pipeline/decode.js'

const folders: string[] = []
function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempFolder(files)
  folders.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, {recursive: true, force: true})
})

const twoLines = 'Notes from the press office.\n' + wrongAnniversary

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
}

function utf16be(text: string): Buffer {
  return utf16le(text).swap16()
}

interface JsonMessage {
  ruleId: string
  severity: string
  message: string
  start?: {line: number; column: number; offset: number}
  end?: {line: number; column: number; offset: number}
}

async function json(args: string[], cwd: string): Promise<{code: number; files: Map<string, JsonMessage[]>}> {
  const result = await cli(['--registry', registry, '--format', 'json', ...args], cwd)
  const report = JSON.parse(result.stdout) as {files: Array<{path: string; messages: JsonMessage[]}>}
  return {code: result.code, files: new Map(report.files.map((file) => [file.path, file.messages]))}
}

describe('encodings', () => {
  it('decodes UTF-16 LE and BE with a byte order mark, with positions in the decoded text', async () => {
    const dir = folder({'le.en.txt': utf16le(twoLines), 'be.en.txt': utf16be(twoLines), 'utf8bom.en.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(twoLines)])})
    const result = await json(['le.en.txt', 'be.en.txt', 'utf8bom.en.txt'], dir)
    expect(result.code).toBe(1)
    for (const name of ['le.en.txt', 'be.en.txt', 'utf8bom.en.txt']) {
      expect(result.files.get(name)).toEqual([
        expect.objectContaining({
          ruleId: 'anniversary-year',
          severity: 'error',
          start: {line: 2, column: 10, offset: 38},
          end: {line: 2, column: 14, offset: 42}
        })
      ])
    }
  })

  it('counts columns and offsets in UTF-16 code units', async () => {
    // 👍 is one character but two UTF-16 code units (four UTF-8 bytes).
    const dir = folder({'emoji.en.txt': '👍 ' + wrongAnniversary, 'emoji16.en.txt': utf16le('👍 ' + wrongAnniversary)})
    const result = await json(['emoji.en.txt', 'emoji16.en.txt'], dir)
    for (const name of ['emoji.en.txt', 'emoji16.en.txt']) {
      expect(result.files.get(name)).toEqual([
        expect.objectContaining({ruleId: 'anniversary-year', start: {line: 1, column: 13, offset: 12}, end: {line: 1, column: 17, offset: 16}})
      ])
    }
  })

  it('reports UTF-16 without a byte order mark as such, not as binary', async () => {
    const dir = folder({'nobom.txt': Buffer.from(twoLines, 'utf16le'), 'wrong.en.txt': wrongAnniversary})
    const result = await cli(['--registry', registry, '--no-color', 'nobom.txt', 'wrong.en.txt'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/nobom\.txt\n\s*error\s+Cannot lint UTF-16 text without a byte order mark; save it as UTF-8 or with a byte order mark\s+read/)
    expect(result.stdout).toMatch(wrongAnniversaryFinding)
  })

  it('reports a UTF-16 file whose code units are broken', async () => {
    // A lone high surrogate (D800) followed by "A".
    const dir = folder({'broken16.txt': Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'wrong.en.txt': wrongAnniversary})
    const result = await cli(['--registry', registry, '--no-color', 'broken16.txt', 'wrong.en.txt'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/broken16\.txt\n\s*error\s+Cannot lint a file that starts as UTF-16 LE \(byte order mark\) but is not valid UTF-16 LE/)
    expect(result.stdout).toMatch(wrongAnniversaryFinding)
  })

  it('reports invalid UTF-8 with the place of the first invalid byte', async () => {
    // "Año 2023" in Latin-1: 0xF1 is not UTF-8; a real U+FFFD before it is kept apart.
    const latin1 = Buffer.concat([Buffer.from('First line �\nA'), Buffer.from([0xf1]), Buffer.from('o 2023\n')])
    const dir = folder({'latin1.txt': latin1, 'wrong.en.txt': wrongAnniversary})
    const result = await cli(['--registry', registry, '--no-color', 'latin1.txt', 'wrong.en.txt'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/latin1\.txt\n\s*error\s+Cannot lint a file that is not UTF-8 text: byte 0xF1 at 2:2 is not valid UTF-8\s+read/)
    expect(result.stdout).toMatch(wrongAnniversaryFinding)
  })
})

describe('--max-file-size', () => {
  it('skips a file larger than the limit with a clear message, exit 1, and lints the rest', async () => {
    const dir = folder({'big.en.txt': wrongAnniversary.repeat(30), 'wrong.en.txt': wrongAnniversary})
    const result = await cli(['--registry', registry, '--no-color', '--max-file-size', '2KB', 'big.en.txt', 'wrong.en.txt'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/big\.en\.txt\n\s*error\s+File of 2\.7 KB is larger than the limit of 2 KB; skipped \(raise the limit with --max-file-size\)\s+read/)
    expect(result.stdout).toMatch(/wrong\.en\.txt\n\s*1:10-1:14\s+error/)
    const bytes = await cli(['--registry', registry, '--no-color', '--max-file-size', '3000', 'big.en.txt'], dir)
    expect(bytes.code).toBe(1)
    expect(bytes.stdout).toMatch(/big\.en\.txt\n\s*1:10-1:14\s+error/)
  })

  it('skips a file over the default 10 MB', async () => {
    const dir = folder({'wrong.en.txt': wrongAnniversary})
    // A sparse file: 11 MB long, no disk written.
    fs.closeSync(fs.openSync(path.join(dir, 'huge.txt'), 'w'))
    fs.truncateSync(path.join(dir, 'huge.txt'), 11 * 1024 * 1024)
    const result = await cli(['--registry', registry, '--no-color', '.'], dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/huge\.txt\n\s*error\s+File of 11 MB is larger than the limit of 10 MB; skipped \(raise the limit with --max-file-size\)\s+read/)
    expect(result.stdout).toMatch(wrongAnniversaryFinding)
  })

  it('rejects a limit that is not a positive size, exit 2', async () => {
    const dir = folder({'wrong.en.txt': wrongAnniversary})
    for (const value of ['0', '-5', 'big', '1.5', '10 parsecs']) {
      const result = await cli([`--max-file-size=${value}`, 'wrong.en.txt'], dir)
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(`claimlint: Unexpected \`--max-file-size ${value}\`, expected a positive number of bytes, or one with a unit such as \`500KB\` or \`10MB\`\n`)
    }
  })
})

describe('utf8Text', () => {
  it('reads ASCII bytes as they are, and other UTF-8 decoded with its byte order mark dropped', () => {
    const bytes = Buffer.from('Trade reached $50 billion in 2022.\n', 'utf8')
    expect(utf8Text(bytes.subarray(6, 13))).toBe('reached')
    expect(utf8Text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Japón, 2022', 'utf8')]))).toBe('Japón, 2022')
    expect(utf8Text(Buffer.from('más de 5.000 proyectos', 'utf8'))).toBe('más de 5.000 proyectos')
  })
})
