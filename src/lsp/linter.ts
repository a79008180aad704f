/**
 * Lint a group of open documents that share a registry, together, so the
 * run rules (a figure that contradicts another open document) see all of
 * them: in-memory vfiles → `lintFiles` → diagnostics, suggestions for quick
 * fixes, and the trace of each document for hover.
 *
 * A rule that throws must not take the server down: the error goes to the
 * log, the documents are linted one by one so the others still get their
 * diagnostics, and a document that still fails shows one diagnostic saying so.
 */
import path from 'node:path'
import {VFile} from 'vfile'
import type {Diagnostic} from 'vscode-languageserver'
import {DiagnosticSeverity} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {lintFiles, type DocumentTrace, type LintOptions} from '../engine.js'
import type {Registry} from '../registry/types.js'
import {toDiagnostic} from './diagnostics.js'
import type {Suggestion} from './actions.js'
import {fileUri} from './paths.js'

export interface OpenDocument {
  document: TextDocument
  /** The path the engine lints it under (see paths.ts). */
  path: string
}

/** What the server keeps of a document's last lint. */
export interface LintedDocument {
  version: number
  diagnostics: Diagnostic[]
  suggestions: Suggestion[]
  trace?: DocumentTrace
  registry?: Registry
}

export interface GroupOptions extends Pick<LintOptions, 'rules' | 'ruleSet' | 'date' | 'lang' | 'pieces' | 'settingsFor'> {
  registry?: Registry
  registryFile?: string
}

export function lintGroup(documents: readonly OpenDocument[], options: GroupOptions, log: (message: string) => void): Map<string, LintedDocument> {
  try {
    return lintTogether(documents, options, log)
  } catch (error) {
    log(`claimlint: linting ${documents.length} open document(s) together failed, linting each alone: ${describe(error)}`)
  }

  const linted = new Map<string, LintedDocument>()
  for (const open of documents) {
    try {
      for (const [uri, state] of lintTogether([open], options, log)) linted.set(uri, state)
    } catch (error) {
      log(`claimlint: linting ${open.document.uri} failed: ${describe(error)}`)
      linted.set(open.document.uri, crashed(open.document, error, options.registry))
    }
  }

  return linted
}

function lintTogether(documents: readonly OpenDocument[], options: GroupOptions, log: (message: string) => void): Map<string, LintedDocument> {
  const files = documents.map((open) => new VFile({path: open.path, value: open.document.getText()}))
  const {registry, registryFile, ...rest} = options
  // The engine contains a failing file or rule (an `internal-error` diagnostic); the stack goes to the log.
  const onInternalError = (file: string | undefined, step: string, error: unknown) => log(`claimlint: linting ${file ?? 'the open documents together'} failed during ${step}: ${describe(error)}`)
  const result = lintFiles(files, {...rest, registry, onInternalError})
  const uriByPath = new Map(documents.map((open) => [open.path, open.document.uri]))
  const context = {
    uriOf: (file: string) => uriByPath.get(file) ?? (path.isAbsolute(file) ? fileUri(file) : undefined),
    registry,
    registryUri: registryFile ? fileUri(registryFile) : undefined
  }

  const linted = new Map<string, LintedDocument>()
  documents.forEach((open, index) => {
    const file = files[index]
    const diagnostics: Diagnostic[] = []
    const suggestions: Suggestion[] = []
    for (const message of file.messages) {
      const diagnostic = toDiagnostic(message, context)
      diagnostics.push(diagnostic)
      if (message.expected && message.expected.length > 0) suggestions.push({diagnostic, actual: message.actual, expected: message.expected})
    }
    linted.set(open.document.uri, {version: open.document.version, diagnostics, suggestions, trace: result.traces.get(file), registry})
  })
  return linted
}

function crashed(document: TextDocument, error: unknown, registry: Registry | undefined): LintedDocument {
  const diagnostic: Diagnostic = {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: 'claimlint',
    code: 'internal-error',
    message: `claimlint could not lint this document: ${error instanceof Error ? error.message : String(error)} (the stack is in the language server's log)`
  }
  return {version: document.version, diagnostics: [diagnostic], suggestions: [], registry}
}

function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error)
}
