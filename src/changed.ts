/**
 * `--changed-since REF`: keep only the findings that start on lines changed
 * since a git ref, for pull requests that should answer for what they
 * touch. The changed lines come from `git diff --unified=0 REF` (the working
 * tree against REF, so uncommitted edits count too); a file git does not
 * track yet is changed everywhere. Findings elsewhere are dropped, not
 * suppressed: they are not this change's business. Messages without a
 * place (a file that could not be read) are always kept.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {ClaimlintError} from './errors.js'

/** Changed line numbers (1-based) per absolute path; `'all'` for an untracked file. */
export type ChangedLines = Map<string, Set<number> | 'all'>

export function changedLines(ref: string, cwd: string): ChangedLines {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, {cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe']})
    } catch (error) {
      const stderr = String((error as {stderr?: unknown}).stderr ?? '').trim().split('\n')[0]
      throw new ClaimlintError(`Cannot read the changes since \`${ref}\`: ${stderr || (error as Error).message}`)
    }
  }

  if (ref.startsWith('-')) throw new ClaimlintError(`Unexpected \`--changed-since ${ref}\`, expected a git revision`)
  const root = git(['rev-parse', '--show-toplevel']).trim()
  try {
    git(['rev-parse', '--verify', '--quiet', ref + '^{commit}'])
  } catch {
    throw new ClaimlintError(`Unexpected \`--changed-since ${ref}\`, expected a commit, branch or tag of the repository at ${root}`)
  }
  const changed: ChangedLines = new Map()
  let current: Set<number> | undefined
  for (const line of git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', ref, '--']).split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4)
      current = undefined
      if (name === '/dev/null') continue
      current = new Set()
      changed.set(path.join(root, name.replace(/^b\//, '')), current)
    } else if (line.startsWith('@@') && current) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
      if (!match) continue
      const start = Number(match[1])
      const count = match[2] === undefined ? 1 : Number(match[2])
      for (let n = start; n < start + count; n++) current.add(n)
    }
  }
  for (const name of git(['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) {
    if (name) changed.set(path.join(root, name), 'all')
  }
  return changed
}

/** Drop the findings of `files` that start on a line not changed. */
export function keepChanged(files: VFile[], changed: ChangedLines, cwd: string): void {
  for (const file of files) {
    const absolute = realpath(path.resolve(cwd, file.path ?? ''))
    const lines = changed.get(absolute) ?? changed.get(path.resolve(cwd, file.path ?? ''))
    if (lines === 'all') continue
    file.messages = file.messages.filter((message) => {
      const place = message.place
      const line = place ? ('start' in place ? place.start.line : place.line) : undefined
      return line === undefined || line === null || (lines?.has(line) ?? false)
    })
  }
}

function realpath(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return file
  }
}
