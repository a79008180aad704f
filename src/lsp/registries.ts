/**
 * The registries of a server: `claims.yaml` found from each document's folder
 * upwards (`findRegistry`), loaded and validated once, and loaded again when
 * the client reports a change (`invalidate`) or, for clients that report
 * none, when the file's modification time or size differs at the next lint
 * (one `stat` per lint). A registry that fails to load is kept as its error,
 * whose problems become diagnostics in `claims.yaml` itself.
 */
import {readFileSync, statSync} from 'node:fs'
import type {Diagnostic} from 'vscode-languageserver'
import {DiagnosticSeverity} from 'vscode-languageserver'
import type {Registry} from '../registry/types.js'
import {loadRegistry} from '../registry/load.js'
import {findRegistry} from '../registry/find.js'
import {ClaimlintError} from '../errors.js'

export interface RegistryState {
  /** Absolute path of the claims.yaml. */
  file: string
  registry?: Registry
  error?: Error
}

export class Registries {
  private readonly found = new Map<string, string | undefined>()
  private readonly loaded = new Map<string, {stamp: string; state: Promise<RegistryState>}>()

  /** The claims.yaml for documents of a folder (cached per folder). */
  locate(folder: string): string | undefined {
    if (!this.found.has(folder)) this.found.set(folder, findRegistry(folder))
    return this.found.get(folder)
  }

  /** The loaded registry, or the error that kept it from loading. */
  get(file: string): Promise<RegistryState> {
    const stamp = stampOf(file)
    let entry = this.loaded.get(file)
    if (!entry || entry.stamp !== stamp) {
      const state = loadRegistry(file).then(
        (registry) => ({file, registry}),
        (error: unknown) => ({file, error: error instanceof Error ? error : new Error(String(error))})
      )
      entry = {stamp, state}
      this.loaded.set(file, entry)
    }

    return entry.state
  }

  /**
   * Forget what is known after claims.yaml files changed: the loaded ones, and
   * which folder uses which (one may have been created or deleted).
   */
  invalidate(files: readonly string[]): void {
    for (const file of files) this.loaded.delete(file)
    this.found.clear()
  }
}

/** What tells one version of a file from the next without reading it. */
function stampOf(file: string): string {
  try {
    const stat = statSync(file)
    return `${stat.mtimeMs} ${stat.size}`
  } catch {
    return 'missing'
  }
}

/**
 * A registry's load error as diagnostics in claims.yaml: one per problem at
 * its line and column, running to the end of that line (the offending key or
 * value); an error without places (an unreadable file) at the first line.
 */
export function registryDiagnostics(error: Error, file: string): Diagnostic[] {
  const problems = error instanceof ClaimlintError ? error.problems : []
  if (problems.length === 0) {
    return [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: DiagnosticSeverity.Error, source: 'claimlint', message: error.message}]
  }

  let lines: string[] = []
  try {
    lines = readFileSync(file, 'utf8').split(/\r?\n/)
  } catch {
    // The positions alone still place the problems.
  }

  return problems.map((problem) => {
    const line = problem.line - 1
    const character = problem.column - 1
    const end = Math.max(character, (lines[line] ?? '').trimEnd().length)
    return {
      range: {start: {line, character}, end: {line, character: end}},
      severity: DiagnosticSeverity.Error,
      source: 'claimlint',
      code: 'registry',
      message: problem.message
    }
  })
}
