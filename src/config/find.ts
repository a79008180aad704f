/**
 * Which configuration applies to a document: the nearest configuration
 * file from the document's folder upwards (as unified-engine and Prettier
 * find theirs; the nearest wins and is not merged with those above it), or
 * the one `--config` names, or none with `--no-config`. Then the
 * `overrides` whose globs match the document (relative to the
 * configuration's folder, picomatch syntax) are applied in order, later
 * ones winning, rules merged by id.
 *
 * Folders are looked up once per run (`ConfigFinder` caches them).
 */
import fs from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import type {Lang} from '../types.js'
import type {Rule} from '../rule.js'
import type {RulesConfig} from '../pipeline/check.js'
import {configNames, loadConfig, type Config} from './load.js'

/** The settings in force for one document. */
export interface FileConfig {
  /** The configuration file they come from, if any. */
  file?: string
  /** That file's configuration (its folder and ignore patterns). */
  source?: Config
  registry?: string[] | false
  rules: RulesConfig
  lang?: Lang
  forceLang?: Lang
  date?: string
  inferDate?: boolean
}

export interface FinderOptions {
  /** `--config FILE`: this file for every document. */
  config?: string
  /** `--no-config`: no configuration file at all. */
  noConfig?: boolean
  /** The rules configurations may name (default: the built-in ones). */
  rules?: readonly Rule[]
}

export class ConfigFinder {
  private readonly byDir = new Map<string, Config | undefined>()
  private readonly fixed?: Config
  private readonly matchers = new WeakMap<Config['overrides'][number], {files: picomatch.Matcher; excluded?: picomatch.Matcher}>()

  constructor(private readonly options: FinderOptions = {}) {
    if (options.config) this.fixed = loadConfig(options.config, options.rules)
  }

  /** The configuration file for a document in `dir` (absolute), before overrides. */
  configOf(dir: string): Config | undefined {
    if (this.options.noConfig) return undefined
    if (this.fixed) return this.fixed
    if (this.byDir.has(dir)) return this.byDir.get(dir)
    let found: Config | undefined
    for (const name of configNames) {
      const candidate = path.join(dir, name)
      if (!isFile(candidate)) continue
      found = loadConfig(candidate, this.options.rules)
      if (found) break
    }
    if (!found) {
      const parent = path.dirname(dir)
      found = parent === dir ? undefined : this.configOf(parent)
    }
    this.byDir.set(dir, found)
    return found
  }

  /** The settings in force for the document at `file` (absolute or relative to `cwd`). */
  forFile(file: string, cwd = process.cwd()): FileConfig {
    const absolute = path.resolve(cwd, file)
    const config = this.configOf(path.dirname(absolute))
    if (!config) return {rules: {}}
    const out: FileConfig = {
      file: config.file,
      source: config,
      registry: config.registry,
      rules: {...config.rules},
      lang: config.lang,
      forceLang: config.forceLang,
      date: config.date,
      inferDate: config.inferDate
    }
    const relative = path.relative(config.dir, absolute).split(path.sep).join('/')
    for (const override of config.overrides) {
      if (!this.matches(override, relative)) continue
      Object.assign(out.rules, override.rules)
      for (const key of ['lang', 'forceLang', 'date', 'inferDate'] as const) {
        if (override[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = override[key]
      }
    }
    return out
  }

  private matches(override: Config['overrides'][number], relative: string): boolean {
    let matcher = this.matchers.get(override)
    if (!matcher) {
      matcher = {
        files: picomatch(override.files, {dot: true}),
        excluded: override.excludedFiles.length > 0 ? picomatch(override.excludedFiles, {dot: true}) : undefined
      }
      this.matchers.set(override, matcher)
    }
    return matcher.files(relative) && !matcher.excluded?.(relative)
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}
