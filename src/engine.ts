/**
 * The engine: read → parse → extract → match → check, for a whole run.
 * Document rules run per document as it is extracted; run rules run once on
 * the collected claims of every document, so cross-document checks never
 * re-read texts. Reporting is left to `src/report/`.
 */
import {VFile} from 'vfile'
import type {Claim, Lang, Sentence} from './types.js'
import {collects, type DocumentClaims, type Finding, type Rule} from './rule.js'
import type {Registry} from './registry/types.js'
import {indexOf, type MatchResult, type RegistryIndex} from './registry/index.js'
import {parseDocument, formatDate, type ParseOptions, type PieceCache} from './pipeline/parse.js'
import {extractDocument, pieceByPiece} from './pipeline/extract.js'
import {matchDocument} from './pipeline/match.js'
import {inferDate} from './pipeline/infer-date.js'
import {keepForRun, keepText} from './pipeline/keep.js'
import {Budget, BudgetExceeded} from './pipeline/budget.js'
import {applyDirectives, parseDirectives, type Directive} from './pipeline/directives.js'
import {checkDocument, checkRun, collectRun, configureRules, report, type CollectedRun, type ConfiguredRule, type RulesConfig} from './pipeline/check.js'
import {fatal, readFile, resolvePaths, type ReadOptions} from './pipeline/read.js'
import {rules as builtinRules} from '../rules/index.js'
import {LintCache, fileKey, registryHash} from './cache/store.js'
import {restoreDocument, restoreMessage, storeDocument, storeMessage, type StoredFile} from './cache/serialize.js'

export interface LintOptions extends ReadOptions {
  registry?: Registry
  /** Document date (YYYY-MM-DD) for documents that give none. */
  date?: string
  /** Language for documents whose language cannot be detected. */
  lang?: Lang
  /** Language for every document, skipping detection. */
  forceLang?: Lang
  /** Rule settings, ESLint style. */
  rules?: RulesConfig
  /** Rules to run; the built-in ones by default. */
  ruleSet?: readonly Rule[]
  /** Working directory for relative paths. */
  cwd?: string
  /**
   * Infer an undated document's year when it fixes it itself ("este año ...
   * 50 aniversario" of a 1973 event). Default true.
   */
  inferDate?: boolean
  /**
   * Settings for one document (its configuration file and overrides, its
   * registry), over the ones above. Called with the path as linted; it may
   * throw a `ClaimlintError` (a bad configuration), which `lintPaths`
   * surfaces before anything is linted.
   */
  settingsFor?: (path: string) => FileSettings
  /** Report `claimlint-disable…` comments that suppress nothing (warning). Default true. */
  reportUnusedDirectives?: boolean
  /**
   * Told of each error the engine contained (the file gets an
   * `internal-error` message): the language server logs the stack there.
   */
  onInternalError?: (path: string | undefined, step: string, error: unknown) => void
  /**
   * Time one file may take, in milliseconds (default 60,000): checked between
   * the steps and the pieces of a document (see `pipeline/budget.ts`).
   */
  fileTimeout?: number
  /**
   * Keep each document's claims and matches in `LintResult.traces` (default
   * true): `--explain`, the HTML review page and the language server read
   * them. The CLI turns it off otherwise, so a run of many files holds only
   * what the run rules need.
   */
  traces?: boolean
  /**
   * The piece cache of a document's previous parse (`PieceCache`): the
   * language server keeps one per open document, so a re-lint after an
   * edit parses only the Markdown pieces that changed.
   */
  pieces?: (path: string) => PieceCache | undefined
  /**
   * `--cache`: restore unchanged files from it instead of linting them, and
   * store the others (see `cache/store.ts`). Used only without traces.
   */
  cache?: LintCache
  /**
   * `--claims-out`: told what each file gave (its own messages, directives,
   * the claims the run rules read), for `claimlint merge`.
   */
  record?: (file: VFile, stored: StoredFile) => void
  /** `--shard i/n`: lint only the files whose path (relative to `cwd`) hashes to shard `index` of `count`. */
  shard?: {index: number; count: number}
}

/** The documented default of `--file-timeout`. */
export const defaultFileTimeout = 60_000

/** What may differ from one document to another. */
export interface FileSettings {
  registry?: Registry
  rules?: RulesConfig
  lang?: Lang
  forceLang?: Lang
  date?: string
  inferDate?: boolean
  /** Left out of the run by an ignore pattern of its configuration. */
  ignored?: boolean
}

/** What one document looked like to the engine, for `--explain` and the language server. */
export interface DocumentTrace {
  doc: DocumentClaims
  results: Map<Claim, MatchResult>
}

export interface LintResult {
  files: VFile[]
  /** Rules skipped because there is no registry. */
  skipped: string[]
  traces: Map<VFile, DocumentTrace>
}

/** Lint paths, folders and globs. */
export async function lintPaths(inputs: string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd()
  const {paths, missing} = await resolvePaths(inputs, cwd, options)
  const settled = options.settingsFor ? paths.filter((path) => !options.settingsFor!(path).ignored) : paths
  const kept = options.shard ? settled.filter((path) => shardOf(path, options.shard!.count) === options.shard!.index) : settled
  // Files are read a window ahead of the linting and each is linted as it
  // arrives, so what a run holds at once is one window of texts and one
  // document's trees, whatever the number of files (docs/performance.md).
  const run = new LintRun(options)
  for (let start = 0; start < kept.length; start += readAhead) {
    const files = await Promise.all(kept.slice(start, start + readAhead).map((path) => readFile(path, cwd, options)))
    for (const file of files) run.add(file)
  }
  const result = run.finish()
  return {...result, files: [...missing, ...result.files]}
}

/** Files read ahead of the one being linted. */
const readAhead = 16

/**
 * Documents longer than this (in UTF-16 units) are extracted piece by
 * piece as they are parsed (`pieceByPiece`): a 20 MB Markdown document's
 * whole nlcst took 2.6 GB. An HTML page's parse5 tree is still built
 * whole; its blocks are handed over one by one. Smaller documents keep
 * whole-tree extraction and its lazy tokens, which is faster when the
 * rules read few sentences' tokens.
 */
export const streamAbove = 1_000_000

/** Lint in-memory documents (tests, the language server, rule examples). */
export async function lintDocuments(
  docs: Array<{path: string; text: string}>,
  options: LintOptions = {}
): Promise<VFile[]> {
  return lintFiles(docs.map((doc) => new VFile({path: doc.path, value: doc.text})), options).files
}

/**
 * Lint vfiles already read. Unreadable ones (carrying a fatal message) are
 * passed through.
 */
export function lintFiles(files: VFile[], options: LintOptions = {}): LintResult {
  const run = new LintRun(options)
  for (const file of files) run.add(file)
  return run.finish()
}

/**
 * One run, fed a file at a time: `add` lints a document with the document
 * rules at once and keeps of it only what the run rules need (its sentences
 * that hold claims, their matches); `finish` runs the run rules (the
 * cross-document checks) and applies inline directives. Documents whose
 * registry and rule settings are the same form one group: the run rules run
 * once per group.
 */
export class LintRun {
  readonly #options: LintOptions
  readonly #files: VFile[] = []
  readonly #groups = new Map<string, Group>()
  readonly #byPath = new Map<string, {file: VFile; doc: DocumentClaims}>()
  readonly #traces = new Map<VFile, DocumentTrace>()
  readonly #skipped = new Set<string>()
  readonly #directives = new Map<VFile, Directive[]>()

  constructor(options: LintOptions = {}) {
    this.#options = options
  }

  /** Lint one document with the document rules; its run-rule findings come with `finish`. */
  add(file: VFile): void {
    const options = this.#options
    this.#files.push(file)
    if (file.data.unreadable) {
      options.record?.(file, {messages: file.messages.map(storeMessage), directives: []})
      return
    }
    const own = options.settingsFor?.(file.path)
    const settings: LintOptions = own ? {...options, ...definedOnly(own)} : options
    const group = groupOf(this.#groups, settings, options.ruleSet ?? builtinRules)
    for (const id of group.skipped) this.#skipped.add(id)
    const cache = options.traces === false && file.path ? options.cache : undefined
    const key = cache ? fileKey(String(file.value), settingsKey(settings, options.ruleSet ?? builtinRules)) : undefined
    if (cache && key) {
      const stored = cache.get(file.path, key)
      if (stored && this.#restore(file, stored, group, settings.registry)) return
    }
    const before = file.messages.length
    // One file that breaks a step (a parser's recursion, a rule's bug) is reported on that file; the others go on.
    let step = 'parse'
    const budget = new Budget(options.fileTimeout ?? defaultFileTimeout)
    try {
      // A large document is extracted as it is parsed, piece by piece, so its whole nlcst is never held.
      const streamed = String(file.value).length > streamAbove ? pieceByPiece() : undefined
      const onPiece: ParseOptions['onPiece'] = streamed && ((children, document) => {
        step = 'extract'
        streamed.onPiece(children, document)
        step = 'parse'
      })
      const parsed = parseDocument(file, {lang: settings.lang, forceLang: settings.forceLang, date: settings.date, budget, pieces: options.pieces?.(file.path), onPiece})
      budget.check('parse')
      file.data.lang = parsed.lang
      file.data.date = parsed.date
      if (parsed.comments.length > 0) this.#directives.set(file, parseDirectives(parsed.comments))
      step = 'extract'
      const sentences: Sentence[] = streamed ? streamed.sentences() : extractDocument(parsed)
      const path = file.path ?? String(this.#byPath.size)
      budget.check('extract')
      step = 'match'
      const {doc, results} = matchDocument(path, parsed, sentences, group.index, options.traces !== false)
      budget.check('match')
      if (!doc.date && settings.inferDate !== false) {
        doc.date = inferDate(doc)
        file.data.date = doc.date
      }
      step = 'rules'
      const findings = checkDocument(doc, group.enabled)
      // Run rules that collect take what they need now; the sentences are kept only for those that do not.
      const collected = group.collects ? collectRun(doc, group.enabled) : undefined
      const kept = options.traces === false ? (group.keepsDocs ? keepForRun(doc) : keepText(doc)) : doc
      if (group.keepsDocs) group.docs.push(kept)
      if (collected) group.collected.push(collected)
      if (options.traces !== false) this.#traces.set(file, {doc, results})
      // The document's own findings are placed and fingerprinted with the whole document; the run keeps `kept`.
      report(findings, new Map([[path, {file, doc}]]))
      this.#byPath.set(path, {file, doc: kept})
      if ((cache && key) || options.record) {
        const stored: StoredFile = {
          lang: parsed.lang,
          date: doc.date,
          messages: file.messages.slice(before).map(storeMessage),
          directives: structuredClone(this.#directives.get(file) ?? []),
          doc: group.runs ? storeDocument(kept, String(file.value)) : undefined,
          collected: collected?.data
        }
        if (cache && key) cache.set(file.path, key, stored)
        options.record?.(file, {...stored, messages: file.messages.map(storeMessage)})
      }
    } catch (error) {
      this.#directives.delete(file)
      file.messages = file.messages.filter((message) => message.ruleId === 'frontmatter' || message.ruleId === 'document-date')
      if (error instanceof BudgetExceeded) {
        fatal(file, `Cannot lint file: it ${error.message}; skipped (raise the limit with --file-timeout)`, 'time-budget')
      } else {
        options.onInternalError?.(file.path, step, error)
        fatal(file, `Cannot lint file: ${step} failed: ${errorText(error)}`, 'internal-error')
      }
      options.record?.(file, {messages: file.messages.map(storeMessage), directives: []})
    }
  }

  /**
   * A file as another run recorded it (`claimlint merge`): restored as from
   * the cache, its run-rule findings to come with `finish`. A file whose
   * matches do not resolve in this run's registry gets one fatal message.
   */
  restoreFile(path: string, value: string, stored: StoredFile): void {
    const file = new VFile({path, value})
    this.#files.push(file)
    const own = this.#options.settingsFor?.(path)
    const settings: LintOptions = own ? {...this.#options, ...definedOnly(own)} : this.#options
    const group = groupOf(this.#groups, settings, this.#options.ruleSet ?? builtinRules)
    for (const id of group.skipped) this.#skipped.add(id)
    if (!this.#restore(file, stored, group, settings.registry)) fatal(file, 'Cannot merge this file: its claims were matched against another registry', 'merge')
  }

  /** A file from the cache: its messages, directives and kept document; false when its matches no longer resolve. */
  #restore(file: VFile, stored: StoredFile, group: Group, registry: Registry | undefined): boolean {
    const doc = stored.doc ? restoreDocument(stored.doc, registry, String(file.value)) : undefined
    if (group.runs && !doc) return false
    if (group.collects && !stored.collected) return false
    if (stored.lang) file.data.lang = stored.lang
    file.data.date = stored.date
    for (const message of stored.messages) restoreMessage(message, file)
    if (stored.directives.length > 0) this.#directives.set(file, structuredClone(stored.directives))
    if (doc) {
      if (group.keepsDocs) group.docs.push(doc)
      if (group.collects) group.collected.push({path: doc.path, lang: doc.lang, data: stored.collected!})
      this.#byPath.set(doc.path, {file, doc})
    }
    return true
  }

  /** Run the run rules on every document added, apply directives, sort messages. */
  finish(): LintResult {
    const options = this.#options
    for (const group of this.#groups.values()) {
      try {
        report(checkRun(group.docs, group.enabled, group.collected), this.#byPath)
      } catch (error) {
        options.onInternalError?.(undefined, 'run rules', error)
        // A run rule that breaks loses its own findings only: every document's are already reported.
        for (const doc of group.docs) fatal(this.#byPath.get(doc.path)!.file, `Cannot check this file against the others: ${errorText(error)}`, 'internal-error')
      }
    }

    const knownRules = new Set((options.ruleSet ?? builtinRules).map((rule) => rule.meta.id))
    for (const [file, list] of this.#directives) applyDirectives(file, list, {knownRules, reportUnused: options.reportUnusedDirectives !== false})

    for (const file of this.#files) sortMessages(file)
    return {files: this.#files, skipped: [...this.#skipped], traces: this.#traces}
  }
}

interface Group {
  enabled: ConfiguredRule[]
  skipped: string[]
  index?: RegistryIndex
  /** Whether any enabled rule is a run rule: otherwise no document is kept. */
  runs: boolean
  /** Whether an enabled run rule reads whole documents (`checkRun`): their sentences are kept for it. */
  keepsDocs: boolean
  /** Whether an enabled run rule collects (`collect`): what it took of each document is kept. */
  collects: boolean
  docs: DocumentClaims[]
  collected: CollectedRun[]
}

const registryIds = new WeakMap<Registry, number>()
let registryCount = 0

/** The group of documents linted with `settings`' registry and rules. */
function groupOf(groups: Map<string, Group>, settings: LintOptions, ruleSet: readonly Rule[]): Group {
  const registry = settings.registry
  if (registry && !registryIds.has(registry)) registryIds.set(registry, ++registryCount)
  const key = `${registry ? registryIds.get(registry) : 0}\u0000${JSON.stringify(settings.rules ?? {})}`
  let group = groups.get(key)
  if (!group) {
    const {enabled, skipped} = configureRules(ruleSet, settings.rules, registry)
    const run = enabled.filter(({rule}) => rule.meta.scope === 'run')
    group = {
      enabled,
      skipped,
      index: registry ? indexOf(registry) : undefined,
      runs: run.length > 0,
      keepsDocs: run.some(({rule}) => !collects(rule)),
      collects: run.some(({rule}) => collects(rule)),
      docs: [],
      collected: []
    }
    groups.set(key, group)
  }
  return group
}

/** One line: the error's message, without its stack. */
function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : error.name + ': '}${error.message}` : String(error)
  return text.split('\n')[0]
}

/** What besides a file's content decides what it gives: its settings, the registry's content and the rules. */
function settingsKey(settings: LintOptions, ruleSet: readonly Rule[]): string {
  return JSON.stringify({
    rules: settings.rules ?? {},
    lang: settings.lang,
    forceLang: settings.forceLang,
    date: settings.date,
    inferDate: settings.inferDate,
    directives: settings.reportUnusedDirectives,
    registry: registryHash(settings.registry),
    ruleSet: ruleSet.map((rule) => rule.meta.id)
  })
}

/** The shard of a path: a stable hash of it, modulo the number of shards (1-based). */
export function shardOf(path: string, count: number): number {
  let hash = 2166136261
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 16777619) >>> 0
  return (hash % count) + 1
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

function sortMessages(file: VFile): void {
  file.messages.sort(
    (a, b) =>
      (a.place && 'start' in a.place ? a.place.start.offset ?? 0 : 0) -
        (b.place && 'start' in b.place ? b.place.start.offset ?? 0 : 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId))
  )
}

export {formatDate}

declare module 'vfile' {
  interface DataMap {
    lang: Lang
    date: import('./rule.js').DocumentDate | undefined
  }
}
