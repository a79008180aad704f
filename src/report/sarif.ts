/**
 * SARIF 2.1.0, for code-scanning services (GitHub code scanning, Azure
 * DevOps, SonarQube) and anything else that reads static-analysis results.
 *
 * - One run; `tool.driver.rules` describes every rule that reported, with
 *   its description, docs link and default level; results point at them by
 *   `ruleId` and `ruleIndex`.
 * - Regions are in UTF-16 code units (`columnKind: utf16CodeUnits`), as
 *   claimlint counts columns; `endColumn` is exclusive, as in SARIF.
 * - Each result carries claimlint's fingerprint as
 *   `partialFingerprints["claimlint/v1"]`, so services track a finding across
 *   edits elsewhere in the file; the other figure of an inconsistency is a
 *   `relatedLocation`; a certain suggestion is a `fix`; a finding accepted
 *   by an inline directive or the baseline is kept, with `suppressions`
 *   (`inSource` or `external`, and the reason as `justification`).
 * - Files that could not be linted (unreadable, binary, too large, a crash)
 *   are `toolExecutionNotifications` of the invocation, not results: they
 *   say nothing about the text.
 *
 * Hand-written: the SARIF packages on npm (`sarif`, `@microsoft/sarif-*`)
 * are type definitions or ESLint-specific formatters; the format itself is
 * plain JSON. Tests validate the output against the official schema.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ReporterOptions} from './index.js'
import {severityOf, shownFiles} from './shown.js'
import type {RuleMeta} from '../rule.js'
import {rules as builtinRules} from '../../rules/index.js'
import {docsBase} from '../pipeline/check.js'

type Level = 'error' | 'warning' | 'note'

interface Region {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  charOffset?: number
  charLength?: number
}

interface Location {
  id?: number
  physicalLocation: {artifactLocation: {uri: string; uriBaseId?: string}; region?: Region}
  message?: {text: string}
}

interface SarifRule {
  id: string
  name?: string
  shortDescription: {text: string}
  helpUri?: string
  defaultConfiguration?: {level: Level}
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: Level
  message: {text: string}
  locations: Location[]
  partialFingerprints?: Record<string, string>
  suppressions?: Array<{kind: 'inSource' | 'external'; justification?: string}>
  relatedLocations?: Location[]
  fixes?: Array<{
    description: {text: string}
    artifactChanges: Array<{
      artifactLocation: {uri: string; uriBaseId?: string}
      replacements: Array<{deletedRegion: Region; insertedContent: {text: string}}>
    }>
  }>
}

interface Notification {
  level: Level
  message: {text: string}
  descriptor?: {id: string}
  locations: Location[]
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: {driver: {name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[]}}
    invocations: Array<{executionSuccessful: boolean; toolExecutionNotifications: Notification[]}>
    originalUriBaseIds: Record<string, {uri: string}>
    columnKind: 'utf16CodeUnits'
    results: SarifResult[]
  }>
}

export interface SarifOptions extends ReporterOptions {
  /** Folder that relative paths are relative to (`%SRCROOT%`); the working directory by default. */
  cwd?: string
  /** Rule descriptions; the built-in rules by default. */
  rules?: readonly RuleMeta[]
}

const schemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
const informationUri = 'https://github.com/claimlint/claimlint'

/** Messages that are not about the text: the file could not be linted. */
const notLinted = new Set(['read', 'internal-error', 'time-budget'])

export function toSarif(files: VFile[], options: SarifOptions = {}): SarifLog {
  const cwd = options.cwd ?? process.cwd()
  const metas = new Map((options.rules ?? builtinRules.map((rule) => rule.meta)).map((meta) => [meta.id, meta]))
  const rules: SarifRule[] = []
  const ruleIndex = new Map<string, number>()
  const results: SarifResult[] = []
  const notifications: Notification[] = []

  const indexOf = (id: string): number => {
    let index = ruleIndex.get(id)
    if (index === undefined) {
      index = rules.length
      ruleIndex.set(id, index)
      rules.push(describeRule(id, metas.get(id)))
    }
    return index
  }

  for (const file of shownFiles(files, {quiet: options.quiet, keepSuppressed: true})) {
    const uri = artifactUri(file.path ?? '<stdin>', cwd)
    for (const message of file.messages) {
      const ruleId = message.ruleId ?? 'claimlint'
      const region = regionOf(message)
      const location: Location = {physicalLocation: {artifactLocation: uri, ...(region ? {region} : {})}}
      if (file.data.unreadable || notLinted.has(ruleId)) {
        notifications.push({level: 'error', message: {text: message.reason}, descriptor: {id: ruleId}, locations: [location]})
        continue
      }

      const result: SarifResult = {
        ruleId,
        ruleIndex: indexOf(ruleId),
        level: levelOf(message),
        message: {text: message.reason},
        locations: [location]
      }
      const data = message.claimlint
      if (data?.suppressions?.length) result.suppressions = data.suppressions.map((s) => ({kind: s.kind, ...(s.justification ? {justification: s.justification} : {})}))
      if (data?.fingerprint) result.partialFingerprints = {'claimlint/v1': data.fingerprint}
      if (data?.related?.length) {
        result.relatedLocations = data.related.map((place, id) => ({
          id,
          physicalLocation: {
            artifactLocation: artifactUri(place.path, cwd),
            region: {
              startLine: place.start.line,
              startColumn: place.start.column,
              endLine: place.end.line,
              endColumn: place.end.column,
              charOffset: place.start.offset,
              charLength: place.end.offset - place.start.offset
            }
          },
          message: {text: place.message}
        }))
      }
      const expected = message.expected ?? []
      if (expected.length === 1 && region?.charLength !== undefined) {
        result.fixes = [
          {
            description: {text: `Replace \`${message.actual ?? ''}\` with \`${expected[0]}\``},
            artifactChanges: [{artifactLocation: uri, replacements: [{deletedRegion: region, insertedContent: {text: expected[0]}}]}]
          }
        ]
      }
      results.push(result)
    }
  }

  const tool = options.tool ?? {name: 'claimlint', version: '0.0.0'}
  return {
    $schema: schemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: tool.name, version: tool.version, semanticVersion: tool.version, informationUri, rules}},
        invocations: [{executionSuccessful: true, toolExecutionNotifications: notifications}],
        originalUriBaseIds: {SRCROOT: {uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href}},
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}

export function reportSarif(files: VFile[], options: SarifOptions = {}): string {
  return JSON.stringify(toSarif(files, options), null, 2) + '\n'
}

function describeRule(id: string, meta: RuleMeta | undefined): SarifRule {
  if (!meta) return {id, shortDescription: {text: `claimlint: ${id}`}}
  return {
    id,
    name: id,
    shortDescription: {text: meta.description},
    helpUri: docsBase + id + '.md',
    defaultConfiguration: {level: meta.severity === 'info' ? 'note' : meta.severity}
  }
}

/** error → error, warning → warning, info → note (vfile: fatal true / false / undefined). */
function levelOf(message: VFileMessage): Level {
  const severity = severityOf(message)
  return severity === 'info' ? 'note' : severity
}

function regionOf(message: VFileMessage): Region | undefined {
  const place = message.place
  if (!place) return undefined
  const start = 'start' in place ? place.start : place
  const end = 'end' in place ? place.end : start
  if (!start.line) return undefined
  const region: Region = {
    startLine: start.line,
    startColumn: start.column ?? 1,
    endLine: end.line ?? start.line,
    endColumn: end.column ?? start.column ?? 1
  }
  if (start.offset !== undefined && end.offset !== undefined) {
    region.charOffset = start.offset
    region.charLength = end.offset - start.offset
  }
  return region
}

/** A file's path as a URI relative to `%SRCROOT%` when it is inside the working directory, else absolute. */
function artifactUri(filePath: string, cwd: string): {uri: string; uriBaseId?: string} {
  const absolute = path.resolve(cwd, filePath)
  const relative = path.relative(cwd, absolute)
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    return {uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT'}
  }
  return {uri: pathToFileURL(absolute).href}
}
