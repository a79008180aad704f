/**
 * Load `claims.yaml`: YAML → JSON Schema validation (ajv, `schema.json`,
 * precompiled: `validator.ts`) → semantic checks (duplicate ids, unknown
 * entities, real dates, bounds, currency codes) → the typed `Registry`.
 *
 * Two readings: first the fast one (fast.ts, `js-yaml` without a tree),
 * which takes a registry only when nothing is wrong with it; then, for
 * any doubt or problem, YAML with positions (`yaml`'s `parseDocument` and
 * `LineCounter`), where every problem is collected with its
 * `file:line:column` and reported at once, so one run shows all that is
 * wrong with a registry.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import type {ErrorObject} from 'ajv'
import {isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Alias, type Document, type Node, type Pair} from 'yaml'
import {ClaimlintError, type Problem} from '../errors.js'
import {dateSpan} from '../dates.js'
import type {Claim, Lang, QualifierType} from '../types.js'
import {LANGS} from '../lang/index.js'
import {claimInterval} from '../interval.js'
import type {
  Registry,
  RegistryClaim,
  RegistryEntity,
  RegistryInterval,
  RegistryPosition,
  RegistryRate,
  RegistryRatio,
  RegistrySource
} from './types.js'
import {currencyCodes} from './currencies.js'
import {registryValidator} from './validator.js'
import {decodeRegistry, readRegistryBytesSync, readRegistrySource} from './source.js'
import {aliasMessage, negativeCounts, negativeCountsIn, nonFinite, toJSWithAliasPlace} from './hostile.js'
import {readFast, type PlacedSection} from './fast.js'


function validate(data: unknown): ErrorObject[] {
  const validator = registryValidator()
  return validator(data) ? [] : [...(validator.errors ?? [])]
}

/** Read and validate a registry file; throws `ClaimlintError` listing every problem. */
export async function loadRegistry(file: string): Promise<Registry> {
  const shown = displayPath(file)
  return parseRegistry(await readRegistrySource(file, shown), shown)
}

/**
 * Registries already read and checked, by file and key (the hash of the
 * source and the file name its positions cite): `--cache` keeps them, so
 * that a large registry is parsed once (YAML runs at about 8 MB/s, 0.6 MB/s
 * with positions; the checked form reads back as JSON at over 50 MB/s).
 */
export interface RegistryStore {
  get(file: string, key: string): Registry | undefined
  set(file: string, key: string, registry: Registry): void
}

/** The key of a registry's source (its text or bytes) read as `shown`. */
export function registryKey(source: string | Uint8Array, shown: string): string {
  return createHash('sha256').update(shown).update('\u0000').update(source).digest('hex')
}

/**
 * `loadRegistry` without waiting: for the per-document settings of a run,
 * which find each document's registry while paths are being resolved.
 * With a store, a registry whose source is unchanged is taken from it.
 */
export function loadRegistrySync(file: string, store?: RegistryStore): Registry {
  const shown = displayPath(file)
  const read = sourceOf(file, shown, store)
  if ('registry' in read) return read.registry
  const registry = parseRegistry(read.source, shown)
  if (read.key !== undefined) store!.set(shown, read.key, registry)
  return registry
}

/**
 * The registry the store holds for `file`'s bytes, else its text (and, with
 * a store, the key to keep it under). The bytes are not held past this,
 * while the text is parsed (20 MB of them for 100,000 claims).
 */
function sourceOf(file: string, shown: string, store: RegistryStore | undefined): {registry: Registry} | {source: string; key?: string} {
  const bytes = readRegistryBytesSync(file)
  if (!store) return {source: decodeRegistry(bytes, file, shown)}
  const key = registryKey(bytes, shown)
  const registry = store.get(shown, key)
  return registry ? {registry} : {source: decodeRegistry(bytes, file, shown), key}
}

/** Validate registry source text; `file` is the name used in messages and positions. */
export function parseRegistry(source: string, file: string): Registry {
  return parseValid(source, file) ?? parseWithPlaces(source, file)
}

/**
 * The registry in `source` read the fast way (fast.ts), if it is valid;
 * `undefined` when it is not, or when the fast reading has any doubt.
 */
export function parseValid(source: string, file: string): Registry | undefined {
  const reading = readFast(source)
  if (!reading) return undefined
  const data = reading.data
  yearsAsText(data)
  if (validate(data).length > 0 || negativeCountsIn(data).length > 0) return undefined
  const lineCounter = new LineCounter()
  lineCounter.addNewLine(0)
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1)
  const registry = build(data as RawRegistry, file, (section, index) => {
    const {line, col} = lineCounter.linePos(reading.starts[section][index])
    return {file, line, column: col}
  })
  let valid = true
  checkSemantics(registry, data as RawRegistry, {at: () => (valid = false), lineColumn: () => ''})
  return valid ? registry : undefined
}

/** Read `source` as YAML with positions: the registry, or every problem at its place. */
export function parseWithPlaces(source: string, file: string): Registry {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const problems: Problem[] = []
  const at = (offset: number, message: string) => {
    const {line, col} = lineCounter.linePos(offset)
    problems.push({file, line, column: col, message})
  }

  for (const error of doc.errors) {
    at(error.pos[0], yamlMessage(error.message))
  }
  if (problems.length > 0) throw ClaimlintError.fromProblems(problems)

  const converted = toJSWithAliasPlace(doc)
  if (!converted.ok) {
    at(startOf(converted.alias), aliasMessage(converted.alias, converted.error))
    throw ClaimlintError.fromProblems(problems)
  }
  for (const [offset, message] of nonFinite(doc, source)) at(offset, message)
  if (problems.length > 0) throw ClaimlintError.fromProblems(problems)

  const data = converted.data
  if (data === null || data === undefined) {
    throw ClaimlintError.fromProblems([{file, line: 1, column: 1, message: 'Empty registry, expected a mapping with `version: 1`'}])
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw ClaimlintError.fromProblems([{file, line: 1, column: 1, message: 'Unexpected registry, expected a mapping with `version: 1`'}])
  }

  const cycle = selfContaining(doc)
  if (cycle) {
    at(startOf(cycle), `Unexpected alias \`*${cycle.source}\` inside the node it names, expected an alias to a finished node (a registry cannot contain itself)`)
    throw ClaimlintError.fromProblems(problems)
  }
  yearsAsText(data)
  for (const error of simplify(validate(data))) {
    const [offset, message] = describeError(doc, error)
    at(offset, message)
  }
  for (const [offset, message] of negativeCounts(doc, data)) at(offset, message)
  if (problems.length > 0) throw ClaimlintError.fromProblems(sortProblems(problems))

  const place = (keys: Array<string | number>) => startOf(doc.getIn(keys, true))
  const registry = build(data as RawRegistry, file, (section, index) => {
    const {line, col} = lineCounter.linePos(place([section, index]))
    return {file, line, column: col}
  })
  checkSemantics(registry, data as RawRegistry, {
    at: (keys, message) => at(place(keys), message),
    lineColumn: (keys) => {
      const {line, col} = lineCounter.linePos(place(keys))
      return `${line}:${col}`
    }
  })
  if (problems.length > 0) throw ClaimlintError.fromProblems(sortProblems(problems))
  return registry
}

/**
 * An alias inside the node its anchor names (`a: &a [*a]`) makes the data
 * contain itself, which every later step would walk for ever; found on the
 * YAML tree, without recursion, before the data is used (the fuzz script
 * found it).
 */
function selfContaining(doc: Document): Alias | undefined {
  const stack: Array<{node: unknown; anchors: ReadonlySet<string>}> = [{node: doc.contents, anchors: new Set()}]
  while (stack.length > 0) {
    const {node, anchors} = stack.pop()!
    if (isAlias(node)) {
      if (anchors.has(node.source)) return node
      continue
    }
    const anchor = (node as {anchor?: string} | null)?.anchor
    const inner = anchor ? new Set([...anchors, anchor]) : anchors
    if (isMap(node) || isSeq(node)) {
      // Pushed last to first, so the first offending alias in the file is the one reported.
      const items = node.items as unknown[]
      for (let index = items.length - 1; index >= 0; index--) {
        const item = items[index]
        if (isPair(item)) stack.push({node: item.value, anchors: inner}, {node: item.key, anchors: inner})
        else stack.push({node: item, anchors: inner})
      }
    }
  }
  return undefined
}

const dateKeys = new Set(['date', 'as_of', 'valid_until', 'from', 'to'])

/** `date: 2023` is read by YAML as a number; a bare year is as good a date as `2023-05`. */
function yearsAsText(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) yearsAsText(item)
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    for (const [key, item] of Object.entries(record)) {
      if (dateKeys.has(key) && typeof item === 'number' && Number.isInteger(item)) record[key] = String(item)
      else yearsAsText(item)
    }
  }
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column)
}

function yamlMessage(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
  return `Invalid YAML: ${first}`
}

/* ----- schema errors → messages at places ----- */

/** Drop the per-branch errors of a `oneOf` and keep the `oneOf` error itself. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath))
  return errors.filter((e) => e.keyword === 'oneOf' || !oneOfPaths.has(e.instancePath) || !e.schemaPath.includes('/oneOf/'))
}

const itemNames: Record<string, string> = {entities: 'entity', claims: 'claim', ratios: 'ratio', rates: 'rate', sources: 'source'}

/** "claim", "entity", "source", ... for the item at a JSON pointer. */
function itemName(pointer: string[]): string {
  for (let i = pointer.length - 1; i >= 0; i--) {
    if (/^\d+$/.test(pointer[i]) && itemNames[pointer[i - 1]]) return itemNames[pointer[i - 1]]
    if (itemNames[pointer[i]] && i === pointer.length - 1) return pointer[i]
  }

  if (pointer.length > 0 && !/^\d+$/.test(pointer[pointer.length - 1])) return '`' + pointer[pointer.length - 1] + '`'
  return 'registry'
}

function toPath(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function nodeAt(doc: Document, pointer: string[]): Node | undefined {
  const keys = pointer.map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  return (keys.length === 0 ? doc.contents : doc.getIn(keys, true)) as Node | undefined
}

function pairAt(doc: Document, pointer: string[]): Pair | undefined {
  const parent = nodeAt(doc, pointer.slice(0, -1))
  if (!isMap(parent)) return undefined
  const key = pointer[pointer.length - 1]
  return parent.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)
}

function startOf(node: unknown): number {
  const range = (node as {range?: [number, number, number]} | undefined)?.range
  return range ? range[0] : 0
}

function shown(value: unknown): string {
  if (typeof value === 'string') return value
  const json = JSON.stringify(value)
  return json.length > 40 ? json.slice(0, 37) + '...' : json
}

function list(values: readonly unknown[]): string {
  return values.map((v) => '`' + String(v) + '`').join(', ')
}

const patternMeaning: Record<string, string> = {
  date: 'a date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`',
  id: 'an id of lower-case letters, digits and hyphens',
  url: 'an `http://` or `https://` URL',
  retrieved: 'a date as `YYYY-MM-DD`',
  currency: 'an ISO 4217 code of three capital letters'
}

function describeError(doc: Document, error: ErrorObject): [number, string] {
  const pointer = toPath(error.instancePath)
  const key = pointer[pointer.length - 1]
  const pair = pointer.length > 0 ? pairAt(doc, pointer) : undefined
  const node = nodeAt(doc, pointer)
  const valueOffset = startOf(pair?.value ?? node)
  const value = (node as {toJSON?: () => unknown} | undefined)?.toJSON?.() ?? (isScalar(node) ? node.value : node)
  const found = `\`${key && !/^\d+$/.test(key) ? key + ': ' : ''}${shown(value)}\``

  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as {missingProperty: string}).missingProperty
      return [startOf(node), `Missing \`${missing}\` in ${itemName(pointer)}`]
    }
    case 'additionalProperties': {
      const extra = (error.params as {additionalProperty: string}).additionalProperty
      const extraPair = pairAt(doc, [...pointer, extra])
      const allowed = Object.keys(schemaProperties(error))
      return [startOf(extraPair?.key ?? node), `Unexpected field \`${extra}\` in ${itemName(pointer)}, expected one of ${list(allowed)}`]
    }
    case 'propertyNames':
    case 'enum': {
      if (error.keyword === 'propertyNames') return [startOf(node), `Unexpected language in ${found}, expected one of ${list([...LANGS])}`]
      const allowed = (error.params as {allowedValues: unknown[]}).allowedValues
      if (pointer.length >= 2 && error.schemaPath.includes('propertyNames')) {
        return [startOf(node), `Unexpected language, expected one of ${list([...LANGS])}`]
      }
      return [valueOffset, `Unexpected ${found}, expected one of ${list(allowed)}`]
    }
    case 'const':
      return [valueOffset, `Unexpected ${found}, expected \`${String((error.params as {allowedValue: unknown}).allowedValue)}\``]
    case 'type': {
      const type = (error.params as {type: string}).type
      return [valueOffset, `Unexpected ${found}, expected ${article(type)}`]
    }
    case 'oneOf':
      return [valueOffset, `Unexpected ${found}, expected a number or a mapping of \`value\`, \`step\`, \`min\`, \`max\`, \`min_inclusive\`, \`max_inclusive\``]
    case 'pattern': {
      const kind = /definitions\/(\w+)\//.exec(error.schemaPath)?.[1] ?? key
      const meaning = patternMeaning[kind] ?? patternMeaning[key] ?? (key === 'base' || key === 'quote' ? patternMeaning.currency : `text matching ${(error.params as {pattern: string}).pattern}`)
      return [valueOffset, `Unexpected ${found}, expected ${meaning}`]
    }
    case 'minItems':
      return [valueOffset, `Unexpected empty ${found}, expected at least one item`]
    case 'minLength':
      return [valueOffset, `Unexpected empty ${found}`]
    case 'minProperties':
      return [valueOffset, `Unexpected empty ${found}, expected \`value\` or bounds`]
    case 'minimum':
    case 'exclusiveMinimum':
      return [valueOffset, `Unexpected ${found}, expected a number ${error.keyword === 'minimum' ? 'of at least' : 'greater than'} ${String((error.params as {limit: number}).limit)}`]
    default:
      return [valueOffset, `Unexpected ${found}: ${error.message ?? 'invalid'}`]
  }
}

function schemaProperties(error: ErrorObject): Record<string, unknown> {
  const schema = error.parentSchema as {properties?: Record<string, unknown>} | undefined
  return schema?.properties ?? {}
}

function article(type: string): string {
  const names: Record<string, string> = {
    number: 'a number',
    integer: 'a whole number',
    string: 'text',
    array: 'a list',
    object: 'a mapping',
    boolean: '`true` or `false`'
  }
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ')
}

/* ----- building the typed registry ----- */

type Words = Partial<Record<Lang, string[]>>

interface RawSource {
  url?: string
  document?: string
  title?: string
  retrieved?: string
}

interface RawClaim {
  id: string
  kind: RegistryClaim['kind']
  label?: string
  about: string[]
  terms: Words
  noun?: Words
  value?: number | RawInterval
  unit?: string
  date?: string
  rank?: number
  out_of?: number
  as_of?: string
  valid_until?: string
  superseded_by?: string
  per?: RegistryClaim['per']
  scope?: Words
  sources?: RawSource[]
}

interface RawInterval {
  value?: number
  step?: number
  min?: number
  max?: number
  min_inclusive?: boolean
  max_inclusive?: boolean
  qualifier?: keyof typeof registryQualifiers
}

/** Registry hedges and the qualifier of prose each is read as. */
const registryQualifiers = {
  about: 'about',
  'more-than': 'more',
  'at-least': 'atLeast',
  almost: 'almost',
  'less-than': 'less',
  'at-most': 'atMost',
  'up-to': 'upTo'
} as const satisfies Record<string, QualifierType>

interface RawRegistry {
  version: number
  entities?: Array<{id: string; names: Words}>
  claims?: RawClaim[]
  ratios?: Array<Omit<RegistryRatio, 'position' | 'sources'> & {sources?: RawSource[]}>
  rates?: Array<Omit<RegistryRate, 'position' | 'sources'> & {sources?: RawSource[]}>
}

/** The typed registry of valid `data`; `position` says where each item of a section starts. */
function build(data: RawRegistry, file: string, position: (section: PlacedSection, index: number) => RegistryPosition): Registry {
  const entities = new Map<string, RegistryEntity>()
  ;(data.entities ?? []).forEach((entity, index) => {
    if (!entities.has(entity.id)) entities.set(entity.id, {id: entity.id, names: entity.names, position: position('entities', index)})
  })

  const claims: RegistryClaim[] = (data.claims ?? []).map((claim, index) => ({
    id: claim.id,
    kind: claim.kind,
    label: claim.label,
    about: claim.about,
    terms: claim.terms,
    noun: claim.noun,
    value: interval(claim.value),
    unit: claim.unit,
    date: claim.date,
    rank: claim.rank,
    outOf: claim.out_of,
    asOf: claim.as_of,
    validUntil: claim.valid_until,
    supersededBy: claim.superseded_by,
    per: claim.per,
    scope: claim.scope,
    sources: sources(claim.sources),
    position: position('claims', index)
  }))

  const ratios: RegistryRatio[] = (data.ratios ?? []).map((ratio, index) => ({
    ...ratio,
    sources: sources(ratio.sources),
    position: position('ratios', index)
  }))

  const rates: RegistryRate[] = (data.rates ?? []).map((rate, index) => ({
    ...rate,
    sources: sources(rate.sources),
    position: position('rates', index)
  }))

  return {file, version: data.version, entities, claims, ratios, rates}
}

function interval(value: number | RawInterval | undefined): RegistryInterval | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'number') return {value}
  if (value.qualifier && value.value !== undefined) {
    // "about $35 billion" in the registry means what it means in prose: the same interval.
    const {min, max, minInclusive, maxInclusive} = claimInterval({value: value.value, qualifier: {type: registryQualifiers[value.qualifier]}} as Claim)!
    return {min, max, minInclusive, maxInclusive, stated: {value: value.value, qualifier: value.qualifier}}
  }
  return {
    value: value.value,
    step: value.step,
    min: value.min,
    max: value.max,
    minInclusive: value.min_inclusive,
    maxInclusive: value.max_inclusive
  }
}

function sources(raw: RawSource[] | undefined): RegistrySource[] {
  return (raw ?? []).map((source) => ({url: source.url, document: source.document, title: source.title, retrieved: source.retrieved}))
}

/* ----- semantic checks ----- */

/** Where the semantic checks report: a problem at the node `keys` lead to, and a node's `line:column`. */
interface SemanticReport {
  at(keys: Array<string | number>, message: string): void
  lineColumn(keys: Array<string | number>): string
}

function checkSemantics(registry: Registry, data: RawRegistry, report: SemanticReport): void {
  const at = report.at
  for (const section of ['entities', 'claims', 'ratios'] as const) {
    const seen = new Map<string, number>()
    const items = (data[section] ?? []) as Array<{id: string}>
    items.forEach((item, index) => {
      const first = seen.get(item.id)
      if (first === undefined) {
        seen.set(item.id, index)
        return
      }
      at([section, index, 'id'], `Duplicate ${itemNames[section]} id \`${item.id}\` (first at ${report.lineColumn([section, first, 'id'])})`)
    })
  }

  const claimIds = new Set(registry.claims.map((claim) => claim.id))
  ;(data.claims ?? []).forEach((claim, index) => {
    claim.about.forEach((entity, i) => {
      if (!registry.entities.has(entity)) at(['claims', index, 'about', i], `Unknown entity \`${entity}\` in \`about\` of claim \`${claim.id}\``)
    })
    if (claim.superseded_by !== undefined && !claimIds.has(claim.superseded_by)) {
      at(['claims', index, 'superseded_by'], `Unknown claim \`${claim.superseded_by}\` in \`superseded_by\` of claim \`${claim.id}\``)
    }
    for (const field of ['date', 'as_of', 'valid_until'] as const) {
      const value = claim[field]
      if (value !== undefined && !realDate(value)) at(['claims', index, field], `Unexpected \`${field}: ${value}\`, expected a real date`)
    }
    for (const [field, needed] of Object.entries(requiredByKind[claim.kind])) {
      if (needed && claim[field as keyof RawClaim] === undefined) {
        at(['claims', index], `Missing \`${field}\` in claim \`${claim.id}\` of kind \`${claim.kind}\``)
      }
    }
    if (claim.kind === 'money' && claim.unit !== undefined && !currencyCodes.has(claim.unit)) {
      at(['claims', index, 'unit'], `Unexpected \`unit: ${claim.unit}\` for money, expected an ISO 4217 code such as \`USD\`, \`EUR\`, \`JPY\``)
    }
    const value = claim.value
    if (value !== undefined && typeof value === 'object') {
      if (value.min !== undefined && value.max !== undefined && value.min > value.max) {
        at(['claims', index, 'value'], `Unexpected \`min: ${value.min}\` above \`max: ${value.max}\``)
      }
      if (value.qualifier !== undefined && (value.value === undefined || value.min !== undefined || value.max !== undefined)) {
        at(['claims', index, 'value', 'qualifier'], 'Unexpected `qualifier` without a single `value`, expected `value` and `qualifier` (bounds already say how far a value reaches)')
      }
      if (value.value === undefined && value.min === undefined && value.max === undefined) {
        at(['claims', index, 'value'], 'Missing `value`, `min` or `max` in `value`')
      }
    }
  })

  ;(data.ratios ?? []).forEach((ratio, index) => {
    if (ratio.min !== undefined && ratio.max !== undefined && ratio.min > ratio.max) {
      at(['ratios', index, 'min'], `Unexpected \`min: ${ratio.min}\` above \`max: ${ratio.max}\``)
    }
    ;(ratio.about ?? []).forEach((entity, i) => {
      if (!registry.entities.has(entity)) at(['ratios', index, 'about', i], `Unknown entity \`${entity}\` in \`about\` of ratio \`${ratio.id}\``)
    })
  })

  ;(data.rates ?? []).forEach((rate, index) => {
    for (const field of ['base', 'quote'] as const) {
      if (!currencyCodes.has(rate[field])) at(['rates', index, field], `Unknown currency \`${rate[field]}\`, expected an ISO 4217 code`)
    }
    for (const field of ['date', 'from', 'to'] as const) {
      const value = rate[field]
      if (value !== undefined && !realDate(value)) at(['rates', index, field], `Unexpected \`${field}: ${value}\`, expected a real date`)
    }
    if (rate.from !== undefined && rate.to !== undefined && dateSpan(rate.from)[0] >= dateSpan(rate.to)[1]) {
      at(['rates', index, 'from'], `Unexpected \`from: ${rate.from}\` after \`to: ${rate.to}\`, expected a period that starts before it ends`)
    }
  })
  ;(data.ratios ?? []).forEach((ratio, index) => {
    for (const field of ['from', 'in'] as const) {
      const entity = ratio[field]
      if (entity !== undefined && !registry.entities.has(entity)) at(['ratios', index, field], `Unknown entity \`${entity}\` in \`${field}\` of ratio \`${ratio.id}\``)
    }
  })
}

const requiredByKind: Record<RegistryClaim['kind'], Partial<Record<keyof RawClaim, boolean>>> = {
  quantity: {value: true},
  money: {value: true, unit: true},
  percent: {value: true},
  event: {date: true},
  rank: {rank: true}
}

function realDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!match) return false
  const month = match[2] ? Number(match[2]) : 1
  const day = match[3] ? Number(match[3]) : 1
  const date = new Date(Date.UTC(Number(match[1]), month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
