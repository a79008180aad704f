/**
 * Clean errors: a hostile registry or an unexpected failure ends the run
 * with exit 2 and one line per problem, each with its place (the stack only
 * with --debug); a closed pipe ends the output quietly; unknown rule ids,
 * prototype names included, are usage errors.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {Writable} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import {main} from '../../src/cli.js'
import {cli, cliCommand, cliProcess, fixtureRegistry as registry, shell, tempFolder, wrongAnniversary} from '../cli/run.js'

const folders: string[] = []
function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempFolder(files)
  folders.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, {recursive: true, force: true})
})

const entities = 'version: 1\nentities:\n  - id: japan\n    names: {en: [Japan]}\n'

describe('hostile registries', () => {
  it('reports invalid UTF-8 in a registry with the line and column of the byte', async () => {
    const source = Buffer.concat([Buffer.from('version: 1\nentities:\n  - id: japan\n    names: {es: [Jap'), Buffer.from([0xf3]), Buffer.from('n]}\n')])
    const dir = folder({'latin1.yaml': source, 'wrong.en.txt': wrongAnniversary})
    const result = await cli(['--registry', 'latin1.yaml', 'wrong.en.txt'], dir)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(`claimlint: ${path.join(dir, 'latin1.yaml')}:4:21: Unexpected byte 0xF3, expected UTF-8 text (is the file Latin-1 or Windows-1252?)\n`)
  })

  it('reads a registry in UTF-16 with a byte order mark', async () => {
    const yaml = fs.readFileSync(registry, 'utf8')
    const dir = folder({'utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(yaml, 'utf16le')]), 'wrong.en.txt': wrongAnniversary})
    const result = await cli(['--registry', 'utf16.yaml', '--no-color', 'wrong.en.txt'], dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/1:10-1:14\s+error\s+Unexpected `2022` for the 50th anniversary/)
  })

  it('reports a registry path that is a folder without YAML files, a FIFO or a device, without waiting on it', async () => {
    const dir = folder({'wrong.en.txt': wrongAnniversary, 'folder/notes.txt': 'not a registry'})
    execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')])
    const asFolder = await cli(['--registry', 'folder', 'wrong.en.txt'], dir)
    expect([asFolder.code, asFolder.stdout]).toEqual([2, ''])
    expect(asFolder.stderr).toBe(`claimlint: No registry files in folder \`${path.join(dir, 'folder')}\`, expected .yaml or .yml files\n`)
    const fifo = await cliProcess(['--registry', 'fifo.yaml', 'wrong.en.txt'], dir)
    expect([fifo.signal, fifo.code, fifo.stdout]).toEqual([null, 2, ''])
    expect(fifo.stderr).toBe(`claimlint: Cannot read registry \`${path.join(dir, 'fifo.yaml')}\`: it is a FIFO (named pipe), expected a YAML file\n`)
    const zero = await cliProcess(['--registry', '/dev/zero', 'wrong.en.txt'], dir)
    expect([zero.signal, zero.code, zero.stdout]).toEqual([null, 2, ''])
    expect(zero.stderr).toBe('claimlint: Cannot read registry `/dev/zero`: it is a character device, expected a YAML file\n')
  }, 90_000)

  it('reports a claims.yaml found upwards that is not a regular file', async () => {
    const dir = folder({'docs/wrong.en.txt': wrongAnniversary})
    execFileSync('mkfifo', [path.join(dir, 'claims.yaml')])
    const result = await cliProcess(['wrong.en.txt'], path.join(dir, 'docs'))
    expect([result.signal, result.code, result.stdout]).toEqual([null, 2, ''])
    expect(result.stderr).toBe(`claimlint: Cannot read registry \`${path.join(dir, 'claims.yaml')}\`: it is a FIFO (named pipe), expected a YAML file\n`)
  }, 60_000)

  it('reports an alias bomb as too many aliases, at the alias that crosses the limit', async () => {
    const bomb = [
      'version: 1',
      'entities:',
      '  - id: japan',
      '    names:',
      '      en: &a [x, x, x, x, x, x, x, x, x, x]',
      '      es: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      '  - id: vietnam',
      '    names:',
      '      en: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      '      es: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      ''
    ].join('\n')
    const dir = folder({'claims.yaml': bomb, 'wrong.en.txt': wrongAnniversary})
    const result = await cli(['wrong.en.txt'], dir)
    expect([result.code, result.stdout]).toEqual([2, ''])
    expect(result.stderr).toBe(
      `claimlint: ${path.join(dir, 'claims.yaml')}:9:47: Too many aliases: resolving \`*b\` here goes past the limit of 100 aliased nodes (an alias bomb?), expected a registry with fewer aliases\n`
    )
  })

  it('reports .inf, -.inf, .nan and numbers too large for a double as schema errors at their places', async () => {
    const source =
      entities +
      'claims:\n' +
      '  - id: a\n' + // 6
      '    kind: quantity\n' +
      '    about: [japan]\n' +
      '    terms: {en: [projects]}\n' +
      '    noun: {en: [project]}\n' +
      '    value: .inf\n' + // 11
      '  - id: b\n' +
      '    kind: quantity\n' +
      '    about: [japan]\n' +
      '    terms: {en: [projects]}\n' +
      '    noun: {en: [project]}\n' +
      '    value: {min: -.inf, max: .NaN}\n' + // 17
      '  - id: c\n' +
      '    kind: rank\n' +
      '    about: [japan]\n' +
      '    terms: {en: [investor]}\n' +
      '    noun: {en: [investor]}\n' +
      '    rank: .inf\n' + // 23
      '    out_of: 1e400\n' +
      'rates:\n' +
      '  - {base: USD, quote: JPY, rate: .Inf, date: 2023}\n' // 26
    const dir = folder({'claims.yaml': source, 'wrong.en.txt': wrongAnniversary})
    const result = await cli(['wrong.en.txt'], dir)
    expect([result.code, result.stdout]).toEqual([2, ''])
    const file = path.join(dir, 'claims.yaml')
    expect(result.stderr.split('\n')).toEqual([
      `claimlint: ${file}:11:12: Unexpected \`value: .inf\`, expected a finite number`,
      `claimlint: ${file}:17:18: Unexpected \`min: -.inf\`, expected a finite number`,
      `claimlint: ${file}:17:30: Unexpected \`max: .NaN\`, expected a finite number`,
      `claimlint: ${file}:23:11: Unexpected \`rank: .inf\`, expected a finite number`,
      `claimlint: ${file}:24:13: Unexpected \`out_of: 1e400\`, expected a finite number`,
      `claimlint: ${file}:26:35: Unexpected \`rate: .Inf\`, expected a finite number`,
      ''
    ])
  })

  it('reports negative counts and ranks at their places', async () => {
    const source =
      entities +
      'claims:\n' +
      '  - id: a\n' + // 6
      '    kind: quantity\n' +
      '    about: [japan]\n' +
      '    terms: {en: [projects]}\n' +
      '    noun: {en: [project]}\n' +
      '    value: -5\n' + // 11
      '  - id: b\n' +
      '    kind: quantity\n' +
      '    about: [japan]\n' +
      '    terms: {en: [projects]}\n' +
      '    noun: {en: [project]}\n' +
      '    value: {min: -10, max: 20}\n' + // 17
      '  - id: c\n' +
      '    kind: rank\n' +
      '    about: [japan]\n' +
      '    terms: {en: [investor]}\n' +
      '    noun: {en: [investor]}\n' +
      '    rank: -3\n' + // 23
      '    out_of: -143\n' +
      '  - id: d\n' +
      '    kind: percent\n' +
      '    about: [japan]\n' +
      '    terms: {en: [growth]}\n' +
      '    value: -2.5\n' // 29: a fall is a negative percentage, not an error
    const dir = folder({'claims.yaml': source, 'wrong.en.txt': wrongAnniversary})
    const result = await cli(['wrong.en.txt'], dir)
    expect([result.code, result.stdout]).toEqual([2, ''])
    const file = path.join(dir, 'claims.yaml')
    expect(result.stderr.split('\n')).toEqual([
      `claimlint: ${file}:11:12: Unexpected \`value: -5\` for a count (kind \`quantity\`), expected a number of at least 0`,
      `claimlint: ${file}:17:18: Unexpected \`min: -10\` for a count (kind \`quantity\`), expected a number of at least 0`,
      `claimlint: ${file}:23:11: Unexpected \`rank: -3\`, expected a number of at least 1`,
      `claimlint: ${file}:24:13: Unexpected \`out_of: -143\`, expected a number of at least 1`,
      ''
    ])
  })
})

describe('unknown rule ids', () => {
  it('rejects __proto__, constructor and other names of Object.prototype as unknown rules, exit 2', async () => {
    const dir = folder({'wrong.en.txt': wrongAnniversary})
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      for (const setting of ['off', 'error', '{"tolerance":1}']) {
        const result = await cli(['--registry', registry, '--rule', `${id}=${setting}`, 'wrong.en.txt'], dir)
        expect([id, setting, result.code, result.stdout]).toEqual([id, setting, 2, ''])
        expect(result.stderr).toMatch(new RegExp(`^claimlint: Unknown rule \`${id}\` in rules, expected one of \`anniversary-year\`, `))
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('unexpected errors', () => {
  class Failing extends Writable {
    override _write(_chunk: Buffer, _encoding: string, done: (error?: Error) => void): void {
      done()
    }
    override write(): boolean {
      throw new Error('ENOSPC: no space left on device, write\nsecond line of the message')
    }
  }

  it('prints one line saying what failed, exit 2; the stack only with --debug', async () => {
    const dir = folder({'wrong.en.txt': wrongAnniversary})
    let stderr = ''
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        stderr += chunk.toString()
        done()
      }
    })
    const code = await main(['--registry', registry, 'wrong.en.txt'], {stdout: new Failing(), stderr: capture, cwd: dir})
    expect(code).toBe(2)
    expect(stderr).toBe('claimlint: Unexpected error while reporting: Error: ENOSPC: no space left on device, write (--debug shows the stack)\n')

    stderr = ''
    const debug = await main(['--debug', '--registry', registry, 'wrong.en.txt'], {stdout: new Failing(), stderr: capture, cwd: dir})
    expect(debug).toBe(2)
    const lines = stderr.split('\n')
    expect(lines[0]).toBe('claimlint: Unexpected error while reporting: Error: ENOSPC: no space left on device, write')
    expect(lines[1]).toBe('Error: ENOSPC: no space left on device, write')
    expect(stderr).toMatch(/\n\s+at .*cli-errors\.test\.ts/)
  })
})

describe('a closed pipe', () => {
  it('ends quietly when the reader goes away (`claimlint … | head -1`)', async () => {
    // 2,000 findings, about 300 KB of report: far more than a pipe holds (64 KB).
    const dir = folder({'many.en.txt': wrongAnniversary.repeat(2000)})
    const command = `{ ${cliCommand(['--registry', registry, '--no-color', 'many.en.txt'])}; echo "exit $?" >&2; } | head -1`
    const result = await shell(command, dir)
    expect(result.signal).toBeNull()
    expect(result.stdout).toBe('many.en.txt\n')
    expect(result.stderr).toBe('exit 1\n')
  }, 60_000)
})
