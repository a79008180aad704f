/**
 * Running the CLI from tests: in-process through `main` (fast), or as a
 * child process from the sources through tsx (for what only a process has:
 * file descriptor limits, a closed pipe, a FIFO that would block).
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {main} from '../../src/cli.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const fixtureRegistry = path.join(root, 'test/fixtures/rules/claims.yaml')

/** A sentence with one error-level finding against `fixtureRegistry`: `anniversary-year` at 1:10-1:14. */
export const wrongAnniversary = 'The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n'
export const wrongAnniversaryFinding = /1:10-1:14\s+error\s+Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` \(1973\), expected `2023`\s+anniversary-year/

class Capture extends Writable {
  text = ''
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString()
    done()
  }
}

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Run `main` in this process. */
export async function cli(args: string[], cwd: string): Promise<Run> {
  const stdout = new Capture()
  const stderr = new Capture()
  const code = await main(args, {stdout, stderr, cwd})
  return {code, stdout: stdout.text, stderr: stderr.text}
}

const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href
const bin = path.join(root, 'test/cli/bin.ts')

/** The shell command that runs the CLI from the sources, for `sh -c`. */
export function cliCommand(args: string[]): string {
  return [process.execPath, '--import', tsx, bin, ...args].map(quote).join(' ')
}

/**
 * Run a shell command (in which `cliCommand` runs the CLI), with `timeout`
 * seconds to finish: then its whole process group is killed, so a hang
 * fails the test (whose own timeout must be longer) and leaves nothing behind.
 */
export async function shell(command: string, cwd: string, timeout = 30): Promise<Run & {signal: NodeJS.Signals | null}> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], {cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeout * 1000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({code: code ?? -1, signal, stdout, stderr})
    })
  })
}

/** Run the CLI as a child process. */
export async function cliProcess(args: string[], cwd: string, timeout = 30): Promise<Run & {signal: NodeJS.Signals | null}> {
  return shell(cliCommand(args), cwd, timeout)
}

/** A fresh temporary folder with the given files (text or bytes); returns its path. */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-test-')))
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), content)
  }

  return dir
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}
