/**
 * Load one configuration file: `.claimlintrc` (JSON or YAML),
 * `.claimlintrc.json`, `.claimlintrc.yaml`, `.claimlintrc.yml`, or the
 * `claimlint` key of a `package.json`.
 *
 * Every file is read with `yaml`'s `parseDocument` (JSON is YAML too), so
 * each problem — bad syntax, an unknown key, an unknown rule, options a
 * rule's schema refuses — is reported as `file:line:column: message`, all at
 * once, as the registry loader does. Configuration is data: no file is ever
 * executed (which is why this is not cosmiconfig or lilconfig, whose
 * JavaScript loaders would, and whose results carry no positions).
 */
import fs from 'node:fs'
import path from 'node:path'
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {isMap, isScalar, LineCounter, parseDocument, type Document, type Node} from 'yaml'
import {ClaimlintError, type Problem} from '../errors.js'
import type {Lang} from '../types.js'
import type {Rule, Severity} from '../rule.js'
import type {RuleSetting, RulesConfig} from '../pipeline/check.js'
import {rules as builtinRules} from '../../rules/index.js'
import {isRecord} from '../is-record.js'
import configSchema from './schema.json' with {type: 'json'}

/** One `overrides` entry: settings for the documents its globs match. */
export interface ConfigOverride {
  files: string[]
  excludedFiles: string[]
  rules?: RulesConfig
  lang?: Lang
  forceLang?: Lang
  date?: string
  inferDate?: boolean
}

/** A configuration file, validated, with paths made absolute. */
export interface Config {
  /** The file it was read from. */
  file: string
  /** Its folder: globs and registry paths are relative to it. */
  dir: string
  /** Absolute registry paths; `false` for none; undefined to look for `claims.yaml`. */
  registry?: string[] | false
  rules?: RulesConfig
  /** Absolute paths of plugin modules (loaded by `loadConfigPlugins` before the run). */
  plugins: string[]
  lang?: Lang
  forceLang?: Lang
  date?: string
  inferDate?: boolean
  /** gitignore patterns, relative to `dir`. */
  ignore: string[]
  overrides: ConfigOverride[]
}

/** Config file names, in the order they are looked for in one folder. */
export const configNames = ['.claimlintrc', '.claimlintrc.json', '.claimlintrc.yaml', '.claimlintrc.yml', 'package.json'] as const


/** Made on the first configuration read: about 4 ms a run that has none. */
let ajv: Ajv | undefined
const ajvOf = () => (ajv ??= new Ajv({allErrors: true, strict: false, verbose: true}))
let validateConfig: ValidateFunction | undefined
const ruleValidators = new WeakMap<Rule, ValidateFunction>()

/**
 * Read a configuration file. Returns undefined for a `package.json` without
 * a `claimlint` key; throws `ClaimlintError` listing every problem.
 */
export function loadConfig(file: string, rules: readonly Rule[] = builtinRules): Config | undefined {
  let source: string
  try {
    source = fs.readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ClaimlintError(code === 'ENOENT' ? `Cannot find configuration \`${file}\`` : `Cannot read configuration \`${file}\`: ${(error as Error).message}`)
  }
  return parseConfig(source, file, rules)
}

/**
 * Whether `file` is a `package.json` that is valid JSON with no `claimlint`
 * key, told by `JSON.parse`: most are, and reading one with `yaml` to find
 * that out took about 15 ms of every run started in a Node project. Any
 * other file, or one JSON refuses, is read with `yaml`, which places its
 * problems.
 */
export function isForeignPackageJson(source: string, file: string): boolean {
  if (path.basename(file) !== 'package.json') return false
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch {
    return false
  }
  return isRecord(data) && !Object.hasOwn(data, 'claimlint')
}

/** Validate configuration source; `file` names it in messages and anchors relative paths. */
export function parseConfig(source: string, file: string, rules: readonly Rule[] = builtinRules): Config | undefined {
  if (isForeignPackageJson(source, file)) return undefined
  const shown = displayPath(file)
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const problems: Problem[] = []
  const at = (offset: number, message: string) => {
    const {line, col} = lineCounter.linePos(offset)
    problems.push({file: shown, line, column: col, message})
  }

  for (const error of doc.errors) at(error.pos[0], `Invalid ${path.extname(file) === '.json' ? 'JSON' : 'YAML or JSON'}: ${error.message.split('\n')[0]}`)
  if (problems.length > 0) throw ClaimlintError.fromProblems(problems)

  const prefix: Array<string | number> = path.basename(file) === 'package.json' ? ['claimlint'] : []
  if (prefix.length > 0 && !doc.hasIn(prefix)) return undefined
  const data = (prefix.length > 0 ? doc.getIn(prefix, true) : doc.contents) as Node | null
  const value: unknown = data && typeof data === 'object' && 'toJSON' in data ? (data as {toJSON(): unknown}).toJSON() : null

  validateConfig ??= ajvOf().compile(configSchema)
  if (!validateConfig(value)) {
    for (const error of simplify(validateConfig.errors ?? [])) {
      const pointer = [...prefix, ...toPath(error.instancePath)]
      at(offsetOf(doc, pointer, error), describe(error, pointer, value))
    }
  }
  if (!isRecord(value)) throw ClaimlintError.fromProblems(sortProblems(problems))

  const raw = value as RawConfig
  const known = new Map(rules.map((rule) => [rule.meta.id, rule]))
  // Rule ids and options are checked even when the schema found problems elsewhere, so one run shows them all.
  const checkRules = (settings: unknown, where: Array<string | number>): RulesConfig | undefined => {
    if (!isRecord(settings)) return undefined
    const out: RulesConfig = {}
    for (const [id, setting] of Object.entries(settings as Record<string, RawSetting>)) {
      const pointer = [...prefix, ...where, id]
      const rule = known.get(id)
      if (!rule) {
        at(keyOffset(doc, pointer), `Unknown rule \`${id}\`, expected one of ${[...known.keys()].map((k) => '`' + k + '`').join(', ')}`)
        continue
      }
      const [level, options] = Array.isArray(setting) ? setting : [setting, undefined]
      if (isRecord(options) && rule.meta.schema) {
        let validate = ruleValidators.get(rule)
        if (!validate) ruleValidators.set(rule, (validate = ajvOf().compile(rule.meta.schema)))
        if (!validate({...rule.meta.defaults, ...options})) {
          for (const error of validate.errors ?? []) {
            const extra = error.keyword === 'additionalProperties' ? ` \`${(error.params as {additionalProperty: string}).additionalProperty}\`` : ''
            at(nodeOffset(doc, [...pointer, 1]), `Invalid option for rule \`${id}\`: \`${error.instancePath || '/'}\` ${error.message ?? 'is invalid'}${extra}`)
          }
          continue
        }
      }
      out[id] = options ? [toLevel(level), options] : toLevel(level)
    }
    return out
  }

  const rulesOf = checkRules(raw.rules, ['rules'])
  const overrideRules = Array.isArray(raw.overrides) ? raw.overrides.map((o, index) => checkRules(isRecord(o) ? o.rules : undefined, ['overrides', index, 'rules'])) : []
  if (problems.length > 0) throw ClaimlintError.fromProblems(sortProblems(problems))

  const dir = path.dirname(path.resolve(file))
  const config: Config = {
    file: path.resolve(file),
    dir,
    registry: raw.registry === false ? false : raw.registry === undefined ? undefined : [raw.registry].flat().map((p) => path.resolve(dir, p)),
    rules: rulesOf,
    plugins: raw.plugins === undefined ? [] : [raw.plugins].flat().map((p) => path.resolve(dir, p)),
    lang: raw.lang,
    forceLang: raw.forceLang,
    date: raw.date,
    inferDate: raw.inferDate,
    ignore: raw.ignore ?? [],
    overrides: (raw.overrides ?? []).map((override, index) => ({
      files: [override.files].flat(),
      excludedFiles: override.excludedFiles === undefined ? [] : [override.excludedFiles].flat(),
      rules: overrideRules[index],
      lang: override.lang,
      forceLang: override.forceLang,
      date: override.date,
      inferDate: override.inferDate
    }))
  }
  return config
}


/** ESLint's levels and claimlint's: `0`/`off`, `1`/`warn`/`warning`, `2`/`error`, `info`. */
export function toLevel(level: RawLevel): Severity | 'off' {
  switch (level) {
    case 0:
    case 'off':
      return 'off'
    case 1:
    case 'warn':
    case 'warning':
      return 'warning'
    case 2:
    case 'error':
      return 'error'
    default:
      return 'info'
  }
}

type RawLevel = 'off' | 'info' | 'warn' | 'warning' | 'error' | 0 | 1 | 2
type RawSetting = RawLevel | [RawLevel, Record<string, unknown>?]

interface RawConfig {
  registry?: string | string[] | false
  rules?: Record<string, RawSetting>
  plugins?: string | string[]
  lang?: Lang
  forceLang?: Lang
  date?: string
  inferDate?: boolean
  ignore?: string[]
  overrides?: Array<{
    files: string | string[]
    excludedFiles?: string | string[]
    rules?: Record<string, RawSetting>
    lang?: Lang
    forceLang?: Lang
    date?: string
    inferDate?: boolean
  }>
}

/* ----- schema errors → messages at places ----- */

/** Keep a `oneOf`'s own error, not those of its branches (at its place or inside it). */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const oneOf = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath)
  const inside = (e: ErrorObject) => oneOf.some((at) => e.instancePath === at || e.instancePath.startsWith(at + '/'))
  return errors.filter((e) => e.keyword === 'oneOf' || !inside(e))
}

function describe(error: ErrorObject, pointer: Array<string | number>, root: unknown): string {
  const key = pointer.length > 0 ? String(pointer[pointer.length - 1]) : undefined
  const value = toPath(error.instancePath).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root)
  const found = '`' + (key && !/^\d+$/.test(key) ? key + ': ' : '') + shown(value) + '`'
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = (error.params as {additionalProperty: string}).additionalProperty
      const allowed = Object.keys((error.parentSchema as {properties?: object} | undefined)?.properties ?? {})
      return `Unexpected key \`${extra}\`, expected one of ${allowed.map((k) => '`' + k + '`').join(', ')}`
    }
    case 'required':
      return `Missing \`${(error.params as {missingProperty: string}).missingProperty}\` in override`
    case 'enum':
      return `Unexpected ${found}, expected one of ${(error.params as {allowedValues: unknown[]}).allowedValues.map((v) => '`' + String(v) + '`').join(', ')}`
    case 'type':
      return root === null && pointer.length === 0 ? 'Unexpected empty configuration, expected a mapping' : `Unexpected ${found}, expected ${typeName((error.params as {type: string}).type)}`
    case 'pattern':
      return `Unexpected ${found}, expected a date as \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\``
    case 'oneOf':
      return key === 'registry'
        ? `Unexpected ${found}, expected a path, a list of paths or \`false\``
        : key === 'plugins'
          ? `Unexpected ${found}, expected a path or a list of paths`
          : key === 'files' || key === 'excludedFiles'
            ? `Unexpected ${found}, expected a glob or a list of globs`
            : `Unexpected ${found}, expected a level (\`off\`, \`info\`, \`warn\`, \`error\`, 0, 1, 2) or \`[level, {options}]\``
    case 'minItems':
    case 'minLength':
      return `Unexpected empty ${found}`
    default:
      return `Unexpected ${found}: ${error.message ?? 'invalid'}`
  }
}

function typeName(type: string): string {
  return ({object: 'a mapping', array: 'a list', string: 'text', boolean: '`true` or `false`'} as Record<string, string>)[type] ?? type
}

function offsetOf(doc: Document, pointer: Array<string | number>, error: ErrorObject): number {
  if (error.keyword === 'additionalProperties') {
    return keyOffset(doc, [...pointer, (error.params as {additionalProperty: string}).additionalProperty])
  }
  return nodeOffset(doc, pointer)
}

function nodeOffset(doc: Document, pointer: Array<string | number>): number {
  const node = (pointer.length === 0 ? doc.contents : doc.getIn(pointer, true)) as {range?: [number, number, number]} | null
  return node?.range?.[0] ?? keyOffset(doc, pointer)
}

function keyOffset(doc: Document, pointer: Array<string | number>): number {
  const parent = (pointer.length <= 1 ? doc.contents : doc.getIn(pointer.slice(0, -1), true)) as Node | null
  const key = String(pointer[pointer.length - 1])
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
    const range = (pair?.key as {range?: [number, number, number]} | undefined)?.range
    if (range) return range[0]
    return (parent as {range?: [number, number, number]}).range?.[0] ?? 0
  }
  return 0
}

function toPath(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function shown(value: unknown): string {
  if (typeof value === 'string') return value
  const json = JSON.stringify(value) ?? String(value)
  return json.length > 40 ? json.slice(0, 37) + '...' : json
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column)
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file
}

export type {RuleSetting}
