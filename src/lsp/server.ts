/**
 * claimlint's language server: diagnostics on open and change (debounced),
 * quick fixes, hover on claims, registry errors in claims.yaml, and re-lints
 * when claims.yaml or the settings change.
 *
 * Built on `vscode-languageserver` and `vscode-languageserver-textdocument`
 * rather than `unified-language-server`: the latter runs one unified
 * processor per document, while claimlint's engine lints the open documents
 * of a registry together (cross-document rules) against a registry loaded
 * once per server, and needs hover and code actions that processor model
 * does not offer; with the plain libraries each step is a few lines here.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Connection, InitializeParams, InitializeResult} from 'vscode-languageserver'
import {CodeActionKind, DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Rule} from '../rule.js'
import {rules as builtinRules} from '../../rules/index.js'
import {configureRules} from '../pipeline/check.js'
import {ConfigFinder, type FileConfig} from '../config/find.js'
import {configNames} from '../config/load.js'
import type {FileSettings} from '../engine.js'
import {PieceCache} from '../pipeline/parse.js'
import {registryName} from '../registry/find.js'
import {disableActions, quickFixes} from './actions.js'
import {claimAt, describeHover} from './hover.js'
import {lintGroup, type LintedDocument, type OpenDocument} from './linter.js'
import {documentPath, fileUri, folderOf} from './paths.js'
import {Registries, registryDiagnostics, type RegistryState} from './registries.js'
import {loadRuleModules, readSettings, type Settings} from './settings.js'
import {version} from '../cli.js'

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const registries = new Registries()
  const linted = new Map<string, LintedDocument>()
  // Configuration files (.claimlintrc…) found as the CLI finds them; forgotten when one changes.
  let configs = new ConfigFinder()
  const configWarned = new Set<string>()
  // Each open document's Markdown pieces, so a re-lint parses only what an edit changed.
  const pieces = new Map<string, PieceCache>()
  const piecesOf = (lintPath: string): PieceCache => {
    let cache = pieces.get(lintPath)
    if (!cache) pieces.set(lintPath, (cache = new PieceCache()))
    return cache
  }
  const registryErrors = new Set<string>()
  const shown = new Map<string, RegistryState>()
  const dirty = new Set<string>()
  let roots: string[] = []
  let settings: Settings = readSettings(undefined).settings
  let ruleSet: readonly Rule[] = builtinRules
  let ready: Promise<void> = Promise.resolve()
  let queue: Promise<void> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined

  const log = (message: string) => connection.console.error(message)

  async function applySettings(raw: unknown): Promise<void> {
    const read = readSettings(raw)
    const loaded = await loadRuleModules(read.settings.ruleModules, roots[0] ?? process.cwd())
    const problems = [...read.problems, ...loaded.problems]
    const set = [...builtinRules, ...loaded.rules]
    try {
      configureRules(set, read.settings.rules, undefined, 'settings `rules`')
    } catch (error) {
      problems.push((error as Error).message)
      read.settings.rules = undefined
    }
    for (const problem of problems) {
      log(`claimlint: ${problem}`)
      void connection.window.showWarningMessage(`claimlint: ${problem}`)
    }
    settings = read.settings
    ruleSet = set
  }

  /** Mark documents (all open ones when `uri` is undefined) for linting after `delay` ms of quiet. */
  function schedule(uri: string | undefined, delay = settings.debounce): void {
    if (uri) dirty.add(uri)
    else for (const document of documents.all()) dirty.add(document.uri)
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      // The queue always settles, so one failed run never stops the next.
      queue = queue.then(lintDirty).catch((error: unknown) => log(`claimlint: ${error instanceof Error ? error.stack ?? error.message : String(error)}`))
    }, delay)
  }

  /** The configuration of a document on disk, as the CLI reads it; a malformed file is reported once and left out. */
  function configOf(lintPath: string): FileConfig {
    if (!path.isAbsolute(lintPath)) return {rules: {}}
    try {
      return configs.forFile(lintPath)
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error)
      if (!configWarned.has(text)) {
        configWarned.add(text)
        log(`claimlint: ${text}`)
        void connection.window.showWarningMessage(`claimlint: ${text.split('\n')[0]}`)
      }
      return {rules: {}}
    }
  }

  /** The registry of a document: its configuration's `registry` (the first file), else the nearest claims.yaml. */
  function registryOf(uri: string, lintPath: string | undefined): string | undefined {
    const configured = lintPath ? configOf(lintPath).registry : undefined
    if (configured === false) return undefined
    if (configured && configured.length > 0) return configured[0]
    const folder = folderOf(uri) ?? roots[0]
    return folder ? registries.locate(folder) : undefined
  }

  /** A document's settings: its configuration file, with the client's settings over it (as the command line is over it). */
  function settingsFor(lintPath: string): FileSettings {
    const config = configOf(lintPath)
    return {
      rules: {...config.rules, ...settings.rules},
      lang: settings.lang ?? config.lang,
      forceLang: config.forceLang,
      date: settings.date ?? config.date,
      inferDate: config.inferDate
    }
  }

  async function lintDirty(): Promise<void> {
    await ready
    const wanted = new Set(dirty)
    dirty.clear()
    const groups = new Map<string, string[]>()
    for (const document of documents.all()) {
      const lintPath = documentPath(document.uri, document.languageId)
      if (!lintPath) continue
      const key = registryOf(document.uri, lintPath) ?? ''
      groups.set(key, [...(groups.get(key) ?? []), document.uri])
    }

    for (const [file, uris] of groups) {
      if (!uris.some((uri) => wanted.has(uri))) continue
      const state = file ? await registries.get(file) : undefined
      if (state) publishRegistry(state)
      // Read the documents after the await: they are the newest text.
      const open: OpenDocument[] = []
      for (const uri of uris) {
        const document = documents.get(uri)
        const lintPath = document && documentPath(document.uri, document.languageId)
        if (document && lintPath) open.push({document, path: lintPath})
      }
      const results = lintGroup(open, {registry: state?.registry, registryFile: file || undefined, ruleSet, settingsFor, pieces: piecesOf}, log)
      for (const [uri, result] of results) {
        linted.set(uri, result)
        void connection.sendDiagnostics({uri, version: result.version, diagnostics: result.diagnostics})
      }
    }
  }

  /** Registry diagnostics, published once per load (not at every lint of the documents that use it). */
  function publishRegistry(state: RegistryState): void {
    const uri = fileUri(state.file)
    if (shown.get(uri) === state) return
    shown.set(uri, state)
    if (state.error) {
      log(`claimlint: ${state.error.message}`)
      registryErrors.add(uri)
      void connection.sendDiagnostics({uri, diagnostics: registryDiagnostics(state.error, state.file)})
    } else if (registryErrors.delete(uri)) {
      void connection.sendDiagnostics({uri, diagnostics: []})
    }
  }

  function registryChanged(files: string[]): void {
    registries.invalidate(files)
    // A deleted claims.yaml takes its error diagnostics with it.
    for (const file of files) {
      const uri = fileUri(file)
      shown.delete(uri)
      if (!existsSync(file) && registryErrors.delete(uri)) void connection.sendDiagnostics({uri, diagnostics: []})
    }
    schedule(undefined, 0)
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    roots = (params.workspaceFolders ?? []).map((folder) => folder.uri)
    if (roots.length === 0 && params.rootUri) roots = [params.rootUri]
    roots = roots.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri))
    ready = applySettings(params.initializationOptions)
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        hoverProvider: true
      },
      serverInfo: {name: 'claimlint', version: version()}
    }
  })

  connection.onInitialized(() => {
    // Clients that register watchers on request (VS Code) are asked to watch every claims.yaml.
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {watchers: [{globPattern: `**/${registryName}`}, ...configNames.map((name) => ({globPattern: `**/${name}`}))]})
      .catch(() => undefined)
  })

  connection.onDidChangeConfiguration((params) => {
    const section = (params.settings as {claimlint?: unknown} | undefined)?.claimlint
    if (section === undefined) return
    ready = ready.then(() => applySettings(section))
    schedule(undefined, 0)
  })

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => change.uri.startsWith('file:') && (configNames as readonly string[]).includes(path.basename(fileURLToPath(change.uri))))) {
      configs = new ConfigFinder()
      configWarned.clear()
      schedule(undefined, 0)
    }
    const files = params.changes
      .filter((change) => change.uri.startsWith('file:') && path.basename(fileURLToPath(change.uri)) === registryName)
      .map((change) => fileURLToPath(change.uri))
    if (files.length > 0) registryChanged(files)
  })

  // TextDocuments fires a content change right after each open: an opened document is linted at once, not after the debounce.
  let opened: string | undefined
  documents.onDidOpen((event) => {
    opened = event.document.uri
    schedule(event.document.uri, 0)
  })
  documents.onDidChangeContent((event) => {
    if (opened === event.document.uri) opened = undefined
    else schedule(event.document.uri)
  })
  documents.onDidSave((event) => {
    const file = event.document.uri.startsWith('file:') ? fileURLToPath(event.document.uri) : ''
    if (path.basename(file) === registryName) registryChanged([file])
  })
  documents.onDidClose((event) => {
    linted.delete(event.document.uri)
    const lintPath = documentPath(event.document.uri, event.document.languageId)
    if (lintPath) pieces.delete(lintPath)
    void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
    // Findings across documents may have depended on it.
    if (documents.all().length > 0) schedule(undefined)
  })

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri)
    const state = linted.get(params.textDocument.uri)
    if (!document || !state) return []
    if (params.context.only && !params.context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return []
    return [...quickFixes(document, params.range, state.suggestions, params.context.diagnostics), ...disableActions(document, params.range, params.context.diagnostics)]
  })

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri)
    const state = linted.get(params.textDocument.uri)
    // Offsets of a lint older than the text would point at the wrong words.
    if (!document || !state?.trace || state.version !== document.version) return null
    const found = claimAt(state.trace, document.offsetAt(params.position))
    if (!found) return null
    return {
      contents: {kind: 'markdown', value: describeHover(state.trace, found.claim, found.sentence, state.registry)},
      range: {start: document.positionAt(found.claim.start), end: document.positionAt(found.claim.end)}
    }
  })

  documents.listen(connection)
  connection.listen()
}
