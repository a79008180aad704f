/**
 * Rules of your own, from a configuration's `plugins`: ES modules whose
 * default export is a rule (`defineRule` from `claimlint/rule-kit`) or a
 * list of rules, with paths relative to the configuration file.
 *
 * Plugins are code, so they are loaded once, before the run, from the
 * configuration in force at the working directory (or the one `--config`
 * names); their rules then join the built-in ones for every document, and
 * any configuration may set their levels and options. A `plugins` key in a
 * configuration nested deeper is not loaded: `Settings` reports it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseDocument} from 'yaml'
import {ClaimlintError} from '../errors.js'
import {isRule, type Rule} from '../rule.js'
import {configNames, isForeignPackageJson} from './load.js'

export interface LoadedPlugins {
  /** The configuration file the plugins were listed in. */
  configFile?: string
  /** Absolute paths of the plugin modules loaded. */
  files: string[]
  rules: Rule[]
}

/**
 * Load the plugins of the configuration that applies at `cwd` (`config`
 * when given, none with `noConfig`). `builtin` are the rules plugin rules
 * may not replace.
 */
export async function loadConfigPlugins(options: {cwd: string; config?: string; noConfig?: boolean}, builtin: readonly Rule[]): Promise<LoadedPlugins> {
  if (options.noConfig) return {files: [], rules: []}
  const found = options.config ? readPlugins(path.resolve(options.cwd, options.config)) : nearestPlugins(path.resolve(options.cwd))
  if (!found || found.plugins.length === 0) return {configFile: found?.file, files: [], rules: []}
  const shown = displayPath(found.file, options.cwd)
  const known = new Map(builtin.map((rule) => [rule.meta.id, `a built-in rule`]))
  const rules: Rule[] = []
  const files: string[] = []
  for (const spec of found.plugins) {
    const file = path.resolve(path.dirname(found.file), spec)
    if (!fs.existsSync(file)) throw new ClaimlintError(`${shown}: Cannot find plugin \`${spec}\` (looked for ${file})`)
    let module: {default?: unknown}
    try {
      module = (await import(pathToFileURL(file).href)) as {default?: unknown}
    } catch (error) {
      throw new ClaimlintError(`${shown}: Cannot load plugin \`${spec}\`: ${String((error as Error).message ?? error).split('\n')[0]}`)
    }
    const exported = Array.isArray(module.default) ? (module.default as unknown[]) : [module.default]
    if (exported.length === 0 || !exported.every(isRule)) {
      throw new ClaimlintError(`${shown}: Unexpected plugin \`${spec}\`: its default export must be a rule (\`defineRule({meta, check})\`) or a list of rules`)
    }
    for (const rule of exported as Rule[]) {
      const clash = known.get(rule.meta.id)
      if (clash) throw new ClaimlintError(`${shown}: Unexpected rule id \`${rule.meta.id}\` in plugin \`${spec}\`: it is ${clash}`)
      known.set(rule.meta.id, `already defined by plugin \`${spec}\``)
      rules.push(rule)
    }
    files.push(file)
  }
  return {configFile: found.file, files, rules}
}

/** The `plugins` of the nearest configuration file from `dir` upwards (the one `ConfigFinder` would use). */
function nearestPlugins(dir: string): {file: string; plugins: string[]} | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    for (const name of configNames) {
      const candidate = path.join(current, name)
      if (!isFile(candidate)) continue
      const found = readPlugins(candidate)
      if (found) return found
    }
    if (path.dirname(current) === current) return undefined
  }
}

/**
 * A configuration file's `plugins`, read before the file is validated (its
 * `rules` may name plugin rules). Undefined for a package.json without a
 * `claimlint` key; syntax errors are left to `loadConfig`, which reports
 * them with their places.
 */
function readPlugins(file: string): {file: string; plugins: string[]} | undefined {
  let source: string
  try {
    source = fs.readFileSync(file, 'utf8')
  } catch {
    return {file, plugins: []}
  }
  if (isForeignPackageJson(source, file)) return undefined
  const doc = parseDocument(source)
  const prefix = path.basename(file) === 'package.json' ? ['claimlint'] : []
  if (prefix.length > 0 && !doc.hasIn(prefix)) return undefined
  if (doc.errors.length > 0) return {file, plugins: []}
  const value: unknown = doc.getIn([...prefix, 'plugins'])
  const plain = value && typeof value === 'object' && 'toJSON' in value ? (value as {toJSON(): unknown}).toJSON() : value
  const plugins = typeof plain === 'string' ? [plain] : Array.isArray(plain) ? plain.filter((item): item is string => typeof item === 'string') : []
  return {file, plugins}
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file
}
