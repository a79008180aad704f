/**
 * `claimlint registry check [PATHS...]`: load each registry (a file or a
 * folder of files; default: the nearest `claims.yaml` from the current
 * folder upwards), merge them, and report every problem of form and meaning
 * as `file:line:column: severity: message`. Exit 2 when there is an error,
 * 0 otherwise (warnings are printed).
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {ClaimlintError} from '../errors.js'
import {findRegistry} from '../registry/find.js'
import {loadRegistryPath} from '../registry/folder.js'
import {mergeRegistries} from '../registry/merge.js'
import {checkRegistry} from '../registry/check.js'
import {draftRegistry} from '../registry/draft.js'
import type {Registry} from '../registry/types.js'

export const registryUsage = `Usage: claimlint registry check [paths...]
       claimlint registry draft [--registry FILE | --no-registry] documents... > draft.yaml

check  Check claim registries (files or folders of .yaml files; default: the
       nearest claims.yaml) for problems of form and meaning, each with its
       file:line:column. Exit codes: 0 no error, 2 errors.
draft  Propose registry entries from documents you trust: entities, terms,
       values as stated, the document date as as_of, the document as source.
       Figures the registry already holds are left out and listed, agreeing
       or not, in a comment. Review the draft before keeping it.`

interface Io {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  cwd: string
}

export async function runRegistryCommand(argv: string[], io: Io, now = new Date()): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {help: {type: 'boolean', short: 'h'}, registry: {type: 'string', short: 'r'}, 'no-registry': {type: 'boolean'}, date: {type: 'string', short: 'd'}}
    })
  } catch (error) {
    throw new ClaimlintError(`${(error as Error).message}\n${registryUsage}`)
  }
  const [command, ...paths] = parsed.positionals
  if (parsed.values.help || command === undefined) {
    io.stdout.write(registryUsage + '\n')
    return parsed.values.help ? 0 : 2
  }
  if (command === 'draft') return draft(paths, parsed.values, io)
  if (command !== 'check') throw new ClaimlintError(`Unknown command \`registry ${command}\`, expected \`registry check\` or \`registry draft\`\n${registryUsage}`)

  const files = paths.length > 0 ? paths.map((file) => path.resolve(io.cwd, file)) : [findRegistry(io.cwd)]
  if (files[0] === undefined) throw new ClaimlintError(`No claims.yaml found in ${io.cwd} or any folder above it, expected a registry path`)
  const registries: Registry[] = (files as string[]).map((file) => loadRegistryPath(file))
  const problems = checkRegistry(mergeRegistries(registries), {today: now})
  for (const problem of problems) io.stdout.write(`${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}\n`)
  const errors = problems.filter((problem) => problem.severity === 'error').length
  const warnings = problems.length - errors
  io.stderr.write(
    problems.length === 0
      ? `claimlint: ${registries.map((registry) => registry.file).join(', ')}: no problems found\n`
      : `claimlint: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}\n`
  )
  return errors > 0 ? 2 : 0
}

/** `registry draft`: the draft on stdout, what was read on stderr. */
async function draft(paths: string[], values: {registry?: string; 'no-registry'?: boolean; date?: string}, io: Io): Promise<number> {
  if (paths.length === 0) throw new ClaimlintError(`Missing documents for \`registry draft\`, expected one or more paths\n${registryUsage}`)
  const file = values['no-registry'] ? undefined : values.registry ? path.resolve(io.cwd, values.registry) : findRegistry(io.cwd)
  const registry = file ? loadRegistryPath(file) : undefined
  io.stdout.write(await draftRegistry(paths, {registry, cwd: io.cwd, date: values.date}))
  io.stderr.write(`claimlint: draft from ${paths.join(', ')}${registry ? ` against ${registry.file}` : ''}; review it before keeping it\n`)
  return 0
}
