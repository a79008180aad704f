/**
 * A claimlint message (a vfile message with `claimlint` data, see
 * src/pipeline/check.ts) as an LSP diagnostic: the rule id as `code`, the
 * rule's docs page as `codeDescription.href`, the severity mapped, and as
 * related information the other places of the finding (the earlier figure
 * of an inconsistency, the total of a ratio) and the registry claim it was
 * checked against, at its place in claims.yaml.
 */
import type {VFileMessage} from 'vfile-message'
import type {Diagnostic, DiagnosticRelatedInformation, Range} from 'vscode-languageserver'
import {DiagnosticSeverity} from 'vscode-languageserver'
import type {Registry} from '../registry/types.js'
import {severityOf as messageSeverity} from '../report/shown.js'

interface Point {
  line?: number
  column?: number
}

/** Everything a diagnostic needs besides its message. */
export interface DiagnosticContext {
  /** The URI of a path the engine linted (related places may be in other open documents). */
  uriOf(path: string): string | undefined
  registry?: Registry
  /** The URI of the registry file. */
  registryUri?: string
}

export function toDiagnostic(message: VFileMessage, context: DiagnosticContext): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message.place),
    severity: severityOf(message),
    source: 'claimlint',
    message: message.reason
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const related = relatedOf(message, context)
  if (related.length > 0) diagnostic.relatedInformation = related
  return diagnostic
}

/** vfile places are 1-based lines and columns in UTF-16 code units; LSP positions are 0-based in the same units. */
export function rangeOf(place: VFileMessage['place']): Range {
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  const start: Point = 'start' in place ? place.start : place
  const end: Point = 'end' in place ? place.end : start
  return {start: positionOf(start), end: positionOf(end)}
}

function positionOf(point: Point): {line: number; character: number} {
  return {line: Math.max((point.line ?? 1) - 1, 0), character: Math.max((point.column ?? 1) - 1, 0)}
}

function severityOf(message: VFileMessage): DiagnosticSeverity {
  const severity = message.claimlint?.severity ?? messageSeverity(message)
  return severity === 'error' ? DiagnosticSeverity.Error : severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information
}

function relatedOf(message: VFileMessage, context: DiagnosticContext): DiagnosticRelatedInformation[] {
  const related: DiagnosticRelatedInformation[] = []
  const places = message.claimlint?.related ?? []
  for (const place of places) {
    const uri = context.uriOf(place.path)
    if (uri) related.push({location: {uri, range: rangeOf(place)}, message: place.message})
  }

  // A cause without claimlint data (a message from a custom rule's own vfile message).
  const cause = message.cause as VFileMessage | undefined
  if (places.length === 0 && cause && typeof cause === 'object' && 'reason' in cause && cause.file) {
    const uri = context.uriOf(cause.file)
    if (uri) related.push({location: {uri, range: rangeOf(cause.place)}, message: cause.reason})
  }

  const id = message.claimlint?.registryClaim
  const claim = id ? context.registry?.claims.find((item) => item.id === id) : undefined
  if (claim && context.registryUri) {
    const at = {line: claim.position.line - 1, character: claim.position.column - 1}
    related.push({location: {uri: context.registryUri, range: {start: at, end: at}}, message: message.note ?? `Registry claim \`${id}\``})
  }

  return related
}
