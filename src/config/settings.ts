/**
 * The settings each document is linted with: its configuration file and
 * overrides (`ConfigFinder`), then the command line over them, and its
 * registry — `--registry`, else the configuration's `registry`, else the
 * nearest `claims.yaml` from the document's folder upwards. Registries are
 * read once per run whatever the number of documents that share them.
 *
 * When registry rules are on and a document has no registry, that is a
 * configuration error (exit 2) naming where claimlint looked, so a CI job
 * whose registry went missing fails instead of passing with half its rules.
 */
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import type {Lang} from '../types.js'
import type {Rule} from '../rule.js'
import type {Registry} from '../registry/types.js'
import type {FileSettings} from '../engine.js'
import type {RulesConfig} from '../pipeline/check.js'
import {ClaimlintError} from '../errors.js'
import {loadRegistryPath} from '../registry/folder.js'
import type {RegistryStore} from '../registry/load.js'
import {findRegistry, registryName} from '../registry/find.js'
import {mergeRegistries} from '../registry/merge.js'
import {ConfigFinder, type FileConfig} from './find.js'
import {rules as builtinRules} from '../../rules/index.js'

/** What the command line says, over any configuration file. */
export interface CommandLineSettings {
  cwd: string
  config?: string
  noConfig?: boolean
  registry?: string
  noRegistry?: boolean
  rules?: RulesConfig
  lang?: Lang
  forceLang?: Lang
  date?: string
  noInferDate?: boolean
  /** gitignore patterns relative to `cwd` (`--ignore-pattern`, `--ignore-path` contents). */
  ignore?: string[]
  /** Plugin modules loaded before the run (`loadConfigPlugins`), absolute. */
  plugins?: string[]
  /** Registries already checked, kept by `--cache`. */
  registryStore?: RegistryStore
}

/** A document's settings with where they came from, for `--print-config`. */
export interface ResolvedSettings extends FileSettings {
  /** The configuration file, if any. */
  configFile?: string
  /** The registry files, in merge order. */
  registryFiles: string[]
  /** Whether an ignore pattern leaves the document out. */
  ignored: boolean
}

export class Settings {
  private readonly finder: ConfigFinder
  private readonly registries = new Map<string, Registry>()
  private readonly resolved = new Map<string, ResolvedSettings>()
  private readonly ignores = new WeakMap<object, Ignore>()
  private readonly commandLineIgnore?: Ignore

  constructor(
    private readonly cli: CommandLineSettings,
    private readonly ruleSet: readonly Rule[] = builtinRules
  ) {
    this.finder = new ConfigFinder({config: cli.config && path.resolve(cli.cwd, cli.config), noConfig: cli.noConfig, rules: ruleSet})
    if (cli.ignore?.length) this.commandLineIgnore = ignore().add(cli.ignore)
  }

  /** The settings of the document at `file` (relative to `cwd` or absolute). */
  resolve(file: string): ResolvedSettings {
    const absolute = path.resolve(this.cli.cwd, file)
    // The engine asks twice per document (to leave ignored paths out, then to lint).
    let resolved = this.resolved.get(absolute)
    if (!resolved) {
      resolved = this.resolveUncached(absolute)
      this.resolved.set(absolute, resolved)
    }
    return resolved
  }

  private resolveUncached(absolute: string): ResolvedSettings {
    const config = this.finder.forFile(absolute)
    const unloaded = config.source?.plugins.filter((file) => !this.cli.plugins?.includes(file)) ?? []
    if (unloaded.length > 0) {
      throw new ClaimlintError(
        `${path.relative(this.cli.cwd, config.source!.file) || config.source!.file}: Unexpected \`plugins\` in a configuration that is not the one in force at the working directory, ` +
          `expected them there or in the file \`--config\` names (plugins are loaded once, before the run): ${unloaded.map((file) => '`' + file + '`').join(', ')}`
      )
    }
    const rules = {...config.rules, ...this.cli.rules}
    const registryFiles = this.registryFiles(absolute, config, rules)
    return {
      configFile: config.file,
      registry: registryFiles.length > 0 ? this.load(registryFiles) : undefined,
      registryFiles,
      rules,
      lang: this.cli.lang ?? config.lang,
      forceLang: this.cli.forceLang ?? config.forceLang,
      date: this.cli.date ?? config.date,
      inferDate: this.cli.noInferDate ? false : config.inferDate,
      ignored: this.ignored(absolute, config)
    }
  }

  private registryFiles(absolute: string, config: FileConfig, rules: RulesConfig): string[] {
    if (this.cli.noRegistry) return []
    if (this.cli.registry) return [path.resolve(this.cli.cwd, this.cli.registry)]
    if (config.registry === false) return []
    if (config.registry) return config.registry
    const folder = path.dirname(absolute)
    const found = findRegistry(folder)
    if (found) return [found]
    const levelOf = (id: string) => {
      const setting = rules[id]
      return Array.isArray(setting) ? setting[0] : setting
    }
    const wanted = this.ruleSet.filter((rule) => rule.meta.needsRegistry && levelOf(rule.meta.id) !== 'off')
    if (wanted.length === 0) return []
    const shown = path.relative(this.cli.cwd, absolute) || absolute
    const searched = folder.split(path.sep).filter(Boolean).length + 1
    throw new ClaimlintError(
      `No ${registryName} found for \`${shown}\` in ${folder} or any folder above it (${searched} folders), ` +
        `expected one there, \`--registry <file>\`, \`registry\` in a .claimlintrc, or \`--no-registry\` to lint without the rules that need one (${wanted.map((rule) => '`' + rule.meta.id + '`').join(', ')})`
    )
  }

  private load(files: string[]): Registry {
    const key = files.join('\u0000')
    let registry = this.registries.get(key)
    if (!registry) {
      registry = mergeRegistries(files.map((file) => this.registries.get(file) ?? this.loadOne(file)))
      this.registries.set(key, registry)
    }
    return registry
  }

  private loadOne(file: string): Registry {
    const registry = loadRegistryPath(file, this.cli.registryStore)
    this.registries.set(file, registry)
    return registry
  }

  private ignored(absolute: string, config: FileConfig): boolean {
    if (this.commandLineIgnore) {
      const relative = path.relative(this.cli.cwd, absolute)
      if (!relative.startsWith('..') && !path.isAbsolute(relative) && this.commandLineIgnore.ignores(toPosix(relative))) return true
    }
    const owner = config.source
    if (!owner || owner.ignore.length === 0) return false
    let matcher = this.ignores.get(owner)
    if (!matcher) {
      matcher = ignore().add(owner.ignore)
      this.ignores.set(owner, matcher)
    }
    const relative = path.relative(owner.dir, absolute)
    return !relative.startsWith('..') && !path.isAbsolute(relative) && matcher.ignores(toPosix(relative))
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

