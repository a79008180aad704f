/**
 * Shards, for CI matrices: `--shard i/n` lints a stable share of the files
 * (by a hash of each path), `--claims-out FILE` writes what each file gave,
 * and `claimlint merge FILES…` restores every shard's files and runs the
 * run-wide rules over all of them, so n machines report what one run would.
 *
 * A claims file is JSON, `format: "claimlint-claims"`, `version: 3`:
 * `{format, version, claimlint, files: [{path, value, stored}]}`, where
 * `stored` is what `--cache` keeps of a file (`serialize.ts`) and `value` its
 * text. It is meant for the same claimlint version, configuration and
 * registry as the merge; a claimlint version that differs is an error.
 */
import fs from 'node:fs'
import path from 'node:path'
import {ClaimlintError} from '../errors.js'
import {LintRun, type LintOptions, type LintResult} from '../engine.js'
import type {StoredFile} from './serialize.js'

export interface ClaimsEntry {
  path: string
  value: string
  stored: StoredFile
}

interface ClaimsFile {
  format: 'claimlint-claims'
  version: 3
  claimlint: string
  files: ClaimsEntry[]
}

/** `--shard 2/3`: shard 2 of 3. */
export function parseShard(value: string): {index: number; count: number} {
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = match ? Number(match[1]) : 0
  const count = match ? Number(match[2]) : 0
  if (!match || count < 1 || index < 1 || index > count) throw new ClaimlintError(`Unexpected \`--shard ${value}\`, expected i/n with 1 <= i <= n, such as \`--shard 1/3\``)
  return {index, count}
}

export function writeClaimsFile(file: string, files: ClaimsEntry[], claimlint: string): void {
  const data: ClaimsFile = {format: 'claimlint-claims', version: 3, claimlint, files}
  fs.writeFileSync(file, JSON.stringify(data))
}

/** Every claims file's entries, checked; a bad file is a usage error naming it. */
export function readClaimsFiles(files: string[], cwd: string): Array<{claimlint: string; files: ClaimsEntry[]}> {
  return files.map((name) => {
    const file = path.resolve(cwd, name)
    let text: string
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      throw new ClaimlintError(`Cannot read claims file ${name}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
    }
    let data: ClaimsFile
    try {
      data = JSON.parse(text) as ClaimsFile
    } catch {
      throw new ClaimlintError(`Cannot parse claims file ${name}: not JSON, expected the output of \`--claims-out\``)
    }
    if (data?.format !== 'claimlint-claims' || !Array.isArray(data.files)) throw new ClaimlintError(`Unexpected content in ${name}, expected a claims file written by \`--claims-out\``)
    if (data.version !== 3) throw new ClaimlintError(`Unexpected claims file version ${String(data.version)} in ${name}, expected 3`)
    return {claimlint: data.claimlint, files: data.files}
  })
}

/** The shards' files restored in path order (as one run lints them), the run rules run over all. */
export function mergeClaims(shards: Array<{claimlint: string; files: ClaimsEntry[]}>, options: LintOptions): LintResult {
  const versions = new Set(shards.map((shard) => shard.claimlint))
  if (versions.size > 1) throw new ClaimlintError(`Unexpected claims files from claimlint ${[...versions].join(' and ')}, expected one version`)
  const entries = shards.flatMap((shard) => shard.files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const run = new LintRun({...options, traces: false})
  for (const entry of entries) run.restoreFile(entry.path, entry.value, entry.stored)
  return run.finish()
}
