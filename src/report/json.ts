/**
 * claimlint's JSON report (format version 1.0), for editors, language
 * clients and scripts. The format is documented in docs/json-format.md and
 * described by src/report/json-schema.json; additive changes bump the minor
 * version, anything else the major.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ReporterOptions} from './index.js'
import {severityOf, shownFiles} from './shown.js'
import {formatDate} from '../pipeline/parse.js'

export const jsonFormatVersion = '1.2'

export interface JsonPoint {
  line: number
  column: number
  offset: number | null
}

export interface JsonMessage {
  ruleId: string | null
  severity: 'error' | 'warning' | 'info'
  message: string
  start: JsonPoint | null
  end: JsonPoint | null
  claim: {kind: string; text: string; value: number | null; unit: string | null; min: number | null; max: number | null} | null
  actual: string | null
  expected: string[]
  fix: {start: JsonPoint; end: JsonPoint; text: string} | null
  registryClaim: string | null
  note: string | null
  url: string | null
  fingerprint: string | null
  related: Array<{path: string; start: JsonPoint; end: JsonPoint; message: string}>
  suppressions: Array<{kind: 'inSource' | 'external'; justification: string | null}>
}

export interface JsonReport {
  version: string
  tool: {name: string; version: string}
  files: Array<{path: string; lang: string | null; date: string | null; messages: JsonMessage[]}>
  summary: {files: number; errors: number; warnings: number; infos: number; suppressed: number}
}

export function toJsonReport(files: VFile[], options: ReporterOptions = {}): JsonReport {
  const summary = {files: files.length, errors: 0, warnings: 0, infos: 0, suppressed: 0}
  const out = shownFiles(files, {quiet: options.quiet, keepSuppressed: true}).map((file) => {
    const messages = file.messages.map(toJsonMessage)
    for (const message of messages) {
      if (message.suppressions.length > 0) summary.suppressed++
      else if (message.severity === 'error') summary.errors++
      else if (message.severity === 'warning') summary.warnings++
      else summary.infos++
    }
    return {
      path: file.path ?? '<stdin>',
      lang: file.data.lang ?? null,
      date: file.data.date ? formatDate(file.data.date) : null,
      messages
    }
  })

  return {version: jsonFormatVersion, tool: options.tool ?? {name: 'claimlint', version: '0.0.0'}, files: out, summary}
}

export function reportJson(files: VFile[], options: ReporterOptions = {}): string {
  return JSON.stringify(toJsonReport(files, options), null, 2) + '\n'
}

function toJsonMessage(message: VFileMessage): JsonMessage {
  const data = message.claimlint
  const severity = severityOf(message)
  const place = message.place
  const start = place ? ('start' in place ? place.start : place) : undefined
  const end = place && 'end' in place ? place.end : undefined
  const claim = data?.claim
  return {
    ruleId: message.ruleId ?? null,
    severity,
    message: message.reason,
    start: start ? point(start) : null,
    end: end ? point(end) : start ? point(start) : null,
    claim: claim
      ? {
          kind: claim.kind,
          text: claim.text,
          value: claim.value ?? null,
          unit: claim.unit ?? null,
          min: claim.min ?? null,
          max: claim.max ?? null
        }
      : null,
    actual: message.actual ?? null,
    expected: message.expected ?? [],
    fix: message.expected?.length === 1 && start?.offset !== undefined && end?.offset !== undefined ? {start: point(start), end: point(end), text: message.expected[0]} : null,
    registryClaim: data?.registryClaim ?? null,
    note: message.note ?? null,
    url: message.url ?? null,
    fingerprint: data?.fingerprint ?? null,
    related: (data?.related ?? []).map((r) => ({path: r.path, start: point(r.start), end: point(r.end), message: r.message})),
    suppressions: (data?.suppressions ?? []).map((s) => ({kind: s.kind, justification: s.justification ?? null}))
  }
}

function point(p: {line: number; column: number; offset?: number}): JsonPoint {
  return {line: p.line, column: p.column, offset: p.offset ?? null}
}
